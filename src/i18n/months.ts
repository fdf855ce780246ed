import { Language } from "./language";

export const MONTH_NAMES: Record<Language, readonly string[]> = {
  sv: [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/** Month 1–12 by its name in the language ("mars"). */
export function monthName(month: number, language: Language): string {
  return MONTH_NAMES[language][month - 1] ?? String(month);
}
