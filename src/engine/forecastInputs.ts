import { cellAddress } from "./addresses";
import { lastNonZeroPosition, Series } from "./cells";
import { DetectionProblem, detectMonthTable, isDetectionProblem, MonthTableLayout } from "./detect";
import { monthlyBudget } from "./forecast";
import { ForecastLine, TotalFigures } from "./forecastCheck";
import { Grid } from "./grid";
import { MONTHS_IN_YEAR } from "./phasing";
import { matchRows, readSideGrid, SideGridReading, SideRow } from "./sideGrid";
import { CellProblem, CellReader, readMonthTable } from "./tableReader";

/** What the controller pointed at for a forecast check. Only the actuals are required. */
export interface ForecastSelections {
  actuals: Grid;
  budget?: Grid;
  priorYears?: Grid;
  stated?: Grid;
}

export type SelectionRole = keyof ForecastSelections;

/** A selection whose shape does not fit the actuals: how many values were wanted and found. */
export interface ShapeProblem {
  role: SelectionRole;
  code: "shape";
  expected: string;
  found: number;
}

/** Where a figure was read: its cell, sheet-qualified ("Blad1", "C5"). */
export interface SourceCell {
  sheet: string;
  address: string;
}

/**
 * The cells each figure of the assembly was read from, so a sheet can refer to them instead of
 * copying them: per line its budget (12 monthly cells, null where a month has no cell, or one
 * full-year cell) and stated forecast; the total's budget, prior years and stated forecast.
 */
export interface ForecastSources {
  lineBudgets: ((SourceCell | null)[] | undefined)[];
  lineStated: (SourceCell | undefined)[];
  totalBudget?: (SourceCell | null)[];
  priorYears?: (SourceCell | null)[][];
  totalStated?: SourceCell;
}

export interface ForecastAssembly {
  /** The actuals table as read, for formulas that refer back to its cells. */
  layout: MonthTableLayout;
  /** Matrix row of each line in the actuals selection. */
  lineRows: number[];
  lines: ForecastLine[];
  total: TotalFigures;
  /** The last month any line reports (non-blank, non-zero): the default month to check. */
  lastMonth: number;
  sources: ForecastSources;
  problems: (CellProblem | ShapeProblem)[];
}

export type AssemblyOutcome =
  ForecastAssembly | { role: SelectionRole; detection: DetectionProblem };

function shape(role: SelectionRole, expected: string, found: number): ShapeProblem {
  return { role, code: "shape", expected, found };
}

const complete = (months: Series | undefined): months is number[] =>
  months !== undefined &&
  months.length === MONTHS_IN_YEAR &&
  months.every((value) => value !== null);

const cellOf = (grid: Grid, row: number, column: number): SourceCell => ({
  sheet: grid.sheet,
  address: cellAddress(grid.top + row, grid.left + column),
});

/** A side row's 12 month cells. */
const monthCellsOf = (grid: Grid, row: SideRow | undefined): (SourceCell | null)[] =>
  (row?.monthColumns ?? []).map((column) =>
    column === null ? null : cellOf(grid, row?.row ?? 0, column),
  );

/** A side row's figures with their cells, the blank ones left out. */
const figuresOf = (grid: Grid, row: SideRow) =>
  row.figures.flatMap((value, index) =>
    value === null ? [] : [{ value, cell: cellOf(grid, row.row, row.figureColumns[index]) }],
  );

/**
 * Each line's own figure (a full-year budget or a stated forecast) or one figure for the total: one
 * figure a row matched to the lines by name or order, or the figures in reading order; with the cell
 * each was read from.
 */
function perLineOrTotal(
  role: "budget" | "stated",
  grid: Grid,
  side: SideGridReading,
  lineNames: readonly string[],
  problems: (CellProblem | ShapeProblem)[],
): {
  perLine?: ({ value: number; cell: SourceCell } | null)[];
  total?: { value: number; cell: SourceCell };
} {
  const oneEach = side.rows.every(
    (row) => row.figures.filter((value) => value !== null).length <= 1,
  );
  const matched = oneEach ? matchRows(lineNames, side.rows) : undefined;
  if (matched && lineNames.length > 1)
    return { perLine: matched.map((row) => (row ? (figuresOf(grid, row)[0] ?? null) : null)) };
  const numbers = side.rows.flatMap((row) => figuresOf(grid, row));
  if (numbers.length === lineNames.length && lineNames.length > 1) return { perLine: numbers };
  if (numbers.length === 1) return { total: numbers[0] };
  problems.push(
    shape(role, lineNames.length === 1 ? "1" : `1 / ${lineNames.length}`, numbers.length),
  );
  return {};
}

/**
 * Puts the selections together into forecast lines: the actuals table's lines, each with its budget
 * (monthly rows matching the lines, one full-year figure per line, or one figure for the total; or a
 * "Budget" column in the actuals table), the total's prior years (one row of 12 months a year), and
 * the stated forecast (one per line, or one for the total; or a "Prognos" column in the table).
 */
