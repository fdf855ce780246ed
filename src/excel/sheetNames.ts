import { syncOrThrow } from "./errors";

/** Queues a load of every sheet's name; the returned function reads them after the next sync. */
export function loadSheetNames(context: Excel.RequestContext): () => string[] {
  const worksheets = context.workbook.worksheets.load("items/name");
  return () => worksheets.items.map((worksheet) => worksheet.name);
}

/** The names of all sheets in the workbook, hidden ones included, in one sync. */
export async function readSheetNames(context: Excel.RequestContext): Promise<string[]> {
  const sheetNames = loadSheetNames(context);
  await syncOrThrow(context, "readFailed");
  return sheetNames();
}
