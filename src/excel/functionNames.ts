/**
 * Swedish function names written through `formulasLocal` work only when Excel loaded the Swedish
 * function list; otherwise every Balans formula shows #NAME? (office-js #891, #3316). After a write in
 * Swedish, one Balans cell is read back; on #NAME? the sheet's formulas are written again with English
 * names through `formulas`, which Excel always knows. One sync, and one per band of rows when a rewrite is needed.
 */
import { cellAddress, rangeAddress } from "../engine/addresses";
import { INVARIANT_DIALECT, usesCustomFunction } from "../sheets/formula";
import { FormulaDialect, SheetPlan } from "../workbook/types";
import { syncOrThrow } from "./errors";
import { sheetContent } from "./writeSheet";

const NAME_ERROR = "#NAME?";

/** The address of the plan's first cell whose formula calls a Balans function; undefined when none does. */
export function firstBalansCell(plan: SheetPlan): string | undefined {
  for (let row = 0; row < plan.rows.length; row++) {
    const column = plan.rows[row].findIndex(
      (cell) => cell.formula !== undefined && usesCustomFunction(cell.formula),
    );
    if (column >= 0) return cellAddress(row, column);
  }
  return undefined;
}

/** True when the formulas had to be written again in English. */
export async function rewriteIfNamesUnknown(
  context: Excel.RequestContext,
  plan: SheetPlan,
  dialect: FormulaDialect,
): Promise<boolean> {
  const probe = firstBalansCell(plan);
  if (dialect.functionLanguage === "en" || probe === undefined) return false;
  const sheet = context.workbook.worksheets.getItem(plan.name);
  const cell = sheet.getRange(probe).load("values");
  await syncOrThrow(context, "writeFailed", { sheetName: plan.name });
  if (cell.values[0]?.[0] !== NAME_ERROR) return false;
  const { block } = await sheetContent(plan.rows, INVARIANT_DIALECT);
  if (!block) return false;
  // In the writer's bands of rows, each within one request's size.
  for (const band of block.bands) {
    sheet.getRange(rangeAddress(band.start, 0, band.end - 1, block.width - 1)).formulas =
      block.inputs.slice(band.start, band.end);
    await syncOrThrow(context, "writeFailed", { sheetName: plan.name });
  }
  return true;
}
