/**
 * The preview's formula errors worded in the user's language. HyperFormula explains its own errors
 * in English ("Function name FOO not recognized."; its ErrorMessage class is not exported, so the
 * messages are matched by text); the BALANS functions already word theirs in the user's language and
 * are passed on as they are.
 */
import { Language } from "../i18n/language";
import { localErrorCode, localFunctionName } from "./notation";

type Wording = Record<Language, string>;

/** HyperFormula's messages a preview user is likely to meet, in both languages. */
const MESSAGES: ReadonlyMap<string, Wording> = new Map([
  ["Wrong number of arguments.", { sv: "Fel antal argument.", en: "Wrong number of arguments." }],
  ["Empty function argument.", { sv: "Ett argument är tomt.", en: "An argument is empty." }],
  [
    "Value cannot be coerced to number.",
    { sv: "Värdet kan inte läsas som ett tal.", en: "The value cannot be read as a number." },
  ],
  [
    "Number argument expected.",
    { sv: "Argumentet ska vara ett tal.", en: "The argument must be a number." },
  ],
  [
    "Wrong type of argument.",
    { sv: "Argumentet har fel typ.", en: "The argument has the wrong type." },
  ],
  ["Sheet does not exist.", { sv: "Bladet finns inte.", en: "The sheet does not exist." }],
  [
    "Address is not correct.",
    { sv: "Adressen är inte korrekt.", en: "The address is not correct." },
  ],
  [
    "Cell range not allowed.",
    {
      sv: "Ett område går inte här; ange en cell eller ett värde.",
      en: "A range is not allowed here; give one cell or value.",
    },
  ],
  ["Cell range expected.", { sv: "Ett cellområde förväntas.", en: "A cell range is expected." }],
  ["Value not found.", { sv: "Värdet hittades inte.", en: "The value was not found." }],
  [
    "Ranges need to be of equal length.",
    { sv: "Områdena ska vara lika långa.", en: "The ranges must be of equal length." },
  ],
  ["Value too small.", { sv: "Värdet är för litet.", en: "The value is too small." }],
  ["Value too large.", { sv: "Värdet är för stort.", en: "The value is too large." }],
  [
    "Value cannot be negative.",
    { sv: "Värdet får inte vara negativt.", en: "The value cannot be negative." },
  ],
  [
    "Value needs to be an integer.",
    { sv: "Värdet ska vara ett heltal.", en: "The value must be a whole number." },
  ],
  [
    "NaN or infinite value encountered.",
    { sv: "Resultatet är inget ändligt tal.", en: "The result is not a finite number." },
  ],
  [
    "No space for array result.",
    {
      sv: "Resultatet får inte plats: celler i vägen.",
      en: "No room for the result: cells are in the way.",
    },
  ],
  ["Invalid date.", { sv: "Ogiltigt datum.", en: "Invalid date." }],
]);

/** What each error code means when nothing more is said. */
const BY_CODE: Readonly<Record<string, Wording>> = {
  "#DIV/0!": { sv: "Division med noll.", en: "Division by zero." },
  "#N/A": { sv: "Värdet saknas.", en: "The value is not available." },
  "#NAME?": { sv: "Okänt namn.", en: "Unknown name." },
  "#NUM!": { sv: "Ogiltigt tal.", en: "Invalid number." },
  "#REF!": { sv: "Ogiltig referens.", en: "Invalid reference." },
  "#VALUE!": { sv: "Fel typ av värde.", en: "Wrong type of value." },
  "#CYCLE!": {
    sv: "Formeln hänvisar till sig själv (cirkelreferens).",
    en: "The formula refers to itself (circular reference).",
  },
  "#ERROR!": { sv: "Formeln kunde inte tolkas.", en: "The formula could not be read." },
  "#SPILL!": {
    sv: "Resultatet får inte plats: celler i vägen.",
    en: "No room for the result: cells are in the way.",
  },
};

/** How to write a formula in the language, for a formula that could not be read. */
export function notationHint(language: Language): string {
  return language === "sv"
    ? "Skriv som i svenska Excel: semikolon mellan argument och decimalkomma, t.ex. =BALANS.ÅRSARBETARE(59400;3)."
    : "Write as in English Excel: commas between arguments and a decimal point, e.g. =BALANS.FTE(59400,3).";
}

/** An error's explanation in the user's language; `code` is Excel's English code ("#NAME?"). */
export function formulaErrorMessage(code: string, message: string, language: Language): string {
  const name = /^Function name (.+) not recognized\.$/.exec(message);
  if (name) {
    const shown = localFunctionName(name[1], language);
    return language === "sv" ? `Okänd funktion: ${shown}.` : `Unknown function: ${shown}.`;
  }
  const named = /^Named expression (.+) not recognized\.$/.exec(message);
  if (named) return language === "sv" ? `Okänt namn: ${named[1]}.` : `Unknown name: ${named[1]}.`;
  if (message.startsWith("Parsing error."))
    return `${BY_CODE["#ERROR!"][language]} ${notationHint(language)}`;
  const known = MESSAGES.get(message);
  if (known) return known[language];
  // HyperFormula words its messages as sentences ending in "."; a BALANS function's own message,
  // already in the user's language, does not end so.
  if (message === "" || (/^[A-Z][\w\s,'-]*\.$/.test(message) && language === "sv"))
    return BY_CODE[code]?.[language] ?? localErrorCode(code, language);
  return message;
}
