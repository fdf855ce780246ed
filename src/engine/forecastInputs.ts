import type { TableSnapshot } from "../workbook/types";
import { lastNonZeroPosition, Series } from "./cells";
import { DetectionProblem, detectMonthTable, isDetectionProblem, MonthTableLayout } from "./detect";
import { monthlyBudget } from "./forecast";
import { ForecastLine, TotalFigures } from "./forecastCheck";
import { MONTHS_IN_YEAR } from "./phasing";
import { CellProblem, CellReader, mergedCellsProblem, readMonthTable } from "./tableReader";

/** What the controller pointed at for a forecast check. Only the actuals are required. */
export interface ForecastSelections {
  actuals: TableSnapshot;
  budget?: TableSnapshot;
  priorYears?: TableSnapshot;
  stated?: TableSnapshot;
}

export type SelectionRole = keyof ForecastSelections;

/** A selection whose shape does not fit the actuals: how many values were wanted and found. */
export interface ShapeProblem {
  role: SelectionRole;
  code: "shape";
  expected: string;
  found: number;
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
  problems: (CellProblem | ShapeProblem)[];
}

export type AssemblyOutcome = ForecastAssembly | { role: SelectionRole; detection: DetectionProblem };

/** Every number of a selection in reading order (row by row), with unreadable cells as problems. */
function numbersOf(snapshot: TableSnapshot, problems: CellProblem[]): Series {
  const cells = new CellReader(snapshot);
  const numbers = snapshot.values.flatMap((row, r) => row.map((_, c) => cells.number(r, c)));
  problems.push(...mergedCellsProblem(snapshot), ...cells.problems);
  return numbers;
}

/** A table with a month header row when it has one, else undefined (a bare block of figures). */
function monthTableOf(snapshot: TableSnapshot): MonthTableLayout | undefined {
  const layout = detectMonthTable(snapshot.values);
  return isDetectionProblem(layout) ? undefined : layout;
}

/** Rows of 12 figures from a month table (one row a year or a line), or from a bare block 12 wide. */
function twelveMonthRows(snapshot: TableSnapshot, problems: CellProblem[]): Series[] | undefined {
  const layout = monthTableOf(snapshot);
  if (layout) {
    const reading = readMonthTable(snapshot, layout);
    problems.push(...reading.problems);
    // A header and one row named "Summa …" is a table of one line, not a totals row with no lines.
    if (reading.lines.length === 0 && reading.totals) return [reading.totals];
    return reading.lines.map((line) => line.months);
  }
  if (snapshot.values[0]?.length !== MONTHS_IN_YEAR) return undefined;
  const numbers = numbersOf(snapshot, problems);
  return Array.from({ length: numbers.length / MONTHS_IN_YEAR }, (_, year) =>
    numbers.slice(year * MONTHS_IN_YEAR, (year + 1) * MONTHS_IN_YEAR),
  );
}

function shape(role: SelectionRole, expected: string, found: number): ShapeProblem {
  return { role, code: "shape", expected, found };
}

/** Each line's own figure from one column (a full-year budget or a stated forecast), or one figure for the total. */
function perLineOrTotal(
  role: "budget" | "stated",
  snapshot: TableSnapshot,
  lineCount: number,
  problems: (CellProblem | ShapeProblem)[],
): { perLine?: (number | null)[]; total?: number } {
  const cellProblems: CellProblem[] = [];
  const numbers = numbersOf(snapshot, cellProblems).filter((value): value is number => value !== null);
  problems.push(...cellProblems);
  if (numbers.length === lineCount) return { perLine: numbers };
  if (numbers.length === 1) return { total: numbers[0] };
  problems.push(shape(role, lineCount === 1 ? "1" : `1 / ${lineCount}`, numbers.length));
  return {};
}

/**
 * Puts the selections together into forecast lines: the actuals table's lines, each with its budget
 * (monthly rows matching the lines, one full-year figure per line, or one figure for the total; or a
 * "Budget" column in the actuals table), the total's prior years (one row of 12 months a year), and
 * the stated forecast (one per line, or one for the total; or a "Prognos" column in the table).
 */
export function assembleForecast(selections: ForecastSelections): AssemblyOutcome {
  const layout = detectMonthTable(selections.actuals.values);
  if (isDetectionProblem(layout)) return { role: "actuals", detection: layout };
  const reading = readMonthTable(selections.actuals, layout);
  const problems: (CellProblem | ShapeProblem)[] = [...reading.problems];
  const cells = new CellReader(selections.actuals);
  const columnFigure = (row: number, column: number | undefined) => (column === undefined ? null : cells.number(row, column));
  const lines: ForecastLine[] = reading.lines.map((line) => {
    const budget = columnFigure(line.row, layout.budgetColumn);
    const stated = columnFigure(line.row, layout.forecastColumn);
    return {
      name: line.name,
      actuals: line.months,
      ...(budget !== null && { budget: monthlyBudget([budget]) }),
      ...(stated !== null && { statedForecast: stated }),
    };
  });
  problems.push(...cells.problems);
  const total: TotalFigures = {};

  if (selections.budget) {
    const cellProblems: CellProblem[] = [];
    const monthly = twelveMonthRows(selections.budget, cellProblems);
    problems.push(...cellProblems);
    if (monthly && monthly.length === lines.length) {
      monthly.forEach((months, index) => (lines[index].budget = monthlyBudget(months)));
    } else if (monthly && monthly.length === 1) {
      total.budget = monthlyBudget(monthly[0]);
    } else {
      const { perLine, total: fullYear } = perLineOrTotal("budget", selections.budget, lines.length, problems);
      perLine?.forEach((value, index) => (lines[index].budget = monthlyBudget([value])));
      if (fullYear !== undefined) total.budget = monthlyBudget([fullYear]);
    }
  }

  if (selections.priorYears) {
    const cellProblems: CellProblem[] = [];
    const years = twelveMonthRows(selections.priorYears, cellProblems);
    problems.push(...cellProblems);
    const complete = years?.every((year) => year.every((value) => value !== null));
    if (years && years.length > 0 && complete) total.priorYears = years as number[][];
    else problems.push(shape("priorYears", "12", years?.[0]?.filter((value) => value !== null).length ?? 0));
  }

  if (selections.stated) {
    const { perLine, total: statedTotal } = perLineOrTotal("stated", selections.stated, lines.length, problems);
    perLine?.forEach((value, index) => (lines[index].statedForecast = value ?? undefined));
    if (statedTotal !== undefined && lines.length === 1) lines[0].statedForecast = statedTotal;
    else if (statedTotal !== undefined) total.statedForecast = statedTotal;
  }

  const lastMonth = Math.max(1, ...lines.map((line) => lastNonZeroPosition(line.actuals)));
  return { layout, lineRows: reading.lines.map((line) => line.row), lines, total, lastMonth, problems };
}
