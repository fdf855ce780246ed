import {
  BalansError,
  cellAddress,
  CellProblem,
  CellProblemCode,
  DetectionCode,
  DetectionProblem,
  isBalansError,
  SelectionRole,
  StructureProblem,
  ShapeProblem,
} from "../engine";
import { errorMessage } from "../i18n/errorMessages";
import { formatNumber, Language } from "../i18n/language";
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
  unmatchedRows: "problemUnmatchedRows",
};

/** Why the selection is not a table, with the sheet address of the cell it concerns. */
export function detectionMessage(
  problem: DetectionProblem,
  snapshot: TableSnapshot,
  t: Translate,
): string {
  const cell =
    problem.row === undefined || problem.column === undefined
      ? snapshot.address
      : cellAddress(snapshot.top + problem.row, snapshot.left + problem.column);
  return t(DETECTION_MESSAGES[problem.problem], {
    address: `${snapshot.sheet}!${snapshot.address}`,
    cell,
    text: problem.text ?? "",
  });
}

/** A JavaScript number's text ("2.5", as a cell's number reaches a message) in the locale's way ("2,5"). */
const JS_NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

const STRUCTURE_MESSAGES: Record<StructureProblem["code"], StringKey> = {
  unmatchedSubtotal: "problemUnmatchedSubtotal",
  totalsDisagree: "problemTotalsDisagree",
};

/** A structure that cannot be trusted, naming its rows by their sheet row numbers and their names. */
export function structureProblemMessage(
  problem: StructureProblem,
  snapshot: Pick<TableSnapshot, "top" | "values">,
  nameColumn: number,
  t: Translate,
): string {
  const rows = problem.rows.map((row) => String(snapshot.top + row + 1)).join(", ");
  const names = problem.rows
    .map((row) => String(snapshot.values[row]?.[nameColumn] ?? "").trim())
    .join(", ");
  return t(STRUCTURE_MESSAGES[problem.code], { rows, names });
}

export function cellProblemMessage(problem: CellProblem, t: Translate, language: Language): string {
  const text = JS_NUMBER.test(problem.text)
    ? formatNumber(Number(problem.text), language, 6)
    : problem.text;
  return t(CELL_MESSAGES[problem.code], { cell: problem.address, text });
}

const ROLE_LABELS: Record<SelectionRole, StringKey> = {
  actuals: "actuals",
  budget: "budget",
  priorYears: "priorYears",
  stated: "statedForecast",
};

/** A cell that cannot be read, or a selection whose shape does not fit the actuals. */
export function inputProblemMessage(
  problem: CellProblem | ShapeProblem,
  t: Translate,
  language: Language,
): string {
  if ("role" in problem) {
    const role = t(ROLE_LABELS[problem.role]);
    return t(problem.role === "priorYears" ? "problemPriorYears" : "problemShape", {
      role,
      found: String(problem.found),
      expected: problem.expected,
    });
  }
  return cellProblemMessage(problem, t, language);
}

/** Why a selection is not a table, naming which selection. */
export function roleDetectionMessage(
  role: SelectionRole,
  problem: DetectionProblem,
  snapshot: TableSnapshot,
  t: Translate,
): string {
  return `${t(ROLE_LABELS[role])}: ${detectionMessage(problem, snapshot, t)}`;
}

/** Input the user typed that cannot be used; its message is already in the user's language. */
export class InputProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputProblem";
  }
}

/**
 * The pane's own label for each input an engine failure can name, so that no parameter id
 * ("hourly_price", "actuals, post 2") reaches the user.
 */
const INPUT_LABELS: Record<string, StringKey> = {
  hours: "hours",
  cost: "cost",
  amount: "cost",
  hourly_price: "hourlyPriceShort",
  months: "months",
  hours_per_month: "hoursPerMonth",
  agency_cost: "agencyCostShort",
  staff_cost: "ownStaffCostShort",
  own_staff_cost: "ownStaffCostShort",
  prior: "priorYearFte",
  actuals: "actualsShort",
  budget: "budgetShort",
  prior_years: "priorYearsShort",
  history: "priorYearsShort",
  stated_forecast: "statedShort",
  month: "followUpMonth",
  start_month: "startMonth",
  full_year_effect: "effectColumn",
  achieved: "achievedToDate",
  effects: "effectColumn",
  monthly_effects: "monthColumns",
  deficit: "deficitShort",
};

/**
 * An engine failure in the pane's words: each input by the label the user sees, or by `named` (a
 * label with the cell it came from, "Kostnad egen personal (Blad1!B3)"); numbers in the locale's way.
 */
export function engineMessage(
  error: BalansError,
  t: Translate,
  language: Language,
  named: Readonly<Record<string, string>> = {},
): string {
  return errorMessage(error, language, (arg) => {
    if (named[arg] !== undefined) return named[arg];
    const key = INPUT_LABELS[arg];
    return key === undefined ? t("inputGeneric") : t(key);
  });
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
        // Removing the half-written sheet can fail too: then the message must not say nothing was left.
        return error.sheetLeftBehind
          ? t("problemWriteFailedLeftBehind", {
              text: error.officeCode ?? error.message,
              name: error.sheetName ?? "",
            })
          : t("problemWriteFailed", { text: error.officeCode ?? error.message });
      case "notBalansSheet":
        return t("problemNotBalansSheet", { name: error.sheetName ?? "" });
    }
  }
  if (error instanceof InputProblem) return error.message;
  if (isBalansError(error)) return engineMessage(error, t, language);
  if (error instanceof SheetPlanError) {
    if (error.code === "monthsNotContiguous") return t("problemMonthsNotContiguous");
    const shown = error.cells.slice(0, MAX_CELLS_NAMED).join(", ");
    const more = error.cells.length - MAX_CELLS_NAMED;
    return t("problemFiguresStoredAsText", { cells: more > 0 ? `${shown} (+${more})` : shown });
  }
  return t("problemUnexpected", { text: error instanceof Error ? error.message : String(error) });
}
