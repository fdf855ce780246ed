/** A table Balans can analyse but cannot turn into live formulas. */
export class SheetPlanError extends Error {
  constructor(
    readonly code: "monthsNotContiguous" | "figuresStoredAsText",
    /** The cells concerned, sheet-qualified ("Blad1!D4"). */
    readonly cells: readonly string[] = [],
  ) {
    super(cells.length > 0 ? `${code}: ${cells.join(", ")}` : code);
    this.name = "SheetPlanError";
  }
}
