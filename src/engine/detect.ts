import { CellMatrix, cellAt, GridTable, isBlankCell, isNameCell, isNumericCell } from "./grid";
import {
  AmountUnit,
  ColumnRole,
  columnRoleOf,
  excelDate,
  FigureKind,
  HeaderMonth,
  readMonthHeader,
  unitIn,
  yearIn,
} from "./headers";
import { readStructure, RoleSource, RowRole, TableStructure } from "./structure";

export type { Cell, CellMatrix } from "./grid";
export { cellAt, isBlankCell, isErrorValue, isNameCell, isNumericCell } from "./grid";
export type { AmountUnit } from "./headers";

export interface MonthColumn {
  column: number;
  month: number;
}

/** Where a fact about the table came from, so the pane can say it (and the settings are only the fallback). */
export type UnitFoundIn = "title" | "header" | "unitRow";
export type YearFoundIn = "header" | "title";

/** A column left out of the figures, and why: the pane shows it. */
export interface IgnoredColumn {
  column: number;
  reason:
    "quarter" | "accumulatedMonth" | "deviationMonth" | "otherMonth" | "rowTotal" | "otherYear";
}

/** Where the parts of a "lines × months" table lie; every index is relative to the matrix. */
export interface MonthTableLayout {
  headerRow: number;
  nameColumn: number;
  /** In column order, months strictly increasing. */
  monthColumns: MonthColumn[];
  /** The leaf rows: what calculations use (not headings, subtotals, totals, of-which rows). */
  lineRows: number[];
  /** The grand total, when the table has one. */
  totalsRow?: number;
  unitRow?: number;
  unit?: AmountUnit;
  unitFoundIn?: UnitFoundIn;
  year?: number;
  yearFoundIn?: YearFoundIn;
  effectColumn?: number;
  accumulatedColumn?: number;
  budgetColumn?: number;
  forecastColumn?: number;
  startMonthColumn?: number;
  /** A column of years ("År": 2022, 2023) naming each row, as prior-year tables have. */
  yearColumn?: number;
  /** "Budget jan", "Budget feb" beside the months in the same table. */
  budgetMonthColumns: MonthColumn[];
  /** Verksamhetsområde, Ansvarig, Kommentar, Konto, Status, Nr…: shown, never figures. */
  descriptorColumns: number[];
  ignoredColumns: IgnoredColumn[];
  /** Columns whose figures the structure is read on. */
  figureColumns: number[];
  structure: TableStructure;
  /** Row roles the user set in "Tolkning av tabellen". */
  roleOverrides: [number, RowRole][];
  /** The Excel table's own name, when the selection is one. */
  tableName?: string;
}

export type DetectionCode =
  | "empty"
  | "singleCell"
  | "noMonths"
  | "duplicateMonth"
  | "monthsOutOfOrder"
  | "noNameColumn"
  | "noNumbers"
  | "noEffectColumn";

/** Why a matrix is not a table the engine can read, and where; the UI words it. */
export interface DetectionProblem {
  problem: DetectionCode;
  row?: number;
  column?: number;
  text?: string;
}

export function isDetectionProblem<T extends object>(
  result: T | DetectionProblem,
): result is DetectionProblem {
  return "problem" in result;
}

/** What is known about a table before reading it: it is an Excel table, or the user set roles. */
export interface DetectionHints {
  table?: GridTable;
  rowRoles?: ReadonlyMap<number, RowRole>;
}

// The title rows above a header are few; a header further down is not what the user selected.
const HEADER_SEARCH_ROWS = 10;
// Excel date serials from 1954 to 2119: a header figure outside this range is no date.
const DATE_SERIAL_MIN = 20_000;
const DATE_SERIAL_MAX = 80_000;

interface FoundMonth extends HeaderMonth {
  column: number;
}

/**
 * Header cells holding Excel dates. A lone number in a header is more likely a figure than a date, so
 * numbers count as months only when two or more plausible serials name consecutive months.
 */
