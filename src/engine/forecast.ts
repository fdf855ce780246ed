import { fail, finite, isBalansError } from "./errors";
import { lastNonZeroPosition, Series, sumReported } from "./cells";
import { MONTHS_IN_YEAR } from "./phasing";

export const FORECAST_METHODS = ["runrate", "budget", "budgetratio", "prioryear", "trend"] as const;
export type ForecastMethod = (typeof FORECAST_METHODS)[number];
export type MethodChoice = ForecastMethod | "auto";

/** A budget spread over the 12 months; `monthly` is false when it was one full-year figure phased evenly. */
export interface MonthlyBudget {
  months: readonly number[];
  monthly: boolean;
}

export interface ForecastInput {
  /** Monthly actuals, January first; blanks after `month` are months not yet reported. */
  actuals: Series;
  /** How many months of actuals the forecast stands on. */
  month: number;
  budget?: MonthlyBudget;
  /** Whole prior years of 12 months each, the most recent last. */
  priorYears?: readonly (readonly number[])[];
}

/** A budget argument: 12 monthly values, or one full-year figure spread evenly. */
export function monthlyBudget(budget: Series): MonthlyBudget {
  if (budget.length !== 1 && budget.length !== MONTHS_IN_YEAR) {
    fail("value", "budgetLength", { arg: "budget", count: budget.length });
  }
  const blank = budget.indexOf(null);
  if (blank >= 0) fail("na", "blankRequired", { arg: "budget", item: blank + 1 });
  const months = budget as number[]; // no blank, as just checked
  if (months.length === 1)
    return {
      months: Array<number>(MONTHS_IN_YEAR).fill(months[0] / MONTHS_IN_YEAR),
      monthly: false,
    };
  return { months, monthly: true };
}

/**
 * The month a forecast stands on when none is given: the last non-blank, non-zero actual (Excel for
 * desktop passes blank cells as 0, so a trailing zero cannot be told from a blank).
 */
export function inferMonth(actuals: Series, arg = "actuals"): number {
  const month = lastNonZeroPosition(actuals);
  if (month === 0) fail("na", "noMonthReported", { arg });
  return month;
}

/** Refuses actuals that do not hold months 1..month, every one of them reported. */
function checkReported(actuals: Series, month: number, arg: string): void {
  if (actuals.length > MONTHS_IN_YEAR)
    fail("value", "tooManyMonths", { arg, count: actuals.length });
  if (month > actuals.length) fail("na", "monthBeyondData", { arg, month, count: actuals.length });
  for (let index = 0; index < month; index++) {
    if (actuals[index] === null) fail("na", "blankInsideReported", { arg, item: index + 1, month });
  }
}

/** The actuals of months 1..month, every one of them reported. */
export function reportedMonths(actuals: Series, month: number, arg = "actuals"): number[] {
  checkReported(actuals, month, arg);
  return actuals.slice(0, month) as number[]; // no blank before `month`, as just checked
}

function ratioForecast(
  toDate: number,
  profile: readonly number[],
  month: number,
  arg: string,
): number {
  const profileToDate = sumReported(profile, 0, month);
  if (profileToDate === 0) fail("value", "zeroDenominator", { arg, month });
  return (toDate * sumReported(profile)) / profileToDate;
}

/** Least-squares line through (1, a1) … (m, am), as Excel's FORECAST.LINEAR, summed over months m+1..12. */
function trendRemainder(months: readonly number[]): number {
  const count = months.length;
  const meanX = (count + 1) / 2;
  const meanY = sumReported(months) / count;
  let covariance = 0;
  let variance = 0;
  months.forEach((value, index) => {
    const dx = index + 1 - meanX;
    covariance += dx * (value - meanY);
    variance += dx * dx;
  });
  const slope = covariance / variance;
  const intercept = meanY - slope * meanX;
  const remaining = MONTHS_IN_YEAR - count;
  const sumOfRemainingX = ((count + 1 + MONTHS_IN_YEAR) * remaining) / 2;
  return remaining * intercept + slope * sumOfRemainingX;
}

function mostRecentYear(input: ForecastInput, method: ForecastMethod): readonly number[] {
  const years = input.priorYears ?? [];
  if (years.length === 0) fail("na", "methodNeedsPriorYear", { arg: "prior_years", method });
  return years[years.length - 1];
}

function requiredBudget(input: ForecastInput, method: ForecastMethod): MonthlyBudget {
  if (!input.budget) fail("na", "methodNeedsBudget", { arg: "budget", method });
  return input.budget;
}

/** The full-year forecast by one method. */
export function forecastBy(method: ForecastMethod, input: ForecastInput): number {
  const { actuals, month } = input;
  checkReported(actuals, month, "actuals");
  const toDate = sumReported(actuals, 0, month);
  switch (method) {
    case "runrate":
      return finite((toDate * MONTHS_IN_YEAR) / month, "actuals");
    case "budget":
      return finite(toDate + sumReported(requiredBudget(input, method).months, month), "budget");
    case "budgetratio":
      return finite(
        ratioForecast(toDate, requiredBudget(input, method).months, month, "budget"),
        "budget",
      );
    case "prioryear":
      return finite(
        ratioForecast(toDate, mostRecentYear(input, method), month, "prior_years"),
        "prior_years",
      );
    case "trend":
      if (month < 2) fail("na", "methodNeedsTwoMonths", { arg: "actuals", method });
      return finite(toDate + trendRemainder(reportedMonths(actuals, month)), "actuals");
  }
}

