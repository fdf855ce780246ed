/**
 * The figures each view shows, worded and formatted for the pane: labels, amounts with their unit,
 * and which figures are marked worse than plan. Pure, so the views only lay them out.
 */
import {
  ActionPlanSummary,
  AgencyAnalysis,
  ForecastFigures,
  isWorse,
  SignConvention,
} from "../engine";
import { formatAmount, formatPercent } from "../i18n/format";
import { Language } from "../i18n/language";
import { Translate } from "../i18n/ui";

export interface Figure {
  label: string;
  value: string;
  /** Marks a figure worse than plan. */
  negative?: boolean;
}

/** Decimals an amount column shows in its unit: whole kronor and tkr, one decimal for mkr. */
export function amountDecimals(unit: string): number {
  return unit === "mkr" ? 1 : 0;
}

export function measuresFigures(
  summary: ActionPlanSummary,
  t: Translate,
  language: Language,
  unit: string,
): Figure[] {
  const amount = (value: number) => formatAmount(value, language, unit, amountDecimals(unit));
  const figures: Figure[] = [
    { label: t("plannedTotal"), value: amount(summary.plannedTotal) },
    { label: t("expectedToDate"), value: amount(summary.expectedToDate) },
    // Effects are written "positive improves" in either sign convention, so less achieved than expected is worse.
    {
      label: t("achievedToDate"),
      value: amount(summary.achievedToDate),
      negative: summary.achievedToDate < summary.expectedToDate,
    },
    { label: t("achievement"), value: formatPercent(summary.achievement, language) },
    { label: t("forecastFullYear"), value: amount(summary.forecastFullYear) },
  ];
  // The gaps are in result terms (the deficit was turned so): a surplus and a shortfall are named as such, by their size.
  if (summary.gapToBalance !== undefined) {
    const short = summary.gapToBalance < 0;
    figures.push({
      label: t(short ? "gapShort" : "gapSurplus"),
      value: amount(Math.abs(summary.gapToBalance)),
      negative: short,
    });
  }
  if (summary.gapAfterForecast !== undefined) {
    const short = summary.gapAfterForecast < 0;
    figures.push({
      label: t(short ? "gapShortByForecast" : "gapSurplusByForecast"),
      value: amount(Math.abs(summary.gapAfterForecast)),
      negative: short,
    });
  }
  return figures;
}

/** A forecast's figures; a deviation from budget is marked worse by the workbook's sign convention. */
export function forecastFigures(
  figures: ForecastFigures,
  t: Translate,
  language: Language,
  unit: string,
  convention: SignConvention,
): Figure[] {
  const worse = (deviation: number | undefined) =>
    deviation !== undefined && isWorse(deviation, convention);
  const amount = (value: number | undefined) =>
    formatAmount(value, language, unit, amountDecimals(unit));
  return [
    { label: t("range"), value: `${amount(figures.low)} – ${amount(figures.high)}` },
    { label: `${t("forecast")} (auto)`, value: amount(figures.auto.forecast) },
    {
      label: t("autoGapToBudget"),
      value: amount(figures.gapToBudget),
      negative: worse(figures.gapToBudget),
    },
    { label: t("statedShort"), value: amount(figures.stated) },
    { label: t("statedGap"), value: amount(figures.statedGap), negative: worse(figures.statedGap) },
    { label: t("impliedChange"), value: amount(figures.verdict.impliedChange) },
  ];
}

/** The agency share of own staff cost against the target, in one sentence; undefined without both costs. */
export function agencyShareSentence(
  analysis: AgencyAnalysis,
  t: Translate,
  language: Language,
  unit: string,
): string | undefined {
  if (!analysis.share) return undefined;
  const { share, target, aboveTarget, excessCost } = analysis.share;
  const head = t("share", {
    share: formatPercent(share, language),
    target: formatPercent(target, language),
  });
  const tail = aboveTarget
    ? t("shareAbove", {
        excess: formatAmount(Math.abs(excessCost), language, undefined, amountDecimals(unit)),
        unit,
      })
    : t("shareBelow");
  return `${head} ${tail}`;
}
