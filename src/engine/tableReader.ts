import { cellAddress } from "./addresses";
import { readNumber, Series } from "./cells";
import { MonthTableLayout } from "./detect";
import { Cell, cellAt, Grid, isBlankCell, isErrorValue } from "./grid";
import { isBalansError } from "./errors";
import { monthFromLabel, monthFromNumber } from "./months";
import { MONTHS_IN_YEAR } from "./phasing";

export type CellProblemCode =
  "errorValue" | "notANumber" | "notAMonth" | "blankEffect" | "mergedCells" | "unmatchedRows";

/** A cell that could not be read, with its address on the sheet (e.g. "D9"). */
export interface CellProblem {
  row: number;
  column: number;
  address: string;
  code: CellProblemCode;
  text: string;
}

/** Reads cells of a snapshot, turning every unreadable cell into a problem with its sheet address instead of failing. */
export class CellReader {
  readonly problems: CellProblem[] = [];

  constructor(private readonly snapshot: Pick<Grid, "values" | "valueTypes" | "top" | "left">) {}

  value(row: number, column: number): Cell {
    return cellAt(this.snapshot.values, row, column);
  }

  report(row: number, column: number, code: CellProblemCode, text: string): void {
    const address = cellAddress(this.snapshot.top + row, this.snapshot.left + column);
    this.problems.push({ row, column, address, code, text });
  }

  text(row: number, column: number): string {
    const value = this.usable(row, column);
    return value === undefined ? "" : String(value).trim();
  }

  number(row: number, column: number): number | null {
    return this.read(row, column, "notANumber", (value) => readNumber(value, "cell"));
  }

  /** A month as a number 1–12, a date or a month name ("mars", "2024-03"). */
  month(row: number, column: number): number | null {
    return this.read(row, column, "notAMonth", (value) => {
      const named = typeof value === "string" ? monthFromLabel(value) : undefined;
      const figure = named ?? readNumber(value, "start_month");
      return figure === null ? null : monthFromNumber(figure, "start_month");
    });
  }

  private usable(row: number, column: number): Cell | undefined {
    const value = this.value(row, column);
    if (this.snapshot.valueTypes?.[row]?.[column] !== "Error" && !isErrorValue(value)) return value;
    this.report(row, column, "errorValue", String(value));
    return undefined;
  }

  private read(
    row: number,
    column: number,
    code: CellProblemCode,
    parse: (value: Cell) => number | null,
  ): number | null {
    const value = this.usable(row, column);
    if (value === undefined || isBlankCell(value)) return null;
    try {
      return parse(value);
    } catch (error) {
      if (!isBalansError(error)) throw error;
      this.report(row, column, code, String(value).trim());
      return null;
    }
  }
}

/** A line's months as a 12-month series, January first; months the table has no column for are blank. */
export function readMonths(cells: CellReader, layout: MonthTableLayout, row: number): Series {
  const months: Series = new Array<number | null>(MONTHS_IN_YEAR).fill(null);
  for (const { column, month } of layout.monthColumns)
    months[month - 1] = cells.number(row, column);
  return months;
}

export interface MonthTableLine {
  row: number;
  name: string;
  months: Series;
}

export interface MonthTableReading {
  lines: MonthTableLine[];
  totals?: Series;
  problems: CellProblem[];
}

/** Merged cells keep their value only in the top-left cell, so what is read may be shifted: reported once. */
export function mergedCellsProblem(snapshot: Grid): CellProblem[] {
  return snapshot.hasMergedCells
    ? [{ row: 0, column: 0, address: snapshot.address, code: "mergedCells", text: "" }]
    : [];
}

/** Reads every line of a detected "lines × months" table; unreadable cells become problems, the rest is still read. */
export function readMonthTable(snapshot: Grid, layout: MonthTableLayout): MonthTableReading {
  const cells = new CellReader(snapshot);
  cells.problems.push(...mergedCellsProblem(snapshot));
  const lines = layout.lineRows
    .map((row) => ({
      row,
      name: cells.text(row, layout.nameColumn),
      months: readMonths(cells, layout, row),
    }))
    .filter((line) => line.months.some((value) => value !== null));
  const totals =
    layout.totalsRow === undefined ? undefined : readMonths(cells, layout, layout.totalsRow);
  return { lines, ...(totals && { totals }), problems: cells.problems };
}
