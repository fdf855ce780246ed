/**
 * Where tests and the bench write what they make. By default under test-results/ (ignored by git), so
 * running them leaves the tree as it was; with BALANS_WRITE_DOCS=1 (`npm run screenshots`,
 * `npm run bench:publish`) in the committed place README shows.
 */
import path from "path";

const ROOT = path.resolve(__dirname, "..", "..");

/** `committed` (a path in the project) when refreshing the docs, else the same path under test-results/. */
export function outputLocation(committed: string): string {
  return path.join(ROOT, process.env.BALANS_WRITE_DOCS === "1" ? "" : "test-results", committed);
}
