/**
 * A1-style cell addresses, to and from 0-based row and column numbers, so problems can name the cell
 * the user sees ("D9") and a stored address can be read back.
 */

const LETTERS_IN_ALPHABET = 26;
const CHAR_CODE_A = 65;
// Excel's sheet limits: columns A..XFD, rows 1..1 048 576.
const COLUMN_COUNT = 16_384;
const ROW_COUNT = 1_048_576;

export interface RangePosition {
  /** Sheet name when the address had a prefix ("Blad 1" for "'Blad 1'!B3"). */
  sheet?: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Column letters of a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(index0: number): string {
  let letters = "";
  // Bijective base 26: there is no zero digit, so shift by one at every place.
  for (let rest = index0 + 1; rest > 0; rest = Math.floor((rest - 1) / LETTERS_IN_ALPHABET)) {
    letters = String.fromCharCode(CHAR_CODE_A + ((rest - 1) % LETTERS_IN_ALPHABET)) + letters;
  }
  return letters;
}

/** The row number Excel shows for row `row` (0-based) of a range whose top row is `top` (0-based on its sheet). */
export function sheetRowNumber(top: number, row: number): number {
  return top + row + 1;
}

/** The column letters Excel shows for column `column` (0-based) of a range whose left column is `left`. */
export function sheetColumnLetters(left: number, column: number): string {
  return columnLetters(left + column);
}

/** "C7" for row 6, column 2 (both 0-based). */
export function cellAddress(row0: number, col0: number): string {
  return `${columnLetters(col0)}${row0 + 1}`;
}

/** "B3:H31" for the 0-based corners; a single cell when the corners coincide ("B3"). */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const start = cellAddress(top, left);
  return top === bottom && left === right ? start : `${start}:${cellAddress(bottom, right)}`;
}

function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase())
    index = index * LETTERS_IN_ALPHABET + letter.charCodeAt(0) - CHAR_CODE_A + 1;
  return index - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
// 'Blad 1'!… with '' for an apostrophe inside the name, or an unquoted name without spaces.
const SHEET_PREFIX = /^(?:'((?:[^']|'')+)'|([^'!:\s]+))!/;

function splitSheet(address: string): { sheet?: string; rest: string } {
  const text = address.trim();
  const prefix = SHEET_PREFIX.exec(text);
  if (!prefix) return { rest: text };
  const sheet = prefix[1] !== undefined ? prefix[1].replace(/''/g, "'") : prefix[2];
  return { sheet, rest: text.slice(prefix[0].length) };
}

function parseCell(text: string): { row: number; column: number } | undefined {
  const match = CELL.exec(text);
  if (!match) return undefined;
  const column = columnIndex(match[1]);
  const row = Number(match[2]) - 1;
  if (column >= COLUMN_COUNT || row < 0 || row >= ROW_COUNT) return undefined;
  return { row, column };
}

/**
 * "B3:H31" or one cell ("B3", "$B$3", "Blad1!B3", "'Blad 1'!B3"), as 0-based corners
 * in order (top ≤ bottom, left ≤ right, as Excel normalises "H31:B3"); undefined when invalid.
 */
export function parseRange(address: string): RangePosition | undefined {
  const { sheet, rest } = splitSheet(address);
  const corners = rest.split(":");
  if (corners.length > 2) return undefined;
  const [start, end] = corners.map(parseCell);
  if (!start || (corners.length === 2 && !end)) return undefined;
  const last = end ?? start;
  return {
    ...(sheet !== undefined && { sheet }),
    top: Math.min(start.row, last.row),
    left: Math.min(start.column, last.column),
    bottom: Math.max(start.row, last.row),
    right: Math.max(start.column, last.column),
  };
}
