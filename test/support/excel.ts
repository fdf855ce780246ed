import { isDefect } from "../../src/functions/arguments";
import { CustomFunctionError } from "../../src/preview/customFunctionsRuntime";

/** A range as Excel passes it to a custom function: one row. */
export const row = (values: unknown[]): unknown[][] => [values];
/** A range as Excel passes it to a custom function: one column. */
export const column = (values: unknown[]): unknown[][] => values.map((value) => [value]);

/**
 * Calls a worksheet function that must fail, and returns the Excel error it raised. A defect (an
 * unexpected exception shown as #VALUE!) is no refusal of bad input: it fails the test.
 */
export function excelError(call: () => unknown): CustomFunctionError {
  try {
    call();
  } catch (error) {
    if (isDefect(error))
      throw new Error(`a defect, not a refused input: ${(error as CustomFunctionError).message}`, {
        cause: error,
      });
    if (error instanceof CustomFunctionError) return error;
    throw new Error(`expected a CustomFunctions.Error, got ${String(error)}`, { cause: error });
  }
  throw new Error("expected the function to fail, but it returned");
}

/** Runs `body` with Office's display language set, as the shared runtime exposes it. */
export function inLanguage<T>(displayLanguage: string, body: () => T): T {
  const scope = globalThis as { Office?: unknown };
  const previous = scope.Office;
  scope.Office = { context: { displayLanguage } };
  try {
    return body();
  } finally {
    scope.Office = previous;
  }
}

/** The Excel errors a worksheet function may raise: those that show their message, and #DIV/0!. */
export const EXCEL_ERRORS = ["#VALUE!", "#N/A", "#DIV/0!"];

function isAcceptable(result: unknown): boolean {
  if (typeof result === "number") return Number.isFinite(result);
  return (
    Array.isArray(result) &&
    result.every(
      (line) =>
        Array.isArray(line) &&
        line.length === 2 &&
        typeof line[0] === "string" &&
        Number.isFinite(line[1]),
    )
  );
}

/**
 * What every call of a worksheet function must do, whatever its arguments: return a finite number (or
 * a table of names and finite numbers) or raise an Excel error with a message. Throws otherwise,
 * including on a defect.
 */
export function behaves(call: () => unknown): void {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if (!(error instanceof CustomFunctionError)) throw error;
    if (isDefect(error)) throw new Error(`defect: ${error.message}`, { cause: error });
    expect(EXCEL_ERRORS).toContain(error.code);
    // Excel shows a message on #VALUE! and #N/A only; those must carry one.
    if (error.code !== "#DIV/0!") expect(error.message?.length).toBeGreaterThan(5);
    return;
  }
  if (!isAcceptable(result)) throw new Error(`unacceptable result ${JSON.stringify(result)}`);
}
