import { formatNumber, Language } from "./language";

/** Shown for a figure that cannot be given (nothing stated, too little data). */
export const NO_FIGURE = "–";

// A no-break space keeps a figure and its unit on one line in a narrow pane.
const NO_BREAK_SPACE = "\u00a0";

/**
 * The value as Excel holds it, to 15 significant digits: −0,9 − 0,65 is −1,5499999999999998 in binary
 * arithmetic and −1,55 in Excel, which shows −1,6. Rounded alike, pane and sheet show the same figure.
 */
const asExcelHolds = (value: number): number => Number(value.toPrecision(15));

/**
 * An amount as the pane shows it: always `decimals` decimals, so the figures of one column line up
 * ("−3 757,0" above "−3 456,5"), with its unit when given.
 */
export function formatAmount(
  value: number | undefined,
  language: Language,
  unit?: string,
  decimals = 1,
): string {
  if (value === undefined || !Number.isFinite(value)) return NO_FIGURE;
  const number = formatNumber(asExcelHolds(value), language, decimals, decimals);
  return unit ? `${number}${NO_BREAK_SPACE}${unit}` : number;
}

/** A fraction as a percentage: 0,372 → "37,2 %" (Swedish) or "37.2 %" (English). */
export function formatPercent(
  fraction: number | null | undefined,
  language: Language,
  decimals = 1,
): string {
  if (fraction === undefined || fraction === null || !Number.isFinite(fraction)) return NO_FIGURE;
  return `${formatNumber(asExcelHolds(fraction * 100), language, decimals, decimals)}${NO_BREAK_SPACE}%`;
}
