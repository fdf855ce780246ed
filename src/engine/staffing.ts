import { fail, finite } from "./errors";
import { AmountUnit, convertAmount } from "./units";

/** Hours that make one full-time position a month: the regions' "antar 165h/mån". */
export const DEFAULT_HOURS_PER_MONTH = 165;

function positive(value: number, arg: string): number {
  if (!(value > 0)) fail("value", "notPositive", { arg, text: value });
  return value;
}

/** Full-time equivalents (årsarbetare): hours / (months × hours per month). */
export function fteFromHours(
  hours: number,
  months = 1,
  hoursPerMonth = DEFAULT_HOURS_PER_MONTH,
): number {
  return finite(
    hours / (positive(months, "months") * positive(hoursPerMonth, "hours_per_month")),
    "hours",
  );
}

/**
 * FTE when only the cost is known: hours = cost / hourly price. The cost's sign is dropped, since
 * the regions write costs negative. Without `costUnit` cost and price are in the same currency unit;
 * with it, the cost is in that unit and the price in kr an hour (40,9 mkr at 685,7 kr/h).
 */
export function fteFromCost(
  cost: number,
  hourlyPrice: number,
  months = 1,
  hoursPerMonth = DEFAULT_HOURS_PER_MONTH,
  costUnit?: AmountUnit,
): number {
  const costInPriceUnit = costUnit === undefined ? cost : convertAmount(cost, costUnit, "kr");
  return fteFromHours(
    Math.abs(costInPriceUnit) / positive(hourlyPrice, "hourly_price"),
    months,
    hoursPerMonth,
  );
}

/**
 * Agency cost as a share of own staff cost (a fraction). Both are costs, so both carry the same sign
 * in any one convention; differing signs point at a mix-up and are refused rather than guessed.
 */
export function agencyShare(agencyCost: number, staffCost: number): number {
  if (staffCost === 0) fail("div0", "zeroDenominator", { arg: "staff_cost" });
  if (agencyCost !== 0 && Math.sign(agencyCost) !== Math.sign(staffCost)) {
    fail("value", "signsDiffer", { arg: "agency_cost", other: "staff_cost" });
  }
  return finite(agencyCost / staffCost, "agency_cost");
}
