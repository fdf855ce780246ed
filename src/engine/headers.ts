import { Cell } from "./grid";
import { monthOfExcelDate, monthOfWord } from "./months";

/**
 * What a header says about its column. Headers come from hand-made plans and ERP exports alike:
 * "Jan", "Utfall jan 2024", "Utfall 2024-01", "202401", "Ack jan", "Budget feb", "Kv 1", "Åtgärd".
 */

export type AmountUnit = "kr" | "tkr" | "mkr";

/** What the figures of a month column are: the month's own figure, or the budget's, or a running total… */
export type FigureKind =
  "plain" | "actual" | "plan" | "budget" | "forecast" | "priorYear" | "accumulated" | "deviation";

export interface HeaderMonth {
  month: number;
  year?: number;
  kind: FigureKind;
}

const NOT_LETTER = "(?<![\\p{L}])";
const END = "(?![\\p{L}])";
const word = (words: string) => new RegExp(`${NOT_LETTER}(${words})${END}`, "iu");

// First match wins: "Ack utfall jan" is a running total, "Avvikelse budget jan" a deviation.
const KIND_WORDS: readonly [FigureKind, RegExp][] = [
  [
    "accumulated",
    word("ack|ack\\.|ackum\\p{L}*|ytd|cumulative|accumulated|hittills|totalt hittills"),
  ],
  ["deviation", word("avvikelse|avv|avv\\.|diff|differens|variance|deviation|var\\.")],
  ["budget", /budget|(?<![\p{L}])(bu|bud)(?![\p{L}])/iu],
  ["forecast", /prognos|forecast|(?<![\p{L}])(prog|fc)(?![\p{L}])/iu],
  ["priorYear", word("fg år|fg\\.? år|fg|föreg\\p{L}*|prior year|last year|previous year|py")],
  ["plan", word("plan|planerad|planned")],
  ["actual", word("utfall|utf|actual|actuals|outcome|act")],
];

const QUARTER = word(
  "kv\\.?\\s*[1-4]|kvartal\\s*[1-4]|q[1-4]|t[1-3]|tertial\\s*[1-3]|[1-4]\\s*kv|[1-4]:?a\\s*kvartalet|h[12]|halvår\\s*[12]",
);