function monthsGivenAsDates(cells: readonly unknown[]): FoundMonth[] {
  const found: FoundMonth[] = [];
  cells.forEach((value, column) => {
    if (typeof value === "number" && value >= DATE_SERIAL_MIN && value <= DATE_SERIAL_MAX) {
      found.push({ column, ...excelDate(value), kind: "plain" });
    }
  });
  const consecutive = found.every(
    (entry, index) => index === 0 || entry.month === (found[index - 1].month % 12) + 1,
  );
  return found.length >= 2 && consecutive ? found : [];
}

function headerMonths(cells: readonly unknown[]): FoundMonth[] {
  const named: FoundMonth[] = [];
  cells.forEach((value, column) => {
    const month = typeof value === "string" ? readMonthHeader(value) : undefined;
    if (month) named.push({ column, ...month });
  });
  return [...named, ...monthsGivenAsDates(cells)].sort((a, b) => a.column - b.column);
}

// Which kind of month column holds the table's own figures: its months, else plan, budget, forecast.
const PRIMARY_KINDS: readonly (readonly FigureKind[])[] = [
  ["plain", "actual"],
  ["plan"],
  ["budget"],
  ["forecast"],
  ["priorYear"],
];

interface Header {
  headerRow: number;
  months: FoundMonth[];
  primary: FoundMonth[];
}

function primaryMonths(months: readonly FoundMonth[]): FoundMonth[] {
  for (const kinds of PRIMARY_KINDS) {
    const chosen = months.filter((entry) => kinds.includes(entry.kind));
    if (chosen.length === 0) continue;
    // Two years side by side ("jan 2023 … jan 2024 …"): the latest year is the table's own.
    const years = chosen
      .map((entry) => entry.year)
      .filter((year): year is number => year !== undefined);
    const latest =
      years.length === chosen.length && new Set(years).size > 1 ? Math.max(...years) : undefined;
    return latest === undefined ? chosen : chosen.filter((entry) => entry.year === latest);
  }
  return [];
}

function findHeader(values: CellMatrix, table: GridTable | undefined): Header | undefined {
  const rows = table?.hasHeader
    ? [0]
    : Array.from({ length: Math.min(values.length, HEADER_SEARCH_ROWS) }, (_, row) => row);
  for (const row of rows) {
    const months = headerMonths(values[row] ?? []);
    const primary = primaryMonths(months);
    if (primary.length >= 2) return { headerRow: row, months, primary };
  }
  return undefined;
}

function monthOrderProblem(
  values: CellMatrix,
  headerRow: number,
  monthColumns: readonly FoundMonth[],
): DetectionProblem | undefined {
  for (let index = 1; index < monthColumns.length; index++) {
    const { column, month } = monthColumns[index];
    if (month > monthColumns[index - 1].month) continue;
    const duplicate = monthColumns.slice(0, index).some((earlier) => earlier.month === month);
    const text = String(cellAt(values, headerRow, column));
    return {
      problem: duplicate ? "duplicateMonth" : "monthsOutOfOrder",
      row: headerRow,
      column,
      text,
    };
  }
  return undefined;
}

const isYearValue = (value: unknown) =>
  typeof value === "number" && Number.isInteger(value) && value >= 1900 && value <= 2099;

/** A column of years below the header ("2022", "2023"): it names rows of a prior-year table. */
function isYearColumn(values: CellMatrix, headerRow: number, column: number): boolean {
  let years = 0;
  for (let row = headerRow + 1; row < values.length; row++) {
    const value = cellAt(values, row, column);
    if (isBlankCell(value)) continue;
    const number = typeof value === "string" ? Number(value.trim()) : value;
    if (!isYearValue(number)) return false;
    years++;
  }
  return years > 0;
}

function countNames(values: CellMatrix, headerRow: number, column: number): number {
  let names = 0;
  for (let row = headerRow + 1; row < values.length; row++)
    if (isNameCell(cellAt(values, row, column))) names++;
  return names;
}

interface Columns {
  roles: Map<number, ColumnRole>;
  nameColumn?: number;
  yearColumn?: number;
}

/**
 * The name column by its header word ("Åtgärd", "Benämning", "Kategori"…) first, wherever it stands;
 * else, of the columns left of the months that no header calls a descriptor, the one with the most
 * names (the leftmost on a tie); else a year column; else a descriptor column with names.
 */
