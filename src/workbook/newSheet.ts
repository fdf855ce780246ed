/**
 * What every WorkbookPort checks before it adds a sheet, and how it counts the cells it wrote, so the
 * Office.js writer, the preview and the tests' in-memory workbook refuse and report alike
 * (test/workbook/workbookPort.contract.test.ts holds them to it).
 */
import { isSheetNameTaken, isValidSheetName } from "../sheets/sheetName";
import { WorkbookError } from "./errors";
import { PlannedCell, SheetPlan } from "./types";

/** What the workbook says before the write: whether its structure is protected, and its sheets. */
export interface WorkbookState {
  structureProtected: boolean;
  sheetNames: readonly string[];
}

/** True when the cell leaves its place on the sheet empty: no formula and no value (or ""). */
export function isEmptyPlannedCell(cell: PlannedCell | undefined): boolean {
  if (cell?.formula) return false;
  const value = cell?.value;
  return value === undefined || value === null || value === "";
}

/** The cells a plan fills: formulas and non-empty values. */
export function plannedCellCount(rows: readonly PlannedCell[][]): number {
  return rows.reduce(
    (count, row) => count + row.filter((cell) => !isEmptyPlannedCell(cell)).length,
    0,
  );
}

/**
 * Refuses a plan no workbook should be asked to write — an invalid name or a number Excel cannot hold
 * is a programming error (plans take their names from uniqueSheetName) — before anything is read.
 */
export function checkSheetPlan(plan: SheetPlan): void {
  if (!isValidSheetName(plan.name))
    throw new Error(`createSheet: "${plan.name}" is no valid sheet name (see uniqueSheetName)`);
  for (const row of plan.rows) {
    for (const cell of row) {
      if (typeof cell?.value === "number" && !Number.isFinite(cell.value))
        throw new Error(`createSheet: ${cell.value} cannot be written to a cell`);
    }
  }
}

/** Refuses, as the user is told, a protected workbook or a name already taken (Excel ignores case). */
export function checkNewSheet(plan: SheetPlan, workbook: WorkbookState): void {
  if (workbook.structureProtected)
    throw new WorkbookError("workbookProtected", { sheetName: plan.name });
  if (isSheetNameTaken(plan.name, workbook.sheetNames))
    throw new WorkbookError("nameTaken", { sheetName: plan.name });
}
