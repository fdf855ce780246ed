/** A table Balans can analyse but cannot turn into live formulas. */
export class SheetPlanError extends Error {
  constructor(readonly code: "monthsNotContiguous") {
    super(code);
    this.name = "SheetPlanError";
  }
}
