import { parseNumberText } from "./cells";
import { monthFromLabel, monthOfExcelDate } from "./months";

/** One cell as Excel's `range.values` gives it: "" for an empty cell, error cells as their text ("#N/A"). */
export type Cell = string | number | boolean;
export type CellMatrix = readonly (readonly Cell[])[];

export type AmountUnit = "kr" | "tkr" | "mkr";

export interface MonthColumn {
  column: number;
  month: number;
}

/** Where the parts of a "lines × months" table lie; every index is relative to the matrix. */
export interface MonthTableLayout {
  headerRow: number;
  nameColumn: number;
  /** In column order, months strictly increasing. */
  monthColumns: MonthColumn[];
  lineRows: number[];
  totalsRow?: number;
  unitRow?: number;
  unit?: AmountUnit;
  effectColumn?: number;
  accumulatedColumn?: number;
  budgetColumn?: number;
  forecastColumn?: number;
  startMonthColumn?: number;
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

export function isDetectionProblem<T extends object>(result: T | DetectionProblem): result is DetectionProblem {
  return "problem" in result;
}

// The title rows above a header are few; a header further down is not what the user selected.
const HEADER_SEARCH_ROWS = 10;
// Excel date serials from 1954 to 2119: a header figure outside this range is no date.
const DATE_SERIAL_MIN = 20_000;
const DATE_SERIAL_MAX = 80_000;

const ERROR_VALUES = new Set([
  "#N/A",
  "#VALUE!",
  "#DIV/0!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

const TOTALS_NAME = /^(totalt|total|summa|sum|totals?)\b/i;
const UNIT_WORD = /^\(?(mnkr|mkr|tkr|kr)\)?\.?$/i;
const UNIT_IN_TEXT = /(?:^|[\s(])(mnkr|mkr|tkr|kr)(?=$|[\s).,:/])/i;
const LETTER = /\p{L}/u;

export function cellAt(values: CellMatrix, row: number, column: number): Cell {
  return values[row]?.[column] ?? "";
}

export function isBlankCell(value: Cell | null | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

export function isErrorValue(value: Cell): boolean {
  return typeof value === "string" && ERROR_VALUES.has(value.trim().toUpperCase());
}

/** A figure, typed as a number or as Swedish number text ("1 234,5", "−12,3"). */
export function isNumericCell(value: Cell): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  return typeof value === "string" && parseNumberText(value) !== undefined;
}

/** Text naming something: it has letters ("2 Incitamentsmodell" is a name, "1 234,5" and "#N/A" are not). */
export function isNameCell(value: Cell): boolean {
  return typeof value === "string" && LETTER.test(value) && !isErrorValue(value);
}

function unitOf(word: string): AmountUnit {
  const unit = word.toLowerCase();
  return unit === "mnkr" ? "mkr" : (unit as AmountUnit);
}

function unitInText(value: Cell): AmountUnit | undefined {
  const match = typeof value === "string" ? UNIT_IN_TEXT.exec(value) : null;
  return match ? unitOf(match[1]) : undefined;
}

function isUnitWord(value: Cell): boolean {
  return typeof value === "string" && UNIT_WORD.test(value.trim());
}

function monthsNamedByText(cells: readonly Cell[]): MonthColumn[] {
  const found: MonthColumn[] = [];
  cells.forEach((value, column) => {
    const month = typeof value === "string" ? monthFromLabel(value) : undefined;
    if (month !== undefined) found.push({ column, month });
  });
  return found;
}

/**
 * Header cells holding Excel dates. A lone number in a header is more likely a figure than a date, so
 * numbers count as months only when two or more plausible serials name consecutive months.
 */
function monthsGivenAsDates(cells: readonly Cell[]): MonthColumn[] {
  const found: MonthColumn[] = [];
  cells.forEach((value, column) => {
    if (typeof value === "number" && value >= DATE_SERIAL_MIN && value <= DATE_SERIAL_MAX) {
      found.push({ column, month: monthOfExcelDate(value) });
    }
  });
  const consecutive = found.every((entry, index) => index === 0 || entry.month === found[index - 1].month + 1);
  return found.length >= 2 && consecutive ? found : [];
}

function headerMonths(cells: readonly Cell[]): MonthColumn[] {
  return [...monthsNamedByText(cells), ...monthsGivenAsDates(cells)].sort((a, b) => a.column - b.column);
}

function findHeader(values: CellMatrix): { headerRow: number; monthColumns: MonthColumn[] } | undefined {
  for (let row = 0; row < Math.min(values.length, HEADER_SEARCH_ROWS); row++) {
    const monthColumns = headerMonths(values[row]);
    if (monthColumns.length >= 2) return { headerRow: row, monthColumns };
  }
  return undefined;
}

function monthOrderProblem(values: CellMatrix, headerRow: number, monthColumns: MonthColumn[]): DetectionProblem | undefined {
  for (let index = 1; index < monthColumns.length; index++) {
    const { column, month } = monthColumns[index];
    if (month > monthColumns[index - 1].month) continue;
    const duplicate = monthColumns.slice(0, index).some((earlier) => earlier.month === month);
    const text = String(cellAt(values, headerRow, column));
    return { problem: duplicate ? "duplicateMonth" : "monthsOutOfOrder", row: headerRow, column, text };
  }
  return undefined;
}

/** Of the columns left of the months, the one with the most names below the header; the leftmost on a tie. */
function findNameColumn(values: CellMatrix, headerRow: number, firstMonthColumn: number): number | undefined {
  const names = new Array<number>(firstMonthColumn).fill(0);
  for (let row = headerRow + 1; row < values.length; row++) {
    for (let column = 0; column < firstMonthColumn; column++) {
      if (isNameCell(cellAt(values, row, column))) names[column]++;
    }
  }
  const best = names.reduce((chosen, count, column) => (count > names[chosen] ? column : chosen), 0);
  return names[best] > 0 ? best : undefined;
}

function hasNumbersBelow(values: CellMatrix, headerRow: number, nameColumn: number): boolean {
  for (let row = headerRow + 1; row < values.length; row++) {
    if (values[row].some((value, column) => column !== nameColumn && isNumericCell(value))) return true;
  }
  return false;
}

type RowKind = "blank" | "unit" | "content";

function rowKind(cells: readonly Cell[]): RowKind {
  const filled = cells.filter((value) => !isBlankCell(value));
  if (filled.length === 0) return "blank";
  return filled.every(isUnitWord) ? "unit" : "content";
}

interface Rows {
  lineRows: number[];
  totalsRow?: number;
  unitRow?: number;
}

/**
 * Splits the rows below the header into lines, a unit row and a totals row. Only the first or the
 * last row with content can be the totals row (the bottom one preferred): a "Total…" name in the
 * middle is more likely a measure called so than a total, and treating it as one would drop it.
 */
function classifyRows(values: CellMatrix, headerRow: number, nameColumn: number): Rows {
  const content: number[] = [];
  let unitRow: number | undefined;
  for (let row = headerRow + 1; row < values.length; row++) {
    const kind = rowKind(values[row]);
    if (kind === "content") content.push(row);
    else if (kind === "unit") unitRow ??= row;
  }
  const isTotals = (row: number | undefined): row is number =>
    row !== undefined && TOTALS_NAME.test(String(cellAt(values, row, nameColumn)).trim());
  const last = content[content.length - 1];
  const totalsRow = isTotals(last) ? last : isTotals(content[0]) ? content[0] : undefined;
  return {
    lineRows: content.filter((row) => row !== totalsRow),
    ...(totalsRow !== undefined && { totalsRow }),
    ...(unitRow !== undefined && { unitRow }),
  };
}

type ColumnRole = "startMonth" | "accumulated" | "forecast" | "budget" | "effect";

// First match wins: "Ack effekt" is accumulated, "Helårsprognos" a forecast, "Helårseffekt" an effect.
const ROLE_PATTERNS: readonly [ColumnRole, RegExp][] = [
  ["startMonth", /^start|startmånad|start month/i],
  ["accumulated", /\b(ack|ackumulerat|ackumulerad|accumulated|ytd|cumulative)\b|totalt hittills/i],
  ["forecast", /prognos|forecast/i],
  ["budget", /budget/i],
  ["effect", /effekt|effect|\bplan\b/i],
];

type NamedColumns = Pick<
  MonthTableLayout,
  "effectColumn" | "accumulatedColumn" | "budgetColumn" | "forecastColumn" | "startMonthColumn"
>;

const ROLE_FIELDS: Record<ColumnRole, keyof NamedColumns> = {
  startMonth: "startMonthColumn",
  accumulated: "accumulatedColumn",
  forecast: "forecastColumn",
  budget: "budgetColumn",
  effect: "effectColumn",
};

function columnRole(header: Cell): ColumnRole | undefined {
  if (typeof header !== "string") return undefined;
  return ROLE_PATTERNS.find(([, pattern]) => pattern.test(header))?.[0];
}

/**
 * The extra columns named in the header, leftmost first. An accumulated column counts only right of
 * the months. A header that is just a unit ("Mkr", as in seed 000) left of the months is the
 * full-year effect when no header names the effect in words.
 */
function findNamedColumns(header: readonly Cell[], nameColumn: number, monthColumns: MonthColumn[]): NamedColumns {
  const months = new Set(monthColumns.map(({ column }) => column));
  const firstMonth = monthColumns[0].column;
  const lastMonth = monthColumns[monthColumns.length - 1].column;
  const named: NamedColumns = {};
  let unitOnly: number | undefined;
  header.forEach((text, column) => {
    if (column === nameColumn || months.has(column)) return;
    const role = columnRole(text);
    if (role === "accumulated" && column < lastMonth) return;
    if (role) named[ROLE_FIELDS[role]] ??= column;
    else if (column < firstMonth && isUnitWord(text)) unitOnly ??= column;
  });
  if (named.effectColumn === undefined && unitOnly !== undefined) named.effectColumn = unitOnly;
  return named;
}

function findUnit(values: CellMatrix, headerRow: number, unitRow: number | undefined): AmountUnit | undefined {
  const rows = unitRow === undefined ? [headerRow] : [headerRow, unitRow];
  for (const row of rows) {
    for (const value of values[row]) {
      const unit = unitInText(value);
      if (unit) return unit;
    }
  }
  return undefined;
}

function hasContent(values: CellMatrix): boolean {
  return values.some((cells) => cells.some((value) => !isBlankCell(value)));
}

/**
 * Finds a "lines × months" table in a selected range: the header row naming the months, the column of
 * line names, the lines, a unit and totals row if any, and columns named for the effect, the
 * accumulated figure, budget, forecast and start month.
 */
export function detectMonthTable(values: CellMatrix): MonthTableLayout | DetectionProblem {
  if (!hasContent(values)) return { problem: "empty" };
  if (values.length === 1 && values[0].length === 1) return { problem: "singleCell", row: 0, column: 0 };
  const header = findHeader(values);
  if (!header) return { problem: "noMonths" };
  const { headerRow, monthColumns } = header;
  const orderProblem = monthOrderProblem(values, headerRow, monthColumns);
  if (orderProblem) return orderProblem;
  const nameColumn = findNameColumn(values, headerRow, monthColumns[0].column);
  if (nameColumn === undefined) return { problem: "noNameColumn", row: headerRow, column: monthColumns[0].column };
  if (!hasNumbersBelow(values, headerRow, nameColumn)) return { problem: "noNumbers", row: headerRow };
  const rows = classifyRows(values, headerRow, nameColumn);
  const unit = findUnit(values, headerRow, rows.unitRow);
  return {
    headerRow,
    nameColumn,
    monthColumns,
    ...rows,
    ...(unit && { unit }),
    ...findNamedColumns(values[headerRow], nameColumn, monthColumns),
  };
}
