import { BalansError, fail, finite, isBalansError } from "./errors";
import { Series, sumReported } from "./cells";
import { agencyShare, DEFAULT_HOURS_PER_MONTH, fteFromCost, fteFromHours } from "./staffing";
import { AmountUnit, convertAmount } from "./units";

/** The national target for agency cost as a share of own staff cost. */
export const NATIONAL_AGENCY_TARGET = 0.02;

/** One row of an agency table: doctors, nurses, "varav primärvård", … */
export interface AgencyCategory {
  name: string;
  hours?: Series;
  /** Cost in the table's unit (`AgencyOptions.costUnit`); without one, in the price's currency unit. */
  cost?: Series;
  hourlyPrice?: number;
  /** The same period a year earlier. A prior cost is not turned into FTE: the hourly price differs by year. */
  prior?: { hours?: number; cost?: number; fte?: number };
  /** A part of another row ("varav …"): shown, but not added to the total. Default: by its name. */
  isSubtotal?: boolean;
}

/** An amount typed or pointed at beside a table, in its own unit. */
export interface AmountInUnit {
  value: number;
  unit: AmountUnit;
}

export interface AgencyOptions {
  hoursPerMonth?: number;
  /** The unit of the categories' costs; with it, the hourly price is in kr an hour and the share's figures are in this unit. */
  costUnit?: AmountUnit;
  /** Length of the period in months; default: the months with any reported hours or cost. */
  months?: number;
  /** Own staff cost of the same period, in the agency cost's sign: in the costs' unit, or in its own. */
  ownStaffCost?: number | AmountInUnit;
  /** Agency cost for the share when the categories do not cover it all; default: their total cost. */
  agencyCostTotal?: number | AmountInUnit;
  targetShare?: number;
}

/** Figures of a category or of the total; each is absent when its data is not given. */
export interface AgencyFigures {
  hours?: number;
  cost?: number;
  fte?: number;
  priorFte?: number;
  /** fte − priorFte */
  change?: number;
}

export interface AgencyCategoryResult extends AgencyFigures {
  name: string;
  isSubtotal: boolean;
  /** Why the FTE could not be computed (no hours, and no cost with an hourly price). */
  error?: BalansError;
}

export interface AgencyShareResult {
  share: number;
  target: number;
  aboveTarget: boolean;
  /** (share − target) × own staff cost: the agency cost above the target, in the costs' unit and sign. */
  excessCost: number;
}

export interface AgencyAnalysis {
  months: number;
  categories: AgencyCategoryResult[];
  /** Each figure summed over the categories that are not subtotals, when every one of them has it. */
  total: AgencyFigures;
  share?: AgencyShareResult;
  shareError?: BalansError;
}

const SUBTOTAL_NAME = /^\s*(varav|of which)\b/i;

/** "varav primärvård", "Of which primary care": a part of the row above, not a row of its own. */
export function isSubtotalName(name: string): boolean {
  return SUBTOTAL_NAME.test(name);
}

const isReported = (series: Series | undefined, index: number): boolean =>
  (series?.[index] ?? null) !== null;

/** How many months any category reports hours or cost for: the period the table covers. */
export function reportedPeriodLength(categories: readonly AgencyCategory[]): number {
  const length = Math.max(
    0,
    ...categories.flatMap((category) => [category.hours?.length ?? 0, category.cost?.length ?? 0]),
  );
  let months = 0;
  for (let index = 0; index < length; index++) {
    if (
      categories.some(
        (category) => isReported(category.hours, index) || isReported(category.cost, index),
      )
    )
      months++;
  }
  return months;
}

/** The sum of a series, or undefined when nothing in it is reported (blank is not zero). */
function reportedSum(series: Series | undefined, arg: string): number | undefined {
  if (!series?.some((value) => value !== null)) return undefined;
  return finite(sumReported(series), arg);
}

interface Period {
  months: number;
  hoursPerMonth: number;
  costUnit?: AmountUnit;
}

