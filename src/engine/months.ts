import { fail } from "./errors";
import { MONTHS_IN_YEAR } from "./phasing";

const MONTH_NAMES: readonly (readonly string[])[] = [
  ["januari", "january"],
  ["februari", "february"],
  ["mars", "march"],
  ["april"],
  ["maj", "may"],
  ["juni", "june"],
  ["juli", "july"],
  ["augusti", "august"],
  ["september"],
  ["oktober", "october"],
  ["november"],
  ["december"],
];

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const LAST_EXCEL_DATE = 2958465; // 9999-12-31
const DAY_MS = 86_400_000;

/** The month (1–12) of an Excel date serial, honouring Excel's fictitious 29 February 1900 (serial 60). */
export function monthOfExcelDate(serial: number): number {
  const day = Math.floor(serial);
  if (day <= 31) return 1;
  if (day <= 60) return 2;
  return new Date(EXCEL_EPOCH_MS + day * DAY_MS).getUTCMonth() + 1;
}

/**
 * The month a header or argument names: "jan", "Januari", "March", "mars 2024", "Jan-24", "2024-03",
 * "2024-03-31", "03/2024". Returns undefined when the text names no month.
 */
export function monthFromLabel(label: string): number | undefined {
  const text = label.trim().toLowerCase().replace(/\.$/, "");
  const iso = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/.exec(text);
  if (iso) return validMonth(Number(iso[2]));
  const numeric = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (numeric) return validMonth(Number(numeric[1]));
  const named = /^([a-zåäö]+)\.?(?:[\s'-]*\d{2}(?:\d{2})?)?$/.exec(text);
  return named ? monthOfWord(named[1]) : undefined;
}

/** The month a word names, in Swedish or English, from its first three letters on ("mar", "mars", "March"). */
export function monthOfWord(word: string): number | undefined {
  if (word.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((names) => names.some((name) => name.startsWith(word)));
  return index < 0 ? undefined : index + 1;
}

function validMonth(month: number): number | undefined {
  return month >= 1 && month <= 12 ? month : undefined;
}

/**
 * A month argument: a whole number 1–12, or an Excel date (a serial above 12, read as that date's
 * month; a time of day is ignored). Anything else is refused (#VALUE!).
 */
export function monthFromNumber(value: number, arg: string): number {
  if (Number.isInteger(value) && value >= 1 && value <= 12) return value;
  if (Math.floor(value) > MONTHS_IN_YEAR && value < LAST_EXCEL_DATE + 1)
    return monthOfExcelDate(value);
  return fail("value", "notAMonth", { arg, text: value }); // a number: each edge writes it its own way ("2,5")
}