function findColumns(
  values: CellMatrix,
  headerRow: number,
  monthColumns: ReadonlySet<number>,
  firstMonth: number,
): Columns {
  const width = Math.max(...values.map((row) => row.length));
  const roles = new Map<number, ColumnRole>();
  for (let column = 0; column < width; column++) {
    if (monthColumns.has(column)) continue;
    const role = columnRoleOf(cellAt(values, headerRow, column));
    if (role) roles.set(column, role);
  }
  const named = [...roles]
    .filter(([column, role]) => role === "name" && countNames(values, headerRow, column) > 0)
    .map(([column]) => column);
  const yearColumn = [...Array(firstMonth).keys()].find(
    (column) =>
      (roles.get(column) === "year" || roles.get(column) === undefined) &&
      isYearColumn(values, headerRow, column),
  );
  if (yearColumn !== undefined) roles.set(yearColumn, "year");
  const best = (candidates: number[]) => {
    const counts = candidates.map((column) => countNames(values, headerRow, column));
    const index = counts.reduce((chosen, count, at) => (count > counts[chosen] ? at : chosen), 0);
    return counts[index] > 0 ? candidates[index] : undefined;
  };
  const left = [...Array(firstMonth).keys()];
  const free = left.filter(
    (column) => roles.get(column) === undefined || roles.get(column) === "name",
  );
  const nameColumn =
    named[0] ??
    best(free) ??
    yearColumn ??
    best(left.filter((column) => roles.get(column) === "descriptor")) ??
    best(left);
  return {
    roles,
    ...(nameColumn !== undefined && { nameColumn }),
    ...(yearColumn !== undefined && { yearColumn }),
  };
}

type NamedColumns = Pick<
  MonthTableLayout,
  "effectColumn" | "accumulatedColumn" | "budgetColumn" | "forecastColumn" | "startMonthColumn"
>;

const ROLE_FIELDS: Partial<Record<ColumnRole, keyof NamedColumns>> = {
  startMonth: "startMonthColumn",
  accumulated: "accumulatedColumn",
  forecast: "forecastColumn",
  budget: "budgetColumn",
  effect: "effectColumn",
};

/**
 * The extra columns named in the header, leftmost first. An accumulated or row-total column counts
 * only right of the months. A header that is just a unit ("Mkr", as in seed 000) or "Helår" left of
 * the months is the full-year effect when no header names the effect in words.
 */
function findNamedColumns(
  values: CellMatrix,
  headerRow: number,
  columns: Columns,
  months: readonly MonthColumn[],
): NamedColumns & { ignored: IgnoredColumn[] } {
  const firstMonth = months[0].column;
  const lastMonth = months[months.length - 1].column;
  const named: NamedColumns = {};
  const ignored: IgnoredColumn[] = [];
  let unitOnly: number | undefined;
  for (const [column, role] of [...columns.roles].sort(([a], [b]) => a - b)) {
    if (column === columns.nameColumn) continue;
    if (role === "quarter") ignored.push({ column, reason: "quarter" });
    else if (role === "rowTotal" && column > lastMonth) named.accumulatedColumn ??= column;
    else if (
      role === "rowTotal" &&
      column < firstMonth &&
      /helår|full year/i.test(String(cellAt(values, headerRow, column)))
    )
      unitOnly ??= column;
    else if (role === "rowTotal") ignored.push({ column, reason: "rowTotal" });
    else if (role === "accumulated" && column < lastMonth) continue;
    else {
      const field = ROLE_FIELDS[role];
      if (field) named[field] ??= column;
    }
  }
  const header = values[headerRow] ?? [];
  header.forEach((text, column) => {
    if (
      column < firstMonth &&
      !columns.roles.has(column) &&
      column !== columns.nameColumn &&
      typeof text === "string" &&
      /^\(?(mnkr|mkr|tkr|kr|msek|ksek|tsek|sek)\)?\.?$/i.test(text.trim())
    ) {
      unitOnly ??= column;
    }
  });
  if (named.effectColumn === undefined && unitOnly !== undefined) named.effectColumn = unitOnly;
  return { ...named, ignored };
}

