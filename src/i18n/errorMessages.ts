import { BalansError, MessageCode, MessageParams } from "../engine";
import { forecastMethodName } from "./methodNames";
import { formatNumber, Language } from "./language";

type Template = (p: Readonly<Record<string, string>>) => string;

/**
 * Every engine failure in both languages. `at` is the argument with its item when there is one
 * ("actuals, item 4"); method names are already in the message's language.
 */
const MESSAGES: Record<MessageCode, Record<Language, Template>> = {
  notANumber: {
    sv: (p) => `${p.at}: '${p.text}' är inte ett tal`,
    en: (p) => `${p.at}: '${p.text}' is not a number`,
  },
  notABoolean: {
    sv: (p) => `${p.at}: '${p.text}' är inte SANT eller FALSKT`,
    en: (p) => `${p.at}: '${p.text}' is not TRUE or FALSE`,
  },
  notOneDimensional: {
    sv: (p) => `${p.arg} ska vara en enda rad eller kolumn`,
    en: (p) => `${p.arg} must be a single row or column`,
  },
  tooManyMonths: {
    sv: (p) => `${p.arg} har ${p.count} månader; ett år har högst 12`,
    en: (p) => `${p.arg} has ${p.count} months; a year has at most 12`,
  },
  budgetLength: {
    sv: (p) => `${p.arg} har ${p.count} värden; ange 12 månadsvärden eller ett helårsbelopp`,
    en: (p) => `${p.arg} has ${p.count} values; give 12 monthly values or one full-year figure`,
  },
  phasingLength: {
    sv: (p) => `${p.arg} har ${p.count} värden; en periodisering har 12 månadsvikter`,
    en: (p) => `${p.arg} has ${p.count} values; a phasing profile has 12 monthly weights`,
  },
  yearLength: {
    sv: (p) => `${p.at} har ${p.count} månader; varje år ska ha 12`,
    en: (p) => `${p.at} has ${p.count} months; each year needs 12`,
  },
  notAMonth: {
    sv: (p) => `${p.arg}: ${p.text} är ingen månad (1–12) och inget datum`,
    en: (p) => `${p.arg}: ${p.text} is not a month (1–12) or a date`,
  },
  unknownUnit: {
    sv: (p) => `${p.arg}: '${p.text}' är ingen enhet; använd kr, tkr eller mkr`,
    en: (p) => `${p.arg}: '${p.text}' is not a unit; use kr, tkr or mkr`,
  },
  zeroMonth: {
    sv: (p) =>
      `${p.arg} är 0 (eller en tom cell); ange en månad 1–12, ett datum eller ett månadsnamn`,
    en: (p) => `${p.arg} is 0 (or a blank cell); give a month 1–12, a date or a month name`,
  },
  blankRequired: {
    sv: (p) => `${p.at} är tom`,
    en: (p) => `${p.at} is blank`,
  },
  blankInsideReported: {
    sv: (p) =>
      `${p.at} är tom, men beräkningen använder månad 1–${p.month}; skriv 0 om inget bokfördes`,
    en: (p) =>
      `${p.at} is blank, but the calculation uses months 1–${p.month}; enter 0 if nothing was booked`,
  },
  noMonthReported: {
    sv: (p) => `${p.arg} har ingen rapporterad månad`,
    en: (p) => `${p.arg} has no reported month`,
  },
  monthBeyondData: {
    sv: (p) => `månad ${p.month} ligger efter de ${p.count} månaderna i ${p.arg}`,
    en: (p) => `month ${p.month} is past the ${p.count} months in ${p.arg}`,
  },
  nothingExpected: {
    sv: (p) =>
      `inget är förväntat till och med månad ${p.month}, så ingen uppfyllelse kan beräknas`,
    en: (p) => `nothing is expected by month ${p.month}, so no achievement can be computed`,
  },
  notStarted: {
    sv: (p) =>
      `åtgärden börjar månad ${p.start}; ingen takt kan mätas till och med månad ${p.month}`,
    en: (p) =>
      `the measure starts in month ${p.start}; no pace can be measured by month ${p.month}`,
  },
  zeroDenominator: {
    sv: (p) =>
      `${p.at} är noll${p.month ? ` till och med månad ${p.month}` : ""}; det går inte att dela med noll`,
    en: (p) => `${p.at} is zero${p.month ? ` up to month ${p.month}` : ""}; cannot divide by zero`,
  },
  unknownMethod: {
    sv: (p) => `${p.arg}: '${p.text}' är ingen metod; använd ${p.choices}`,
    en: (p) => `${p.arg}: '${p.text}' is not a method; use ${p.choices}`,
  },
  methodNeedsBudget: {
    sv: (p) => `metoden ${p.method} kräver en budget (${p.arg})`,
    en: (p) => `method ${p.method} needs a budget (${p.arg})`,
  },
  methodNeedsPriorYear: {
    sv: (p) => `metoden ${p.method} kräver föregående års månader (${p.arg})`,
    en: (p) => `method ${p.method} needs a prior year's months (${p.arg})`,
  },
  methodNeedsTwoMonths: {
    sv: (p) => `metoden ${p.method} kräver minst två månaders utfall`,
    en: (p) => `method ${p.method} needs at least two months of actuals`,
  },
  noMonthsRemain: {
    sv: (p) => `inga månader återstår efter månad ${p.month}`,
    en: (p) => `no months remain after month ${p.month}`,
  },
  negativeWeight: {
    sv: (p) => `${p.at} är negativ; vikterna ska vara noll eller mer`,
    en: (p) => `${p.at} is negative; weights must be zero or more`,
  },
  zeroWeights: {
    sv: (p) =>
      `${p.arg}: alla vikter från startmånad ${p.start} är noll; ge minst en av de månaderna en vikt`,
    en: (p) =>
      `${p.arg}: every weight from start month ${p.start} on is zero; give at least one of those months a weight`,
  },
  notPositive: {
    sv: (p) => `${p.arg} måste vara större än noll, inte ${p.text}`,
    en: (p) => `${p.arg} must be greater than zero, not ${p.text}`,
  },
  signsDiffer: {
    sv: (p) => `${p.arg} och ${p.other} har olika tecken; ange båda kostnaderna med samma tecken`,
    en: (p) => `${p.arg} and ${p.other} have different signs; give both costs with the same sign`,
  },
  historyTooShort: {
    sv: (p) => `${p.arg} har ${p.count} år; metoden ${p.method} kräver minst ${p.needed}`,
    en: (p) => `${p.arg} has ${p.count} years; method ${p.method} needs at least ${p.needed}`,
  },
  notFinite: {
    sv: () => `resultatet är för stort för att visas`,
    en: () => `the result is too large to show`,
  },
};

const ITEM_WORD: Record<Language, string> = { sv: "post", en: "item" };

/** Words an engine failure for the user, naming arguments by `argLabel` (e.g. localized parameter names). */
export function errorMessage(
  error: BalansError,
  language: Language,
  argLabel: (arg: string) => string = (arg) => arg,
): string {
  const params: MessageParams = error.params;
  const words: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    words[key] = typeof value === "number" ? formatNumber(value, language, 6) : value;
  }
  words.arg = argLabel(params.arg);
  if (typeof params.other === "string") words.other = argLabel(params.other);
  if (typeof params.method === "string")
    words.method = forecastMethodName(params.method as "auto", language);
  words.at =
    params.item === undefined ? words.arg : `${words.arg}, ${ITEM_WORD[language]} ${params.item}`;
  return MESSAGES[error.code][language](words);
}

/** The message of an unexpected exception: a bug in Balans, not the user's data. */
export function defectMessage(detail: string, language: Language): string {
  return language === "sv"
    ? `internt fel i Balans, inte i dina data: ${detail}. Rapportera det gärna.`
    : `internal error in Balans, not in your data: ${detail}. Please report it.`;
}
