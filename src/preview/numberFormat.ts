/**
 * Excel number formats ("#,##0.0", "0%", "yyyy-mm-dd", "#,##0;[Red]-#,##0", …) applied as Excel
 * applies them, in the preview's language: Swedish with decimal comma and a space between thousands,
 * English with "." and ",". Covers the formats Balans writes and the common ones of opened files;
 * anything it cannot read is shown as General rather than guessed at.
 */
import { Language, numberFormatFor } from "../i18n/language";
import { MONTH_NAMES } from "../i18n/months";

export interface FormattedValue {
  text: string;
  /** A colour the format asks for ("[Red]"), as CSS. */
  color?: string;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

const WEEKDAYS: Record<Language, string[]> = {
  sv: ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};
const COLOURS: Record<string, string> = {
  red: "#C00000",
  blue: "#0000FF",
  green: "#008000",
  black: "#000000",
  white: "#FFFFFF",
  magenta: "#FF00FF",
  yellow: "#FFFF00",
  cyan: "#00FFFF",
};

const locale = (language: Language) => (language === "sv" ? "sv-SE" : "en-US");

/** Splits a format into its sections at ";" outside quotes and escapes. */
function sections(format: string): string[] {
  const result = [""];
  for (let i = 0; i < format.length; i++) {
    const char = format[i];
    if (char === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end === -1 ? format.length : end;
      result[result.length - 1] += format.slice(i, stop + 1);
      i = stop;
    } else if (char === "\\" || char === "_" || char === "*") {
      result[result.length - 1] += format.slice(i, i + 2);
      i++;
    } else if (char === ";") result.push("");
    else result[result.length - 1] += char;
  }
  return result;
}

/** The format without its quoted literals and escapes: what decides its kind. */
const codeOnly = (section: string) =>
  section.replace(/"[^"]*"|\\.|_.|\*./g, "").replace(/\[[^\]]*\]/g, "");

const isDateFormat = (section: string) =>
  /[ymdhs]/i.test(codeOnly(section)) && !/[0#?]/.test(codeOnly(section));

/** Literal text and the value's place in a section: `before`, `after` around the digits. */
function literal(part: string): string {
  return part
    .replace(
      /"([^"]*)"|\\(.)|_.|\*./g,
      (_, quoted: string | undefined, escaped: string | undefined) => quoted ?? escaped ?? " ",
    )
    .replace(/\[[^\]]*\]/g, "");
}

function formatGeneral(value: number, language: Language): string {
  // Excel's General shows up to 11 characters; 10 significant digits is close enough for a preview.
  const rounded = Number(value.toPrecision(10));
  if (rounded !== 0 && (Math.abs(rounded) >= 1e11 || Math.abs(rounded) < 1e-9)) {
    return rounded
      .toExponential(5)
      .replace(".", language === "sv" ? "," : ".")
      .replace("e", "E");
  }
  return numberFormatFor(locale(language), {
    maximumFractionDigits: 10,
    useGrouping: false,
  }).format(rounded);
}

