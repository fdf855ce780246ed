/**
 * How a workbook writes money: the reports write costs negative and income positive (DOMAIN.md), some
 * controllers write costs positive. Measure effects are written "positive improves" in either.
 */
export type SignConvention = "costsNegative" | "costsPositive";

export const DEFAULT_SIGN_CONVENTION: SignConvention = "costsNegative";

/**
 * An amount written in the workbook's convention (a result, a deficit, a deviation from budget) in
 * result terms, where positive is always better: a cost overrun of 215 written positive is −215.
 */
export function inResultTerms(amount: number, convention: SignConvention): number {
  return convention === "costsNegative" || amount === 0 ? amount : -amount;
}

/**
 * The one rule for "worse": a change or deviation in the workbook's convention (forecast − budget,
 * a gap, a trend) is worse than plan when it lowers the result. Every red marker and verdict uses it.
 */
export function isWorse(change: number, convention: SignConvention): boolean {
  return inResultTerms(change, convention) < 0;
}
