import type { TableSnapshot } from "../workbook/types";
import { lastNonZeroPosition, Series, sumReported } from "./cells";
import {
  CellMatrix,
  cellAt,
  DetectionProblem,
  detectMonthTable,
  isBlankCell,
  isDetectionProblem,
  isNumericCell,
  MonthTableLayout,
} from "./detect";
import { achievedToDate, achievementRate, deviationFromPlan, effectForecast, expectedToDate, gapToBalance } from "./effect";
import { finite } from "./errors";
import { CellProblem, CellReader, mergedCellsProblem, readMonths } from "./tableReader";
import { checkTotal, TotalsCheck } from "./totals";

export interface ActionPlanLayout extends MonthTableLayout {
  effectColumn: number;
  /** Lines reported as a running total ("ack effekt"), not month by month. */
  cumulativeRows: number[];
}

const CUMULATIVE_NAME = /ack(\.|umulerad)?\s*effekt|cumulative/i;

/** The column right before the months, when it holds figures: where seed 000 keeps the full-year effect. */
function numericColumnBeforeMonths(values: CellMatrix, table: MonthTableLayout): number | undefined {
  const column = table.monthColumns[0].column - 1;
  if (column < 0 || column === table.nameColumn) return undefined;
  return table.lineRows.some((row) => isNumericCell(cellAt(values, row, column))) ? column : undefined;
}

/** Finds an action plan: a month table with a full-year effect column, and its running-total lines. */
export function detectActionPlan(values: CellMatrix): ActionPlanLayout | DetectionProblem {
  const table = detectMonthTable(values);
  if (isDetectionProblem(table)) return table;
  const effectColumn = table.effectColumn ?? numericColumnBeforeMonths(values, table);
  if (effectColumn === undefined) return { problem: "noEffectColumn", row: table.headerRow };
  const cumulativeRows = table.lineRows.filter((row) => CUMULATIVE_NAME.test(String(cellAt(values, row, table.nameColumn))));
  return { ...table, effectColumn, cumulativeRows };
}

export interface Measure {
  /** Row index in the matrix. */
  row: number;
  name: string;
  fullYearEffect: number;
  /** January to December; null when blank or when the table has no column for the month. */
  months: Series;
  accumulated: number | null;
  cumulative: boolean;
  startMonth: number;
}

export interface ActionPlanTotals {
  fullYearEffect: number | null;
  months: Series;
  accumulated: number | null;
}

export interface ActionPlanReading {
  measures: Measure[];
  totals?: ActionPlanTotals;
  problems: CellProblem[];
}

const DEFAULT_START_MONTH = 1;

function readAccumulated(cells: CellReader, layout: ActionPlanLayout, row: number): number | null {
  return layout.accumulatedColumn === undefined ? null : cells.number(row, layout.accumulatedColumn);
}

function figureColumns(layout: ActionPlanLayout): number[] {
  const optional = [layout.accumulatedColumn, layout.startMonthColumn].filter((column): column is number => column !== undefined);
  return [layout.effectColumn, ...layout.monthColumns.map(({ column }) => column), ...optional];
}

/**
 * One line as a measure. A line with a name and no figures at all is a heading ("Personal"), not a
 * measure; a line with figures but no full-year effect cannot be followed up and is a problem.
 */
function readMeasure(cells: CellReader, layout: ActionPlanLayout, row: number, cumulative: boolean): Measure | undefined {
  const name = cells.text(row, layout.nameColumn);
  if (figureColumns(layout).every((column) => isBlankCell(cells.value(row, column)))) return undefined;
  const effectBlank = isBlankCell(cells.value(row, layout.effectColumn));
  const fullYearEffect = cells.number(row, layout.effectColumn);
  const months = readMonths(cells, layout, row);
  const accumulated = readAccumulated(cells, layout, row);
  const stated = layout.startMonthColumn === undefined ? null : cells.month(row, layout.startMonthColumn);
  if (effectBlank) cells.report(row, layout.effectColumn, "blankEffect", name);
  if (fullYearEffect === null) return undefined;
  return { row, name, fullYearEffect, months, accumulated, cumulative, startMonth: stated ?? DEFAULT_START_MONTH };
}