function formatNumberSection(
  value: number,
  section: string,
  language: Language,
  signed: boolean,
): string {
  const code = codeOnly(section);
  const digitsMatch = /[0#?,.]*[0#?][0#?,.]*(E[+-][0#]+)?/i.exec(code);
  if (!digitsMatch) return literal(section);
  const pattern = digitsMatch[0];
  const percent = (code.match(/%/g) ?? []).length;
  let scaled = Math.abs(value) * 100 ** percent;
  // Commas right after the last digit placeholder scale by a thousand each ("#,##0," shows thousands).
  const trailing = /,+$/.exec(pattern.replace(/E[+-][0#]+$/i, ""));
  if (trailing) scaled /= 1000 ** trailing[0].length;
  const body = pattern.replace(/,+$/, "");
  const [integerPart, fractionPart = ""] = body.replace(/E[+-][0#]+$/i, "").split(".");
  const decimals = fractionPart.replace(/[^0#?]/g, "").length;
  const minimumDecimals = fractionPart.replace(/[^0]/g, "").length;
  let digits: string;
  const exponent = /E[+-]([0#]+)$/i.exec(body);
  if (exponent) {
    const [mantissa, power] = scaled.toExponential(decimals).split("e");
    const exponentText = String(Math.abs(Number(power))).padStart(exponent[1].length, "0");
    digits = `${mantissa.replace(".", language === "sv" ? "," : ".")}E${Number(power) < 0 ? "-" : "+"}${exponentText}`;
  } else {
    digits = numberFormatFor(locale(language), {
      minimumFractionDigits: minimumDecimals,
      maximumFractionDigits: decimals,
      minimumIntegerDigits: Math.max(1, integerPart.replace(/[^0]/g, "").length),
      useGrouping: integerPart.includes(","),
    }).format(scaled);
    if (
      !/0/.test(integerPart) &&
      digits.replace(/[^\d]/g, "").replace(/^0+/, "") === "" &&
      decimals === 0
    )
      digits = "";
    else if (!/0/.test(integerPart) && /^0[.,]/.test(digits)) digits = digits.slice(1);
  }
  const [before, after] = splitAround(section, pattern);
  const minus = language === "sv" ? "\u2212" : "-";
  const sign = signed && value < 0 && digits.replace(/[^1-9]/g, "") !== "" ? minus : "";
  return `${sign}${literal(before)}${digits}${literal(after)}`;
}

/** The section's text before and after its digit pattern, quoted literals kept whole. */
function splitAround(section: string, pattern: string): [string, string] {
  let index = 0;
  for (let i = 0; i < section.length; i++) {
    if (section[i] === '"') {
      i = section.indexOf('"', i + 1);
      if (i === -1) break;
      continue;
    }
    if (section.startsWith(pattern, i)) {
      index = i;
      break;
    }
  }
  return [section.slice(0, index), section.slice(index + pattern.length)];
}

function formatDate(value: number, section: string, language: Language): string {
  const date = new Date(EXCEL_EPOCH_MS + Math.round(value * DAY_MS));
  const parts = {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth(),
    day: date.getUTCDate(),
    weekday: date.getUTCDay(),
    hours: date.getUTCHours(),
    minutes: date.getUTCMinutes(),
    seconds: date.getUTCSeconds(),
  };
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  let result = "";
  let lastWasHour = false;
  const tokens =
    section.match(
      /"[^"]*"|\\.|\[[^\]]*\]|yyyy|yy|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|AM\/PM|./gi,
    ) ?? [];
  tokens.forEach((token, index) => {
    const lower = token.toLowerCase();
    const upcomingSeconds = tokens.slice(index + 1).some((next) => /^s+$/i.test(next));
    if (token.startsWith('"')) result += token.slice(1, -1);
    else if (token.startsWith("\\")) result += token.slice(1);
    else if (token.startsWith("[")) return;
    else if (lower === "yyyy") result += pad(parts.year, 4);
    else if (lower === "yy") result += pad(parts.year % 100);
    else if (lower === "mmmmm") result += MONTH_NAMES[language][parts.month].charAt(0);
    else if (lower === "mmmm") result += MONTH_NAMES[language][parts.month];
    else if (lower === "mmm") result += MONTH_NAMES[language][parts.month].slice(0, 3);
    else if (lower === "mm" || lower === "m") {
      // "m" after an hour or before seconds is minutes, as in Excel.
      const minutes = lastWasHour || upcomingSeconds;
      const n = minutes ? parts.minutes : parts.month + 1;
      result += lower === "mm" ? pad(n) : String(n);
    } else if (lower === "dddd") result += WEEKDAYS[language][parts.weekday];
    else if (lower === "ddd") result += WEEKDAYS[language][parts.weekday].slice(0, 3);
    else if (lower === "dd") result += pad(parts.day);
    else if (lower === "d") result += String(parts.day);
    else if (lower === "hh") result += pad(parts.hours);
    else if (lower === "h") result += String(parts.hours);
    else if (lower === "ss") result += pad(parts.seconds);
    else if (lower === "s") result += String(parts.seconds);
    else result += token;
    if (/^h+$/i.test(token)) lastWasHour = true;
    else if (/^[ymd]/i.test(token)) lastWasHour = false;
  });
  return result;
}

/** A number shown through an Excel number format in the preview's language. */
export function formatValue(
  value: number,
  numberFormat: string | undefined,
  language: Language,
): FormattedValue {
  const format = numberFormat ?? "General";
  if (format === "" || /^general$/i.test(format) || format === "@")
    return { text: formatGeneral(value, language) };
  const all = sections(format);
  // Excel's sections: positive; negative; zero; text. A negative value in its own section shows no sign of its own.
  const index = value < 0 && all.length > 1 ? 1 : value === 0 && all.length > 2 ? 2 : 0;
  const section = all[index];
  const colour = /\[(red|blue|green|black|white|magenta|yellow|cyan)\]/i.exec(section);
  const color = colour ? COLOURS[colour[1].toLowerCase()] : undefined;
  if (/^\s*general\s*$/i.test(codeOnly(section)))
    return { text: formatGeneral(index === 1 ? Math.abs(value) : value, language), color };
  if (isDateFormat(section)) {
    if (value < 0) return { text: "#".repeat(8), color };
    return { text: formatDate(value, section, language), color };
  }
  return { text: formatNumberSection(value, section, language, index === 0), color };
}

/** Whether a number format shows a date or a time. */
export function isDateNumberFormat(numberFormat: string | undefined): boolean {
  return numberFormat !== undefined && isDateFormat(sections(numberFormat)[0]);
}
