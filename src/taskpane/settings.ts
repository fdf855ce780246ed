import { parseNumberText } from "../engine";
import { Language, languageOf } from "../i18n/language";

export type Unit = "kr" | "tkr" | "mkr";
export type SignConvention = "costsNegative" | "costsPositive";
export type LanguageChoice = "auto" | Language;

/** What the controller sets once per workbook; stored in the workbook's own settings. */
export interface BalansSettings {
  hoursPerMonth: number;
  unit: Unit;
  signConvention: SignConvention;
  followUpYear: number;
  thresholds: { onTrack: number; atRisk: number };
  targetShare: number;
  language: LanguageChoice;
}

export const DEFAULT_SETTINGS: BalansSettings = {
  hoursPerMonth: 165,
  unit: "mkr",
  signConvention: "costsNegative",
  followUpYear: new Date().getFullYear(),
  thresholds: { onTrack: 0.9, atRisk: 0.7 },
  targetShare: 0.02, // the national target for agency staff
  language: "auto",
};

const SETTINGS_KEY = "balans.settings";

function numberIn(value: unknown, low: number, high: number, fallback: number): number {
  const number = typeof value === "string" ? parseNumberText(value) : value;
  return typeof number === "number" && number >= low && number <= high ? number : fallback;
}

function oneOf<T extends string>(value: unknown, choices: readonly T[], fallback: T): T {
  return choices.includes(value as T) ? (value as T) : fallback;
}

/** Settings from what the workbook stored; anything missing or out of range takes its default. */
export function settingsFrom(stored: Record<string, unknown>): BalansSettings {
  const saved = (stored[SETTINGS_KEY] ?? {}) as Partial<Record<keyof BalansSettings, unknown>>;
  const thresholds = (saved.thresholds ?? {}) as Partial<Record<"onTrack" | "atRisk", unknown>>;
  const onTrack = numberIn(thresholds.onTrack, 0, 2, DEFAULT_SETTINGS.thresholds.onTrack);
  return {
    hoursPerMonth: numberIn(saved.hoursPerMonth, 1, 744, DEFAULT_SETTINGS.hoursPerMonth),
    unit: oneOf(saved.unit, ["kr", "tkr", "mkr"], DEFAULT_SETTINGS.unit),
    signConvention: oneOf(saved.signConvention, ["costsNegative", "costsPositive"], DEFAULT_SETTINGS.signConvention),
    followUpYear: numberIn(saved.followUpYear, 1900, 9999, DEFAULT_SETTINGS.followUpYear),
    thresholds: { onTrack, atRisk: numberIn(thresholds.atRisk, 0, onTrack, Math.min(DEFAULT_SETTINGS.thresholds.atRisk, onTrack)) },
    targetShare: numberIn(saved.targetShare, 0, 1, DEFAULT_SETTINGS.targetShare),
    language: oneOf(saved.language, ["auto", "sv", "en"], DEFAULT_SETTINGS.language),
  };
}

export function settingsToStore(settings: BalansSettings): Record<string, unknown> {
  return { [SETTINGS_KEY]: settings };
}

/** The pane's language: the user's choice, or Office's display language. */
export function paneLanguage(settings: BalansSettings, officeDisplayLanguage: string | undefined): Language {
  return settings.language === "auto" ? languageOf(officeDisplayLanguage) : settings.language;
}
