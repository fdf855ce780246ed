/**
 * Long work split into tasks: the pane shares its thread with Excel's calls into the worksheet
 * functions and with the user's clicks, so no step of an action should hold it for long.
 */

/** Lets the browser paint and take input before the next step of a long action. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** How many rows of a sheet are turned into cell inputs in one task. */
const ROWS_PER_STEP = 1_000;

/** `convert` over `rows`, a thousand rows a task: a 10 000-row sheet's cells are ten short tasks. */
export async function mapInSteps<Row, Result>(
  rows: readonly Row[],
  convert: (row: Row) => Result,
  rowsPerStep = ROWS_PER_STEP,
): Promise<Result[]> {
  const results: Result[] = [];
  for (let start = 0; start < rows.length; start += rowsPerStep) {
    if (start > 0) await nextTask();
    for (const row of rows.slice(start, start + rowsPerStep)) results.push(convert(row));
  }
  return results;
}