export function assembleForecast(selections: ForecastSelections): AssemblyOutcome {
  const layout = detectMonthTable(selections.actuals.values, { table: selections.actuals.table });
  if (isDetectionProblem(layout)) return { role: "actuals", detection: layout };
  const reading = readMonthTable(selections.actuals, layout);
  const problems: (CellProblem | ShapeProblem)[] = [...reading.problems];
  const cells = new CellReader(selections.actuals);
  const columnFigure = (row: number, column: number | undefined) =>
    column === undefined ? null : cells.number(row, column);
  const budgetMonths = (row: number): Series | undefined => {
    if (layout.budgetMonthColumns.length === 0) return undefined;
    const months: Series = new Array<number | null>(MONTHS_IN_YEAR).fill(null);
    for (const { column, month } of layout.budgetMonthColumns)
      months[month - 1] = cells.number(row, column);
    return months;
  };
  const { actuals } = selections;
  const sources: ForecastSources = {
    lineBudgets: reading.lines.map((line) => {
      if (layout.budgetMonthColumns.length > 0) {
        const months = new Array<SourceCell | null>(MONTHS_IN_YEAR).fill(null);
        for (const { column, month } of layout.budgetMonthColumns)
          months[month - 1] = cellOf(actuals, line.row, column);
        return months;
      }
      return layout.budgetColumn !== undefined &&
        columnFigure(line.row, layout.budgetColumn) !== null
        ? [cellOf(actuals, line.row, layout.budgetColumn)]
        : undefined;
    }),
    lineStated: reading.lines.map((line) =>
      layout.forecastColumn !== undefined && columnFigure(line.row, layout.forecastColumn) !== null
        ? cellOf(actuals, line.row, layout.forecastColumn)
        : undefined,
    ),
  };
  const lines: ForecastLine[] = reading.lines.map((line) => {
    const budget = columnFigure(line.row, layout.budgetColumn);
    const monthlyFromTable = budgetMonths(line.row);
    const stated = columnFigure(line.row, layout.forecastColumn);
    return {
      name: line.name,
      actuals: line.months,
      ...(complete(monthlyFromTable)
        ? { budget: monthlyBudget(monthlyFromTable) }
        : budget !== null && { budget: monthlyBudget([budget]) }),
      ...(stated !== null && { statedForecast: stated }),
    };
  });
  if (
    layout.budgetMonthColumns.length > 0 &&
    reading.lines.some((line) => !complete(budgetMonths(line.row)))
  ) {
    problems.push(
      shape(
        "budget",
        "12",
        Math.min(
          ...reading.lines.map(
            (line) => (budgetMonths(line.row) ?? []).filter((value) => value !== null).length,
          ),
        ),
      ),
    );
  }
  problems.push(...cells.problems);
  const total: TotalFigures = {};

  const lineNames = lines.map((line) => line.name);
  if (selections.budget) {
    const side = readSideGrid(selections.budget);
    problems.push(...side.problems);
    const matched = side.monthly ? matchRows(lineNames, side.rows) : undefined;
    if (side.monthly && matched) {
      if (matched.every((row) => complete(row?.months))) {
        matched.forEach((row, index) => (lines[index].budget = monthlyBudget(row?.months ?? [])));
        sources.lineBudgets = matched.map((row) => monthCellsOf(selections.budget as Grid, row));
      } else
        problems.push(
          shape(
            "budget",
            "12",
            Math.min(
              ...matched.map((row) => row?.months?.filter((value) => value !== null).length ?? 0),
            ),
          ),
        );
    } else if (side.monthly && side.rows.length === 1) {
      const months = side.rows[0].months;
      if (complete(months)) {
        total.budget = monthlyBudget(months);
        sources.totalBudget = monthCellsOf(selections.budget, side.rows[0]);
      } else
        problems.push(shape("budget", "12", months?.filter((value) => value !== null).length ?? 0));
    } else {
      const { perLine, total: fullYear } = perLineOrTotal(
        "budget",
        selections.budget,
        side,
        lineNames,
        problems,
      );
      perLine?.forEach((figure, index) => {
        if (figure === null) return;
        lines[index].budget = monthlyBudget([figure.value]);
        sources.lineBudgets[index] = [figure.cell];
      });
      if (fullYear !== undefined) {
        total.budget = monthlyBudget([fullYear.value]);
        sources.totalBudget = [fullYear.cell];
      }
    }
  }

  if (selections.priorYears) {
    const side = readSideGrid(selections.priorYears);
    problems.push(...side.problems);
    // The most recent year last, as the profile expects; rows without a year keep their order.
    const sorted = [...side.rows].sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.row - b.row);
    const years = sorted.map((row) => row.months);
    if (side.monthly && years.length > 0 && years.every(complete)) {
      total.priorYears = years as number[][];
      sources.priorYears = sorted.map((row) => monthCellsOf(selections.priorYears as Grid, row));
    } else
      problems.push(
        shape(
          "priorYears",
          "12",
          Math.min(
            ...years.map((months) => months?.filter((value) => value !== null).length ?? 0),
            side.rows[0]?.figures.filter((value) => value !== null).length ?? 0,
          ),
        ),
      );
  }

  if (selections.stated) {
    const side = readSideGrid(selections.stated);
    problems.push(...side.problems);
    const { perLine, total: statedTotal } = perLineOrTotal(
      "stated",
      selections.stated,
      side,
      lineNames,
      problems,
    );
    perLine?.forEach((figure, index) => {
      lines[index].statedForecast = figure?.value;
      sources.lineStated[index] = figure?.cell;
    });
    if (statedTotal !== undefined && lines.length === 1) {
      lines[0].statedForecast = statedTotal.value;
      sources.lineStated[0] = statedTotal.cell;
    } else if (statedTotal !== undefined) {
      total.statedForecast = statedTotal.value;
      sources.totalStated = statedTotal.cell;
    }
  }

  const lastMonth = Math.max(1, ...lines.map((line) => lastNonZeroPosition(line.actuals)));
  return {
    layout,
    lineRows: reading.lines.map((line) => line.row),
    lines,
    total,
    lastMonth,
    sources,
    problems,
  };
}
