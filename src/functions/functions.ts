/*
 * Balans worksheet functions. The JSDoc of each function is its metadata: custom-functions-metadata
 * turns it into functions.json, and the build translates that into functions.sv-se.json from
 * sv-se.json. The ids are a public contract: never rename one once released.
 *
 * This file holds no calculation: the metadata plugin appends CustomFunctions.associate() to it, so
 * nothing else may import it. Each function turns its arguments into an engine call.
 */
import {
  achievedToDate,
  achievementRate,
  agencyShare,
  deviation,
  effectForecast,
  expectedToDate,
  forecast,
  forecastAccuracy,
  forecastsByEveryMethod,
  fteFromCost,
  fteFromHours,
  gapToBalance,
  impliedMonthlyChange,
  yearOverYearEffect,
  DEFAULT_HOURS_PER_MONTH,
} from "../engine";
import { forecastMethodName } from "../i18n/methodNames";
import {
  effectMethod,
  excelCall,
  excelLanguage,
  forecastMethod,
  monthOrInferred,
  optionalBoolean,
  optionalBudget,
  optionalMonth,
  optionalNumber,
  optionalUnit,
  phasingOf,
  requiredMonth,
  requiredNumber,
  series,
  years,
} from "./arguments";

/**
 * Effect of a measure expected by the end of a month: the full-year effect spread evenly from the start month, or by a 12-month phasing profile.
 * @customfunction EFFECT.EXPECTED
 * @param full_year_effect The measure's planned full-year effect (positive improves the result).
 * @param month Follow-up month: 1–12, a date, or a month name.
 * @param [start_month] Month the measure starts (default 1).
 * @param [phasing] 12 monthly weights to spread the effect by, instead of evenly.
 * @returns Expected effect to date.
 */
export function effectExpected(
  full_year_effect: unknown,
  month: unknown,
  start_month?: unknown,
  phasing?: unknown[][],
): number {
  return excelCall(() =>
    expectedToDate(
      requiredNumber(full_year_effect, "full_year_effect"),
      requiredMonth(month),
      phasingOf(start_month, phasing),
    ),
  );
}

/**
 * Effect achieved to date: the sum of the reported months, or, for a measure reported as a running total, its latest value.
 * @customfunction EFFECT.ACHIEVED
 * @param monthly_effects The measure's reported effect per month (a row or column; blanks are not reported).
 * @param [cumulative] TRUE when the row is a running total ("ack effekt"); default FALSE.
 * @param [month] Count months up to this one; without it, a running total's latest value is its last non-blank, non-zero one.
 * @returns Achieved effect to date.
 */
export function effectAchieved(
  monthly_effects: unknown[][],
  cumulative?: unknown,
  month?: unknown,
): number {
  return excelCall(() =>
    achievedToDate(
      series(monthly_effects, "monthly_effects"),
      optionalBoolean(cumulative, "cumulative", false),
      optionalMonth(month),
    ),
  );
}

/**
 * Achievement: effect achieved as a fraction of the effect expected to date (0.37 = 37 %). For a cost-increasing measure read the deviation, not the ratio.
 * @customfunction EFFECT.RATE
 * @param achieved Effect achieved to date.
 * @param full_year_effect The measure's planned full-year effect.
 * @param month Follow-up month: 1–12, a date, or a month name.
 * @param [start_month] Month the measure starts (default 1).
 * @param [phasing] 12 monthly weights to spread the effect by, instead of evenly.
 * @returns Achieved / expected to date, as a fraction.
 */
export function effectRate(
  achieved: unknown,
  full_year_effect: unknown,
  month: unknown,
  start_month?: unknown,
  phasing?: unknown[][],
): number {
  return excelCall(() =>
    achievementRate(
      requiredNumber(achieved, "achieved"),
      requiredNumber(full_year_effect, "full_year_effect"),
      requiredMonth(month),
      phasingOf(start_month, phasing),
    ),
  );
}

/**
 * Full-year effect forecast of a measure: "runrate" carries the pace so far over its active months; "plan" adds what the plan has still to come.
 * @customfunction EFFECT.FORECAST
 * @param achieved Effect achieved to date.
 * @param full_year_effect The measure's planned full-year effect.
 * @param month Follow-up month: 1–12, a date, or a month name.
 * @param [method] "runrate" (default) or "plan"; Swedish "takt" or "plan".
 * @param [start_month] Month the measure starts (default 1).
 * @param [phasing] 12 monthly weights to spread the effect by, instead of evenly.
 * @returns Forecast full-year effect.
 */
