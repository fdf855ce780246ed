import { makeStyles, tokens } from "@fluentui/react-components";
import { Figure } from "../figures";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  group: { display: "contents" },
  label: { color: tokens.colorNeutralForeground2 },
  value: {
    margin: 0,
    textAlign: "right",
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
  negative: { color: tokens.colorPaletteRedForeground1 },
});

export function FigureGrid({ figures, label }: { figures: Figure[]; label: string }) {
  const styles = useStyles();
  return (
    <dl className={styles.grid} aria-label={label}>
      {figures.map((figure) => (
        <div key={figure.label} className={styles.group}>
          <dt className={styles.label}>{figure.label}</dt>
          <dd
            className={figure.negative ? `${styles.value} ${styles.negative}` : styles.value}
            data-figure={figure.label}
            data-worse={figure.negative ? "true" : undefined}
          >
            {figure.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
