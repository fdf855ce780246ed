/** Office.js errors turned into the port's WorkbookError (src/workbook/errors.ts). */
import {
  isWorkbookError,
  WorkbookError,
  WorkbookErrorCode,
  WorkbookErrorDetails,
} from "../workbook/errors";

// Office.js codes (Excel.ErrorCodes) whose meaning does not depend on what Balans was doing.
const CODES_FROM_OFFICE: ReadonlyMap<string, WorkbookErrorCode> = new Map([
  ["AccessDenied", "workbookProtected"],
  ["ItemAlreadyExists", "nameTaken"],
  ["InvalidOperationInCellEditMode", "cellEditMode"],
  ["RangeExceedsLimit", "tooLarge"],
  ["RequestPayloadSizeLimitExceeded", "tooLarge"],
  ["ResponsePayloadSizeLimitExceeded", "tooLarge"],
]);

/** The code of an Office.js error (OfficeExtension.Error), when it is one. */
export function officeErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** Where in a batch Office.js failed, e.g. "WorksheetCollection.add", when it says. */
export function officeErrorLocation(error: unknown): string | undefined {
  const location = (error as { debugInfo?: { errorLocation?: unknown } } | null)?.debugInfo
    ?.errorLocation;
  return typeof location === "string" ? location : undefined;
}

/** `error` as a WorkbookError: kept when it is one, else by its Office code, else `fallback`. */
export function toWorkbookError(
  error: unknown,
  fallback: WorkbookErrorCode,
  details: WorkbookErrorDetails = {},
): WorkbookError {
  if (isWorkbookError(error)) return error;
  const officeCode = officeErrorCode(error);
  const code = (officeCode !== undefined && CODES_FROM_OFFICE.get(officeCode)) || fallback;
  return new WorkbookError(code, { ...details, officeCode }, { cause: error });
}

/** `context.sync()`, with a failure turned into a WorkbookError. */
export async function syncOrThrow(
  context: Excel.RequestContext,
  fallback: WorkbookErrorCode,
  details?: WorkbookErrorDetails,
): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    throw toWorkbookError(error, fallback, details);
  }
}
