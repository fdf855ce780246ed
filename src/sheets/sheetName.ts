/** Excel's rules for worksheet names, so Balans only ever asks for a name Excel will accept and that is free. */

const MAX_LENGTH = 31;
const FORBIDDEN_CHARACTER = /[:\\/?*[\]]/;
const FORBIDDEN_CHARACTERS = new RegExp(FORBIDDEN_CHARACTER.source, "g");
// Excel keeps "History" for change tracking and refuses it as a sheet name.
const RESERVED_NAME = "History";

const sameName = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();

/** Excel compares sheet names without regard to case: "blad1" is taken when "Blad1" exists. */
export function isSheetNameTaken(name: string, taken: readonly string[]): boolean {
  return taken.some((existing) => sameName(existing, name));
}

/** At most 31 characters, not blank, none of : \ / ? * [ ], no apostrophe first or last, not "History". */
export function isValidSheetName(name: string): boolean {
  return (
    name.trim() !== "" &&
    name.length <= MAX_LENGTH &&
    !FORBIDDEN_CHARACTER.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    !sameName(name, RESERVED_NAME)
  );
}

const trimEnds = (name: string): string => name.replace(/^[\s']+|[\s']+$/g, "");

/**
 * A valid name from `base` that none of `taken` has: "Uppföljning 2024-03", else
 * "Uppföljning 2024-03 (2)", "(3)", …, shortening the base so the whole name keeps within 31 characters.
 * Forbidden characters become "-". A base with nothing usable left is a programming error.
 */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  const cleaned = trimEnds(base.replace(FORBIDDEN_CHARACTERS, "-"));
  if (cleaned === "") throw new Error(`uniqueSheetName: "${base}" leaves no name`);
  const unavailable = [...taken, RESERVED_NAME];
  for (let number = 1; ; number++) {
    const suffix = number === 1 ? "" : ` (${number})`;
    const candidate = trimEnds(cleaned.slice(0, MAX_LENGTH - suffix.length)) + suffix;
    if (!isSheetNameTaken(candidate, unavailable)) return candidate;
  }
}
