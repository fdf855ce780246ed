import { Language } from "../i18n/language";

/** Month headers as Excel writes short month names in each language ("mmm"): jan … dec, Jan … Dec. */
const SHORT_MONTH_NAMES: Record<Language, readonly string[]> = {
  sv: ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

/** The short name of month 1–12. */
export function shortMonthName(month: number, language: Language): string {
  return SHORT_MONTH_NAMES[language][month - 1];
}