/** FTE from hours when there are hours (the primary measure), else from cost at the hourly price. */
function categoryFte(
  hours: number | undefined,
  cost: number | undefined,
  hourlyPrice: number | undefined,
  period: Period,
): number {
  if (hours !== undefined) return fteFromHours(hours, period.months, period.hoursPerMonth);
  if (cost === undefined) fail("na", "blankRequired", { arg: "hours" });
  if (hourlyPrice === undefined) fail("na", "blankRequired", { arg: "hourly_price" });
  return fteFromCost(cost, hourlyPrice, period.months, period.hoursPerMonth, period.costUnit);
}

function priorFteOf(prior: AgencyCategory["prior"], period: Period): number | undefined {
  if (prior?.fte !== undefined) return prior.fte;
  if (prior?.hours !== undefined)
    return fteFromHours(prior.hours, period.months, period.hoursPerMonth);
  return undefined;
}

/** FTE, prior FTE and their change; a failure leaves all three out and says why. */
function fteFigures(
  category: AgencyCategory,
  hours: number | undefined,
  cost: number | undefined,
  period: Period,
) {
  try {
    const fte = categoryFte(hours, cost, category.hourlyPrice, period);
    const priorFte = priorFteOf(category.prior, period);
    return {
      fte,
      priorFte,
      change: priorFte === undefined ? undefined : finite(fte - priorFte, "prior"),
    };
  } catch (error) {
    if (!isBalansError(error)) throw error;
    return { error };
  }
}

function analyseCategory(category: AgencyCategory, period: Period): AgencyCategoryResult {
  const hours = reportedSum(category.hours, "hours");
  const cost = reportedSum(category.cost, "cost");
  return {
    name: category.name,
    isSubtotal: category.isSubtotal ?? isSubtotalName(category.name),
    hours,
    cost,
    ...fteFigures(category, hours, cost, period),
  };
}

const SUMMED_FIGURES: readonly (keyof AgencyFigures)[] = [
  "hours",
  "cost",
  "fte",
  "priorFte",
  "change",
];

function totalOf(rows: readonly AgencyFigures[]): AgencyFigures {
  const total: AgencyFigures = {};
  for (const key of SUMMED_FIGURES) {
    const values = rows.map((row) => row[key]);
    // A sum missing a row would pass for the whole, so a figure not every row has is left out.
    if (values.every((value): value is number => value !== undefined))
      total[key] = finite(sumReported(values), key);
  }
  return total;
}

function shareAgainstTarget(
  agencyCost: number,
  ownStaffCost: number,
  target: number,
): AgencyShareResult {
  const share = agencyShare(agencyCost, ownStaffCost);
  return {
    share,
    target,
    aboveTarget: share > target,
    excessCost: finite((share - target) * ownStaffCost, "own_staff_cost"),
  };
}

/**
 * Agency hours and cost per category in full-time equivalents, their total (subtotal rows left out)
 * and, given own staff cost, the agency cost's share of it against the target.
 */
export function analyseAgency(
  categories: readonly AgencyCategory[],
  options: AgencyOptions = {},
): AgencyAnalysis {
  const period: Period = {
    months: options.months ?? reportedPeriodLength(categories),
    hoursPerMonth: options.hoursPerMonth ?? DEFAULT_HOURS_PER_MONTH,
    costUnit: options.costUnit,
  };
  const results = categories.map((category) => analyseCategory(category, period));
  const total = totalOf(results.filter((result) => !result.isSubtotal));
  // Agency cost against staff cost: each in the costs' unit before they meet (89 945 tkr against 686,374 mkr).
  const inCostUnit = (amount: number | AmountInUnit | undefined) =>
    amount === undefined || typeof amount === "number"
      ? amount
      : convertAmount(amount.value, amount.unit, options.costUnit ?? amount.unit);
  const agencyCost = inCostUnit(options.agencyCostTotal) ?? total.cost;
  const ownStaffCost = inCostUnit(options.ownStaffCost);
  const analysis: AgencyAnalysis = { months: period.months, categories: results, total };
  if (ownStaffCost === undefined || agencyCost === undefined) return analysis;
  try {
    analysis.share = shareAgainstTarget(
      agencyCost,
      ownStaffCost,
      options.targetShare ?? NATIONAL_AGENCY_TARGET,
    );
  } catch (error) {
    if (!isBalansError(error)) throw error;
    analysis.shareError = error;
  }
  return analysis;
}
