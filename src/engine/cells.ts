import { fail, Position } from "./errors";

/** A month-by-month or item-by-item series; null marks a blank ("not reported", never zero). */
export type Series = (number | null)[];

const SPACES = /[\s\u00a0\u2007\u202f\u2009]+/g;
const MINUS_SIGNS = /[\u2212\u2013]/g;
// Digits grouped by three with spaces ("1 234 567"), or plain digits; then an optional decimal part.
/** A dash alone ("-", "–", "—", also doubled) is how reports print "nothing": blank, not a figure. */
// Spaces may stand around and between them ("- -"); one expression, no copy of the text, as every
// cell of a large table is tested.
const DASH_ONLY = /^\s*[-\u2012\u2013\u2014\u2212](?:\s*[-\u2012\u2013\u2014\u2212])?\s*$/;
const SWEDISH_NUMBER = /^([+-]?) ?(\d{1,3}(?: \d{3})+|\d*)(?:[,.](\d+))?$/;

export function isDashOnly(text: string): boolean {
  return DASH_ONLY.test(text);
}

/**
 * Reads a number typed as text the way Swedish workbooks write it: "1 234,5", "−12,3" with a
 * Unicode minus, "12 %", "(12,3)" for a negative. A dot is accepted as the decimal point too, but not
 * a mixture of dot and comma, whose meaning is ambiguous. Returns undefined for anything else.
 */
export function parseNumberText(text: string): number | undefined {
  let body = text.replace(SPACES, " ").replace(MINUS_SIGNS, "-").trim();
  let percent = false;
  if (body.endsWith("%")) {
    percent = true;
    body = body.slice(0, -1).trim();
  }
  let sign = 1;
  const parenthesised = /^\((.*)\)$/.exec(body);
  if (parenthesised) {
    sign = -1;
    body = parenthesised[1].trim();
  }
  if (body.includes(",") && body.includes(".")) return undefined;
  const match = SWEDISH_NUMBER.exec(body);
  if (!match) return undefined;
  const [, signText, whole, fraction] = match;
  if (whole === "" && fraction === undefined) return undefined;
  const magnitude = Number(`${whole.replace(/ /g, "") || "0"}.${fraction ?? "0"}`);
  // Divided, not multiplied by 0,01: "70 %" is 0,7, not 0,7000000000000001.
  const value = ((signText === "-" ? -1 : 1) * sign * magnitude) / (percent ? 100 : 1);
  return value === 0 ? 0 : value;
}

function describe(value: unknown): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value && typeof value === "object") {
    const code = (value as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return String(value);
}

/**
 * One cell's value as a number, or null when blank (empty, spaces, or a dash alone as reports print "nothing"). Text holding a Swedish-formatted number is read
 * as that number; any other text, a boolean or an error value is refused with its position.
 */
export function readNumber(value: unknown, arg: string, item?: number): number | null {
  // Numbers first and without allocation: this runs for every cell of every range argument.
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (value === null || value === undefined) return null;
  const at: Position = item === undefined ? { arg } : { arg, item };
  if (typeof value === "string") {
    if (value.replace(SPACES, "") === "" || isDashOnly(value)) return null;
    const parsed = parseNumberText(value);
    if (parsed === undefined) fail("value", "notANumber", { ...at, text: value.trim() });
    return parsed;
  }
  return fail("value", "notANumber", { ...at, text: describe(value) });
}

/** Sum of the reported (non-blank) items, of all or of positions `from` (0-based) up to `to`. */
export function sumReported(
  series: readonly (number | null)[],
  from = 0,
  to = series.length,
): number {
  let total = 0;
  // An index loop over the range, not slice + reduce: this runs on every FORECAST call.
  for (let index = from; index < to; index++) {
    const value = series[index];
    if (value !== null) total += value;
  }
  return total;
}

/** 1-based position of the last reported item that is not zero, or 0 when there is none. */
export function lastNonZeroPosition(series: Series): number {
  for (let index = series.length - 1; index >= 0; index--) {
    const value = series[index];
    if (value !== null && value !== 0) return index + 1;
  }
  return 0;
}