function unitAndYear(
  values: CellMatrix,
  headerRow: number,
  unitRow: number | undefined,
  header: Header,
  figureColumns: readonly number[],
  nameColumn: number,
) {
  const facts: Pick<MonthTableLayout, "unit" | "unitFoundIn" | "year" | "yearFoundIn"> = {};
  const titleCells = values.slice(0, headerRow).flat();
  const headerCells = values[headerRow] ?? [];
  const inFigureHeaders = figureColumns
    .map((column) => unitIn(cellAt(values, headerRow, column)))
    .find((unit) => unit);
  const fromTitle = titleCells.map(unitIn).find((unit) => unit);
  const fromUnitRow =
    unitRow === undefined ? undefined : (values[unitRow] ?? []).map(unitIn).find((unit) => unit);
  const fromNameHeader = unitIn(cellAt(values, headerRow, nameColumn));
  const fromAnyHeader = headerCells.map(unitIn).find((unit) => unit);
  // The figure columns' own headers are the most specific, then a unit row, then the title.
  if (inFigureHeaders) Object.assign(facts, { unit: inFigureHeaders, unitFoundIn: "header" });
  else if (fromUnitRow) Object.assign(facts, { unit: fromUnitRow, unitFoundIn: "unitRow" });
  else if (fromTitle) Object.assign(facts, { unit: fromTitle, unitFoundIn: "title" });
  else if (fromNameHeader ?? fromAnyHeader)
    Object.assign(facts, { unit: fromNameHeader ?? fromAnyHeader, unitFoundIn: "header" });

  const monthYears = header.primary
    .map((entry) => entry.year)
    .filter((year): year is number => year !== undefined);
  const headerYear =
    monthYears[0] ??
    headerCells
      .map((cell) => (typeof cell === "string" ? yearIn(cell) : undefined))
      .find((year) => year);
  const titleYear = titleCells
    .map((cell) => (typeof cell === "string" ? yearIn(cell) : undefined))
    .find((year) => year);
  if (monthYears.length > 0) Object.assign(facts, { year: monthYears[0], yearFoundIn: "header" });
  else if (titleYear !== undefined) Object.assign(facts, { year: titleYear, yearFoundIn: "title" });
  else if (headerYear !== undefined)
    Object.assign(facts, { year: headerYear, yearFoundIn: "header" });
  return facts;
}

/** Columns holding figures below the header: the months, and any other column not a name, descriptor, start month or year. */
function findFigureColumns(
  values: CellMatrix,
  headerRow: number,
  columns: Columns,
  months: readonly MonthColumn[],
  ignored: readonly IgnoredColumn[],
): number[] {
  const width = Math.max(...values.map((row) => row.length));
  const monthSet = new Set(months.map(({ column }) => column));
  const skip = new Set(ignored.map(({ column }) => column));
  const figures: number[] = [];
  for (let column = 0; column < width; column++) {
    const role = columns.roles.get(column);
    if (
      column === columns.nameColumn ||
      skip.has(column) ||
      role === "descriptor" ||
      role === "startMonth" ||
      role === "year" ||
      role === "name"
    )
      continue;
    if (monthSet.has(column)) figures.push(column);
    else {
      for (let row = headerRow + 1; row < values.length; row++) {
        if (isNumericCell(cellAt(values, row, column))) {
          figures.push(column);
          break;
        }
      }
    }
  }
  return figures;
}

/** The structure of the rows below the header, with the roles an Excel table or the user fixed. */
export function structureOf(
  values: CellMatrix,
  layout: Pick<MonthTableLayout, "headerRow" | "nameColumn" | "figureColumns">,
  hints: DetectionHints = {},
): TableStructure {
  const fixed = new Map<number, { role: RowRole; source: RoleSource }>();
  if (hints.table?.hasTotals && values.length > layout.headerRow + 1)
    fixed.set(values.length - 1, { role: "total", source: "table" });
  for (const [row, role] of hints.rowRoles ?? []) fixed.set(row, { role, source: "user" });
  return readStructure({
    values,
    firstRow: layout.headerRow + 1,
    nameColumn: layout.nameColumn,
    figureColumns: layout.figureColumns,
    fixed,
  });
}

