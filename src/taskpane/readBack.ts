/**
 * After a write, the written figures are read back once: a Balans sheet whose formulas show #REF!,
 * #NAME? or #VALUE! must not be reported as created as if all were well. Balans functions calculate
 * asynchronously (Excel shows #BUSY! meanwhile), so a busy sheet is read again a few times first.
 */
import { cellAddress, rangeAddress } from "../engine/addresses";
import { qualifiedAddress } from "../workbook/ranges";
import { SheetPlan, TableSnapshot, WorkbookPort } from "../workbook/types";

/** The error values that mean a formula is broken, not that its data is short (#N/A, #DIV/0!). */
export const BROKEN_FORMULA_ERRORS: ReadonlySet<string> = new Set(["#REF!", "#NAME?", "#VALUE!"]);
const BUSY = "#BUSY!";
const BUSY_RETRIES = 4;
const BUSY_WAIT_MS = 250;

export interface BrokenCell {
  /** On the written sheet, e.g. "C5". */
  cell: string;
  error: string;
}

/** The formula cells of `plan` that show a broken-formula error in `written` (the sheet read from A1). */
export function brokenCells(plan: SheetPlan, written: TableSnapshot): BrokenCell[] {
  const broken: BrokenCell[] = [];
  plan.rows.forEach((cells, row) =>
    cells.forEach((cell, column) => {
      const value = written.values[row]?.[column];
      if (cell.formula && typeof value === "string" && BROKEN_FORMULA_ERRORS.has(value))
        broken.push({ cell: cellAddress(row, column), error: value });
    }),
  );
  return broken;
}

/** Reads the written sheet back and lists its broken formula cells; none for a plan without cells. */
export async function readBack(
  workbook: WorkbookPort,
  plan: SheetPlan,
  sheetName: string,
): Promise<BrokenCell[]> {
  const width = plan.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (plan.rows.length === 0 || width === 0) return [];
  const address = qualifiedAddress({
    sheet: sheetName,
    address: rangeAddress(0, 0, plan.rows.length - 1, width - 1),
  });
  let written = await workbook.readRange(address);
  for (
    let retry = 0;
    retry < BUSY_RETRIES && written.values.some((row) => row.includes(BUSY));
    retry++
  ) {
    await new Promise((resolve) => setTimeout(resolve, BUSY_WAIT_MS));
    written = await workbook.readRange(address);
  }
  return brokenCells(plan, written);
}
