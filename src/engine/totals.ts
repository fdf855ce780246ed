import { Series, sumReported } from "./cells";

export type TotalsVerdict = "match" | "rounding" | "mismatch";

export interface TotalsCheck {
  stated: number;
  sum: number;
  difference: number;
  /** The largest difference that rounding of the displayed figures can explain. */
  tolerance: number;
  decimals: number;
  verdict: TotalsVerdict;
}

const MAX_DECIMALS = 6;
const FLOAT_SLACK = 1e-9;

/** Decimal places a figure shows, as typed (values typed with one decimal give 1). */
export function decimalsShown(value: number): number {
  for (let decimals = 0; decimals < MAX_DECIMALS; decimals++) {
    const scaled = value * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < FLOAT_SLACK * Math.max(1, Math.abs(scaled)))
      return decimals;
  }
  return MAX_DECIMALS;
}

/**
 * A stated totals figure against the sum of its rows. Figures shown with d decimals are each off by
 * at most half a unit in the last place, so n rows and the total together can differ by
 * (n + 1) × 0,5 × 10^−d from rounding alone; a larger difference is a real error.
 */
export function checkTotal(stated: number, rows: Series, decimals?: number): TotalsCheck {
  const reported = rows.filter((value): value is number => value !== null);
  const shown = decimals ?? Math.max(decimalsShown(stated), ...reported.map(decimalsShown));
  const sum = sumReported(rows);
  const difference = stated - sum;
  const tolerance = (reported.length + 1) * 0.5 * 10 ** -shown;
  const magnitude = Math.abs(difference);
  const verdict: TotalsVerdict =
    magnitude <= FLOAT_SLACK * Math.max(1, Math.abs(stated))
      ? "match"
      : magnitude <= tolerance + FLOAT_SLACK
        ? "rounding"
        : "mismatch";
  return { stated, sum, difference, tolerance, decimals: shown, verdict };
}
