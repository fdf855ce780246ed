import { ComparisonOperator, FormulaNode, PlannedCell } from "../workbook/types";

/** Small builders that keep sheet plans readable. */
export const call = (fn: string, ...args: (FormulaNode | null)[]): FormulaNode => ({
  kind: "call",
  fn,
  args,
});
export const ref = (address: string, sheet?: string): FormulaNode => ({
  kind: "ref",
  address,
  sheet,
});
export const num = (value: number): FormulaNode => ({ kind: "number", value });
export const text = (value: string): FormulaNode => ({ kind: "text", value });
export const minus = (left: FormulaNode, right: FormulaNode): FormulaNode => ({
  kind: "op",
  op: "-",
  left,
  right,
});
export const plus = (left: FormulaNode, right: FormulaNode): FormulaNode => ({
  kind: "op",
  op: "+",
  left,
  right,
});
export const times = (left: FormulaNode, right: FormulaNode): FormulaNode => ({
  kind: "op",
  op: "*",
  left,
  right,
});
export const divide = (left: FormulaNode, right: FormulaNode): FormulaNode => ({
  kind: "op",
  op: "/",
  left,
  right,
});
export const compare = (
  left: FormulaNode,
  op: ComparisonOperator,
  right: FormulaNode,
): FormulaNode => ({ kind: "op", op, left, right });

/** A formula cell whose undefined cases (nothing expected yet) show blank rather than #DIV/0!. */
export const orBlank = (formula: FormulaNode): FormulaNode => call("IFERROR", formula, text(""));

export const label = (value: string, bold = false): PlannedCell => ({ value, bold });
export const formula = (node: FormulaNode, numberFormat?: string, bold = false): PlannedCell => ({
  formula: node,
  numberFormat,
  bold,
});
export const constant = (value: number, numberFormat?: string): PlannedCell => ({
  value,
  numberFormat,
});

export const MONEY_FORMAT = "#,##0.0";
export const PERCENT_FORMAT = "0.0%"; // one decimal, as the pane shows percentages
export const FTE_FORMAT = "#,##0.0";

/** A figure typed in the pane, or a cell of the workbook ("Blad1!B1") that formulas should follow. */
export type NumberOrCellSource = number | { sheet?: string; address: string };

export function numberOrCell(
  source: NumberOrCellSource | undefined,
  numberFormat: string,
): PlannedCell {
  if (source === undefined) return label("");
  return typeof source === "number"
    ? constant(source, numberFormat)
    : formula(ref(source.address, source.sheet), numberFormat);
}

/**
 * An amount typed or pointed at in its own unit or sign, written in the sheet's: `factor` converts it
 * (1 000 from mkr to tkr, −1 for a deficit written positive). A cell stays live, times the factor.
 */
export interface ScaledSource {
  source: NumberOrCellSource;
  factor: number;
}

export function scaledNumberOrCell(
  amount: NumberOrCellSource | ScaledSource | undefined,
  numberFormat: string,
): PlannedCell {
  const scaled = typeof amount === "object" && "factor" in amount ? amount : undefined;
  if (scaled === undefined || scaled.factor === 1)
    return numberOrCell(scaled?.source ?? (amount as NumberOrCellSource | undefined), numberFormat);
  const { source, factor } = scaled;
  if (typeof source === "number") return constant(source * factor, numberFormat);
  return formula(times(ref(source.address, source.sheet), num(factor)), numberFormat);
}
