/**
 * Formulas as the preview's user reads and types them. Like Excel, the workbook keeps every formula
 * in the invariant notation (English names, "," between arguments, "." as decimal point): that is
 * what the file stores, what `Range.formulas` takes from the task pane and what Save as .xlsx writes.
 * Only what the user sees and types is in the preview's language: in Swedish, Swedish names of the
 * built-in functions (HyperFormula's svSE language) and of the BALANS functions (functions.sv-se.json),
 * ";" between arguments and a decimal comma — as Swedish Excel shows them.
 */
import svSE from "hyperformula/i18n/languages/svSE";
import swedishFunctions from "../functions/sv-se.json";
import { Language } from "../i18n/language";
import { BALANS_NAMESPACE } from "./hyperformulaBridge";

/** English → Swedish function names: the built-ins as HyperFormula's svSE language names them, then the BALANS functions. */
const SWEDISH_NAMES: ReadonlyMap<string, string> = new Map([
  ...Object.entries(svSE.functions as Record<string, string>).map(
    ([english, swedish]) => [english.toUpperCase(), swedish.toUpperCase()] as const,
  ),
  ...Object.entries(swedishFunctions.functions).map(
    ([id, entry]) =>
      [
        `${BALANS_NAMESPACE}.${id}`.toUpperCase(),
        `${BALANS_NAMESPACE}.${entry.name}`.toUpperCase(),
      ] as const,
  ),
]);
const ENGLISH_NAMES: ReadonlyMap<string, string> = new Map(
  [...SWEDISH_NAMES].map(([english, swedish]) => [swedish, english]),
);

/** Excel's error codes in Swedish, from HyperFormula's svSE language (Swedish Excel's own codes). */
const SWEDISH_ERRORS: ReadonlyMap<string, string> = new Map([
  ["#DIV/0!", svSE.errors.DIV_BY_ZERO],
  ["#N/A", svSE.errors.NA],
  ["#NAME?", svSE.errors.NAME],
  ["#NUM!", svSE.errors.NUM],
  ["#REF!", svSE.errors.REF],
  ["#VALUE!", svSE.errors.VALUE],
  ["#ERROR!", "#FEL!"],
  ["#CYCLE!", "#CIRKEL!"],
  ["#SPILL!", svSE.errors.SPILL],
]);

/** An error code as the language shows it: "#SAKNAS!" for "#N/A" in Swedish. */
export function localErrorCode(code: string, language: Language): string {
  return language === "sv" ? (SWEDISH_ERRORS.get(code) ?? code) : code;
}

interface Separators {
  list: string;
  decimal: string;
}
const SEPARATORS: Record<Language, Separators> = {
  sv: { list: ";", decimal: "," },
  en: { list: ",", decimal: "." },
};

type Token = { kind: "name" | "number" | "list" | "other"; text: string };

const NAME = /^[A-Za-z_\\$\u00c0-\u024f][\w.$\u00c0-\u024f]*/;
const NUMBER = (decimal: string) =>
  new RegExp(`^(\\d+(\\${decimal}\\d*)?|\\${decimal}\\d+)([eE][+-]?\\d+)?`);

/** Splits a formula's text into names, numbers, list separators and the rest; text in quotes stays whole. */
function tokens(formula: string, from: Separators): Token[] {
  const result: Token[] = [];
  const number = NUMBER(from.decimal);
  let rest = formula;
  while (rest.length > 0) {
    const quote = rest[0] === '"' || rest[0] === "'" ? rest[0] : undefined;
    if (quote) {
      // A quoted text or sheet name runs to its closing quote; a doubled quote is one quote inside it.
      let end = 1;
      while (end < rest.length && !(rest[end] === quote && rest[end + 1] !== quote))
        end += rest[end] === quote ? 2 : 1;
      result.push({ kind: "other", text: rest.slice(0, end + 1) });
      rest = rest.slice(end + 1);
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      result.push({ kind: "name", text: name[0] });
      rest = rest.slice(name[0].length);
      continue;
    }
    const numeral = number.exec(rest);
    if (numeral) {
      result.push({ kind: "number", text: numeral[0] });
      rest = rest.slice(numeral[0].length);
      continue;
    }
    result.push({ kind: rest[0] === from.list ? "list" : "other", text: rest[0] });
    rest = rest.slice(1);
  }
  return result;
}

function translate(
  formula: string,
  from: Language,
  to: Language,
  names: ReadonlyMap<string, string>,
): string {
  if (from === to || !formula.startsWith("=")) return formula;
  const source = SEPARATORS[from];
  const target = SEPARATORS[to];
  const parts = tokens(formula.slice(1), source);
  return (
    "=" +
    parts
      .map((token, index) => {
        switch (token.kind) {
          case "list":
            return target.list;
          case "number":
            return token.text.replace(source.decimal, target.decimal);
          case "name": {
            // A name is a function's only when a parenthesis follows; an unknown name is kept as typed.
            const next = parts.slice(index + 1).find((part) => part.text.trim() !== "");
            return next?.text === "("
              ? (names.get(token.text.toUpperCase()) ?? token.text)
              : token.text;
          }
          default:
            return token.text;
        }
      })
      .join("")
  );
}

/** A formula as the user typed it in `language`, in the workbook's invariant notation. English names stay understood in Swedish. */
export function toInvariant(formula: string, language: Language): string {
  return translate(formula, language, "en", ENGLISH_NAMES);
}

/** A formula of the workbook as the user reads it in `language`: "=SUMMA(B5:B30;1,5)" in Swedish. */
export function toLocal(formula: string, language: Language): string {
  return translate(formula, "en", language, SWEDISH_NAMES);
}

/** The Swedish name of a function, for messages ("SUMMA"); an unknown name as it is. */
export function localFunctionName(name: string, language: Language): string {
  return language === "sv" ? (SWEDISH_NAMES.get(name.toUpperCase()) ?? name) : name;
}
