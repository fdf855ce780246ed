/** Balans's mark on a sheet it created, as stored in the workbook, and which mark a plan may update. */
import { BalansSheetKind, MarkedSheet, SheetMark } from "./types";

/** The key the mark is stored under (a worksheet custom property in Excel). */
export const MARK_KEY = "Balans";

const KINDS: readonly BalansSheetKind[] = ["followUp", "forecast", "staffing"];

export const serializeMark = (mark: SheetMark): string =>
  JSON.stringify({ kind: mark.kind, source: mark.source });

/** The mark stored as text; undefined for anything that is not one (a user's own property of that name). */
export function parseMark(text: unknown): SheetMark | undefined {
  if (typeof text !== "string") return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return undefined;
    const { kind, source } = value as Record<string, unknown>;
    if (!KINDS.includes(kind as BalansSheetKind) || typeof source !== "string") return undefined;
    return { kind: kind as BalansSheetKind, source };
  } catch {
    return undefined;
  }
}

/** "Blad1!C3:K30" → its sheet and top-left cell: a table that grew by a row or a column is the same source. */
const origin = (source: string) => source.replace(/:[^!]*$/, "").toUpperCase();

export function sameSource(a: SheetMark, b: SheetMark): boolean {
  return a.kind === b.kind && origin(a.source) === origin(b.source);
}

/** The Balans sheet a new plan would update: one of the same kind made from the same table. */
export function sheetToUpdate(
  marked: readonly MarkedSheet[],
  mark: SheetMark | undefined,
): MarkedSheet | undefined {
  return mark && marked.find((sheet) => sameSource(sheet.mark, mark));
}
