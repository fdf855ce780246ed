import type { TableSnapshot } from "../workbook/types";
import { sumReported } from "./cells";
import { DetectionProblem, detectMonthTable, isDetectionProblem, MonthTableLayout } from "./detect";
import { AgencyCategory } from "./agency";
import { CellProblem, readMonthTable } from "./tableReader";

export type AgencyValues = "hours" | "cost";

export interface AgencyAssembly {
  layout: MonthTableLayout;
  /** Matrix row of each category in the selection. */
  categoryRows: number[];
  categories: AgencyCategory[];
  problems: CellProblem[];
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The categories of an agency table (one row per category, one column per month) as hours, or as
 * cost with an hourly price; a prior-year table of the same kind is matched to them by name.
 */
export function assembleAgency(
  table: TableSnapshot,
  values: AgencyValues,
  hourlyPrice?: number,
  priorTable?: TableSnapshot,
): AgencyAssembly | { detection: DetectionProblem; prior: boolean } {
  const layout = detectMonthTable(table.values);
  if (isDetectionProblem(layout)) return { detection: layout, prior: false };
  const reading = readMonthTable(table, layout);
  const problems = [...reading.problems];
  let priorByName: { name: string; sum: number }[] = [];
  if (priorTable) {
    const priorLayout = detectMonthTable(priorTable.values);
    if (isDetectionProblem(priorLayout)) return { detection: priorLayout, prior: true };
    const prior = readMonthTable(priorTable, priorLayout);
    problems.push(...prior.problems);
    priorByName = prior.lines.map((line) => ({ name: line.name, sum: sumReported(line.months) }));
  }
  const categories = reading.lines.map((line): AgencyCategory => {
    const prior = priorByName.find((entry) => sameName(entry.name, line.name));
    return {
      name: line.name,
      ...(values === "hours" ? { hours: line.months } : { cost: line.months, hourlyPrice }),
      ...(prior && { prior: values === "hours" ? { hours: prior.sum } : { cost: prior.sum } }),
    };
  });
  return { layout, categoryRows: reading.lines.map((line) => line.row), categories, problems };
}
