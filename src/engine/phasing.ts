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

function checkedWeights(phasing: Phasing): number[] {
  const { startMonth, weights } = phasing;
  if (!weights) {
    return Array.from({ length: MONTHS_IN_YEAR }, (_, index) => (index + 1 >= startMonth ? 1 : 0));
  }
  if (weights.length !== MONTHS_IN_YEAR) {
    fail("value", "phasingLength", { arg: "phasing", count: weights.length });
  }
  return weights.map((weight, index) => {
    if (weight < 0) fail("num", "negativeWeight", { arg: "phasing", item: index + 1 });
    return index + 1 >= startMonth ? weight : 0;
  });
}

/** The share (0–1) of the full-year effect that falls due by the end of `month`. */
export function shareDueBy(month: number, phasing: Phasing): number {
  const weights = checkedWeights(phasing);
  let due = 0;
  let total = 0;
  weights.forEach((weight, index) => {
    total += weight;
    if (index < month) due += weight;
  });
  if (total === 0) fail("div0", "zeroDenominator", { arg: "phasing" });
  return due / total;
}
