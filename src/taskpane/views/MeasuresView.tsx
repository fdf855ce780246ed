import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { ActionPlanSummary } from "../../engine";
import { formatNumber, Language } from "../../i18n/language";
import { Translate } from "../../i18n/ui";
import { useBalans } from "../BalansContext";
import { BehindPlanTable } from "../components/BehindPlanTable";
import { BusyBar } from "../components/BusyBar";
import { Disclosure } from "../components/Disclosure";
import { MonthField } from "../components/MonthField";
import { Figure, FigureGrid } from "../components/FigureGrid";
import { MappingEditor } from "../components/MappingEditor";
import { NumberOrCellField } from "../components/NumberOrCellField";
import { NoticeBar } from "../components/NoticeBar";
import { ProblemBar } from "../components/ProblemBar";
import { TotalsCheckList } from "../components/TotalsCheckList";
import { useActionPlan } from "../hooks/useActionPlan";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
});


function summaryFigures(summary: ActionPlanSummary, t: Translate, language: Language, unit: string): Figure[] {
  const amount = (value: number) => `${formatNumber(value, language, 1)} ${unit}`;
  const figures: Figure[] = [
    { label: t("plannedTotal"), value: amount(summary.plannedTotal) },
    { label: t("expectedToDate"), value: amount(summary.expectedToDate) },
    { label: t("achievedToDate"), value: amount(summary.achievedToDate), negative: summary.achievedToDate < summary.expectedToDate },
    {
      label: t("achievement"),
      value: summary.achievement === null ? "–" : `${formatNumber(summary.achievement * 100, language, 0)} %`,
    },
    { label: t("forecastFullYear"), value: amount(summary.forecastFullYear) },
  ];
  if (summary.gapToBalance !== undefined) {
    figures.push({ label: t("gapToBalance"), value: amount(summary.gapToBalance), negative: summary.gapToBalance < 0 });
  }
  if (summary.gapAfterForecast !== undefined) {
    figures.push({ label: t("gapAfterForecast"), value: amount(summary.gapAfterForecast), negative: summary.gapAfterForecast < 0 });
  }
  return figures;
}

/** Where the action plan stands: read the selected table, check the reading, see the figures, write the follow-up sheet. */
export function MeasuresView() {
  const { t, language, settings } = useBalans();
  const styles = useStyles();
  const plan = useActionPlan();
  const unit = plan.layout?.unit ?? settings.unit;

  return (
    <div className={styles.root}>
      <Body1>{t("measuresIntro")}</Body1>
      <Button appearance="primary" onClick={() => void plan.readSelection()} disabled={plan.busy !== undefined}>
        {t("readSelection")}
      </Button>
      {plan.snapshot && <Caption1>{t("selectedRange", { address: `${plan.snapshot.sheet}!${plan.snapshot.address}` })}</Caption1>}
      <BusyBar label={plan.busy} />
      <ProblemBar title={t("problemTitle")} messages={plan.problems} />
      {plan.snapshot && plan.layout && plan.reading && (
        <Disclosure title={t("mapping")}>
          <MappingEditor
            snapshot={plan.snapshot}
            layout={plan.layout}
            onLayoutChange={plan.setLayout}
            measures={plan.reading.measures}
            cumulative={plan.cumulative}
            onToggleCumulative={plan.toggleCumulative}
          />
        </Disclosure>
      )}
      {plan.layout && (
        <div className={styles.row}>
          <MonthField month={plan.month} onChange={plan.setMonth} />
          <NumberOrCellField label={t("deficit")} input={plan.deficitInput} />
        </div>
      )}
      {plan.summary && (
        <>
          <FigureGrid label={t("tabMeasures")} figures={summaryFigures(plan.summary, t, language, unit)} />
          <Subtitle2 as="h2">{t("totalsCheck")}</Subtitle2>
          <TotalsCheckList summary={plan.summary} top={plan.snapshot?.top ?? 0} />
          <Subtitle2 as="h2">{t("behindPlan")}</Subtitle2>
          <BehindPlanTable measures={plan.summary.behindPlan} />
          <Button onClick={() => void plan.createFollowUpSheet()} disabled={plan.busy !== undefined}>
            {t("createFollowUp")}
          </Button>
        </>
      )}
      <ProblemBar title={t("writeProblemTitle")} messages={plan.writeProblems} />
      <NoticeBar message={plan.created} />
    </div>
  );
}
