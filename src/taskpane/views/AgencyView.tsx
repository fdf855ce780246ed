import {
  Body1,
  Button,
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
import { AgencyAnalysis, AgencyFigures, AgencyValues } from "../../engine";
import { errorMessage } from "../../i18n/errorMessages";
import { formatNumber } from "../../i18n/language";
import { useBalans } from "../BalansContext";
import { BusyBar } from "../components/BusyBar";
import { NoticeBar } from "../components/NoticeBar";
import { NumberOrCellField } from "../components/NumberOrCellField";
import { ProblemBar } from "../components/ProblemBar";
import { SelectionPicker } from "../components/SelectionPicker";
import { useAgency } from "../hooks/useAgency";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  total: { fontWeight: tokens.fontWeightSemibold },
});

/** How many full-time positions the agency hours or costs equal, per category and in total. */
export function AgencyView() {
  const { t, language, settings } = useBalans();
  const styles = useStyles();
  const agency = useAgency();
  const figure = (value: number | undefined) => (value === undefined ? "–" : formatNumber(value, language, 1));

  const row = (name: string, figures: AgencyFigures, key: string, className?: string) => (
    <TableRow key={key} className={className}>
      <TableCell>{name}</TableCell>
      <TableCell>{figure(figures.hours ?? figures.cost)}</TableCell>
      <TableCell>{figure(figures.fte)}</TableCell>
      <TableCell>{figure(figures.change)}</TableCell>
    </TableRow>
  );

  const shareText = (analysis: AgencyAnalysis) => {
    if (!analysis.share) return undefined;
    const percent = (value: number) => `${formatNumber(value * 100, language, 1)} %`;
    const head = t("share", { share: percent(analysis.share.share), target: percent(analysis.share.target) });
    const tail = analysis.share.aboveTarget
      ? t("shareAbove", { excess: formatNumber(Math.abs(analysis.share.excessCost), language, 1), unit: settings.unit })
      : t("shareBelow");
    return `${head} ${tail}`;
  };

  return (
    <div className={styles.root}>
      <Body1>{t("agencyIntro")}</Body1>
      <SelectionPicker label={t("tabAgency")} snapshot={agency.selections.table} onTake={() => void agency.take("table")} disabled={agency.busy !== undefined} />
      <SelectionPicker
        label={t("priorYears")}
        snapshot={agency.selections.prior}
        onTake={() => void agency.take("prior")}
        onClear={() => agency.clear("prior")}
        disabled={agency.busy !== undefined}
      />
      <Field label={t("agencyValues")}>
        <RadioGroup layout="horizontal" value={agency.values} onChange={(_, data) => agency.setValues(data.value as AgencyValues)}>
          <Radio value="hours" label={t("hours")} />
          <Radio value="cost" label={t("cost")} />
        </RadioGroup>
      </Field>
      {agency.values === "cost" && (
        <Field label={t("hourlyPrice")}>
          <Input value={agency.priceText} onChange={(_, data) => agency.setPriceText(data.value)} />
        </Field>
      )}
      <NumberOrCellField label={t("agencyCost")} input={agency.agencyCost} />
      <NumberOrCellField label={t("ownStaffCost")} input={agency.ownStaffCost} />
      <BusyBar label={agency.busy} />
      <ProblemBar title={t("problemTitle")} messages={agency.problems} />
      {agency.analysis && (
        <>
          <Table size="small" aria-label={t("tabAgency")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("category")}</TableHeaderCell>
                <TableHeaderCell>{agency.values === "hours" ? t("hours") : t("cost")}</TableHeaderCell>
                <TableHeaderCell>{t("fte")}</TableHeaderCell>
                <TableHeaderCell>{t("deviation")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {agency.analysis.categories.map((category, index) => row(category.name, category, String(index)))}
              {row(t("total"), agency.analysis.total, "total", styles.total)}
            </TableBody>
          </Table>
          <ProblemBar
            title={t("problemTitle")}
            messages={[
              ...agency.analysis.categories.filter((c) => c.error).map((c) => `${c.name}: ${errorMessage(c.error!, language)}`),
              ...(agency.analysis.shareError ? [errorMessage(agency.analysis.shareError, language)] : []),
            ]}
          />
          {shareText(agency.analysis) && <Body1>{shareText(agency.analysis)}</Body1>}
          <Button onClick={() => void agency.createSheet()} disabled={agency.busy !== undefined}>
            {t("createStaffingSheet")}
          </Button>
        </>
      )}
      <ProblemBar title={t("writeProblemTitle")} messages={agency.writeProblems} />
      <NoticeBar message={agency.created} />
    </div>
  );
}
