import {
  cellAddress,
  cellAt,
  isBlankCell,
  MonthTableLayout,
  parseRange,
  rangeAddress,
  SourceCell,
} from "../engine";
import { FormulaNode, TableSnapshot } from "../workbook/types";
import { SheetPlanError } from "./errors";
import { ref } from "./nodes";

type Origin = Pick<TableSnapshot, "sheet" | "top" | "left">;

/** The table a snapshot covers, sheet-qualified: "Blad1!C3:K30". */
export function snapshotSource(
  snapshot: Pick<TableSnapshot, "sheet" | "top" | "left" | "values">,
): string {
  const width = snapshot.values.reduce((widest, row) => Math.max(widest, row.length), 1);
  return `${snapshot.sheet}!${rangeAddress(snapshot.top, snapshot.left, snapshot.top + Math.max(snapshot.values.length, 1) - 1, snapshot.left + width - 1)}`;
}

/** A reference to a cell of the controller's own table, by its matrix position. */
export function sourceCell(snapshot: Origin, row: number, column: number): FormulaNode {
  return ref(cellAddress(snapshot.top + row, snapshot.left + column), snapshot.sheet);
}

/** A line's months as one range ("C5:N5"): the table's months must run from January without a gap. */
export function sourceMonths(snapshot: Origin, layout: MonthTableLayout, row: number): FormulaNode {
  const columns = layout.monthColumns;
  const contiguous = columns.every(
    (c, i) => c.month === i + 1 && (i === 0 || c.column === columns[i - 1].column + 1),
  );
  if (!contiguous) throw new SheetPlanError("monthsNotContiguous");
  const first = cellAddress(snapshot.top + row, snapshot.left + columns[0].column);
  const last = cellAddress(snapshot.top + row, snapshot.left + columns[columns.length - 1].column);
  return ref(`${first}:${last}`, snapshot.sheet);
}

/**
 * Refuses a sheet whose totals would be wrong: the month cells the sheet references live must hold
 * numbers, since Excel's SUM skips a figure stored as text ("1 234,5") that Balans itself reads.
 */
export function refuseFiguresStoredAsText(
  snapshot: Origin & Pick<TableSnapshot, "values">,
  layout: MonthTableLayout,
  rows: readonly number[],
): void {
  const cells = rows.flatMap((row) =>
    layout.monthColumns
      .filter(({ column }) => {
        const value = cellAt(snapshot.values, row, column);
        return typeof value === "string" && !isBlankCell(value);
      })
      .map(
        ({ column }) =>
          `${snapshot.sheet}!${cellAddress(snapshot.top + row, snapshot.left + column)}`,
      ),
  );
  if (cells.length > 0) throw new SheetPlanError("figuresStoredAsText", cells);
}

/** Cells of one row as few ranges as they allow: C5, D5, E5, G5 → C5:E5, G5 (one argument each). */
export function cellsAsRanges(cells: readonly SourceCell[]): FormulaNode[] {
  const runs: { sheet: string; row: number; first: number; last: number }[] = [];
  for (const cell of cells) {
    const position = parseRange(cell.address);
    if (!position) throw new Error(`cellsAsRanges: "${cell.address}" is no cell`);
    const run = runs[runs.length - 1];
    if (
      run &&
      run.sheet === cell.sheet &&
      run.row === position.top &&
      run.last + 1 === position.left
    )
      run.last = position.left;
    else
      runs.push({
        sheet: cell.sheet,
        row: position.top,
        first: position.left,
        last: position.left,
      });
  }
  return runs.map(({ sheet, row, first, last }) =>
    ref(
      first === last
        ? cellAddress(row, first)
        : `${cellAddress(row, first)}:${cellAddress(row, last)}`,
      sheet,
    ),
  );
}

/** Refuses, as refuseFiguresStoredAsText does, cells of `grid` holding figures stored as text. */
export function refuseCellsStoredAsText(
  grid: Origin & Pick<TableSnapshot, "values">,
  cells: readonly SourceCell[],
): void {
  const asText = cells.filter((cell) => {
    const position = parseRange(cell.address);
    const value =
      position && cellAt(grid.values, position.top - grid.top, position.left - grid.left);
    return typeof value === "string" && !isBlankCell(value);
  });
  if (asText.length > 0)
    throw new SheetPlanError(
      "figuresStoredAsText",
      asText.map((cell) => `${cell.sheet}!${cell.address}`),
    );
}
