/**
 * Turns Excel's custom-function arguments into engine inputs, and engine failures into
 * `CustomFunctions.Error`. A range arrives as a matrix; a blank cell as null (Excel on the web) or 0
 * (Excel for desktop); an omitted optional argument as null or undefined.
 */
import {
  amountUnitOf,
  AmountUnit,
  BalansError,
  EffectForecastMethod,
  ErrorKind,
  fail,
  inferMonth,
  isBalansError,
  monthFromLabel,
  monthFromNumber,
  monthlyBudget,
  MonthlyBudget,
  MethodChoice,
  MONTHS_IN_YEAR,
  Phasing,
  readNumber,
  Series,
} from "../engine";
import { defectMessage, errorMessage } from "../i18n/errorMessages";
import { Language, languageOf } from "../i18n/language";
import { parseEffectMethod, parseForecastMethod } from "../i18n/methodNames";
import swedish from "./sv-se.json";

const isBlank = (value: unknown): boolean => value === null || value === undefined || value === "";

const asMatrix = (value: unknown): unknown[][] =>
  Array.isArray(value)
    ? (value.map((row) => (Array.isArray(row) ? row : [row])) as unknown[][])
    : [[value]];

/** A range that must be one row or one column, as a series (blanks kept as null). */
export function series(value: unknown, arg: string): Series {
  if (!Array.isArray(value)) return [readNumber(value, arg, 1)];
  // Read in place rather than through asMatrix: this runs for every range of every call.
  const values: Series = [];
  for (const row of value as unknown[]) {
    if (!Array.isArray(row)) {
      values.push(readNumber(row, arg, values.length + 1));
      continue;
    }
    if (row.length > 1 && value.length > 1) fail("value", "notOneDimensional", { arg });
    for (const cell of row) values.push(readNumber(cell, arg, values.length + 1));
  }
  return values;
}

/** A required number; a blank cell is "not reported" and refused, never read as zero. */
export function requiredNumber(value: unknown, arg: string): number {
  const number = readNumber(value, arg);
  if (number === null) fail("na", "blankRequired", { arg });
  return number;
}

export function optionalNumber(value: unknown, arg: string, fallback: number): number {
  return readNumber(value, arg) ?? fallback;
}

/**
 * A month: 1–12, an Excel date, or a month's name ("mars", "2024-03"). Undefined when omitted, blank
 * or 0: Excel for desktop passes a blank cell as 0, and no month or date is 0.
 */
export function optionalMonth(value: unknown, arg = "month"): number | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === "string") {
    const named = monthFromLabel(value);
    if (named !== undefined) return named;
  }
  const number = readNumber(value, arg);
  return number === null || number === 0 ? undefined : monthFromNumber(number, arg);
}

/** A month that must be given; 0 gets its own message, since on Excel for desktop it is often a blank cell. */
export function requiredMonth(value: unknown, arg = "month"): number {
  const month = optionalMonth(value, arg);
  if (month === undefined) fail("na", isBlank(value) ? "blankRequired" : "zeroMonth", { arg });
  return month;
}

/** The month a series stands on: the one given, or else its last non-blank, non-zero item. */
export function monthOrInferred(value: unknown, actuals: Series, seriesArg: string): number {
  return optionalMonth(value) ?? inferMonth(actuals, seriesArg);
}

/** An amount's unit, "kr", "tkr" or "mkr" (any case); undefined when omitted. */
export function optionalUnit(value: unknown, arg: string): AmountUnit | undefined {
  if (isBlank(value)) return undefined;
  const unit = typeof value === "string" ? amountUnitOf(value) : undefined;
  return unit ?? fail("value", "unknownUnit", { arg, text: String(value) });
}

const TRUE_WORDS = ["true", "sant", "ja", "yes"];
const FALSE_WORDS = ["false", "falskt", "nej", "no"];

export function optionalBoolean(value: unknown, arg: string, fallback: boolean): boolean {
  if (isBlank(value)) return fallback;
  if (typeof value === "boolean") return value;
  if (value === 0 || value === 1) return value === 1;
  if (typeof value === "string") {
    const word = value.trim().toLowerCase();
    if (TRUE_WORDS.includes(word)) return true;
    if (FALSE_WORDS.includes(word)) return false;
  }
  return fail("value", "notABoolean", { arg, text: String(value) });
}

