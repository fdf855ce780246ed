import { CustomFunctionError } from "../../src/preview/customFunctionsRuntime";

/** A range as Excel passes it to a custom function: one row. */
export const row = (values: unknown[]): unknown[][] => [values];
/** A range as Excel passes it to a custom function: one column. */
export const column = (values: unknown[]): unknown[][] => values.map((value) => [value]);

/** Calls a worksheet function that must fail, and returns the Excel error it raised. */
export function excelError(call: () => unknown): CustomFunctionError {
  try {
    call();
  } catch (error) {
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
