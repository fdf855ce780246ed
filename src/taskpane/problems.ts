import {
  BalansError,
  cellAddress,
  CellProblem,
  CellProblemCode,
  DetectionCode,
  DetectionProblem,
  isBalansError,
  SelectionRole,
  ShapeProblem,
} from "../engine";
import { errorMessage } from "../i18n/errorMessages";
import { Language } from "../i18n/language";
import { StringKey, Translate } from "../i18n/ui";
import { WorkbookError } from "../workbook/errors";
import { SheetPlanError } from "../sheets/errors";
import { TableSnapshot } from "../workbook/types";

/** How many cells a message names before it says "…": enough to find them, short enough to read. */
const MAX_CELLS_NAMED = 5;

const DETECTION_MESSAGES: Record<DetectionCode, StringKey> = {
  empty: "problemEmpty",
  singleCell: "problemSingleCell",
  noMonths: "problemNoMonths",
  duplicateMonth: "problemDuplicateMonth",
  monthsOutOfOrder: "problemMonthsOutOfOrder",
  noNameColumn: "problemNoNameColumn",
  noNumbers: "problemNoNumbers",
  noEffectColumn: "problemNoEffectColumn",
};

const CELL_MESSAGES: Record<CellProblemCode, StringKey> = {
  errorValue: "problemErrorValue",
  notANumber: "problemNotANumber",
  notAMonth: "problemNotAMonth",
  blankEffect: "problemBlankEffect",
  mergedCells: "problemMergedCells",
};

/** Why the selection is not a table, with the sheet address of the cell it concerns. */
export function detectionMessage(problem: DetectionProblem, snapshot: TableSnapshot, t: Translate): string {
  const cell =
    problem.row === undefined || problem.column === undefined
      ? snapshot.address
      : cellAddress(snapshot.top + problem.row, snapshot.left + problem.column);
  return t(DETECTION_MESSAGES[problem.problem], { address: `${snapshot.sheet}!${snapshot.address}`, cell, text: problem.text ?? "" });
}

export function cellProblemMessage(problem: CellProblem, t: Translate): string {
  return t(CELL_MESSAGES[problem.code], { cell: problem.address, text: problem.text });
}

const ROLE_LABELS: Record<SelectionRole, StringKey> = {
  actuals: "actuals",
  budget: "budget",
  priorYears: "priorYears",
  stated: "statedForecast",
};

/** A cell that cannot be read, or a selection whose shape does not fit the actuals. */
export function inputProblemMessage(problem: CellProblem | ShapeProblem, t: Translate): string {
  if ("role" in problem) {
    const role = t(ROLE_LABELS[problem.role]);
    return t(problem.role === "priorYears" ? "problemPriorYears" : "problemShape", { role, found: String(problem.found), expected: problem.expected });
  }
  return cellProblemMessage(problem, t);
}

/** Why a selection is not a table, naming which selection. */
export function roleDetectionMessage(role: SelectionRole, problem: DetectionProblem, snapshot: TableSnapshot, t: Translate): string {
  return `${t(ROLE_LABELS[role])}: ${detectionMessage(problem, snapshot, t)}`;
}

/** Input the user typed that cannot be used; its message is already in the user's language. */
export class InputProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputProblem";
  }
}

/** Any failure of a pane action, worded for the user; an engine failure keeps its own message. */
export function failureMessage(error: unknown, t: Translate, language: Language): string {
  if (error instanceof WorkbookError) {
    switch (error.code) {
      case "tooLarge":
        return t("problemTooLarge", { count: error.cellCount ?? 0 });
      case "nameTaken":
        return t("problemNameTaken", { name: error.sheetName ?? "" });
      case "workbookProtected":
        return t("problemWorkbookProtected");
      case "cellEditMode":
        return t("problemCellEditMode");
      case "invalidAddress":
        return t("problemInvalidAddress", { text: error.address ?? "" });
      case "readFailed":
        return t("problemReadFailed", { text: error.officeCode ?? error.message });
      case "settingsFailed":
        return t("problemSettingsFailed", { text: error.officeCode ?? error.message });
      case "writeFailed":
        return t("problemWriteFailed", { text: error.officeCode ?? error.message });
    }
  }
  if (error instanceof InputProblem) return error.message;
  if (isBalansError(error)) return errorMessage(error as BalansError, language);
  if (error instanceof SheetPlanError) {
    if (error.code === "monthsNotContiguous") return t("problemMonthsNotContiguous");
    const shown = error.cells.slice(0, MAX_CELLS_NAMED).join(", ");
    const more = error.cells.length - MAX_CELLS_NAMED;
    return t("problemFiguresStoredAsText", { cells: more > 0 ? `${shown} (+${more})` : shown });
  }
  return t("problemUnexpected", { text: error instanceof Error ? error.message : String(error) });
}