/** The layout with row roles the user set: the structure is read again around them. */
export function withRowRoles(
  values: CellMatrix,
  layout: MonthTableLayout,
  roles: ReadonlyMap<number, RowRole>,
  table?: GridTable,
): MonthTableLayout {
  const structure = structureOf(values, layout, { table, rowRoles: roles });
  return {
    ...layout,
    structure,
    lineRows: structure.leaves,
    totalsRow: structure.totalsRow,
    roleOverrides: [...roles],
  };
}

function hasContent(values: CellMatrix): boolean {
  return values.some((cells) => cells.some((value) => !isBlankCell(value)));
}

/**
 * Finds a "lines × months" table in a selected range: the header row naming the months (also inside
 * longer headers, "Utfall jan 2024", "2024-01"), the column of line names, descriptor columns, the
 * structure of the rows (leaves, headings, subtotals, totals anywhere), the unit and year with where
 * they were found, and columns named for the effect, accumulated figure, budget, forecast and start month.
 */
export function detectMonthTable(
  values: CellMatrix,
  hints: DetectionHints = {},
): MonthTableLayout | DetectionProblem {
  if (!hasContent(values)) return { problem: "empty" };
  if (values.length === 1 && values[0].length === 1)
    return { problem: "singleCell", row: 0, column: 0 };
  const header = findHeader(values, hints.table);
  if (!header) return { problem: "noMonths" };
  const { headerRow, primary } = header;
  const orderProblem = monthOrderProblem(values, headerRow, primary);
  if (orderProblem) return orderProblem;
  const monthColumns = primary.map(({ column, month }) => ({ column, month }));
  const monthSet = new Set(header.months.map(({ column }) => column));
  const columns = findColumns(values, headerRow, monthSet, monthColumns[0].column);
  const { nameColumn } = columns;
  if (nameColumn === undefined)
    return { problem: "noNameColumn", row: headerRow, column: monthColumns[0].column };
  const { ignored, ...named } = findNamedColumns(values, headerRow, columns, monthColumns);
  const primarySet = new Set(primary.map(({ column }) => column));
  const budgetMonthColumns =
    primary[0].kind === "budget"
      ? []
      : header.months
          .filter((entry) => entry.kind === "budget")
          .map(({ column, month }) => ({ column, month }));
  for (const entry of header.months) {
    if (
      primarySet.has(entry.column) ||
      budgetMonthColumns.some(({ column }) => column === entry.column)
    )
      continue;
    const reason: IgnoredColumn["reason"] =
      entry.kind === "accumulated"
        ? "accumulatedMonth"
        : entry.kind === "deviation"
          ? "deviationMonth"
          : entry.kind === primary[0].kind
            ? "otherYear"
            : "otherMonth";
    ignored.push({ column: entry.column, reason });
  }
  const figureColumns = findFigureColumns(
    values,
    headerRow,
    columns,
    [...monthColumns, ...budgetMonthColumns],
    ignored,
  );
  if (!figureColumns.some((column) => hasFigureBelow(values, headerRow, column)))
    return { problem: "noNumbers", row: headerRow };
  const structure = structureOf(values, { headerRow, nameColumn, figureColumns }, hints);
  const descriptorColumns = [...columns.roles]
    .filter(([column, role]) => role === "descriptor" && column !== nameColumn)
    .map(([column]) => column)
    .sort((a, b) => a - b);
  return {
    headerRow,
    nameColumn,
    monthColumns,
    lineRows: structure.leaves,
    ...(structure.totalsRow !== undefined && { totalsRow: structure.totalsRow }),
    ...(structure.unitRow !== undefined && { unitRow: structure.unitRow }),
    ...unitAndYear(values, headerRow, structure.unitRow, header, figureColumns, nameColumn),
    ...named,
    ...(columns.yearColumn !== undefined && { yearColumn: columns.yearColumn }),
    budgetMonthColumns,
    descriptorColumns,
    ignoredColumns: ignored.sort((a, b) => a.column - b.column),
    figureColumns,
    structure,
    roleOverrides: [...(hints.rowRoles ?? [])],
    ...(hints.table && { tableName: hints.table.name }),
  };
}

function hasFigureBelow(values: CellMatrix, headerRow: number, column: number): boolean {
  for (let row = headerRow + 1; row < values.length; row++)
    if (isNumericCell(cellAt(values, row, column))) return true;
  return false;
}
