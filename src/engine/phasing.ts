import { fail } from "./errors";

export const MONTHS_IN_YEAR = 12;

/**
 * How a measure's full-year effect is spread over the year: from a start month, evenly (linear) or
 * by a 12-month profile of weights. Months before the start carry no weight.
 */
export interface Phasing {
  startMonth: number;
  weights?: readonly number[];
}

/** A profile's weights with the months before the start zeroed; a profile must have 12 weights of zero or more. */
function checkedWeights(startMonth: number, weights: readonly number[]): number[] {
  if (weights.length !== MONTHS_IN_YEAR) {
    fail("value", "phasingLength", { arg: "phasing", count: weights.length });
  }
  return weights.map((weight, index) => {
    if (weight < 0) fail("value", "negativeWeight", { arg: "phasing", item: index + 1 });
    return index + 1 >= startMonth ? weight : 0;
  });
}

/** The share (0–1) of the full-year effect that falls due by the end of `month`. */
export function shareDueBy(month: number, phasing: Phasing): number {
  const { startMonth } = phasing;
  if (!phasing.weights) {
    // Evenly from the start month: months elapsed since the start over months from the start.
    return (
      Math.max(0, Math.min(month, MONTHS_IN_YEAR) - startMonth + 1) /
      (MONTHS_IN_YEAR - startMonth + 1)
    );
  }
  const weights = checkedWeights(startMonth, phasing.weights);
  let due = 0;
  let total = 0;
  weights.forEach((weight, index) => {
    total += weight;
    if (index < month) due += weight;
  });
  if (total === 0) fail("value", "zeroWeights", { arg: "phasing", start: startMonth });
  return due / total;
}
