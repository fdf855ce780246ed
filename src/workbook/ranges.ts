/** Where a reading came from, and whether a change in the workbook can have touched it. */
import { cellAddress, parseRange } from "../engine/addresses";
import { RangeRef, TableSnapshot } from "./types";

/** "Blad1!B3:H31", or "'Blad 1'!B3:H31" when the name needs quotes, as readRange takes it. */
export function qualifiedAddress({ sheet, address }: RangeRef): string {
  const name = /^[\p{L}\p{N}_.]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${address}`;
}

const sameSheet = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/**
 * True when an edit of `changed` (an address on `sheet`) can have changed a cell of `range`. An address
 * this cannot read (a whole row "3:3", a whole column) counts as touching: better read again than trust.
 */
export function touches(range: RangeRef, sheet: string, changed: string): boolean {
  if (!sameSheet(range.sheet, sheet)) return false;
  const edit = parseRange(changed);
  const read = parseRange(range.address);
  if (!edit || !read) return true;
  return (
    edit.top <= read.bottom &&
    edit.bottom >= read.top &&
    edit.left <= read.right &&
    edit.right >= read.left
  );
}

/** How a reading differs from the same range read again; undefined when it is the same. */
export type CellValue = TableSnapshot["values"][number][number];
export type ReadingChange =
  { kind: "cell"; cell: string; before: CellValue; after: CellValue } | { kind: "shape" };

/** The first cell whose value or type differs between two readings of one range, row by row. */
export function readingChange(
  before: TableSnapshot,
  after: TableSnapshot,
): ReadingChange | undefined {
  if (
    before.values.length !== after.values.length ||
    before.values.some((row, r) => row.length !== after.values[r]?.length)
  ) {
    return { kind: "shape" };
  }
  for (let r = 0; r < before.values.length; r++) {
    for (let c = 0; c < before.values[r].length; c++) {
      const was = before.values[r][c];
      const is = after.values[r][c];
      if (was !== is || before.valueTypes[r]?.[c] !== after.valueTypes[r]?.[c]) {
        return {
          kind: "cell",
          cell: cellAddress(before.top + r, before.left + c),
          before: was,
          after: is,
        };
      }
    }
  }
  return undefined;
}
