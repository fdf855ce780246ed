import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useBalans } from "../BalansContext";
import { BehindPlanTable } from "../components/BehindPlanTable";
import { BusyBar } from "../components/BusyBar";
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
import { useActionPlan } from "../hooks/useActionPlan";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-end",
    flexWrap: "wrap",
  },
});

/** Where the action plan stands: read the selected table, check the reading, see the figures, write the follow-up sheet. */
export function MeasuresView() {
  const { t, language } = useBalans();
  const styles = useStyles();
  const { inputs, busy, problems, result, reading: freshness, write } = useActionPlan();
  const { snapshot, layout, reading } = inputs;

  return (
    <div className={styles.root}>
      <Body1>{t("measuresIntro")}</Body1>
      <Button
        appearance="primary"
        onClick={() => void inputs.readSelection()}
        disabled={busy !== undefined}
      >
        {t("readSelection")}
      </Button>
      {snapshot && (
        <Caption1>
          {t("selectedRange", { address: `${snapshot.sheet}!${snapshot.address}` })}
        </Caption1>
      )}
      <BusyBar label={busy} />
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
      <SheetFooter
        label={t("createFollowUp")}
        write={write}
        reading={freshness}
        disabled={busy !== undefined}
      />
    </div>
  );
}
