/**
 * Why a workbook action failed, as a code the task pane words in the user's language. Office's own
 * errors become one of these codes where their meaning is clear; the Office error stays the cause.
 */
export type WorkbookErrorCode =
  /** More cells than Balans reads at once, or more data than Excel sends or takes in one request. */
  | "tooLarge"
  /** A sheet with the wanted name exists (Excel ignores case). */
  | "nameTaken"
  /** The workbook's structure is protected, or Excel denied the change. */
  | "workbookProtected"
  /** The user is editing a cell, so Excel takes no changes. */
  | "cellEditMode"
  /** The address names no range, or a sheet that does not exist. */
  | "invalidAddress"
  | "readFailed"
  /** The new sheet could not be written; it has been removed unless `sheetLeftBehind`. */
  | "writeFailed"
  /** The sheet to update carries no Balans mark of the plan's kind (or is gone): Balans does not write it. */
  | "notBalansSheet"
  | "settingsFailed";

export interface WorkbookErrorDetails {
  /** tooLarge: the cells in the range, and the most Balans reads at once. */
  cellCount?: number;
  maxCells?: number;
  /** The range concerned, without its sheet. */
  address?: string;
  /** The sheet Balans meant to create. */
  sheetName?: string;
  /** writeFailed: removing the half-written sheet failed too, so it is still in the workbook. */
  sheetLeftBehind?: boolean;
  /** The Office.js error code behind the failure, if any ("GeneralException", …). */
  officeCode?: string;
}

export class WorkbookError extends Error implements WorkbookErrorDetails {
  readonly cellCount?: number;
  readonly maxCells?: number;
  readonly address?: string;
  readonly sheetName?: string;
  readonly sheetLeftBehind?: boolean;
  readonly officeCode?: string;

  constructor(
    readonly code: WorkbookErrorCode,
    details: WorkbookErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(`${code} ${JSON.stringify(details)}`, options);
    this.name = "WorkbookError";
    Object.assign(this, details);
  }
}

export function isWorkbookError(error: unknown): error is WorkbookError {
  return error instanceof WorkbookError;
}
