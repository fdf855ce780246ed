import { cellAddress } from "./addresses";
import { sumReported } from "./cells";
import type { SourceCell } from "./forecastInputs";
import { DetectionProblem, detectMonthTable, isDetectionProblem, MonthTableLayout } from "./detect";
import { AgencyCategory } from "./agency";
import { Grid } from "./grid";
import { matchRows, readSideGrid } from "./sideGrid";
import { CellProblem, readMonthTable } from "./tableReader";

export type AgencyValues = "hours" | "cost";

export interface AgencyAssembly {
  layout: MonthTableLayout;
  /** Matrix row of each category in the selection. */
  categoryRows: number[];
  categories: AgencyCategory[];
  /**
   * Each category's prior-year figure cells in the prior-year table (undefined where no row matched),
   * in column order, for formulas that refer back to them.
   */
  priorCells?: (SourceCell[] | undefined)[];
  problems: CellProblem[];
}

/**
 * The categories of an agency table (one row per category, one column per month) as hours, or as
 * cost with an hourly price; a prior-year table (with or without a month header, label columns or
 * a year column) is matched to them by name, or by order when it has no names.
 */
export function assembleAgency(
  table: Grid,
  values: AgencyValues,
  hourlyPrice?: number,
  priorTable?: Grid,
): AgencyAssembly | { detection: DetectionProblem; prior: boolean } {
  const layout = detectMonthTable(table.values, { table: table.table });
  if (isDetectionProblem(layout)) return { detection: layout, prior: false };
  // "varav primärvård" is shown beside its category; the analysis leaves it out of the total.
  const categoryRows = layout.structure.rows
    .filter(({ role }) => role === "leaf" || role === "ofWhich")
    .map(({ row }) => row);
  const reading = readMonthTable(table, { ...layout, lineRows: categoryRows });
  const problems = [...reading.problems];
  let priorSums: (number | undefined)[] = [];
  let priorCells: (SourceCell[] | undefined)[] | undefined;
  if (priorTable) {
    const prior = readSideGrid(priorTable);
    problems.push(...prior.problems);
    const matched = matchRows(
      reading.lines.map((line) => line.name),
      prior.rows,
    );
    // Neither names nor order tie the prior year to the categories: said, never guessed.
    if (!matched)
      problems.push({
        row: 0,
        column: 0,
        address: priorTable.address,
        code: "unmatchedRows",
        text: "",
      });
    priorSums = (matched ?? []).map((row) => (row ? sumReported(row.figures) : undefined));
    priorCells = (matched ?? []).map((row) =>
      row
        ? row.figureColumns.map((column) => ({
            sheet: priorTable.sheet,
            address: cellAddress(priorTable.top + row.row, priorTable.left + column),
          }))
        : undefined,
    );
  }
  const categories = reading.lines.map((line, index): AgencyCategory => {
    const sum = priorSums[index];
    const prior = sum === undefined ? undefined : { sum };
    return {
      name: line.name,
      ...(values === "hours" ? { hours: line.months } : { cost: line.months, hourlyPrice }),
      ...(prior && { prior: values === "hours" ? { hours: prior.sum } : { cost: prior.sum } }),
    };
  });
  return {
    layout,
    categoryRows: reading.lines.map((line) => line.row),
    categories,
    ...(priorCells && { priorCells }),
    problems,
  };
}
