import { lastNonZeroPosition, Series } from "./cells";
import {
  DetectionHints,
  DetectionProblem,
  detectMonthTable,
  isDetectionProblem,
  MonthTableLayout,
} from "./detect";
import { CellMatrix, cellAt, Grid, isBlankCell, isNumericCell } from "./grid";
import { LevelCheck, StructureProblem } from "./structure";
import { CellProblem, CellReader, mergedCellsProblem, readMonths } from "./tableReader";

export interface ActionPlanLayout extends MonthTableLayout {
  effectColumn: number;
  /** Lines reported as a running total ("ack effekt"), not month by month. */
  cumulativeRows: number[];
}

const CUMULATIVE_NAME = /ack(\.|umulerad)?\s*effekt|cumulative/i;

/**
 * The nearest figure column left of the months, when it holds figures: where seed 000 keeps the
 * full-year effect. Descriptor, start-month and year columns are no figures, so they are passed over.
 */
function numericColumnBeforeMonths(
  values: CellMatrix,
  table: MonthTableLayout,
): number | undefined {
  const figures = new Set(table.figureColumns);
  for (
    let column = table.monthColumns[0].column - 1;
    column >= 0 && column !== table.nameColumn;
    column--
  ) {
    if (!figures.has(column)) continue;
    return table.lineRows.some((row) => isNumericCell(cellAt(values, row, column)))
      ? column
      : undefined;
  }
  return undefined;
}

/** Finds an action plan: a month table with a full-year effect column, and its running-total lines. */
export function detectActionPlan(
  values: CellMatrix,
  hints: DetectionHints = {},
): ActionPlanLayout | DetectionProblem {
  const table = detectMonthTable(values, hints);
  if (isDetectionProblem(table)) return table;
  const effectColumn = table.effectColumn ?? numericColumnBeforeMonths(values, table);
  if (effectColumn === undefined) return { problem: "noEffectColumn", row: table.headerRow };
  const cumulativeRows = table.lineRows.filter((row) =>
    CUMULATIVE_NAME.test(String(cellAt(values, row, table.nameColumn))),
  );
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
  /** Structure that cannot be trusted (a subtotal adding up to nothing, totals that disagree): nothing is calculated. */
  structureProblems: StructureProblem[];
  /** Every subtotal and total against its own rows. */
  levelChecks: LevelCheck[];
  /** The last month any measure reports a figure in (zero counts, blank does not); 0 when none. */
  lastMonthWithData: number;
}

const DEFAULT_START_MONTH = 1;

function readAccumulated(cells: CellReader, layout: ActionPlanLayout, row: number): number | null {
  return layout.accumulatedColumn === undefined
    ? null
    : cells.number(row, layout.accumulatedColumn);
}

function figureColumns(layout: ActionPlanLayout): number[] {
  const optional = [layout.accumulatedColumn, layout.startMonthColumn].filter(
    (column): column is number => column !== undefined,
  );
  return [layout.effectColumn, ...layout.monthColumns.map(({ column }) => column), ...optional];
}

/**
 * One line as a measure. A line with a name and no figures at all is a heading ("Personal"), not a
 * measure; a line with figures but no full-year effect cannot be followed up and is a problem.
 */
function readMeasure(
  cells: CellReader,
  layout: ActionPlanLayout,
  row: number,
  cumulative: boolean,
): Measure | undefined {
  const name = cells.text(row, layout.nameColumn);
  if (figureColumns(layout).every((column) => isBlankCell(cells.value(row, column))))
    return undefined;
  const effectBlank = isBlankCell(cells.value(row, layout.effectColumn));
  const fullYearEffect = cells.number(row, layout.effectColumn);
  const months = readMonths(cells, layout, row);
  const accumulated = readAccumulated(cells, layout, row);
  const stated =
    layout.startMonthColumn === undefined ? null : cells.month(row, layout.startMonthColumn);
  if (effectBlank) cells.report(row, layout.effectColumn, "blankEffect", name);
  if (fullYearEffect === null) return undefined;
  return {
    row,
    name,
    fullYearEffect,
    months,
    accumulated,
    cumulative,
    startMonth: stated ?? DEFAULT_START_MONTH,
  };
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
  snapshot: Grid,
  layout: ActionPlanLayout,
  cumulativeOverride?: ReadonlySet<number>,
): ActionPlanReading {
  const cells = new CellReader(snapshot);
  cells.problems.push(...mergedCellsProblem(snapshot));
  const cumulativeRows = cumulativeOverride ?? new Set(layout.cumulativeRows);
  const measures: Measure[] = [];
  for (const row of layout.lineRows) {
    const measure = readMeasure(cells, layout, row, cumulativeRows.has(row));
    if (measure) measures.push(measure);
  }
  const totals =
    layout.totalsRow === undefined ? undefined : readTotals(cells, layout, layout.totalsRow);
  return {
    measures,
    ...(totals && { totals }),
    problems: cells.problems,
    structureProblems: layout.structure.problems,
    levelChecks: layout.structure.checks,
    lastMonthWithData: lastMonthWithData(measures.map((measure) => measure.months)),
  };
}

/** The last month (1–12) any series reports a figure for, zero included; 0 when none does. */
export function lastMonthWithData(series: readonly Series[]): number {
  return series.reduce((latest, months) => {
    for (let index = months.length - 1; index >= latest; index--)
      if (months[index] !== null) return index + 1;
    return latest;
  }, 0);
}

/** The last month any measure reports a non-blank, non-zero value: the month to follow up by default. */
export function lastReportedMonth(measures: readonly Measure[]): number | undefined {
  const last = measures.reduce(
    (latest, measure) => Math.max(latest, lastNonZeroPosition(measure.months)),
    0,
  );
  return last === 0 ? undefined : last;
}
