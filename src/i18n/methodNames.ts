import { BalansError, ForecastMethod, MethodChoice, EffectForecastMethod } from "../engine";
import { Language } from "./language";

/** What each method is called in each language; every name in the list is accepted as input. */
const FORECAST_METHOD_NAMES: Record<
  MethodChoice,
  Record<Language, string> & { aliases: string[] }
> = {
  runrate: { sv: "takt", en: "runrate", aliases: ["årstakt", "run-rate"] },
  budget: { sv: "budget", en: "budget", aliases: ["restbudget"] },
  budgetratio: { sv: "budgetkvot", en: "budgetratio", aliases: ["budgetprofil"] },
  prioryear: { sv: "fgår", en: "prioryear", aliases: ["föregåendeår", "fgårsprofil"] },
  trend: { sv: "trend", en: "trend", aliases: ["linjär", "linear"] },
  auto: { sv: "auto", en: "auto", aliases: ["automatisk", "automatic"] },
};

const EFFECT_METHOD_NAMES: Record<
  EffectForecastMethod,
  Record<Language, string> & { aliases: string[] }
> = {
  runrate: { sv: "takt", en: "runrate", aliases: ["årstakt", "run-rate"] },
  plan: { sv: "plan", en: "plan", aliases: [] },
};

const normalise = (text: string): string => text.toLowerCase().replace(/[\s_.-]+/g, "");

type NameTable<M extends string> = Record<M, Record<Language, string> & { aliases: string[] }>;

/** Every accepted spelling, normalised, to its method; built once, looked up on every call. */
function methodParser<M extends string>(table: NameTable<M>): (text: string, arg: string) => M {
  const byName = new Map<string, M>();
  for (const [method, names] of Object.entries(table) as [M, NameTable<M>[M]][]) {
    for (const name of [names.sv, names.en, ...names.aliases]) byName.set(normalise(name), method);
  }
  const choices = (Object.values(table) as Record<Language, string>[])
    .map((names) => `${names.en}/${names.sv}`)
    .join(", ");
  return (text, arg) => {
    const method = byName.get(text) ?? byName.get(normalise(text)); // most arguments are typed as listed
    if (method === undefined)
      throw new BalansError("value", "unknownMethod", { arg, text, choices });
    return method;
  };
}

const forecastMethodParser = methodParser(FORECAST_METHOD_NAMES);
const effectMethodParser = methodParser(EFFECT_METHOD_NAMES);

export function parseForecastMethod(text: string, arg = "method"): MethodChoice {
  return forecastMethodParser(text, arg);
}

export function parseEffectMethod(text: string, arg = "method"): EffectForecastMethod {
  return effectMethodParser(text, arg);
}

export function forecastMethodName(
  method: ForecastMethod | MethodChoice,
  language: Language,
): string {
  return FORECAST_METHOD_NAMES[method][language];
}