function readTotals(cells: CellReader, layout: ActionPlanLayout, row: number): ActionPlanTotals {
  return {
    fullYearEffect: cells.number(row, layout.effectColumn),
    months: readMonths(cells, layout, row),
    accumulated: readAccumulated(cells, layout, row),
  };
}

/**
 * Reads the measures and the totals row of a detected action plan. Unreadable cells become problems
 * and the rest is still read, so the user sees every problem at once. Merged cells are reported once:
 * their value sits only in the top-left cell, so what is read may be shifted.
 */
export function readActionPlan(
  snapshot: TableSnapshot,
  layout: ActionPlanLayout,
  cumulativeOverride?: Set<number>,
): ActionPlanReading {
  const cells = new CellReader(snapshot);
  cells.problems.push(...mergedCellsProblem(snapshot));
  const cumulativeRows = cumulativeOverride ?? new Set(layout.cumulativeRows);
  const measures: Measure[] = [];
  for (const row of layout.lineRows) {
    const measure = readMeasure(cells, layout, row, cumulativeRows.has(row));
    if (measure) measures.push(measure);
  }
  const totals = layout.totalsRow === undefined ? undefined : readTotals(cells, layout, layout.totalsRow);
  return { measures, ...(totals && { totals }), problems: cells.problems };
}

/** The last month any measure reports a non-blank, non-zero value: the month to follow up by default. */
export function lastReportedMonth(measures: readonly Measure[]): number | undefined {
  const last = measures.reduce((latest, measure) => Math.max(latest, lastNonZeroPosition(measure.months)), 0);
  return last === 0 ? undefined : last;
}

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
function statusOf(result: Pick<MeasureResult, "achieved" | "deviation" | "performance">, thresholds: StatusThresholds): MeasureStatus {
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
function analyseMeasure(measure: Measure, month: number, thresholds: StatusThresholds): MeasureResult {
  const { row, name, fullYearEffect, months, cumulative, startMonth } = measure;
  const phasing = { startMonth };
  const expected = expectedToDate(fullYearEffect, month, phasing);
  const achieved = achievedToDate(months, cumulative, month);
  const deviation = deviationFromPlan(achieved, fullYearEffect, month, phasing);
  const rate = expected === 0 || isCostIncreasing({ fullYearEffect }) ? null : achievementRate(achieved, fullYearEffect, month, phasing);
  const performance = expected === 0 ? null : finite(1 + deviation / Math.abs(expected), "achieved");
  const method = month >= startMonth ? "runrate" : "plan";
  const forecast = effectForecast(achieved, fullYearEffect, month, method, phasing);
  const status = statusOf({ achieved, deviation, performance }, thresholds);
  return { row, name, fullYearEffect, expected, achieved, deviation, rate, performance, status, forecast };
}

/** The stated totals against the column sums of the measures, for each stated figure. */
function checkTotals(measures: readonly Measure[], totals: ActionPlanTotals): ActionPlanSummary["totalsChecks"] {
  const checks: ActionPlanSummary["totalsChecks"] = [];
  if (totals.fullYearEffect !== null) {
    checks.push({ column: "fullYearEffect", check: checkTotal(totals.fullYearEffect, measures.map((m) => m.fullYearEffect)) });
  }
  totals.months.forEach((stated, index) => {
    if (stated !== null) checks.push({ column: { month: index + 1 }, check: checkTotal(stated, measures.map((m) => m.months[index])) });
  });
  if (totals.accumulated !== null) {
    checks.push({ column: "accumulated", check: checkTotal(totals.accumulated, measures.map((m) => m.accumulated)) });
  }
  return checks;
}

/** Rows whose months should add up to their accumulated figure; a running total's do not. */
function checkRows(measures: readonly Measure[]): ActionPlanSummary["rowChecks"] {
  return measures.flatMap(({ row, name, months, accumulated, cumulative }) =>
    accumulated === null || cumulative ? [] : [{ row, name, check: checkTotal(accumulated, months) }],
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
      gapToBalance: gapToBalance(deficit, measures.map((measure) => measure.fullYearEffect)),
      gapAfterForecast: gapToBalance(deficit, results.map((result) => result.forecast)),
    }),
    measures: results,
    behindPlan,
    totalsChecks: totals ? checkTotals(measures, totals) : [],
    rowChecks: checkRows(measures),
  };
}
