export type Language = "sv" | "en";

/** The language for a locale such as Office's display language ("sv-SE", "en-US"); Swedish first. */
export function languageOf(locale: string | undefined): Language {
  if (!locale) return "sv";
  return locale.toLowerCase().startsWith("sv") ? "sv" : "en";
}

/**
 * A number as the language writes it: "1 234,5" in Swedish, "1,234.5" in English. `minimumFractionDigits`
 * keeps trailing zeros where figures are compared at a given precision ("60,0" against "59,9").
 */
export function formatNumber(
  value: number,
  language: Language,
  maximumFractionDigits = 2,
  minimumFractionDigits = 0,
): string {
  return value.toLocaleString(language === "sv" ? "sv-SE" : "en-US", {
    maximumFractionDigits,
    minimumFractionDigits,
  });
}
