export type Language = "sv" | "en";

/** The language for a locale such as Office's display language ("sv-SE", "en-US"); Swedish first. */
export function languageOf(locale: string | undefined): Language {
  if (!locale) return "sv";
  return locale.toLowerCase().startsWith("sv") ? "sv" : "en";
}

// toLocaleString builds a number format each call (tens of µs); a pane or sheet showing thousands of
// figures reuses one per locale and options.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Intl.NumberFormat for `locale` and `options`, made once and kept. */
export function numberFormatFor(
  locale: string,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
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
  return numberFormatFor(language === "sv" ? "sv-SE" : "en-US", {
    maximumFractionDigits,
    minimumFractionDigits,
  }).format(value);
}
