import { BalansError, ForecastMethod, MethodChoice, EffectForecastMethod } from "../engine";
import { Language } from "./language";

/** What each method is called in each language; every name in the list is accepted as input. */
const FORECAST_METHOD_NAMES: Record<MethodChoice, Record<Language, string> & { aliases: string[] }> = {
  runrate: { sv: "takt", en: "runrate", aliases: ["årstakt", "run-rate"] },
  budget: { sv: "budget", en: "budget", aliases: ["restbudget"] },
  budgetratio: { sv: "budgetkvot", en: "budgetratio", aliases: ["budgetprofil"] },
  prioryear: { sv: "fgår", en: "prioryear", aliases: ["föregåendeår", "fgårsprofil"] },
  trend: { sv: "trend", en: "trend", aliases: ["linjär", "linear"] },
  auto: { sv: "auto", en: "auto", aliases: ["automatisk", "automatic"] },
};

const EFFECT_METHOD_NAMES: Record<EffectForecastMethod, Record<Language, string> & { aliases: string[] }> = {
  runrate: { sv: "takt", en: "runrate", aliases: ["årstakt", "run-rate"] },
  plan: { sv: "plan", en: "plan", aliases: [] },
};

const normalise = (text: string): string => text.toLowerCase().replace(/[\s_.-]+/g, "");

function parseName<M extends string>(
  table: Record<M, Record<Language, string> & { aliases: string[] }>,
  text: string,
  arg: string,
): M {
  const wanted = normalise(text);
  for (const [method, names] of Object.entries(table) as [M, Record<Language, string> & { aliases: string[] }][]) {
    if ([names.sv, names.en, ...names.aliases].some((name) => normalise(name) === wanted)) return method;
  }
  const choices = (Object.values(table) as Record<Language, string>[]).map((names) => `${names.en}/${names.sv}`);
  throw new BalansError("value", "unknownMethod", { arg, text, choices: choices.join(", ") });
}

export function parseForecastMethod(text: string, arg = "method"): MethodChoice {
  return parseName(FORECAST_METHOD_NAMES, text, arg);
}

export function parseEffectMethod(text: string, arg = "method"): EffectForecastMethod {
  return parseName(EFFECT_METHOD_NAMES, text, arg);
}

export function forecastMethodName(method: ForecastMethod | MethodChoice, language: Language): string {
  return FORECAST_METHOD_NAMES[method][language];
}
