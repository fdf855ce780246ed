import { ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { formatNumber } from "../../i18n/language";
import { PreviewWorkbook } from "../workbench";

const useStyles = makeStyles({
  figure: {
    margin: 0,
    padding: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  legend: {
    display: "flex",
    gap: tokens.spacingHorizontalL,
    listStyleType: "none",
    margin: 0,
    padding: 0,
    fontSize: tokens.fontSizeBase200,
  },
  swatch: {
    display: "inline-block",
    width: "10px",
    height: "10px",
    marginRight: tokens.spacingHorizontalXS,
  },
});

const WIDTH = 720;
const HEIGHT = 200;
const MARGIN = { top: 8, right: 8, bottom: 44, left: 56 };
const COLOURS = [
  tokens.colorPaletteBlueForeground2,
  tokens.colorPaletteGreenForeground1,
  tokens.colorPaletteDarkOrangeForeground1,
];
const LABEL_LENGTH = 12;
/**
 * The most categories the stand-in draws: beyond it each column would be a fraction of a pixel, and
 * drawing tens of thousands of them would hold the page for a second; Excel draws them in its own process.
 */
const MOST_CATEGORIES = 1_000;

/** Round steps for the value axis, as Excel picks them: 1, 2 or 5 times a power of ten, about five of them. */
function ticks(low: number, high: number): number[] {
  const span = high - low || 1;
  const rough = span / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step =
    [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? rough;
  const result: number[] = [];
  for (let tick = Math.floor(low / step) * step; tick <= high + step / 1e9; tick += step)
    result.push(Number(tick.toPrecision(12)));
  return result;
}

const shorten = (label: string) =>
  label.length > LABEL_LENGTH ? `${label.slice(0, LABEL_LENGTH - 1)}…` : label;

/**
 * A stand-in for the native Excel chart Balans adds to a sheet: the same data, drawn as columns or
 * lines, with the title, a value axis, the categories and a legend.
 */
export function ChartView({ workbook }: { workbook: PreviewWorkbook }) {
  const styles = useStyles();
  const data = workbook.chartData(workbook.activeSheet);
  if (!data) return null;
  const language = workbook.language;
  const titled = (body: ReactNode) => (
    <figure className={styles.figure} aria-labelledby="balans-chart-title">
      <figcaption id="balans-chart-title" className={styles.title}>
        {data.chart.title}
      </figcaption>
      {body}
    </figure>
  );
  if (data.categories.length > MOST_CATEGORIES)
    return titled(
      <p role="note">
        {language === "sv"
          ? `Diagrammet har ${formatNumber(data.categories.length, language)} kategorier; förhandsvisningen ritar diagram med högst ${formatNumber(MOST_CATEGORIES, language)}. Excel ritar det.`
          : `The chart has ${formatNumber(data.categories.length, language)} categories; the preview draws charts of at most ${formatNumber(MOST_CATEGORIES, language)}. Excel draws it.`}
      </p>,
    );
  const values = data.series
    .flatMap((series) => series.values)
    .filter((value): value is number => value !== null);
  const axis = ticks(Math.min(0, ...values), Math.max(0, ...values));
  const low = axis[0];
  const high = axis[axis.length - 1];
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const y = (value: number) =>
    MARGIN.top + plotHeight - ((value - low) / (high - low || 1)) * plotHeight;
  const step = plotWidth / Math.max(1, data.categories.length);
  const x = (index: number) => MARGIN.left + index * step;
  // Every category labelled when they fit, else every n-th.
  const labelEvery = Math.max(1, Math.ceil((data.categories.length * 64) / plotWidth));
  const summary =
    language === "sv"
      ? `Diagram: ${data.chart.title}. ${data.categories.length} kategorier, serierna ${data.series.map((series) => series.name).join(" och ")}.`
      : `Chart: ${data.chart.title}. ${data.categories.length} categories, series ${data.series.map((series) => series.name).join(" and ")}.`;
  return titled(
    <>
      <svg width={WIDTH} height={HEIGHT} role="img" aria-label={summary} data-testid="chart">
        <g data-axis="value" fontSize={10} fill={tokens.colorNeutralForeground2}>
          {axis.map((tick) => (
            <g key={tick}>
              <line
                x1={MARGIN.left}
                x2={WIDTH - MARGIN.right}
                y1={y(tick)}
                y2={y(tick)}
                stroke={tokens.colorNeutralStroke2}
              />
              <text x={MARGIN.left - 4} y={y(tick) + 3} textAnchor="end">
                {formatNumber(tick, language)}
              </text>
            </g>
          ))}
        </g>
        <line
          x1={MARGIN.left}
          x2={WIDTH - MARGIN.right}
          y1={y(0)}
          y2={y(0)}
          stroke={tokens.colorNeutralForeground2}
        />
        <line
          x1={MARGIN.left}
          x2={MARGIN.left}
          y1={MARGIN.top}
          y2={MARGIN.top + plotHeight}
          stroke={tokens.colorNeutralForeground2}
        />
        <g data-axis="category" fontSize={10} fill={tokens.colorNeutralForeground2}>
          {data.categories.map((category, index) =>
            index % labelEvery === 0 ? (
              <text
                key={index}
                x={x(index) + step / 2}
                y={MARGIN.top + plotHeight + 10}
                textAnchor="end"
                transform={`rotate(-30 ${x(index) + step / 2} ${MARGIN.top + plotHeight + 10})`}
              >
                <title>{category}</title>
                {shorten(category)}
              </text>
            ) : null,
          )}
        </g>
        {data.series.map((series, s) =>
          data.chart.type === "Line" ? (
            <polyline
              key={series.name}
              fill="none"
              stroke={COLOURS[s % COLOURS.length]}
              strokeWidth={2}
              points={series.values
                .map((value, i) => (value === null ? "" : `${x(i) + step / 2},${y(value)}`))
                .filter(Boolean)
                .join(" ")}
            />
          ) : (
            series.values.map((value, i) =>
              value === null ? null : (
                <rect
                  key={`${series.name}-${i}`}
                  x={x(i) + ((s + 0.5) * step) / (data.series.length + 1)}
                  width={step / (data.series.length + 1)}
                  y={Math.min(y(value), y(0))}
                  height={Math.abs(y(value) - y(0))}
                  fill={COLOURS[s % COLOURS.length]}
                >
                  <title>{`${data.categories[i]}: ${series.name} ${formatNumber(value, language)}`}</title>
                </rect>
              ),
            )
          ),
        )}
      </svg>
      <ul className={styles.legend} aria-label={language === "sv" ? "Förklaring" : "Legend"}>
        {data.series.map((series, s) => (
          <li key={series.name}>
            <span
              className={styles.swatch}
              style={{ backgroundColor: COLOURS[s % COLOURS.length] }}
              aria-hidden="true"
            />
            {series.name}
          </li>
        ))}
      </ul>
    </>,
  );
}
