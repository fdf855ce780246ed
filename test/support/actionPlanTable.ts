import { Cell, isErrorValue, rangeAddress } from "../../src/engine";
import { actionPlan2024, ActionPlanRow } from "../../src/samples/seeds";
import type { TableSnapshot } from "../../src/workbook/types";

/**
 * Seed 000's action plan as the cell matrix a user selects, starting at the header, with variants of
 * the ways controllers lay out the same table.
 */

export interface Headers {
  name: string;
  effect: string;
  months: Cell[];
  accumulated: string;
}

export const SWEDISH_HEADERS: Headers = {
  name: "Uppföljning handlingsplan 2024",
  effect: "Mkr",
  months: ["Jan", "Feb", "Mar"],
  accumulated: "Ack",
};
export const ENGLISH_HEADERS: Headers = {
  name: "Measure",
  effect: "Full-year effect",
  months: ["January", "February", "March"],
  accumulated: "YTD",
};

export interface TableOptions {
  headers?: Partial<Headers>;
  rows?: readonly ActionPlanRow[];
  /** Rows above the header, e.g. the report's title. */
  titleRows?: Cell[][];
  unitRow?: boolean;
  /** A blank row after every n measures. */
  blankRowEvery?: number;
  totalsAt?: "top" | "bottom" | "none";
  /** Figures typed as Swedish text ("−6,8") instead of numbers. */
  numbersAsText?: boolean;
  /** Adds a "Startmånad" column right after the effect column. */
  startMonth?: (row: ActionPlanRow) => Cell;
}

/** "−6,8" with a Unicode minus and a decimal comma, as Swedish workbooks write it. */
export function swedishText(value: number): string {
  return `${value < 0 ? "\u2212" : ""}${String(Math.abs(value)).replace(".", ",")}`;
}

export function buildActionPlanTable(options: TableOptions = {}): Cell[][] {
  const headers = { ...SWEDISH_HEADERS, ...options.headers };
  const rows = options.rows ?? actionPlan2024.rows;
  const figure = (value: number | null): Cell =>
    value === null ? "" : options.numbersAsText ? swedishText(value) : value;
  const line = (
    name: string,
    effect: number,
    months: (number | null)[],
    accumulated: number,
    start: Cell,
  ): Cell[] => [
    name,
    figure(effect),
    ...(options.startMonth ? [start] : []),
    ...months.map(figure),
    figure(accumulated),
  ];
  const headerRow: Cell[] = [
    headers.name,
    headers.effect,
    ...(options.startMonth ? ["Startmånad"] : []),
    ...headers.months,
    headers.accumulated,
  ];
  const width = headerRow.length;
  const { totals } = actionPlan2024;
  const totalsRow = line("Totalt", totals.fullYearEffect, totals.months, totals.accumulated, "");
  const measures: Cell[][] = [];
  rows.forEach((row, index) => {
    if (options.blankRowEvery && index > 0 && index % options.blankRowEvery === 0)
      measures.push(new Array<Cell>(width).fill(""));
    measures.push(
      line(
        row.name,
        row.fullYearEffect,
        row.months,
        row.accumulated,
        options.startMonth?.(row) ?? "",
      ),
    );
  });
  const totalsAt = options.totalsAt ?? "bottom";
  return [
    ...(options.titleRows ?? []).map((cells) => [
      ...cells,
      ...new Array<Cell>(width - cells.length).fill(""),
    ]),
    headerRow,
    ...(options.unitRow ? [["Mkr", ...new Array<Cell>(width - 1).fill("")]] : []),
    ...(totalsAt === "top" ? [totalsRow] : []),
    ...measures,
    ...(totalsAt === "bottom" ? [totalsRow] : []),
  ];
}

function valueType(value: Cell): string {
  if (value === "") return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return isErrorValue(value) ? "Error" : "String";
}

/** The matrix as the workbook port reads it, at (top, left) on its sheet. */
export function snapshotOf(
  values: Cell[][],
  at: { top?: number; left?: number; hasMergedCells?: boolean } = {},
): TableSnapshot {
  const { top = 0, left = 0, hasMergedCells = false } = at;
  const width = Math.max(...values.map((cells) => cells.length));
  return {
    sheet: "Blad1",
    address: rangeAddress(top, left, top + values.length - 1, left + width - 1),
    top,
    left,
    values,
    valueTypes: values.map((cells) => cells.map(valueType)),
    numberFormats: values.map((cells) => cells.map(() => "General")),
    hasMergedCells,
  };
}

/** Seed 000 repeated, with numbered names, to `count` measures. */
export function manyMeasures(count: number): ActionPlanRow[] {
  const seed = actionPlan2024.rows;
  return Array.from({ length: count }, (_, index) => ({
    ...seed[index % seed.length],
    name: `${seed[index % seed.length].name} #${index + 1}`,
  }));
}
