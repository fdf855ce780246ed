/**
 * Failures of the calculations. An engine failure carries a kind (which Excel error it becomes) and
 * a message code with parameters, so each edge can word it in the user's language. Excel shows a
 * custom function's message only on #VALUE! and #N/A, so a failure that needs words is "value" (bad
 * or impossible input) or "na" (too little data); "div0" only where the cause shows without words.
 */
export type ErrorKind = "value" | "na" | "div0";

/** Where in the input a value sits: the argument (function parameter name) and 1-based item. */
export interface Position {
  arg: string;
  item?: number;
}

export type MessageCode =
  | "notANumber"
  | "notABoolean"
  | "notOneDimensional"
  | "tooManyMonths"
  | "budgetLength"
  | "phasingLength"
  | "yearLength"
  | "notAMonth"
  | "unknownUnit"
  | "zeroMonth"
  | "blankRequired"
  | "blankInsideReported"
  | "noMonthReported"
  | "monthBeyondData"
  | "nothingExpected"
  | "notStarted"
  | "zeroDenominator"
  | "unknownMethod"
  | "methodNeedsBudget"
  | "methodNeedsPriorYear"
  | "methodNeedsTwoMonths"
  | "noMonthsRemain"
  | "negativeWeight"
  | "zeroWeights"
  | "notPositive"
  | "signsDiffer"
  | "historyTooShort"
  | "notFinite";

export type MessageParams = Position & Record<string, string | number | undefined>;

export class BalansError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: MessageCode,
    readonly params: MessageParams,
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = "BalansError";
  }
}

export function fail(kind: ErrorKind, code: MessageCode, params: MessageParams): never {
  throw new BalansError(kind, code, params);
}

/** Guards every result an edge shows: no NaN or ±Infinity ever leaves the engine. */
export function finite(value: number, arg: string): number {
  if (!Number.isFinite(value)) fail("value", "notFinite", { arg });
  return value === 0 ? 0 : value; // no -0 in a cell
}

export function isBalansError(error: unknown): error is BalansError {
  return error instanceof BalansError;
}