export function effectForecastFn(
  achieved: unknown,
  full_year_effect: unknown,
  month: unknown,
  method?: unknown,
  start_month?: unknown,
  phasing?: unknown[][],
): number {
  return excelCall(() =>
    effectForecast(
      requiredNumber(achieved, "achieved"),
      requiredNumber(full_year_effect, "full_year_effect"),
      requiredMonth(month),
      effectMethod(method),
      phasingOf(start_month, phasing),
    ),
  );
}

/**
 * A measure's effect as the change from the prior year in the signed convention (costs negative): current − prior × (1 + index change).
 * @customfunction EFFECT.YOY
 * @param current_to_date This year's accumulated outcome.
 * @param prior_to_date The prior year's accumulated outcome for the same months.
 * @param [index_change] Price or wage index change to lift the prior year by, e.g. 0.03 for SKR's LPIK at 3 % (default 0).
 * @returns Effect as year-over-year change.
 */
export function effectYoy(
  current_to_date: unknown,
  prior_to_date: unknown,
  index_change?: unknown,
): number {
  return excelCall(() =>
    yearOverYearEffect(
      requiredNumber(current_to_date, "current_to_date"),
      requiredNumber(prior_to_date, "prior_to_date"),
      optionalNumber(index_change, "index_change", 0),
    ),
  );
}

/**
 * What is left to reach a budget in balance: the starting deficit plus every planned effect. Negative means the plan is not enough.
 * @customfunction GAP.BALANCE
 * @param deficit The starting position (a deficit is negative).
 * @param effects The measures' planned full-year effects (blanks are skipped).
 * @returns Deficit + sum of effects.
 */
export function gapBalance(deficit: unknown, effects: unknown[][]): number {
  return excelCall(() =>
    gapToBalance(requiredNumber(deficit, "deficit"), series(effects, "effects")),
  );
}

/**
 * Full-year forecast from the months of actuals so far. Methods: runrate, budget, budgetratio, prioryear, trend, or auto (the default).
 * @customfunction FORECAST
 * @param actuals Monthly actuals from January (a row or column of up to 12).
 * @param [month] Months of actuals to use; without it, the last non-blank, non-zero month.
 * @param [budget] 12 monthly budget figures, or one full-year figure spread evenly.
 * @param [method] runrate/takt, budget, budgetratio/budgetkvot, prioryear/fgår, trend or auto: lowest backtest error with 2+ prior years, else budgetratio with a monthly budget, prioryear with a prior year, else runrate.
 * @param [prior_years] Whole prior years, one row of 12 months per year, the most recent last.
 * @returns Full-year forecast.
 */
export function forecastFn(
  actuals: unknown[][],
  month?: unknown,
  budget?: unknown[][],
  method?: unknown,
  prior_years?: unknown[][],
): number {
  return excelCall(() => {
    const actualSeries = series(actuals, "actuals");
    return forecast(forecastMethod(method), {
      actuals: actualSeries,
      month: monthOrInferred(month, actualSeries, "actuals"),
      budget: optionalBudget(budget),
      priorYears: years(prior_years, "prior_years"),
    });
  });
}

/**
 * Every forecast method the data allows, as a two-column table: method name and full-year forecast.
 * @customfunction FORECAST.METHODS
 * @param actuals Monthly actuals from January (a row or column of up to 12).
 * @param [month] Months of actuals to use; without it, the last non-blank, non-zero month.
 * @param [budget] 12 monthly budget figures, or one full-year figure spread evenly.
 * @param [prior_years] Whole prior years, one row of 12 months per year, the most recent last.
 * @returns Method names and forecasts.
 */
export function forecastMethods(
  actuals: unknown[][],
  month?: unknown,
  budget?: unknown[][],
  prior_years?: unknown[][],
): unknown[][] {
  return excelCall(() => {
    const actualSeries = series(actuals, "actuals");
    const language = excelLanguage();
    return forecastsByEveryMethod({
      actuals: actualSeries,
      month: monthOrInferred(month, actualSeries, "actuals"),
      budget: optionalBudget(budget),
      priorYears: years(prior_years, "prior_years"),
    }).map(({ method: name, forecast: value }) => [forecastMethodName(name, language), value]);
  });
}

