import { ForecastFigures } from "../engine";
import { formatNumber, Language } from "../i18n/language";
import { StringKey, Translate } from "../i18n/ui";
import { SignConvention } from "./settings";

const POSITION_MESSAGES: Record<"inside" | "below" | "above", StringKey> = {
  inside: "verdictInside",
  below: "verdictBelow",
  above: "verdictAbove",
};

/**
 * The forecast check in one sentence (seed 004: "… lies within the methods' range, but assumes 11,7
 * mkr a month better than the run so far"). With costs written positive a rise is worse, not better.
 */
export function verdictSentence(figures: ForecastFigures, t: Translate, language: Language, unit: string, convention: SignConvention): string {
  const amount = (value: number) => formatNumber(value, language, 1);
  const range = { low: amount(figures.low), high: amount(figures.high) };
  const { position, impliedChange, direction } = figures.verdict;
  if (position === "noStated" || figures.stated === undefined || impliedChange === undefined) return t("verdictNoStated", range);
  if (direction === "same" && position === "inside") return t("verdictSame", { stated: amount(figures.stated), ...range });
  const better = (direction === "better") === (convention === "costsNegative");
  return t(POSITION_MESSAGES[position], {
    stated: amount(figures.stated),
    ...range,
    change: amount(Math.abs(impliedChange)),
    unit,
    direction: t(better ? "better" : "worse"),
  });
}
