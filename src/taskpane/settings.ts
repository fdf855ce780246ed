import {
  AMOUNT_UNITS,
  AmountUnit,
  DEFAULT_HOURS_PER_MONTH,
  DEFAULT_SIGN_CONVENTION,
  DEFAULT_THRESHOLDS,
  NATIONAL_AGENCY_TARGET,
  parseNumberText,
  SignConvention,
  StatusThresholds,
} from "../engine";
import { formatNumber, Language, languageOf } from "../i18n/language";

export type { AmountUnit as Unit, SignConvention } from "../engine";
export type LanguageChoice = "auto" | Language;

/** What the controller sets once per workbook; stored in the workbook's own settings. */
export interface BalansSettings {
  hoursPerMonth: number;
  /** The unit of amounts whose table does not name one. */
  unit: AmountUnit;
  signConvention: SignConvention;
  followUpYear: number;
  thresholds: StatusThresholds;
  targetShare: number;
  language: LanguageChoice;
}

export const DEFAULT_SETTINGS: BalansSettings = {
  hoursPerMonth: DEFAULT_HOURS_PER_MONTH,
  unit: "mkr",
  signConvention: DEFAULT_SIGN_CONVENTION,
  followUpYear: new Date().getFullYear(),
  thresholds: DEFAULT_THRESHOLDS,
  targetShare: NATIONAL_AGENCY_TARGET,
  language: "auto",
};

const SETTINGS_KEY = "balans.settings";

export type NumberSetting = "hoursPerMonth" | "followUpYear" | "onTrack" | "atRisk" | "targetShare";
export const NUMBER_SETTINGS: readonly NumberSetting[] = [
  "hoursPerMonth",
  "followUpYear",
  "onTrack",
  "atRisk",
  "targetShare",
];
/** Settings shown and typed as percentages ("90 %"), stored as fractions (0,9). */
export const PERCENT_SETTINGS: ReadonlySet<NumberSetting> = new Set([
  "onTrack",
  "atRisk",
  "targetShare",
]);

export function numberSettingsOf(settings: BalansSettings): Record<NumberSetting, number> {
  return {
    hoursPerMonth: settings.hoursPerMonth,
    followUpYear: settings.followUpYear,
    onTrack: settings.thresholds.onTrack,
    atRisk: settings.thresholds.atRisk,
    targetShare: settings.targetShare,
  };
}

const CONVENTIONS: readonly SignConvention[] = ["costsNegative", "costsPositive"];
const LANGUAGES: readonly LanguageChoice[] = ["auto", "sv", "en"];

function numberIn(value: unknown, low: number, high: number): number | undefined {
  const number = typeof value === "string" ? parseNumberText(value) : value;
  return typeof number === "number" && number >= low && number <= high ? number : undefined;
}

function oneOf<T extends string>(value: unknown, choices: readonly T[]): T | undefined {
  return choices.includes(value as T) ? (value as T) : undefined;
}

type Candidate = Partial<Record<keyof BalansSettings, unknown>>;

/**
 * The one validation of settings, for what the workbook stored and for what the user typed alike:
 * each value in range, or its default, and the number settings that were not usable.
 */
export function checkSettings(candidate: Candidate): {
  settings: BalansSettings;
  invalid: NumberSetting[];
} {
  const thresholds = (candidate.thresholds ?? {}) as Partial<
    Record<keyof StatusThresholds, unknown>
  >;
  const given: Record<NumberSetting, number | undefined> = {
    hoursPerMonth: numberIn(candidate.hoursPerMonth, 1, 744), // a month has at most 744 hours
    followUpYear: numberIn(candidate.followUpYear, 1900, 9999), // the years Excel has dates for
    onTrack: numberIn(thresholds.onTrack, 0, 2),
    atRisk: undefined,
    targetShare: numberIn(candidate.targetShare, 0, 1),
  };
  const onTrack = given.onTrack ?? DEFAULT_SETTINGS.thresholds.onTrack;
  given.atRisk = numberIn(thresholds.atRisk, 0, onTrack);
  const invalid = NUMBER_SETTINGS.filter((field) => given[field] === undefined);
  return {
    settings: {
      hoursPerMonth: given.hoursPerMonth ?? DEFAULT_SETTINGS.hoursPerMonth,
      unit: oneOf(candidate.unit, AMOUNT_UNITS) ?? DEFAULT_SETTINGS.unit,
      signConvention:
        oneOf(candidate.signConvention, CONVENTIONS) ?? DEFAULT_SETTINGS.signConvention,
      followUpYear: given.followUpYear ?? DEFAULT_SETTINGS.followUpYear,
      thresholds: {
        onTrack,
        atRisk: given.atRisk ?? Math.min(DEFAULT_SETTINGS.thresholds.atRisk, onTrack),
      },
      targetShare: given.targetShare ?? DEFAULT_SETTINGS.targetShare,
      language: oneOf(candidate.language, LANGUAGES) ?? DEFAULT_SETTINGS.language,
    },
    invalid,
  };
}

/** Settings from what the workbook stored; anything missing or out of range takes its default. */
export function settingsFrom(stored: Record<string, unknown>): BalansSettings {
  return checkSettings((stored[SETTINGS_KEY] ?? {}) as Candidate).settings;
}

export function settingsToStore(settings: BalansSettings): Record<string, unknown> {
  return { [SETTINGS_KEY]: settings };
}

/** A number setting as the field shows it: "90" beside a "%" for a share, the year without a separator. */
export function settingText(field: NumberSetting, value: number, language: Language): string {
  if (field === "followUpYear") return String(value);
  return PERCENT_SETTINGS.has(field)
    ? formatNumber(value * 100, language, 4)
    : formatNumber(value, language, 4);
}

/** What the user typed in a number setting; a share is typed in percent, with or without "%". NaN when it is no number. */
export function settingFromText(field: NumberSetting, text: string): number {
  if (!PERCENT_SETTINGS.has(field)) return parseNumberText(text) ?? NaN;
  const percent = parseNumberText(text.trim().replace(/%$/, ""));
  return percent === undefined ? NaN : percent / 100;
}

/** The pane's language: the user's choice, or Office's display language. */
export function paneLanguage(
  settings: BalansSettings,
  officeDisplayLanguage: string | undefined,
): Language {
  return settings.language === "auto" ? languageOf(officeDisplayLanguage) : settings.language;
}
