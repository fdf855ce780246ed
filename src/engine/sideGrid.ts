import { Series } from "./cells";
import { detectMonthTable, isDetectionProblem } from "./detect";
import { cellAt, Grid, isBlankCell, isNameCell, isNumericCell } from "./grid";
import { MONTHS_IN_YEAR } from "./phasing";
import { CellProblem, CellReader, mergedCellsProblem, readMonths } from "./tableReader";

/**
 * A side grid: what the controller selects beside the actuals (budget, prior years, stated forecast,
 * prior-year agency table). It may have a header row, label columns and a year column like the
 * actuals; only its figure cells are read, so only they can be reported as unreadable.
 */
export interface SideRow {
  row: number;
  /** The row's name (a line's name) when it has one. */
  label?: string;
  /** The year a row stands for, from a year column ("2023") or a year as its label. */
  year?: number;
  /** January to December, when the grid has a month header. */
  months?: Series;
  /** The row's figures in column order (the months, when it has a month header). */
  figures: (number | null)[];
  /** The grid column of each figure, so a sheet can refer to its cell. */
  figureColumns: number[];
  /** The grid column of each month, January to December (null where a month has none), with `months`. */
  monthColumns?: (number | null)[];
}

export interface SideGridReading {
  rows: SideRow[];
  /** True when the figures are months (from a month header, or twelve figures a row). */
  monthly: boolean;
  problems: CellProblem[];
}

const yearOf = (value: unknown): number | undefined => {
  const number = typeof value === "string" ? Number(value.trim()) : value;
  return typeof number === "number" && Number.isInteger(number) && number >= 1900 && number <= 2099
    ? number
    : undefined;
};

function fromMonthTable(grid: Grid): SideGridReading | undefined {
  const layout = detectMonthTable(grid.values, { table: grid.table });
  if (isDetectionProblem(layout)) return undefined;
  const cells = new CellReader(grid);
  cells.problems.push(...mergedCellsProblem(grid));
  // A header and one row named "Summa …" is a grid of one row, not a totals row with no rows.
  const rows =
    layout.lineRows.length === 0 && layout.totalsRow !== undefined
      ? [layout.totalsRow]
      : layout.lineRows;
  const read = rows.map((row): SideRow => {
    const months = readMonths(cells, layout, row);
    const label = cells.text(row, layout.nameColumn);
    const year =
      layout.yearColumn !== undefined
        ? yearOf(cellAt(grid.values, row, layout.yearColumn))
        : yearOf(label);
    const monthColumns = new Array<number | null>(MONTHS_IN_YEAR).fill(null);
    for (const { column, month } of layout.monthColumns) monthColumns[month - 1] = column;
    return {
      row,
      ...(label !== "" && { label }),
      ...(year !== undefined && { year }),
      months,
      monthColumns,
      figures: layout.monthColumns.map(({ month }) => months[month - 1]),
      figureColumns: layout.monthColumns.map(({ column }) => column),
    };
  });
  return {
    rows: read.filter((entry) => entry.figures.some((value) => value !== null)),
    monthly: true,
    problems: cells.problems,
  };
}

/**
 * A grid without a month header: rows whose cells are all text are headers or labels and are
 * skipped; in the other rows, text is the label and the columns that hold figures anywhere are read.
 * A column of years beside twelve figures, or under an "År"/"Year" header, names each row's year.
 */
function fromBlock(grid: Grid): SideGridReading {
  const { values } = grid;
  const cells = new CellReader(grid);
  cells.problems.push(...mergedCellsProblem(grid));
  const width = Math.max(0, ...values.map((row) => row.length));
  const columns = [...Array(width).keys()];
  const firstFigureRow = values.findIndex((row) => row.some((value) => isNumericCell(value)));
  const below = values.map((_, row) => row).filter((row) => row >= firstFigureRow);
  const numericColumns = columns.filter((column) =>
    below.some((row) => isNumericCell(cellAt(values, row, column))),
  );
  // Below the first figure, every non-blank cell of a figure column is a figure (or reported as none).
  const figureRows = below.filter((row) =>
    numericColumns.some((column) => !isBlankCell(cellAt(values, row, column))),
  );
  const headerYear = (column: number) =>
    values
      .slice(0, firstFigureRow)
      .some((row) => /^(år|year)$/i.test(String(row[column] ?? "").trim()));
  const yearColumn = numericColumns.find(
    (column) =>
      figureRows.every((row) => yearOf(cellAt(values, row, column)) !== undefined) &&
      (headerYear(column) || numericColumns.length === MONTHS_IN_YEAR + 1),
  );
  const labelColumns = new Set(
    columns.filter(
      (column) =>
        !numericColumns.includes(column) &&
        figureRows.some((row) => isNameCell(cellAt(values, row, column))),
    ),
  );
  const figureColumns = numericColumns.filter((column) => column !== yearColumn);
  const rows = figureRows.map((row): SideRow => {
    const labelColumn = [...labelColumns].find((column) => isNameCell(cellAt(values, row, column)));
    const label = labelColumn === undefined ? undefined : cells.text(row, labelColumn);
    const year = yearColumn === undefined ? undefined : yearOf(cellAt(values, row, yearColumn));
    const columnsHere = figureColumns.filter((column) => column < (values[row]?.length ?? 0));
    return {
      row,
      ...(label && { label }),
      ...(year !== undefined && { year }),
      figures: columnsHere.map((column) => cells.number(row, column)),
      figureColumns: columnsHere,
    };
  });
  const monthly = rows.length > 0 && rows.every((entry) => entry.figures.length === MONTHS_IN_YEAR);
  return {
    rows: rows.map((entry) =>
      monthly ? { ...entry, months: entry.figures, monthColumns: entry.figureColumns } : entry,
    ),
    monthly,
    problems: cells.problems,
  };
}

/** A grid with no figure anywhere: every cell was meant as one, so each that is not is reported. */
function allCells(grid: Grid): SideGridReading {
  const cells = new CellReader(grid);
  const rows = grid.values.map((values, row): SideRow => ({
    row,
    figures: values.map((_, column) => cells.number(row, column)),
    figureColumns: values.map((_, column) => column),
  }));
  return { rows, monthly: false, problems: cells.problems };
}

/** Reads a side grid: as a month table when it has a month header, else as a block of figures with labels. */
export function readSideGrid(grid: Grid): SideGridReading {
  const hasFigure = grid.values.some((row) => row.some((value) => isNumericCell(value)));
  return fromMonthTable(grid) ?? (hasFigure ? fromBlock(grid) : allCells(grid));
}

const nameKey = (name: string) => name.trim().toLowerCase();

/**
 * Which side row belongs to each line: by name when every side row has a name found among the
 * lines, else by order when there are as many rows as lines; undefined when neither fits. Names are
 * looked up in a map, so thousands of lines are matched in linear time.
 */
export function matchRows(
  lineNames: readonly string[],
  rows: readonly SideRow[],
): (SideRow | undefined)[] | undefined {
  const lines = new Set(lineNames.map(nameKey));
  const labelled =
    rows.length > 0 &&
    rows.every((row) => row.label !== undefined && lines.has(nameKey(row.label)));
  if (labelled) {
    // The first side row of a name, as a search from the top would find it.
    const byName = new Map<string, SideRow>();
    for (const row of [...rows].reverse()) byName.set(nameKey(row.label ?? ""), row);
    return lineNames.map((name) => byName.get(nameKey(name)));
  }
  return rows.length === lineNames.length ? [...rows] : undefined;
}