export function forecastMethod(value: unknown, arg = "method"): MethodChoice {
  return isBlank(value) ? "auto" : parseForecastMethod(String(value), arg);
}

export function effectMethod(value: unknown, arg = "method"): EffectForecastMethod {
  return isBlank(value) ? "runrate" : parseEffectMethod(String(value), arg);
}

/** Start month and optional 12-month profile of a measure's phasing. */
export function phasingOf(startMonth: unknown, weights: unknown): Phasing {
  const start = optionalMonth(startMonth, "start_month") ?? 1;
  if (isBlank(weights)) return { startMonth: start };
  const profile = series(weights, "phasing").map((weight) => weight ?? 0); // a blank month carries no weight
  return { startMonth: start, weights: profile };
}

export function optionalBudget(value: unknown): MonthlyBudget | undefined {
  if (isBlank(value)) return undefined;
  const values = series(value, "budget");
  if (values.every((item) => item === null)) return undefined;
  return monthlyBudget(values);
}

/**
 * Whole years of 12 months, the most recent last: rows of 12, or columns of 12 when the range is
 * 12 tall but not 12 wide. Undefined when omitted.
 */
export function years(value: unknown, arg: string): number[][] | undefined {
  if (isBlank(value)) return undefined;
  let rows = asMatrix(value);
  const width = rows[0]?.length ?? 0;
  if (width !== MONTHS_IN_YEAR && rows.length === MONTHS_IN_YEAR) {
    rows = rows[0].map((_, column) => rows.map((row) => row[column]));
  }
  return rows.map((row, year) => {
    if (row.length !== MONTHS_IN_YEAR)
      fail("value", "yearLength", { arg, item: year + 1, count: row.length });
    return row.map((cell, month) => {
      const number = readNumber(cell, arg, year * MONTHS_IN_YEAR + month + 1);
      if (number === null)
        fail("na", "blankRequired", { arg, item: year * MONTHS_IN_YEAR + month + 1 });
      return number;
    });
  });
}

const ERROR_CODES: Record<ErrorKind, CustomFunctions.ErrorCode> = {
  value: "#VALUE!" as CustomFunctions.ErrorCode,
  na: "#N/A" as CustomFunctions.ErrorCode,
  div0: "#DIV/0!" as CustomFunctions.ErrorCode,
};

const SWEDISH_PARAMETER_NAMES: Record<string, string> = swedish.parameterNames;

/** The language of Excel's user interface, where the shared runtime tells it; Swedish otherwise. */
export function excelLanguage(): Language {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  return languageOf(office?.context?.displayLanguage);
}

export function toExcelError(error: BalansError, language: Language): CustomFunctions.Error {
  const label = (arg: string) => (language === "sv" ? (SWEDISH_PARAMETER_NAMES[arg] ?? arg) : arg);
  return new CustomFunctions.Error(ERROR_CODES[error.kind], errorMessage(error, language, label));
}

/** The Excel errors that stand for a bug in Balans rather than for bad input (see `excelCall`). */
const defects = new WeakSet<object>();

/** True for the #VALUE! a worksheet function raised because of an unexpected exception: a defect. */
export function isDefect(error: unknown): boolean {
  return typeof error === "object" && error !== null && defects.has(error);
}

function defectError(error: unknown, language: Language): CustomFunctions.Error {
  console.error("Balans: unexpected exception in a worksheet function", error);
  const detail = error instanceof Error ? error.message : String(error);
  const excelError = new CustomFunctions.Error(ERROR_CODES.value, defectMessage(detail, language));
  defects.add(excelError);
  return excelError;
}

/**
 * Runs one worksheet function: an engine failure becomes the matching Excel error with a message in
 * Excel's language. Anything else is a bug: the user still sees #VALUE! saying so, and the error is
 * marked as a defect so that tests fail on it instead of taking it for a refused input.
 */
export function excelCall<T>(calculate: () => T): T {
  try {
    return calculate();
  } catch (error) {
    if (isBalansError(error)) throw toExcelError(error, excelLanguage());
    throw defectError(error, excelLanguage());
  }
}
