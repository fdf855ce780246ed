import {
  Body1,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { AgencyFigures, AgencyValues } from "../../engine";
import { formatAmount } from "../../i18n/format";
import { useBalans } from "../BalansContext";
import { BusyBar } from "../components/BusyBar";
import { NumberOrCellField } from "../components/NumberOrCellField";
import { ProblemBar } from "../components/ProblemBar";
import { SelectionPicker } from "../components/SelectionPicker";
import { TableFacts } from "../components/TableFacts";
import { SheetFooter } from "../components/SheetFooter";
import { UnitSelect } from "../components/UnitSelect";
import { agencyShareSentence, amountDecimals } from "../figures";
import { useAgency } from "../hooks/useAgency";
import { ShownOf } from "../components/ShownOf";

/** How many categories the pane lists; the total row counts them all, and the staffing sheet has them all. */
const SHOWN_CATEGORIES = 50;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  total: { fontWeight: tokens.fontWeightSemibold },
  name: { overflowWrap: "anywhere" },
  figure: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
});

/** How many full-time positions the agency hours or costs equal, per category and in total. */
export function AgencyView() {
  const { t, language } = useBalans();
  const styles = useStyles();
  const { inputs, busy, problems, result, resultProblems, reading, write } = useAgency();
  const measured = inputs.values === "hours" ? 0 : amountDecimals(inputs.unit);
  const figure = (value: number | undefined, decimals = 1) =>
    formatAmount(value, language, undefined, decimals);

  const row = (name: string, figures: AgencyFigures, key: string, className?: string) => (
    <TableRow key={key} className={className}>
      <TableCell className={styles.name}>{name}</TableCell>
      <TableCell className={styles.figure}>
        {figure(figures.hours ?? figures.cost, measured)}
      </TableCell>
      <TableCell className={styles.figure}>{figure(figures.fte)}</TableCell>
      <TableCell className={styles.figure}>{figure(figures.change)}</TableCell>
    </TableRow>
  );
  const share = result && agencyShareSentence(result, t, language, inputs.unit);

  return (
    <div className={styles.root}>
      <Body1>{t("agencyIntro")}</Body1>
      <SelectionPicker
        label={t("tabAgency")}
        snapshot={inputs.selections.table}
        onTake={() => void inputs.take("table")}
        disabled={busy !== undefined}
      />
      <SelectionPicker
        label={t("priorYears")}
        snapshot={inputs.selections.prior}
        onTake={() => void inputs.take("prior")}
        onClear={() => inputs.clear("prior")}
        disabled={busy !== undefined}
      />
      {inputs.selections.table && inputs.layout && (
        <TableFacts
          snapshot={inputs.selections.table}
          layout={inputs.layout}
          settingsUnit={inputs.unit}
          settingsYear={inputs.year}
          showUnit={false}
        />
      )}
      <Field label={t("agencyValues")}>
        <RadioGroup
          layout="horizontal"
          value={inputs.values}
          onChange={(_, data) => inputs.setValues(data.value as AgencyValues)}
        >
          <Radio value="hours" label={t("hours")} />
          <Radio value="cost" label={t("cost")} />
        </RadioGroup>
      </Field>
      {inputs.values === "cost" && (
        <Field
          label={t("tableUnit")}
          validationState={inputs.unitAssumed ? "warning" : "none"}
          validationMessage={
            inputs.unitAssumed
              ? t("tableUnitQuestion", { unit: inputs.unit })
              : inputs.unitFromTable
                ? t("tableUnitRead", { unit: inputs.unit })
                : undefined
          }
        >
          <UnitSelect label={t("tableUnit")} unit={inputs.unit} onChange={inputs.setUnit} />
        </Field>
      )}
      {inputs.values === "cost" && (
        <Field
          label={t("hourlyPrice")}
          validationState={inputs.priceMessage?.state ?? "none"}
          validationMessage={inputs.priceMessage?.text}
        >
          <Input
            value={inputs.priceText}
            contentAfter="kr/h"
            onChange={(_, data) => inputs.setPriceText(data.value)}
          />
        </Field>
      )}
      {(
        [
          ["agencyCost", "agencyCostShort", inputs.agencyCost, inputs.agencyCostMessage],
          ["ownStaffCost", "ownStaffCostShort", inputs.ownStaffCost, inputs.ownStaffCostMessage],
        ] as const
      ).map(([label, short, input, message]) => (
        <NumberOrCellField
          key={label}
          label={t(label)}
          input={input}
          message={message}
          after={
            <UnitSelect
              label={t("unitOf", { field: t(short) })}
              unit={input.unit ?? inputs.unit}
              onChange={input.setUnit}
            />
          }
        />
      ))}
      <BusyBar label={busy} />
      <ProblemBar title={t("problemTitle")} messages={problems} />
      {result && (
        <>
          <Table size="small" aria-label={t("tabAgency")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("category")}</TableHeaderCell>
                <TableHeaderCell className={styles.figure}>
                  {inputs.values === "hours" ? t("hours") : `${t("cost")} (${inputs.unit})`}
                </TableHeaderCell>
                <TableHeaderCell className={styles.figure}>{t("fte")}</TableHeaderCell>
                <TableHeaderCell className={styles.figure}>{t("deviation")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.categories
                .slice(0, SHOWN_CATEGORIES)
                .map((category, index) => row(category.name, category, String(index)))}
              {row(t("total"), result.total, "total", styles.total)}
            </TableBody>
          </Table>
          <ShownOf
            shown={SHOWN_CATEGORIES}
            count={result.categories.length}
            text="shownOfCategories"
          />
          <ProblemBar title={t("problemTitle")} messages={resultProblems} />
          {share && <Body1>{share}</Body1>}
        </>
      )}
      <SheetFooter
        label={t("createStaffingSheet")}
        write={write}
        reading={reading}
        disabled={busy !== undefined}
      />
    </div>
  );
}
