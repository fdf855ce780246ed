import { BalansError, finite, isBalansError } from "./errors";
import { Series, sumReported } from "./cells";
import { monthFromNumber } from "./months";
import {
  backtestError,
  chooseMethod,
  deviation,
  FORECAST_METHODS,
  ForecastInput,
  ForecastMethod,
  forecastBy,
  forecastsByEveryMethod,
  impliedMonthlyChange,
  MonthlyBudget,
  reportedMonths,
} from "./forecast";

/** One line of a follow-up (e.g. "Personalkostnader"): its actuals and what the forecast is checked against. */
export interface ForecastLine {
  name: string;
  /** Monthly actuals, January first; blanks after the checked month are months not yet reported. */
  actuals: Series;
  budget?: MonthlyBudget;
  /** Whole prior years of 12 months each, the most recent last. */
  priorYears?: readonly (readonly number[])[];
  statedForecast?: number;
}

type LineData = Omit<ForecastLine, "name">;

/** Figures given for the lines as a whole (one stated forecast cell for the total, the total's prior years, …); they replace the summed ones. */
export type TotalFigures = Partial<Pick<ForecastLine, "budget" | "priorYears" | "statedForecast">>;

export type ForecastPosition = "inside" | "below" | "above" | "noStated";
export type ChangeDirection = "better" | "worse" | "same";

/** What the UI words as one sentence: where the stated forecast lies and what change it assumes. */
export interface ForecastVerdict {
  /** The stated forecast against the range [low, high] of the methods' forecasts. */
  position: ForecastPosition;
  /** Monthly change the stated forecast assumes against the run so far; undefined without a stated forecast. */
  impliedChange: number | undefined;
  /** "better" is a rise (lower cost or higher income); "same" also when nothing is stated. */
  direction: ChangeDirection;
}

export interface MethodForecast {
  method: ForecastMethod;
  forecast: number;
}

export interface MethodBacktest {
  method: ForecastMethod;
  /** Mean absolute percentage error as a fraction, over the same past years for every method. */
  error: number;
}

export interface ForecastFigures {
  toDate: number;
  /** Average month so far: toDate / month. */
  runSoFar: number;
  /** Every method the data allows. */
  forecasts: MethodForecast[];
  low: number;
  high: number;
  auto: MethodForecast;
  budgetFullYear?: number;
  /** Auto forecast − full-year budget. */
  gapToBudget?: number;
  stated?: number;
  /** Stated forecast − full-year budget. */
  statedGap?: number;
  backtests: MethodBacktest[];
  verdict: ForecastVerdict;
}

export interface ForecastLineCheck extends ForecastFigures {
  name: string;
}

/** A line whose data the check cannot use; it is left out of the total. */
export interface ForecastLineError {
  name: string;
  error: BalansError;
}

export interface ForecastCheckResult {
  lines: (ForecastLineCheck | ForecastLineError)[];
  /** The sum of the lines that could be checked; absent when none could, an error when the sum itself cannot be. */
  total?: ForecastFigures | { error: BalansError };
  /** True when a line was left out of the total. */
  totalIncomplete: boolean;
}

/** Implied changes smaller than this share of the run so far are rounding, not an assumed change. */
const SAME_CHANGE_SHARE = 0.005;

/** True for a line or total the check could not compute. */
export function isCheckError<T extends object>(
  outcome: T | { error: BalansError },
): outcome is { error: BalansError } {
  return "error" in outcome;
}

function positionOf(stated: number | undefined, low: number, high: number): ForecastPosition {
  if (stated === undefined) return "noStated";
  if (stated < low) return "below";
  if (stated > high) return "above";
  return "inside";
}

function directionOf(impliedChange: number | undefined, runSoFar: number): ChangeDirection {
  if (
    impliedChange === undefined ||
    Math.abs(impliedChange) <= SAME_CHANGE_SHARE * Math.abs(runSoFar)
  )
    return "same";
  return impliedChange > 0 ? "better" : "worse";
}

/**
 * Backtest error of every method the past years can carry. With two or more years every method is
 * tested from the second year on, as `chooseMethod` compares them, so the lowest error is auto's choice.
 */
function backtests(input: ForecastInput): MethodBacktest[] {
  const years = input.priorYears ?? [];
  const firstYear = years.length >= 2 ? 1 : 0;
  const results: MethodBacktest[] = [];
  // Too few years for any backtest: said without a refusal per method (backtestError's), as a
  // 2 000-line check asks it of every line.
  if (years.length <= firstYear) return results;
  for (const method of FORECAST_METHODS) {
    // An evenly spread budget phases like run-rate; auto does not try it either.
    if (method === "budgetratio" && !input.budget?.monthly) continue;
    try {
      results.push({
        method,
        error: backtestError(years, input.month, method, input.budget, firstYear),
      });
    } catch (error) {
      if (!isBalansError(error)) throw error; // too few years, or a method that cannot be backtested
    }
  }
  return results;
}

