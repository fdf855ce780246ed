import { Language } from "../i18n/language";
import { FormulaDialect } from "../workbook/types";
import { syncOrThrow } from "./errors";

/**
 * The display languages for which the manifest serves the Swedish function metadata
 * (functions.sv-se.json); Excel elsewhere knows only the English names. test/manifest.test.ts keeps
 * the manifest's overrides and this list the same.
 */
export const SWEDISH_FUNCTION_LOCALES = ["sv-SE", "sv-FI"] as const;

/** The language of the BALANS function names Excel has loaded for this display language. */
export function functionLanguageOf(displayLanguage: string): Language {
  const locale = displayLanguage.toLowerCase();
  return SWEDISH_FUNCTION_LOCALES.some((swedish) => swedish.toLowerCase() === locale) ? "sv" : "en";
}

/**
 * How formulas must be written for this Excel, in one sync. Custom-function names follow the
 * metadata Excel loaded for its display language. The decimal separator is Excel's own (its options
 * can override the system's); Excel does not report its list separator, which is ";" wherever "," is
 * a decimal separator. `cultureInfo` is ExcelApi 1.11, below the 1.13 the manifest requires.
 */
export async function readDialect(
  context: Excel.RequestContext,
  displayLanguage: string,
): Promise<FormulaDialect> {
  const application = context.application.load("decimalSeparator");
  const systemNumbers = context.application.cultureInfo.numberFormat.load("numberDecimalSeparator");
  await syncOrThrow(context, "readFailed");
  const decimalSeparator = application.decimalSeparator;
  const commaIsDecimal = decimalSeparator === "," || systemNumbers.numberDecimalSeparator === ",";
  return {
    functionLanguage: functionLanguageOf(displayLanguage),
    decimalSeparator,
    listSeparator: commaIsDecimal ? ";" : ",",
  };
}
