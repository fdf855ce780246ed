import { isDashOnly, parseNumberText } from "./cells";

/** One cell as Excel's `range.values` gives it: "" for an empty cell, error cells as their text ("#N/A"). */
export type Cell = string | number | boolean;
export type CellMatrix = readonly (readonly Cell[])[];

/**
 * A rectangle of cells as the engine reads it: the values with where they lie on their sheet. The
 * workbook's snapshot of a selection is one; the engine needs nothing Office-specific.
 */
export interface Grid {
  sheet: string;
  /** Address without the sheet, e.g. "B3:H31". */
  address: string;
  /** 0-based row and column of the top-left cell on its sheet. */
  top: number;
  left: number;
  values: CellMatrix;
  /** Excel's value types per cell ("Error" marks an error cell), when known. */
  valueTypes?: readonly (readonly string[])[];
  /** True when any merged area lies inside the rectangle. */
  hasMergedCells?: boolean;
  /** Set when the rectangle is an Excel table (a ListObject): its name and whether its first row is its header and its last its total row. */
  table?: GridTable;
}

export interface GridTable {
  name: string;
  hasHeader: boolean;
  hasTotals: boolean;
}

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

const LETTER = /\p{L}/u;

export function cellAt(values: CellMatrix, row: number, column: number): Cell {
  return values[row]?.[column] ?? "";
}

/** Empty, only spaces, or a dash alone: nothing reported. */
export function isBlankCell(value: Cell | null | undefined): boolean {
  return (
    value === null ||
    value === undefined ||
    (typeof value === "string" && (value.trim() === "" || isDashOnly(value)))
  );
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