/**
 * The monthly change a stated full-year forecast assumes against the run so far: average of the months left minus average of the months gone.
 * @customfunction FORECAST.IMPLIED
 * @param stated_forecast The stated full-year forecast.
 * @param actuals Monthly actuals from January (a row or column of up to 12).
 * @param [month] Months of actuals to use; without it, the last non-blank, non-zero month.
 * @returns Implied change per month (positive = better than the run so far).
 */
export function forecastImplied(
  stated_forecast: unknown,
  actuals: unknown[][],
  month?: unknown,
): number {
  return excelCall(() => {
    const actualSeries = series(actuals, "actuals");
    return impliedMonthlyChange(
      requiredNumber(stated_forecast, "stated_forecast"),
      actualSeries,
      monthOrInferred(month, actualSeries, "actuals"),
    );
  });
}

/**
 * Backtest: the mean absolute percentage error of a method's full-year forecast made after some months, over whole past years.
 * @customfunction FORECAST.ACCURACY
 * @param history Whole past years, one row of 12 months per year, oldest first.
 * @param month Months of actuals the forecast is made after.
 * @param [method] The method to test (default auto: the one auto would choose from this history).
 * @returns Mean absolute percentage error, as a fraction.
 */
export function forecastAccuracyFn(history: unknown[][], month: unknown, method?: unknown): number {
  return excelCall(() =>
    forecastAccuracy(years(history, "history") ?? [], requiredMonth(month), forecastMethod(method)),
  );
}

/**
 * Deviation from budget, signed: value − budget. With costs negative, a negative deviation is worse than budget.
 * @customfunction GAP
 * @param value Actual or forecast.
 * @param budget Budget for the same period.
 * @returns Value − budget.
 */
export function gap(value: unknown, budget: unknown): number {
  return excelCall(() =>
    deviation(requiredNumber(value, "value"), requiredNumber(budget, "budget")),
  );
}

/**
 * Full-time equivalents (årsarbetare) from hours: hours / (months × hours per month).
 * @customfunction FTE
 * @param hours Hours worked in the period.
 * @param [months] Months in the period (default 1).
 * @param [hours_per_month] Hours that make one full-time position a month (default 165).
 * @returns Full-time equivalents.
 */
export function fte(hours: unknown, months?: unknown, hours_per_month?: unknown): number {
  return excelCall(() =>
    fteFromHours(
      requiredNumber(hours, "hours"),
      optionalNumber(months, "months", 1),
      optionalNumber(hours_per_month, "hours_per_month", DEFAULT_HOURS_PER_MONTH),
    ),
  );
}

/**
 * Full-time equivalents from a cost: cost / hourly price / (months × hours per month). The cost's sign is ignored.
 * @customfunction FTE.FROMCOST
 * @param cost Cost in the period, in the price's currency unit, or in cost_unit.
 * @param hourly_price Price per hour (in kr when cost_unit is given).
 * @param [months] Months in the period (default 1).
 * @param [hours_per_month] Hours that make one full-time position a month (default 165).
 * @param [cost_unit] The cost's unit, "kr", "tkr" or "mkr", with the price in kr an hour (default: the price's unit).
 * @returns Full-time equivalents.
 */
export function fteFromCostFn(
  cost: unknown,
  hourly_price: unknown,
  months?: unknown,
  hours_per_month?: unknown,
  cost_unit?: unknown,
): number {
  return excelCall(() =>
    fteFromCost(
      requiredNumber(cost, "cost"),
      requiredNumber(hourly_price, "hourly_price"),
      optionalNumber(months, "months", 1),
      optionalNumber(hours_per_month, "hours_per_month", DEFAULT_HOURS_PER_MONTH),
      optionalUnit(cost_unit, "cost_unit"),
    ),
  );
}

/**
 * Agency staff cost as a share of own staff cost, as a fraction (0.131 = 13.1 %).
 * @customfunction AGENCY.SHARE
 * @param agency_cost Cost of agency staff.
 * @param staff_cost Cost of own staff, in the same unit and sign.
 * @returns Agency cost / staff cost.
 */
export function agencyShareFn(agency_cost: unknown, staff_cost: unknown): number {
  return excelCall(() =>
    agencyShare(
      requiredNumber(agency_cost, "agency_cost"),
      requiredNumber(staff_cost, "staff_cost"),
    ),
  );
}
