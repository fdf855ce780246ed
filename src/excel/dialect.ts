import { languageOf } from "../i18n/language";
import { FormulaDialect } from "../workbook/types";
import { syncOrThrow } from "./errors";

/** The separators Excel's defaults pair with each language, for an Excel that cannot tell its own. */
const SEPARATORS_BY_LANGUAGE = {
  sv: { decimalSeparator: ",", listSeparator: ";" },
  en: { decimalSeparator: ".", listSeparator: "," },
} as const;

/**
 * How formulas must be written for this Excel, in one sync. Custom-function names follow Excel's
 * display language. The decimal separator is Excel's own (its options can override the system's);
 * Excel does not report its list separator, which is ";" wherever "," is a decimal separator.
 * `cultureInfoSupported`: ExcelApi 1.11, without which the separators follow the display language.
 */
export async function readDialect(
  context: Excel.RequestContext,
  displayLanguage: string,
  cultureInfoSupported: boolean,
): Promise<FormulaDialect> {
  const functionLanguage = languageOf(displayLanguage);
  if (!cultureInfoSupported) return { functionLanguage, ...SEPARATORS_BY_LANGUAGE[functionLanguage] };

  const application = context.application.load("decimalSeparator");
  const systemNumbers = context.application.cultureInfo.numberFormat.load("numberDecimalSeparator");
  await syncOrThrow(context, "readFailed");
  const decimalSeparator = application.decimalSeparator;
  const commaIsDecimal = decimalSeparator === "," || systemNumbers.numberDecimalSeparator === ",";
  return { functionLanguage, decimalSeparator, listSeparator: commaIsDecimal ? ";" : "," };
}
