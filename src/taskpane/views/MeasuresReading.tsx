import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { ActionPlanSummary } from "../../engine";
import { useBalans } from "../BalansContext";
import { BehindPlanTable } from "../components/BehindPlanTable";
import { Disclosure } from "../components/Disclosure";
import { FigureGrid } from "../components/FigureGrid";
import { MappingEditor } from "../components/MappingEditor";
import { TableFacts } from "../components/TableFacts";
import { MonthField } from "../components/MonthField";
import { NumberOrCellField } from "../components/NumberOrCellField";
import { ProblemBar } from "../components/ProblemBar";
import { SheetFooter } from "../components/SheetFooter";
import { TotalsCheckList } from "../components/TotalsCheckList";
import { DeficitAnswers } from "../components/DeficitAnswers";
import { UnitSelect } from "../components/UnitSelect";
import { measuresFigures } from "../figures";
import { ActionPlanInputs } from "../hooks/useActionPlan";
import { ViewModel } from "../viewModel";

const useStyles = makeStyles({
  row: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-end",
    flexWrap: "wrap",
  },
});

interface MeasuresReadingProps {
  plan: ViewModel<ActionPlanInputs, ActionPlanSummary>;
  busy: boolean;
}

/**
 * What the Measures view shows once a table has been read: why it cannot be read, how it was read,
 * the month and deficit, the figures, and the follow-up sheet. A chunk of its own (MeasuresView
 * loads it), so the pane starts without the table, switch, badge and input components it uses.
 */
export function MeasuresReading({ plan, busy }: MeasuresReadingProps) {
  const { t, language } = useBalans();
  const styles = useStyles();
  const { inputs, problems, result, reading: freshness, write } = plan;
  const { snapshot, layout, reading } = inputs;

  return (
    <>
      <ProblemBar title={t("problemTitle")} messages={problems} />
      {snapshot && layout && (
        <TableFacts
          snapshot={snapshot}
          layout={layout}
          settingsUnit={inputs.unit}
          settingsYear={inputs.year}
          month={inputs.month}
          lastMonthWithData={reading?.lastMonthWithData}
        />
      )}
      {snapshot && layout && reading && (
        <Disclosure title={t("mapping")}>
          <MappingEditor
            snapshot={snapshot}
            layout={layout}
            onLayoutChange={inputs.setLayout}
            onRowRole={inputs.setRowRole}
            measures={reading.measures}
            cumulative={inputs.cumulative}
            onToggleCumulative={inputs.toggleCumulative}
          />
        </Disclosure>
      )}
      {layout && (
        <div className={styles.row}>
          <MonthField
            month={inputs.month}
            onChange={inputs.setMonth}
            message={inputs.monthMessage}
          />
          <NumberOrCellField
            label={t("deficit")}
            input={inputs.deficit}
            message={
              inputs.deficitMessage && {
                ...inputs.deficitMessage,
                action: inputs.deficitMessage.suggestion && (
                  <DeficitAnswers {...inputs.deficitMessage.suggestion} />
                ),
              }
            }
            after={
              <UnitSelect
                label={t("unitOf", { field: t("deficitShort") })}
                unit={inputs.deficitUnit}
                onChange={inputs.deficit.setUnit}
              />
            }
          />
        </div>
      )}
      {result && (
        <>
          <FigureGrid
            label={t("tabMeasures")}
            figures={measuresFigures(result, t, language, inputs.unit)}
          />
          <Subtitle2 as="h2">{t("totalsCheck")}</Subtitle2>
          <TotalsCheckList
            summary={result}
            top={snapshot?.top ?? 0}
            levelChecks={reading?.levelChecks}
            snapshot={snapshot}
            layout={layout}
          />
          <Subtitle2 as="h2">{t("behindPlan")}</Subtitle2>
          <BehindPlanTable measures={result.behindPlan} unit={inputs.unit} />
        </>
      )}
      <SheetFooter label={t("createFollowUp")} write={write} reading={freshness} disabled={busy} />
    </>
  );
}
