/**
 * Reads a rectangle of cells in two syncs: its size first, so a huge selection is refused before
 * Excel sends any values, then values, value types, number formats and merged areas together. A
 * selection in an Excel table takes two syncs more, to find the table and its extent.
 */
import { parseRange } from "../engine/addresses";
import type { GridTable } from "../engine/grid";
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
  table?: GridTable,
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
    ...(table && { table }),
  };
}

/** Excel tables (ListObjects) are read through Range.getTables, ExcelApi 1.9. */
function tablesSupported(): boolean {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  return (
    typeof requirements?.isSetSupported === "function" &&
    requirements.isSetSupported("ExcelApi", "1.9")
  );
}

/**
 * The Excel table (ListObject) the selection lies in, if any: a selection of one cell inside a table,
 * or any part of it, stands for the whole table, whose header row is the header and whose total row
 * is the totals row. Two syncs: the tables at the selection, then the one table's extent.
 */
async function tableAround(
  context: Excel.RequestContext,
  selected: Excel.Range,
): Promise<{ range: Excel.Range; table: GridTable } | undefined> {
  if (!tablesSupported()) return undefined;
  const tables = selected.getTables(false);
  tables.load("items/name,items/showHeaders,items/showTotals");
  selected.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  await syncOrThrow(context, "readFailed");
  if (tables.items.length !== 1) return undefined;
  const [table] = tables.items;
  const extent = table.getRange();
  extent.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  await syncOrThrow(context, "readFailed");
  const inside =
    selected.rowIndex >= extent.rowIndex &&
    selected.columnIndex >= extent.columnIndex &&
    selected.rowIndex + selected.rowCount <= extent.rowIndex + extent.rowCount &&
    selected.columnIndex + selected.columnCount <= extent.columnIndex + extent.columnCount;
  if (!inside) return undefined;
  return {
    range: extent,
    table: { name: table.name, hasHeader: table.showHeaders, hasTotals: table.showTotals },
  };
}

/** The user's current selection, or the whole Excel table it lies in. */
export async function readSelection(
  context: Excel.RequestContext,
  { maxCells = DEFAULT_MAX_CELLS }: ReadOptions = {},
): Promise<TableSnapshot> {
  const selected = context.workbook.getSelectedRange();
  const around = await tableAround(context, selected);
  return readRange(context, around?.range ?? selected, maxCells, "readFailed", around?.table);
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
  const worksheet =
    sheet === undefined ? worksheets.getActiveWorksheet() : worksheets.getItem(sheet);
  const range = worksheet.getRangeByIndexes(top, left, bottom - top + 1, right - left + 1);
  // The address was well formed, so a failure to find the range means the sheet does not exist.
  return readRange(context, range, maxCells, "invalidAddress");
}
