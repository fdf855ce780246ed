import { sumReported } from "./cells";
import {
  achievedToDate,
  achievementRate,
  deviationFromPlan,
  effectForecast,
  expectedToDate,
  gapToBalance,
} from "./effect";
import { finite } from "./errors";
import { ActionPlanTotals, Measure } from "./actionPlanReader";
import { checkTotal, TotalsCheck } from "./totals";

export interface StatusThresholds {
  /** Performance from which a measure is on track (0,9 = at least 90 % of plan). */
  onTrack: number;
  /** Performance from which a measure is at risk; below it, behind. */
  atRisk: number;
}

export const DEFAULT_THRESHOLDS: StatusThresholds = { onTrack: 0.9, atRisk: 0.7 };

export type MeasureStatus = "onTrack" | "atRisk" | "behind" | "notStarted";

export interface MeasureResult {
  row: number;
  name: string;
  fullYearEffect: number;
  expected: number;
  achieved: number;
  /** Achieved − expected: positive is ahead of plan, for cost-increasing measures too. */
  deviation: number;
  /** Achieved / expected; null when nothing is expected or the measure increases costs (the ratio reads backwards). */
  rate: number | null;
  /** 1 + deviation / |expected|: 1 on plan, above 1 ahead, whatever the measure's sign. */
  performance: number | null;
  status: MeasureStatus;
  forecast: number;
}

export type TotalsColumn = "fullYearEffect" | "accumulated" | { month: number };

export interface ActionPlanSummary {
  month: number;
  plannedTotal: number;
  expectedToDate: number;
  achievedToDate: number;
  /** Achieved / expected over all measures; null when nothing is expected yet. */
  achievement: number | null;
  forecastFullYear: number;
  /** Deficit + planned effects; only with a deficit. */
  gapToBalance?: number;
  /** Deficit + forecast effects; only with a deficit. */
  gapAfterForecast?: number;
  measures: MeasureResult[];
  /** At risk or behind, the largest shortfall first. */
  behindPlan: MeasureResult[];
  totalsChecks: { column: TotalsColumn; check: TotalsCheck }[];
  /** Each month-by-month row's months against its own accumulated figure. */
  rowChecks: { row: number; name: string; check: TotalsCheck }[];
}

export interface AnalysisOptions {
  month: number;
  deficit?: number;
  thresholds?: StatusThresholds;
}

/** A measure planned to worsen the result (the raised OB-tillägg, −47,6 mkr): its ratio reads backwards. */
export function isCostIncreasing(measure: Pick<MeasureResult, "fullYearEffect">): boolean {
  return measure.fullYearEffect < 0;
}

/**
 * Status from performance, so a cost-increasing measure is judged by its deviation, never by a
 * ratio that reads backwards. With nothing expected yet, any effect already shown counts by its sign.
 */
function statusOf(
  result: Pick<MeasureResult, "achieved" | "deviation" | "performance">,
  thresholds: StatusThresholds,
): MeasureStatus {
  const { achieved, deviation, performance } = result;
  if (performance === null) {
    if (achieved === 0) return "notStarted";
    return deviation >= 0 ? "onTrack" : "behind";
  }
  if (performance >= thresholds.onTrack) return "onTrack";
  return performance >= thresholds.atRisk ? "atRisk" : "behind";
}

/**
 * A measure's figures at `month`. Its full-year forecast carries the pace so far (run-rate) once it
 * has started, nothing achieved counting as a pace of nothing; before its start there is no pace to
 * carry, so the forecast is the plan. The follow-up sheet's formula makes the same choice.
 */
function analyseMeasure(
  measure: Measure,
  month: number,
  thresholds: StatusThresholds,
): MeasureResult {
  const { row, name, fullYearEffect, months, cumulative, startMonth } = measure;
  const phasing = { startMonth };
  const expected = expectedToDate(fullYearEffect, month, phasing);
  const achieved = achievedToDate(months, cumulative, month);
  const deviation = deviationFromPlan(achieved, fullYearEffect, month, phasing);
  const rate =
    expected === 0 || isCostIncreasing({ fullYearEffect })
      ? null
      : achievementRate(achieved, fullYearEffect, month, phasing);
  const performance =
    expected === 0 ? null : finite(1 + deviation / Math.abs(expected), "achieved");
  const method = month >= startMonth ? "runrate" : "plan";
  const forecast = effectForecast(achieved, fullYearEffect, month, method, phasing);
  const status = statusOf({ achieved, deviation, performance }, thresholds);
  return {
    row,
    name,
    fullYearEffect,
    expected,
    achieved,
    deviation,
    rate,
    performance,
    status,
    forecast,
  };
}

/** The stated totals against the column sums of the measures, for each stated figure. */
function checkTotals(
  measures: readonly Measure[],
  totals: ActionPlanTotals,
): ActionPlanSummary["totalsChecks"] {
  const checks: ActionPlanSummary["totalsChecks"] = [];
  if (totals.fullYearEffect !== null) {
    checks.push({
      column: "fullYearEffect",
      check: checkTotal(
        totals.fullYearEffect,
        measures.map((m) => m.fullYearEffect),
      ),
    });
  }
  totals.months.forEach((stated, index) => {
    if (stated !== null)
      checks.push({
        column: { month: index + 1 },
        check: checkTotal(
          stated,
          measures.map((m) => m.months[index]),
        ),
      });
  });
  if (totals.accumulated !== null) {
    checks.push({
      column: "accumulated",
      check: checkTotal(
        totals.accumulated,
        measures.map((m) => m.accumulated),
      ),
    });
  }
  return checks;
}

/** Rows whose months should add up to their accumulated figure; a running total's do not. */
function checkRows(measures: readonly Measure[]): ActionPlanSummary["rowChecks"] {
  return measures.flatMap(({ row, name, months, accumulated, cumulative }) =>
    accumulated === null || cumulative
      ? []
      : [{ row, name, check: checkTotal(accumulated, months) }],
  );
}

/** Where an action plan stands at `month`: planned, expected and achieved effects, each measure's status, the gap and the totals. */
export function analyseActionPlan(
  measures: readonly Measure[],
  options: AnalysisOptions,
  totals?: ActionPlanTotals,
): ActionPlanSummary {
  const { month, deficit, thresholds = DEFAULT_THRESHOLDS } = options;
  const results = measures.map((measure) => analyseMeasure(measure, month, thresholds));
  const expected = sumReported(results.map((result) => result.expected));
  const achieved = sumReported(results.map((result) => result.achieved));
  const forecastFullYear = sumReported(results.map((result) => result.forecast));
  const behindPlan = results
    .filter(({ status }) => status === "atRisk" || status === "behind")
    .sort((a, b) => a.deviation - b.deviation);
  return {
    month,
    plannedTotal: sumReported(measures.map((measure) => measure.fullYearEffect)),
    expectedToDate: expected,
    achievedToDate: achieved,
    achievement: expected === 0 ? null : finite(achieved / expected, "achieved"),
    forecastFullYear,
    ...(deficit !== undefined && {
      gapToBalance: gapToBalance(
        deficit,
        measures.map((measure) => measure.fullYearEffect),
      ),
      gapAfterForecast: gapToBalance(
        deficit,
        results.map((result) => result.forecast),
      ),
    }),
    measures: results,
    behindPlan,
    totalsChecks: totals ? checkTotals(measures, totals) : [],
    rowChecks: checkRows(measures),
  };
}
