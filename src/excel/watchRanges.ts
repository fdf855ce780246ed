/**
 * Tells when cells the pane read may have changed, through worksheet events (ExcelApi 1.7): an edit
 * inside a watched range; rows, columns or cells inserted or deleted anywhere on its sheet (they may
 * shift it); the sheet deleted, or renamed (ExcelApi 1.17). Two syncs: find the sheets, then register.
 */
import { RangeRef } from "../workbook/types";
import { touches } from "../workbook/ranges";

export interface WatchSupport {
  /** ExcelApi 1.7: Worksheet.onChanged and WorksheetCollection.onDeleted. */
  changes: boolean;
  /** ExcelApi 1.17: Worksheet.onNameChanged. */
  renames: boolean;
}

type Handler = OfficeExtension.EventHandlerResult<unknown>;

/** Registers the handlers and resolves to them (to remove them later), or to none when the host has no such events. */
export async function watchRanges(
  context: Excel.RequestContext,
  ranges: readonly RangeRef[],
  onChange: () => void,
  support: WatchSupport,
): Promise<Handler[]> {
  if (!support.changes || ranges.length === 0) return [];
  const names = [...new Set(ranges.map((range) => range.sheet))];
  const sheets = names.map((name) =>
    context.workbook.worksheets.getItemOrNullObject(name).load("id"),
  );
  await context.sync();

  // A sheet already gone: what was read from it cannot be current.
  if (sheets.some((sheet) => sheet.isNullObject)) onChange();
  const ids = new Set(sheets.filter((sheet) => !sheet.isNullObject).map((sheet) => sheet.id));
  const handlers: Handler[] = [];
  sheets.forEach((sheet, index) => {
    if (sheet.isNullObject) return;
    const name = names[index];
    handlers.push(
      sheet.onChanged.add(async (event) => {
        const structural = event.changeType !== "RangeEdited";
        if (structural || ranges.some((range) => touches(range, name, event.address))) onChange();
      }),
    );
    if (support.renames) handlers.push(sheet.onNameChanged.add(async () => onChange()));
  });
  handlers.push(
    context.workbook.worksheets.onDeleted.add(async (event) => {
      if (ids.has(event.worksheetId)) onChange();
    }),
  );
  await context.sync();
  return handlers;
}
