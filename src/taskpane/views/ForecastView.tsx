import {
  Body1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { ForecastFigures, isCheckError, SelectionRole } from "../../engine";
import { StringKey } from "../../i18n/ui";
import { useBalans } from "../BalansContext";
import { BusyBar } from "../components/BusyBar";
import { FigureGrid } from "../components/FigureGrid";
import { ForecastResultTable } from "../components/ForecastResultTable";
import { MonthField } from "../components/MonthField";
import { ProblemBar } from "../components/ProblemBar";
import { SelectionPicker } from "../components/SelectionPicker";
import { TableFacts } from "../components/TableFacts";
import { SheetFooter } from "../components/SheetFooter";
import { ShownOf } from "../components/ShownOf";
import { forecastFigures } from "../figures";
import { useForecastCheck } from "../hooks/useForecastCheck";
import { verdictSentence } from "../verdict";
import { engineMessage } from "../problems";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  line: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** How many lines the pane shows each with its figures; the forecast sheet has them all. */
const SHOWN_LINES = 50;

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
  const { inputs, busy, problems, result, reading, write } = useForecastCheck();

  const lineFigures = (name: string, figures: ForecastFigures) => (
    <section className={styles.line} key={name} aria-label={name}>
      <Subtitle2 as="h2">{name}</Subtitle2>
      <MessageBar intent={figures.verdict.position === "inside" ? "info" : "warning"}>
        <MessageBarBody>
          {verdictSentence(figures, t, language, inputs.unit, settings.signConvention)}
        </MessageBarBody>
      </MessageBar>
      <FigureGrid
        label={name}
        figures={forecastFigures(figures, t, language, inputs.unit, settings.signConvention)}
      />
      <ForecastResultTable name={name} figures={figures} unit={inputs.unit} />
    </section>
  );

  return (
    <div className={styles.root}>
      <Body1>{t("forecastIntro")}</Body1>
      {PICKERS.map(({ role, label }) => (
        <SelectionPicker
          key={role}
          label={t(label)}
          snapshot={inputs.selections[role]}
          onTake={() => void inputs.take(role)}
          onClear={role === "actuals" ? undefined : () => inputs.clear(role)}
          disabled={busy !== undefined}
        />
      ))}
      <MonthField month={inputs.month} onChange={inputs.setMonth} last={11} />
      <BusyBar label={busy} />
      <ProblemBar title={t("problemTitle")} messages={problems} />
      {inputs.selections.actuals && inputs.layout && (
        <TableFacts
          snapshot={inputs.selections.actuals}
          layout={inputs.layout}
          settingsUnit={inputs.unit}
          settingsYear={inputs.year}
          month={inputs.month}
          lastMonthWithData={inputs.lastMonthWithData}
        />
      )}
      {result && (
        <>
          {result.total &&
            !isCheckError(result.total) &&
            lineFigures(
              result.lines.length === 1 ? result.lines[0].name : t("total"),
              result.total,
            )}
          {result.totalIncomplete && <Body1>{t("totalIncomplete")}</Body1>}
          {result.lines.length > 1 &&
            result.lines
              .slice(0, SHOWN_LINES)
              .map((line) =>
                isCheckError(line) ? (
                  <ProblemBar
                    key={line.name}
                    title={line.name}
                    messages={[engineMessage(line.error, t, language)]}
                  />
                ) : (
                  lineFigures(line.name, line)
                ),
              )}
          {result.lines.length > 1 && (
            <ShownOf shown={SHOWN_LINES} count={result.lines.length} text="shownOfLines" />
          )}
        </>
      )}
      <SheetFooter
        label={t("createForecastSheet")}
        write={write}
        reading={reading}
        disabled={busy !== undefined}
      />
    </div>
  );
}
