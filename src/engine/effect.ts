import { fail, finite } from "./errors";
import { lastNonZeroPosition, Series, sumReported } from "./cells";
import { Phasing, shareDueBy } from "./phasing";

/** Effect expected by the end of `month`: the full-year effect times the share due by then. */
export function expectedToDate(fullYearEffect: number, month: number, phasing: Phasing): number {
  return finite(fullYearEffect * shareDueBy(month, phasing), "full_year_effect");
}

/**
 * Effect achieved through `month` (default: every reported month). Monthly reports are summed; a
 * measure reported as a running total ("ack effekt") counts its latest reported value instead.
 * Without a month, the latest value of a running total is its last non-blank, non-zero one, since
 * Excel for desktop passes blank cells as 0. A measure with no month reported has achieved nothing
 * yet (0), as the action plans themselves report it.
 */
export function achievedToDate(
  monthlyEffects: Series,
  cumulative: boolean,
  month?: number,
): number {
  if (month !== undefined && month > monthlyEffects.length) {
    fail("na", "monthBeyondData", { arg: "monthly_effects", month, count: monthlyEffects.length });
  }
  const reported = month === undefined ? monthlyEffects : monthlyEffects.slice(0, month);
  if (!cumulative) return finite(sumReported(reported), "monthly_effects");
  const latest =
    month === undefined
      ? lastNonZeroPosition(reported)
      : reported.reduce<number>((last, value, index) => (value === null ? last : index + 1), 0);
  return latest === 0 ? 0 : (reported[latest - 1] as number);
}

/** Achieved over expected to date, as a fraction (0,37 for 37 %). */
export function achievementRate(
  achieved: number,
  fullYearEffect: number,
  month: number,
  phasing: Phasing,
): number {
  const expected = expectedToDate(fullYearEffect, month, phasing);
  if (expected === 0) fail("na", "nothingExpected", { arg: "full_year_effect", month });
  return finite(achieved / expected, "achieved");
}

/** Achieved minus expected to date: positive is ahead of plan, for cost-increasing measures too. */
export function deviationFromPlan(
  achieved: number,
  fullYearEffect: number,
  month: number,
  phasing: Phasing,
): number {
  return finite(achieved - expectedToDate(fullYearEffect, month, phasing), "achieved");
}

export type EffectForecastMethod = "runrate" | "plan";

/**
 * Full-year effect forecast. `runrate` carries the pace so far over the measure's active months
 * (achieved / share due so far); `plan` adds what the plan still has to come to what is achieved.
 */
export function effectForecast(
  achieved: number,
  fullYearEffect: number,
  month: number,
  method: EffectForecastMethod,
  phasing: Phasing,
): number {
  const share = shareDueBy(month, phasing);
  if (method === "plan") return finite(achieved + fullYearEffect * (1 - share), "achieved");
  if (share === 0) fail("na", "notStarted", { arg: "month", month, start: phasing.startMonth });
  return finite(achieved / share, "achieved");
}

/**
 * A measure's effect as the change from the prior year, in the signed convention (costs negative):
 * current − prior × (1 + index change), where the index (e.g. SKR's LPIK) lifts the prior year's
 * level to this year's prices and wages.
 */
export function yearOverYearEffect(
  currentToDate: number,
  priorToDate: number,
  indexChange = 0,
): number {
  return finite(currentToDate - priorToDate * (1 + indexChange), "current_to_date");
}

/** What is left to reach balance: the deficit (negative) plus every planned effect; blanks are skipped. */
export function gapToBalance(deficit: number, effects: Series): number {
  return finite(deficit + sumReported(effects), "effects");
}