/** The figures of one line, or of the lines as one. */
function figuresFor(line: LineData, month: number): ForecastFigures {
  const input: ForecastInput = {
    actuals: line.actuals,
    month,
    budget: line.budget,
    priorYears: line.priorYears,
  };
  const toDate = sumReported(reportedMonths(line.actuals, month));
  const runSoFar = toDate / month;
  const forecasts = forecastsByEveryMethod(input);
  const values = forecasts.map((entry) => entry.forecast);
  const low = finite(Math.min(...values), "actuals");
  const high = finite(Math.max(...values), "actuals");
  const autoMethod = chooseMethod(input);
  const auto = { method: autoMethod, forecast: forecastBy(autoMethod, input) };
  const budgetFullYear = line.budget && finite(sumReported([...line.budget.months]), "budget");
  const stated = line.statedForecast;
  const impliedChange =
    stated === undefined ? undefined : impliedMonthlyChange(stated, line.actuals, month);
  return {
    toDate,
    runSoFar,
    forecasts,
    low,
    high,
    auto,
    budgetFullYear,
    gapToBudget:
      budgetFullYear === undefined ? undefined : deviation(auto.forecast, budgetFullYear),
    stated,
    statedGap:
      stated === undefined || budgetFullYear === undefined
        ? undefined
        : deviation(stated, budgetFullYear),
    backtests: backtests(input),
    verdict: {
      position: positionOf(stated, low, high),
      impliedChange,
      direction: directionOf(impliedChange, runSoFar),
    },
  };
}

function definedOnly<T extends object>(figures: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(figures).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

/** A result, or the engine failure that stopped it; other exceptions are bugs and pass through. */
function checked<T>(compute: () => T): T | { error: BalansError } {
  try {
    return compute();
  } catch (error) {
    if (!isBalansError(error)) throw error;
    return { error };
  }
}

/** Rows of equal length added month by month. */
function sumByMonth(rows: readonly (readonly number[])[]): number[] {
  return rows[0].map((_, index) => sumReported(rows.map((row) => row[index])));
}

/** Each line's value, or undefined unless every line has one: a partial sum would pass for the whole. */
function fromEveryLine<T>(
  lines: readonly ForecastLine[],
  pick: (line: ForecastLine) => T | undefined,
): T[] | undefined {
  const values = lines.map(pick);
  return values.every((value) => value !== undefined) ? (values as T[]) : undefined;
}

/** Each line's prior years added year by year, aligned on the most recent, as many years as every line has. */
function sumOfPriorYears(perLine: readonly (readonly (readonly number[])[])[]): number[][] {
  const common = Math.min(...perLine.map((years) => years.length));
  return Array.from({ length: common }, (_, year) =>
    sumByMonth(perLine.map((years) => years[years.length - common + year])),
  );
}

/** The lines as one: actuals (months 1..month) and budgets added month by month, prior years and stated forecasts added. */
function totalLine(lines: readonly ForecastLine[], month: number): LineData {
  const budgets = fromEveryLine(lines, (line) => line.budget);
  const priorYears = fromEveryLine(lines, (line) =>
    line.priorYears?.length ? line.priorYears : undefined,
  );
  const statedForecasts = fromEveryLine(lines, (line) => line.statedForecast);
  return {
    actuals: sumByMonth(lines.map((line) => reportedMonths(line.actuals, month))),
    budget: budgets && {
      months: sumByMonth(budgets.map((budget) => budget.months)),
      monthly: budgets.every((budget) => budget.monthly),
    },
    priorYears: priorYears && sumOfPriorYears(priorYears),
    statedForecast: statedForecasts && sumReported(statedForecasts),
  };
}

/**
 * Is each stated forecast plausible? Per line and for their total: every method's forecast, the
 * range they span, auto's choice, the gaps to budget and the change the stated forecast assumes.
 * `month` is the last month of actuals (1–12, or an Excel date). A line whose data cannot be used
 * gets its error and is left out of the total.
 */
export function checkForecast(
  lines: readonly ForecastLine[],
  month: number,
  totalFigures: TotalFigures = {},
): ForecastCheckResult {
  const checkedMonth = monthFromNumber(month, "month");
  const results = lines.map((line): ForecastLineCheck | ForecastLineError => {
    const outcome = checked(() => figuresFor(line, checkedMonth));
    return { name: line.name, ...outcome };
  });
  const usable = lines.filter((_, index) => !isCheckError(results[index]));
  return {
    lines: results,
    total:
      usable.length === 0
        ? undefined
        : checked(() =>
            figuresFor(
              { ...totalLine(usable, checkedMonth), ...definedOnly(totalFigures) },
              checkedMonth,
            ),
          ),
    totalIncomplete: usable.length < lines.length,
  };
}
