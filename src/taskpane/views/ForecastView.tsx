import { Body1, Button, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";
import { ForecastFigures, isCheckError, SelectionRole } from "../../engine";
import { errorMessage } from "../../i18n/errorMessages";
import { formatNumber } from "../../i18n/language";
import { StringKey } from "../../i18n/ui";
import { useBalans } from "../BalansContext";
import { BusyBar } from "../components/BusyBar";
import { MonthField } from "../components/MonthField";
import { FigureGrid } from "../components/FigureGrid";
import { ForecastResultTable } from "../components/ForecastResultTable";
import { NoticeBar } from "../components/NoticeBar";
import { ProblemBar } from "../components/ProblemBar";
import { SelectionPicker } from "../components/SelectionPicker";
import { useForecastCheck } from "../hooks/useForecastCheck";
import { verdictSentence } from "../verdict";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  line: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const PICKERS: { role: SelectionRole; label: StringKey }[] = [
  { role: "actuals", label: "actuals" },
  { role: "budget", label: "budget" },
  { role: "priorYears", label: "priorYears" },
  { role: "stated", label: "statedForecast" },
];


/** Is the stated forecast plausible? Every method per line and in total, the gaps, and one sentence. */
export function ForecastView() {
  const { t, language, settings } = useBalans();
  const styles = useStyles();
  const check = useForecastCheck();
  const amount = (value: number | undefined) => (value === undefined ? "–" : `${formatNumber(value, language, 1)} ${settings.unit}`);

  const lineFigures = (name: string, figures: ForecastFigures) => (
    <section className={styles.line} key={name} aria-label={name}>
      <Subtitle2 as="h2">{name}</Subtitle2>
      <MessageBar intent={figures.verdict.position === "inside" ? "info" : "warning"}>
        <MessageBarBody>{verdictSentence(figures, t, language, settings.unit, settings.signConvention)}</MessageBarBody>
      </MessageBar>
      <FigureGrid
        label={name}
        figures={[
          { label: t("range"), value: `${amount(figures.low)} – ${amount(figures.high)}` },
          { label: t("forecast") + " (auto)", value: amount(figures.auto.forecast) },
          { label: t("autoGapToBudget"), value: amount(figures.gapToBudget), negative: (figures.gapToBudget ?? 0) < 0 },
          { label: t("statedShort"), value: amount(figures.stated) },
          { label: t("statedGap"), value: amount(figures.statedGap), negative: (figures.statedGap ?? 0) < 0 },
          { label: t("impliedChange"), value: amount(figures.verdict.impliedChange) },
        ]}
      />
      <ForecastResultTable name={name} figures={figures} />
    </section>
  );

  return (
    <div className={styles.root}>
      <Body1>{t("forecastIntro")}</Body1>
      {PICKERS.map(({ role, label }) => (
        <SelectionPicker
          key={role}
          label={t(label)}
          snapshot={check.selections[role]}
          onTake={() => void check.take(role)}
          onClear={role === "actuals" ? undefined : () => check.clear(role)}
          disabled={check.busy !== undefined}
        />
      ))}
      <MonthField month={check.month} onChange={check.setMonth} last={11} />
      <BusyBar label={check.busy} />
      <ProblemBar title={t("problemTitle")} messages={check.problems} />
      {check.result && (
        <>
          {check.result.total &&
            !isCheckError(check.result.total) &&
            lineFigures(check.result.lines.length === 1 ? check.result.lines[0].name : t("total"), check.result.total)}
          {check.result.totalIncomplete && <Body1>{t("totalIncomplete")}</Body1>}
          {check.result.lines.length > 1 &&
            check.result.lines.map((line) =>
              isCheckError(line) ? (
                <ProblemBar key={line.name} title={line.name} messages={[errorMessage(line.error, language)]} />
              ) : (
                lineFigures(line.name, line)
              ),
            )}
          <Button onClick={() => void check.createSheet()} disabled={check.busy !== undefined}>
            {t("createForecastSheet")}
          </Button>
        </>
      )}
      <ProblemBar title={t("writeProblemTitle")} messages={check.writeProblems} />
      <NoticeBar message={check.created} />
    </div>
  );
}