/**
 * A method whose input is missing (no budget, no prior year, one month for a trend): forecastBy would
 * refuse it. Told without throwing, as a 2 000-line check asks it of every line and method.
 */
function lacksInput(method: ForecastMethod, input: ForecastInput): boolean {
  if (method === "budget" || method === "budgetratio") return !input.budget;
  if (method === "prioryear") return (input.priorYears ?? []).length === 0;
  return method === "trend" && input.month < 2;
}

/** Every method the data allows, each with its forecast; methods the data cannot carry are left out. */
export function forecastsByEveryMethod(
  input: ForecastInput,
): { method: ForecastMethod; forecast: number }[] {
  reportedMonths(input.actuals, input.month);
  const results: { method: ForecastMethod; forecast: number }[] = [];
  for (const method of FORECAST_METHODS) {
    if (lacksInput(method, input)) continue;
    try {
      results.push({ method, forecast: forecastBy(method, input) });
    } catch (error) {
      if (!isBalansError(error)) throw error;
    }
  }
  return results;
}

/** Methods that can be tried on past years: those that need no budget level of their own. */
function backtestCandidates(month: number, budget: MonthlyBudget | undefined): ForecastMethod[] {
  const candidates: ForecastMethod[] = [];
  if (budget?.monthly) candidates.push("budgetratio");
  candidates.push("prioryear");
  if (month >= 2) candidates.push("trend");
  candidates.push("runrate");
  return candidates;
}

/**
 * Mean absolute percentage error of a method's full-year forecast made after `month` months, over
 * whole past years (`history`, oldest first). Each past year is forecast from its own first months,
 * with the years before it as its prior years and the current budget's monthly profile as its
 * phasing; `firstYear` skips years (so that methods can be compared on the same years).
 */
export function backtestError(
  history: readonly (readonly number[])[],
  month: number,
  method: ForecastMethod,
  budget?: MonthlyBudget,
  firstYear = method === "prioryear" ? 1 : 0,
): number {
  if (method === "budget") fail("na", "methodNeedsBudget", { arg: "history", method });
  if (history.length <= firstYear) {
    fail("na", "historyTooShort", {
      arg: "history",
      method,
      count: history.length,
      needed: firstYear + 1,
    });
  }
  let totalError = 0;
  for (let year = firstYear; year < history.length; year++) {
    const months = history[year];
    const actualTotal = sumReported(months);
    if (actualTotal === 0) fail("value", "zeroDenominator", { arg: "history", item: year + 1 });
    const forecast = forecastBy(method, {
      actuals: months.slice(0, month),
      month,
      budget,
      priorYears: history.slice(0, year),
    });
    totalError += Math.abs(forecast - actualTotal) / Math.abs(actualTotal);
  }
  return finite(totalError / (history.length - firstYear), "history");
}

/**
 * The method `auto` picks. With two or more prior years, the candidate with the lowest backtest error
 * over the same past years (budgetratio when the budget is monthly, prioryear, trend, runrate; ties
 * go to the earlier one). Otherwise, or when no candidate can be backtested, budgetratio with a monthly budget, prioryear with a prior year,
 * runrate when nothing else is given.
 */
export function chooseMethod(input: ForecastInput): ForecastMethod {
  const years = input.priorYears ?? [];
  if (years.length >= 2) {
    let best: { method: ForecastMethod; error: number } | undefined;
    for (const method of backtestCandidates(input.month, input.budget)) {
      try {
        const error = backtestError(years, input.month, method, input.budget, 1);
        if (!best || error < best.error) best = { method, error };
      } catch (error) {
        if (!isBalansError(error)) throw error; // a method the past years cannot carry is no candidate
      }
    }
    if (best) return best.method;
  }
  if (input.budget?.monthly) return "budgetratio";
  if (years.length === 1) return "prioryear";
  return "runrate";
}

export function forecast(method: MethodChoice, input: ForecastInput): number {
  return forecastBy(method === "auto" ? chooseMethod(input) : method, input);
}

/** Backtest error of a method, or of the one `auto` would pick with only this history to go on. */
export function forecastAccuracy(
  history: readonly (readonly number[])[],
  month: number,
  method: MethodChoice,
): number {
  const chosen =
    method === "auto" ? chooseMethod({ actuals: [], month, priorYears: history }) : method;
  return backtestError(history, month, chosen);
}

/**
 * The monthly change a stated full-year forecast assumes against the run so far: the average of
 * the months left minus the average of the months gone.
 */
export function impliedMonthlyChange(
  statedForecast: number,
  actuals: Series,
  month: number,
): number {
  const toDate = sumReported(reportedMonths(actuals, month));
  if (month >= MONTHS_IN_YEAR) fail("na", "noMonthsRemain", { arg: "month", month });
  return finite(
    (statedForecast - toDate) / (MONTHS_IN_YEAR - month) - toDate / month,
    "stated_forecast",
  );
}

/** Deviation, signed: value − budget (negative is worse than budget in the costs-negative convention). */
export function deviation(value: number, budget: number): number {
  return finite(value - budget, "value");
}