const ISO = /(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})(?:[-/.]\d{1,2})?(?!\d)/;
const MONTH_YEAR = /(?<!\d)(\d{1,2})[/.-]((?:19|20)\d{2})(?!\d)/;
const YEAR_MONTH_COMPACT = /(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(?!\d)/;
const YEAR_M_MONTH = /(?<!\d)((?:19|20)\d{2})\s*[mp](0?[1-9]|1[0-2])(?!\d)/i;
const PERIOD = /(?<![\p{L}])(?:p|per|period|m|mån|månad)\.?\s*(0?[1-9]|1[0-2])(?!\d)/iu;
const FOUR_DIGIT_YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/;
const WORDS = /\p{L}+/gu;

function normalise(text: string): string {
  return text
    .replace(/[\u00a0\u202f\u2009]/g, " ")
    .replace(/[\u2012\u2013\u2014\u2212]/g, "-")
    .trim()
    .toLowerCase();
}

export function isQuarterHeader(value: Cell): boolean {
  return typeof value === "string" && QUARTER.test(normalise(value));
}

function kindOf(text: string): FigureKind {
  return KIND_WORDS.find(([, pattern]) => pattern.test(text))?.[0] ?? "plain";
}

/** The month words in a text, with a two-digit year right after one ("Jan-24", "jan '24"). */
function namedMonths(text: string): { month: number; year?: number }[] {
  const found: { month: number; year?: number }[] = [];
  for (const match of text.matchAll(WORDS)) {
    const month = monthOfWord(match[0]);
    if (month === undefined) continue;
    const after = text.slice((match.index ?? 0) + match[0].length);
    const shortYear = /^\.?[\s'-]?(\d{2})(?!\d)/.exec(after);
    found.push({ month, ...(shortYear && { year: 2000 + Number(shortYear[1]) }) });
  }
  return found;
}

const validMonth = (month: number) => month >= 1 && month <= 12;

/**
 * The month a header names, with its year when the header gives one and the kind of figure the
 * column holds. "Jan–Mar" (two months) is a period, not a month; "Kv 1" is a quarter, not a month.
 */
export function readMonthHeader(value: Cell): HeaderMonth | undefined {
  if (typeof value !== "string") return undefined;
  const text = normalise(value);
  if (text === "" || isQuarterHeader(text)) return undefined;
  const kind = kindOf(text);
  const iso = ISO.exec(text);
  if (iso && validMonth(Number(iso[2])))
    return { month: Number(iso[2]), year: Number(iso[1]), kind };
  const monthYear = MONTH_YEAR.exec(text);
  if (monthYear && validMonth(Number(monthYear[1])))
    return { month: Number(monthYear[1]), year: Number(monthYear[2]), kind };
  const compact = YEAR_MONTH_COMPACT.exec(text) ?? YEAR_M_MONTH.exec(text);
  if (compact) return { month: Number(compact[2]), year: Number(compact[1]), kind };
  const named = namedMonths(text);
  const distinct = new Set(named.map((entry) => entry.month));
  if (distinct.size === 1) {
    const year = named[0].year ?? yearIn(text);
    return { month: named[0].month, ...(year !== undefined && { year }), kind };
  }
  if (distinct.size > 1) return undefined;
  const period = PERIOD.exec(text);
  if (period) {
    const year = yearIn(text);
    return { month: Number(period[1]), ...(year !== undefined && { year }), kind };
  }
  return undefined;
}

/** A four-digit year (1900–2099) written in a text. */
export function yearIn(text: string): number | undefined {
  const match = FOUR_DIGIT_YEAR.exec(text);
  return match ? Number(match[1]) : undefined;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** The year and month of an Excel date serial. */
export function excelDate(serial: number): { year: number; month: number } {
  const year =
    Math.floor(serial) <= 60
      ? 1900
      : new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).getUTCFullYear();
  return { year, month: monthOfExcelDate(serial) };
}

/** The unit a text names: "Kostnad (mkr)", "Belopp i tkr", "MSEK", "tusen kronor". */
export function unitIn(value: Cell): AmountUnit | undefined {
  if (typeof value !== "string") return undefined;
  const text = normalise(value);
  const match =
    /(?<![\p{L}])(mnkr|mkr|msek|miljoner kronor|mdkr|tkr|ksek|tsek|tusen kronor|tusentals kronor|kkr|kr|sek|kronor)(?![\p{L}])/u.exec(
      text,
    );
  if (!match) return undefined;
  const unit = match[1];
  if (["mnkr", "mkr", "msek", "miljoner kronor"].includes(unit)) return "mkr";
  if (["tkr", "ksek", "tsek", "tusen kronor", "tusentals kronor", "kkr"].includes(unit))
    return "tkr";
  if (unit === "mdkr") return undefined; // billions: no unit Balans knows, so none is assumed
  return "kr";
}

/** What a column other than a month is, by its header. */
export type ColumnRole =
  | "name"
  | "descriptor"
  | "startMonth"
  | "effect"
  | "accumulated"
  | "forecast"
  | "budget"
  | "priorYear"
  | "year"
  | "rowTotal"
  | "quarter";

// Order matters: "Startmånad" before months, "Ack effekt" is accumulated, "Helårsprognos" a forecast.
const COLUMN_WORDS: readonly [ColumnRole, RegExp][] = [
  [
    "startMonth",
    /^(start|startmånad|startmån|start month|starts|startar|från månad|fr\.?o\.?m\.?|from month|effekt från|införs)(?![\p{L}])/iu,
  ],
  ["year", /^(år|year|räkenskapsår|budgetår|fiscal year)\s*:?$/iu],
  [
    "accumulated",
    word("ack|ack\\.|ackum\\p{L}*|ytd|cumulative|accumulated|hittills|totalt hittills"),
  ],
  ["forecast", /prognos|forecast|(?<![\p{L}])(prog|fc)(?![\p{L}])/iu],
  ["budget", /budget|(?<![\p{L}])bu(?![\p{L}])/iu],
  ["priorYear", word("fg år|fg|föreg\\p{L}*|prior year|last year")],
  ["effect", /effekt|effect|besparing|(?<![\p{L}])(plan|planerad|savings?)(?![\p{L}])/iu],
  [
    "name",
    /^(åtgärd\p{L}*|measures?|benämning|kontonamn|kontobenämning|beskrivning|description|namn|name|text|rad|post|line|item|kategori|category|personalkategori|yrkeskategori|yrkesgrupp|aktivitet|activity|resultaträkning|rubrik)(?![\p{L}])/iu,
  ],
  [
    "descriptor",
    /^(verksamhetsområde|verksamhet|vo|område|förvaltning|klinik|enhet|avdelning|sektion|ansvarig|ansvar|ägare|owner|responsible|kommentar\p{L}*|comments?|anteckning|notes?|konto|account|kostnadsställe|kst|ansvarsenhet|status|nr|no\.?|nummer|number|id|#|prio\p{L}*|typ|type|åtgärdstyp|projekt|project|motpart|objekt|aktivitetskod)(?![\p{L}])/iu,
  ],
  ["rowTotal", /^(summa|totalt|total|sum|s:a|helår|full year)\s*:?$/iu],
];

export function columnRoleOf(header: Cell): ColumnRole | undefined {
  if (typeof header !== "string") return undefined;
  const text = header.trim();
  if (text === "") return undefined;
  if (isQuarterHeader(text)) return "quarter";
  return COLUMN_WORDS.find(([, pattern]) => pattern.test(text))?.[0];
}
