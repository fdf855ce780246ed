import type { AmountUnit } from "./detect";
import { finite } from "./errors";

export type { AmountUnit } from "./detect";

export const AMOUNT_UNITS: readonly AmountUnit[] = ["kr", "tkr", "mkr"];

const KRONOR_PER: Record<AmountUnit, number> = { kr: 1, tkr: 1_000, mkr: 1_000_000 };

/** The unit a word names ("Mkr", "mnkr", "TKR"), or undefined when it names none. */
export function amountUnitOf(word: string): AmountUnit | undefined {
  const unit = word.trim().toLowerCase();
  if (unit === "mnkr") return "mkr";
  return (AMOUNT_UNITS as readonly string[]).includes(unit) ? (unit as AmountUnit) : undefined;
}

/**
 * An amount in another unit: 40,9 mkr is 40 900 000 kr. Division by the larger factor rather than
 * multiplication by a fraction, so 89 945 tkr is exactly 89,945 mkr.
 */
export function convertAmount(value: number, from: AmountUnit, to: AmountUnit): number {
  if (from === to) return value;
  const factor = KRONOR_PER[from] / KRONOR_PER[to];
  return finite(
    factor >= 1 ? value * factor : value / (KRONOR_PER[to] / KRONOR_PER[from]),
    "amount",
  );
}

/** Where an amount's unit came from: the table's own header, or the workbook's setting for lack of one. */
export type UnitSource = "table" | "settings";

export interface KnownUnit {
  unit: AmountUnit;
  source: UnitSource;
}

/** The unit of a table's amounts: what the table says, else the fallback (the settings), saying which. */
export function unitOrFallback(tableUnit: AmountUnit | undefined, fallback: AmountUnit): KnownUnit {
  return tableUnit === undefined
    ? { unit: fallback, source: "settings" }
    : { unit: tableUnit, source: "table" };
}
