import { makeStyles, tokens, Caption1 } from "@fluentui/react-components";
import { PreviewWorkbook } from "../workbench";

const useStyles = makeStyles({
  figure: { margin: 0, padding: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
});

const WIDTH = 560;
const HEIGHT = 180;
const COLOURS = [tokens.colorPaletteBlueForeground2, tokens.colorPaletteGreenForeground1, tokens.colorPaletteDarkOrangeForeground1];

/** A stand-in for the native Excel chart Balans adds to a sheet: the same data, drawn as columns or lines. */
export function ChartView({ workbook }: { workbook: PreviewWorkbook }) {
  const styles = useStyles();
  const data = workbook.chartData(workbook.activeSheet);
  if (!data) return null;
  const values = data.series.flatMap((series) => series.values).filter((value): value is number => value !== null);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const y = (value: number) => HEIGHT - ((value - low) / (high - low || 1)) * HEIGHT;
  const step = WIDTH / Math.max(1, data.categories.length);
  return (
    <figure className={styles.figure} aria-label={data.chart.title}>
      <Caption1>{data.chart.title}</Caption1>
      <svg width={WIDTH} height={HEIGHT} role="img" aria-label={data.chart.title}>
        <line x1={0} x2={WIDTH} y1={y(0)} y2={y(0)} stroke={tokens.colorNeutralStroke1} />
        {data.series.map((series, s) =>
          data.chart.type === "Line" ? (
            <polyline
              key={series.name}
              fill="none"
              stroke={COLOURS[s % COLOURS.length]}
              strokeWidth={2}
              points={series.values
                .map((value, i) => (value === null ? "" : `${i * step + step / 2},${y(value)}`))
                .filter(Boolean)
                .join(" ")}
            />
          ) : (
            series.values.map((value, i) =>
              value === null ? null : (
                <rect
                  key={`${series.name}-${i}`}
                  x={i * step + (s * step) / (data.series.length + 1)}
                  width={step / (data.series.length + 1)}
                  y={Math.min(y(value), y(0))}
                  height={Math.abs(y(value) - y(0))}
                  fill={COLOURS[s % COLOURS.length]}
                >
                  <title>{`${data.categories[i]}: ${series.name} ${value}`}</title>
                </rect>
              ),
            )
          ),
        )}
      </svg>
    </figure>
  );
}
