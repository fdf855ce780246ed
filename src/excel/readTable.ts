/**
 * Reads a rectangle of cells in two syncs: its size first, so a huge selection is refused before
 * Excel sends any values, then values, value types, number formats and merged areas together.
 */
import { parseRange } from "../engine/addresses";
import { TableSnapshot } from "../workbook/types";
import { WorkbookError, WorkbookErrorCode } from "../workbook/errors";
import { syncOrThrow } from "./errors";

export const DEFAULT_MAX_CELLS = 500_000;

export interface ReadOptions {
  /** More cells than this are refused with "tooLarge". */
  maxCells?: number;
}

/** "B3:H31" from "Blad1!B3:H31" or "'Blad 1'!B3:H31" (a sheet name may itself hold "!"). */
const withoutSheet = (address: string): string => address.slice(address.lastIndexOf("!") + 1);

async function readRange(
  context: Excel.RequestContext,
  range: Excel.Range,
  maxCells: number,
  sizeFailure: WorkbookErrorCode,
): Promise<TableSnapshot> {
  range.load(["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "worksheet/name"]);
  await syncOrThrow(context, sizeFailure);
  const address = withoutSheet(range.address);
  const cellCount = range.rowCount * range.columnCount;
  if (cellCount > maxCells) throw new WorkbookError("tooLarge", { address, cellCount, maxCells });

  range.load(["values", "valueTypes", "numberFormat"]);
  // Holds the merged areas whose top-left cell lies in the range (office-js issue #3611).
  const mergedAreas = range.getMergedAreasOrNullObject();
  await syncOrThrow(context, "readFailed", { address });
  return {
    sheet: range.worksheet.name,
    address,
    top: range.rowIndex,
    left: range.columnIndex,
    values: range.values,
    valueTypes: range.valueTypes,
    numberFormats: range.numberFormat,
    hasMergedCells: !mergedAreas.isNullObject,
  };
}

/** The user's current selection. */
export async function readSelection(context: Excel.RequestContext, { maxCells = DEFAULT_MAX_CELLS }: ReadOptions = {}): Promise<TableSnapshot> {
  return readRange(context, context.workbook.getSelectedRange(), maxCells, "readFailed");
}

/** One range by address: "Blad1!B2:D9", "'Blad 1'!B2", or "B2" on the active sheet. */
export async function readRangeByAddress(
  context: Excel.RequestContext,
  address: string,
  { maxCells = DEFAULT_MAX_CELLS }: ReadOptions = {},
): Promise<TableSnapshot> {
  const position = parseRange(address);
  if (!position) throw new WorkbookError("invalidAddress", { address });
  const { sheet, top, left, bottom, right } = position;
  const worksheets = context.workbook.worksheets;
  const worksheet = sheet === undefined ? worksheets.getActiveWorksheet() : worksheets.getItem(sheet);
  const range = worksheet.getRangeByIndexes(top, left, bottom - top + 1, right - left + 1);
  // The address was well formed, so a failure to find the range means the sheet does not exist.
  return readRange(context, range, maxCells, "invalidAddress");
}
