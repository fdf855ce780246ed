import { ForecastFigures, isWorse, SignConvention } from "../engine";
import { formatNumber, Language } from "../i18n/language";
import { StringKey, Translate } from "../i18n/ui";

const POSITION_MESSAGES: Record<"inside" | "below" | "above", StringKey> = {
  inside: "verdictInside",
  below: "verdictBelow",
  above: "verdictAbove",
};

/**
 * The forecast check in one sentence (seed 004: "… lies within the methods' range, but assumes 11,7
 * mkr a month better than the run so far"). Better or worse by the one rule, `isWorse`: with costs
 * written positive a rise is worse.
 */
export function verdictSentence(
  figures: ForecastFigures,
  t: Translate,
  language: Language,
  unit: string,
  convention: SignConvention,
): string {
  const amount = (value: number) => formatNumber(value, language, 1);
  const range = { low: amount(figures.low), high: amount(figures.high) };
  const { position, impliedChange, direction } = figures.verdict;
  // `direction` says only whether the change is large enough to mention; its sign is judged below.
  if (position === "noStated" || figures.stated === undefined || impliedChange === undefined)
    return t("verdictNoStated", range);
  if (direction === "same" && position === "inside")
    return t("verdictSame", { stated: amount(figures.stated), ...range });
  const better = !isWorse(impliedChange, convention);
  return t(POSITION_MESSAGES[position], {
    stated: amount(figures.stated),
    ...range,
    change: amount(Math.abs(impliedChange)),
    unit,
    direction: t(better ? "better" : "worse"),
  });
}
