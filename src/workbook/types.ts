/**
 * The narrow interface between the task pane and a workbook. Two implementations: Office.js (Excel,
 * src/excel/) and the preview workbench. The pane never touches Office.js directly.
 */
import type { Grid } from "../engine/grid";

/** A range on a named sheet: what a reading was taken from. */
export interface RangeRef {
  sheet: string;
  /** Without the sheet, e.g. "B3:H31". */
  address: string;
}

/**
 * A rectangle of cells as read from the workbook: the engine's grid (values and where they lie, the
 * Excel table it is, if any) with everything Excel says about its cells.
 */
export interface TableSnapshot extends Grid {
  /** Excel's value types per cell: "Empty", "String", "Double", "Boolean", "Error", … */
  valueTypes: string[][];
  /** Number formats per cell ("General", "0,0", "yyyy-mm-dd", …). */
  numberFormats: string[][];
  /** True when any merged area lies inside the rectangle. */
  hasMergedCells: boolean;
}

/** A formula as a tree, rendered for Excel's API by src/sheets/formula.ts. */
export type FormulaNode =
  | { kind: "call"; fn: string; args: (FormulaNode | null)[] } // fn: a BALANS id ("EFFECT.EXPECTED") or a built-in in English ("SUM", "IFERROR")
  | { kind: "ref"; sheet?: string; address: string } // "B3", "$B$3", "B3:D3"
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | {
      kind: "op";
      op: ArithmeticOperator | ComparisonOperator;
      left: FormulaNode;
      right: FormulaNode;
    };

export type ArithmeticOperator = "+" | "-" | "*" | "/";
/** Comparisons give TRUE or FALSE; Excel ranks any text above any number in them, so guard with ISNUMBER. */
export type ComparisonOperator = "=" | "<>" | "<" | "<=" | ">" | ">=";

/** One cell of a sheet Balans writes: a constant or a formula, with its formatting. */
export interface PlannedCell {
  value?: string | number | boolean | null;
  formula?: FormulaNode;
  /** Number format code in Excel's English notation, e.g. "#,##0.0" or "0%". */
  numberFormat?: string;
  bold?: boolean;
}

/** A measure's status as the pane judges it (engine MeasureStatus). */
export type StatusKey = "onTrack" | "atRisk" | "behind" | "notStarted";

/**
 * A custom-formula conditional format: a cell of the range gets `fill` and `font` where `formula` is
 * TRUE. The formula is written for the range's top-left cell and, as in Excel, its relative references
 * shift cell by cell ("$G5" keeps column G, row relative). It is written through
 * ConditionalFormatRule.formula, in Excel's invariant English notation. The rules of one range never
 * overlap (at most one is TRUE for any cell), so Excel's priority order does not matter.
 */
export interface StatusRule {
  status: StatusKey;
  formula: FormulaNode;
  fill: string;
  font: string;
}

export interface PlannedChart {
  type: "ColumnClustered" | "Line";
  title: string;
  /** Data on the new sheet, e.g. "A4:C30", series in columns, first column the categories. */
  source: string;
  /** Top-left cell where the chart is placed, e.g. "J2". */
  anchor: string;
}

export type BalansSheetKind = "followUp" | "forecast" | "staffing";

/**
 * What a Balans sheet was made from, stored with the sheet in the workbook, so that "Skapa" again for
 * the same source can offer to update that sheet, even after it was renamed.
 */
export interface SheetMark {
  kind: BalansSheetKind;
  /** The source table, sheet-qualified: "Blad1!C3:K30". */
  source: string;
}

/** A whole new sheet: cells from A1, column widths, status colours, a chart. */
export interface SheetPlan {
  /** Wanted name; the writer refuses a name that is taken (see uniqueSheetName). */
  name: string;
  /** Marks the sheet as Balans's; absent only in tests of the writer. */
  mark?: SheetMark;
  rows: PlannedCell[][];
  columnWidths?: number[];
  conditionalFormats?: { range: string; rules: StatusRule[] }[];
  chart?: PlannedChart;
  freezeRows?: number;
}

/** A sheet Balans created, by its name now (the user may have renamed it) and its mark. */
export interface MarkedSheet {
  name: string;
  mark: SheetMark;
}

export interface CreatedSheet {
  name: string;
  cellCount: number;
}

/** How formulas must be written for the Excel at hand. */
export interface FormulaDialect {
  /** Language of custom-function names Excel knows: the display language. */
  functionLanguage: "sv" | "en";
  decimalSeparator: string;
  listSeparator: string;
}

export interface WorkbookPort {
  /** The user's current selection. Refuses nothing: validation is the caller's. */
  readSelection(): Promise<TableSnapshot>;
  /** One range by address, "Blad1!B2" or "B2" on the active sheet. */
  readRange(address: string): Promise<TableSnapshot>;
  /** Writes a new sheet with everything on it; all or nothing. Refuses a name already taken. */
  createSheet(plan: SheetPlan): Promise<CreatedSheet>;
  sheetNames(): Promise<string[]>;
  /** The sheets Balans created and marked, found by their marks whatever they are called now. */
  markedSheets(): Promise<MarkedSheet[]>;
  /**
   * Rewrites the sheet now called `name` whole with `plan`, keeping its name; all or nothing. Refuses
   * ("notBalansSheet") a sheet without Balans's mark of the plan's kind: never a sheet Balans did not create.
   */
  updateSheet(name: string, plan: SheetPlan): Promise<CreatedSheet>;
  /** Workbook-stored settings (Office.context.document.settings). */
  loadSettings(): Promise<Record<string, unknown>>;
  saveSettings(values: Record<string, unknown>): Promise<void>;
  /**
   * Calls `onChange` whenever a cell of `ranges` may have changed since it was read: edited, shifted by
   * inserted or deleted rows or columns, its sheet renamed or deleted, the workbook replaced. It may
   * call when nothing relevant changed, never stays silent on an edit the host reports. Resolves, once
   * watching, to the function that stops it. (In Excel: worksheet events, see src/excel/watchRanges.ts.)
   */
  watchRanges(ranges: readonly RangeRef[], onChange: () => void): Promise<() => void>;
}
