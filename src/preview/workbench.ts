import { CellValue, DetailedCellError, HyperFormula } from "hyperformula";
import { parseNumberText, parseRange, rangeAddress } from "../engine";
import { WorkbookError } from "../workbook/errors";
import { checkNewSheet, checkSheetPlan, isEmptyPlannedCell, plannedCellCount } from "../workbook/newSheet";
import { INVARIANT_DIALECT, renderFormula } from "../sheets/formula";
import { CreatedSheet, MarkedSheet, PlannedCell, PlannedChart, SheetMark, SheetPlan, TableSnapshot, WorkbookPort } from "../workbook/types";
import { createBalansHyperFormula, CustomFunctionSet } from "./hyperformulaBridge";
import { SampleSheet } from "./sampleWorkbook";

export interface CellRange {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface CellView {
  /** What the grid shows: the value formatted, or the error code. */
  text: string;
  /** What the formula bar shows and edits: the formula, or the value as typed. */
  input: string;
  kind: "number" | "text" | "error" | "empty";
  /** An error's message, for a tooltip. */
  message?: string;
  bold?: boolean;
}

interface CellFormat {
  numberFormat?: string;
  bold?: boolean;
}

const key = (row: number, column: number) => `${row},${column}`;

/** A value as the preview shows it, Swedish style: decimal comma, space as thousands separator. */
export function formatValue(value: number, numberFormat = "General"): string {
  if (numberFormat.includes("%")) {
    const decimals = (numberFormat.split(".")[1] ?? "").replace(/[^0#]/g, "").length;
    return `${(value * 100).toLocaleString("sv-SE", { minimumFractionDigits: decimals, maximumFractionDigits: decimals })} %`;
  }
  const fixed = /0\.(0+)/.exec(numberFormat);
  const decimals = fixed ? fixed[1].length : undefined;
  return value.toLocaleString("sv-SE", {
    minimumFractionDigits: decimals ?? 0,
    maximumFractionDigits: decimals ?? 6,
    useGrouping: numberFormat.includes(","), // as Excel: "General" shows no thousands separator
  });
}

/** What a user types into a cell: a formula, a number (Swedish or English style), or text. */
export function parseInput(input: string): string | number | null {
  const trimmed = input.trim();
  if (trimmed === "") return null;
  if (trimmed.startsWith("=")) return trimmed;
  return parseNumberText(trimmed) ?? input;
}

/**
 * The preview's workbook: sheets in HyperFormula with the BALANS functions, a selection the grid
 * sets, and the task pane's WorkbookPort on top — so the pane reads and writes exactly as it does
 * in Excel, through the same interface.
 */
export class PreviewWorkbook implements WorkbookPort {
  private hf: HyperFormula;
  private formats = new Map<string, Map<string, CellFormat>>();
  private listeners = new Set<() => void>();
  private settings: Record<string, unknown> = {};
  /** As Excel's "Protect Workbook": sheets cannot be added. */
  private structureProtected = false;
  /** Balans's marks by HyperFormula sheet id, which a rename keeps. */
  private marks = new Map<number, SheetMark>();
  readonly charts = new Map<string, PlannedChart>();
  activeSheet: string;
  selection: CellRange;
  /** Counts changes, so React can tell that something changed. */
  version = 0;

  constructor(
    sheets: readonly SampleSheet[],
    private readonly functions: CustomFunctionSet,
  ) {
    this.hf = this.build(sheets);
    this.activeSheet = sheets[0]?.name ?? "Blad1";
    this.selection = { sheet: this.activeSheet, top: 0, left: 0, bottom: 0, right: 0 };
  }

  private build(sheets: readonly SampleSheet[]): HyperFormula {
    const contents = Object.fromEntries(sheets.map((sheet) => [sheet.name, sheet.cells]));
    return createBalansHyperFormula(sheets.length === 0 ? { Blad1: [] } : contents, this.functions);
  }

  /** Replaces the whole workbook, e.g. with a file the user opened. */
  replace(sheets: readonly SampleSheet[]): void {
    this.hf.destroy();
    this.hf = this.build(sheets);
    this.formats.clear();
    this.charts.clear();
    this.marks.clear();
    this.activeSheet = this.sheetList()[0];
    this.selection = { sheet: this.activeSheet, top: 0, left: 0, bottom: 0, right: 0 };
    this.notify();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    this.version++;
    this.listeners.forEach((listener) => listener());
  }

  sheetList(): string[] {
    return this.hf.getSheetNames();
  }

  private sheetId(name: string): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined) throw new WorkbookError("invalidAddress", { address: name });
    return id;
  }

  dimensions(sheet: string): { rows: number; columns: number } {
    const { height, width } = this.hf.getSheetDimensions(this.sheetId(sheet));
    return { rows: height, columns: width };
  }

  activate(sheet: string): void {
    this.activeSheet = sheet;
    this.selection = { sheet, top: 0, left: 0, bottom: 0, right: 0 };
    this.notify();
  }

  select(range: CellRange): void {
    this.selection = {
      sheet: range.sheet,
      top: Math.min(range.top, range.bottom),
      bottom: Math.max(range.top, range.bottom),
      left: Math.min(range.left, range.right),
      right: Math.max(range.left, range.right),
    };
    this.notify();
  }

  cell(sheet: string, row: number, column: number): CellView {
    const address = { sheet: this.sheetId(sheet), row, col: column };
    const value = this.hf.getCellValue(address);
    const formula = this.hf.getCellFormula(address);
    const format = this.formats.get(sheet)?.get(key(row, column)) ?? {};
    const input = formula ?? (value === null || value instanceof DetailedCellError ? "" : String(value));
    if (value instanceof DetailedCellError) return { text: value.value, input, kind: "error", message: value.message, bold: format.bold };
    if (typeof value === "number") return { text: formatValue(value, format.numberFormat), input: formula ?? formatValue(value), kind: "number", bold: format.bold };
    if (value === null) return { text: "", input, kind: "empty", bold: format.bold };
    return { text: String(value), input, kind: "text", bold: format.bold };
  }

  /** The user types into a cell; formulas recalculate. */
  setInput(sheet: string, row: number, column: number, input: string): void {
    this.hf.setCellContents({ sheet: this.sheetId(sheet), row, col: column }, [[parseInput(input)]]);
    this.notify();
  }

  /** Protects or unprotects the workbook's structure, as Excel's Review > Protect Workbook. */
  protectStructure(on: boolean): void {
    this.structureProtected = on;
  }

  // The task pane's WorkbookPort.

  async readSelection(): Promise<TableSnapshot> {
    return this.snapshot(this.selection);
  }

  async readRange(address: string): Promise<TableSnapshot> {
    const range = parseRange(address);
    if (!range) throw new WorkbookError("invalidAddress", { address });
    const sheet = range.sheet ?? this.activeSheet;
    this.sheetId(sheet);
    return this.snapshot({ sheet, top: range.top, left: range.left, bottom: range.bottom, right: range.right });
  }

  private snapshot(range: CellRange): TableSnapshot {
    const sheet = this.sheetId(range.sheet);
    const values: (string | number | boolean)[][] = [];
    const valueTypes: string[][] = [];
    const numberFormats: string[][] = [];
    for (let row = range.top; row <= range.bottom; row++) {
      const rowValues: (string | number | boolean)[] = [];
      const rowTypes: string[] = [];
      const rowFormats: string[] = [];
      for (let column = range.left; column <= range.right; column++) {
        const [value, type] = excelValue(this.hf.getCellValue({ sheet, row, col: column }));
        rowValues.push(value);
        rowTypes.push(type);
        rowFormats.push(this.formats.get(range.sheet)?.get(key(row, column))?.numberFormat ?? "General");
      }
      values.push(rowValues);
      valueTypes.push(rowTypes);
      numberFormats.push(rowFormats);
    }
    return {
      sheet: range.sheet,
      address: rangeAddress(range.top, range.left, range.bottom, range.right),
      top: range.top,
      left: range.left,
      values,
      valueTypes,
      numberFormats,
      hasMergedCells: false,
    };
  }

  async createSheet(plan: SheetPlan): Promise<CreatedSheet> {
    checkSheetPlan(plan);
    const contents = plan.rows.map((cells) => cells.map(plannedInput));
    checkNewSheet(plan, { structureProtected: this.structureProtected, sheetNames: this.sheetList() });
    this.hf.addSheet(plan.name);
    try {
      this.hf.setSheetContent(this.sheetId(plan.name), contents);
    } catch (error) {
      this.hf.removeSheet(this.sheetId(plan.name)); // all or nothing, as in Excel
      throw new WorkbookError("writeFailed", { sheetName: plan.name }, { cause: error });
    }
    if (plan.mark) this.marks.set(this.sheetId(plan.name), plan.mark);
    return this.showWritten(plan.name, plan);
  }

  /** The formats and chart of a sheet just written from `plan`, and the sheet shown. */
  private showWritten(name: string, plan: SheetPlan): CreatedSheet {
    const formats = new Map<string, CellFormat>();
    plan.rows.forEach((cells, row) =>
      cells.forEach((cell, column) => (cell.numberFormat || cell.bold) && formats.set(key(row, column), { numberFormat: cell.numberFormat, bold: cell.bold })),
    );
    this.formats.set(name, formats);
    if (plan.chart) this.charts.set(name, plan.chart);
    else this.charts.delete(name);
    this.activeSheet = name;
    this.selection = { sheet: name, top: 0, left: 0, bottom: 0, right: 0 };
    this.notify();
    return { name, cellCount: plannedCellCount(plan.rows) };
  }

  async markedSheets(): Promise<MarkedSheet[]> {
    return [...this.marks].map(([id, mark]) => ({ name: this.hf.getSheetName(id) ?? "", mark })).filter((sheet) => sheet.name !== "");
  }

  async updateSheet(name: string, plan: SheetPlan): Promise<CreatedSheet> {
    checkSheetPlan(plan);
    const id = this.hf.getSheetId(name);
    const mark = id === undefined ? undefined : this.marks.get(id);
    if (id === undefined || mark === undefined || mark.kind !== plan.mark?.kind) throw new WorkbookError("notBalansSheet", { sheetName: name });
    const contents = plan.rows.map((cells) => cells.map(plannedInput));
    const before = this.hf.getSheetSerialized(id);
    try {
      this.hf.setSheetContent(id, contents);
    } catch (error) {
      this.hf.setSheetContent(id, before); // all or nothing, as in Excel
      throw new WorkbookError("writeFailed", { sheetName: name }, { cause: error });
    }
    if (plan.mark) this.marks.set(id, plan.mark);
    return this.showWritten(name, plan);
  }

  /** The user renames a sheet; formulas, formats and Balans's mark follow it. */
  renameSheet(name: string, newName: string): void {
    this.hf.renameSheet(this.sheetId(name), newName);
    for (const store of [this.formats, this.charts] as Map<string, unknown>[]) {
      const value = store.get(name);
      store.delete(name);
      if (value !== undefined) store.set(newName, value);
    }
    if (this.activeSheet === name) this.activate(newName);
    else this.notify();
  }

  async sheetNames(): Promise<string[]> {
    return this.sheetList();
  }

  async loadSettings(): Promise<Record<string, unknown>> {
    return { ...this.settings };
  }

  async saveSettings(values: Record<string, unknown>): Promise<void> {
    this.settings = { ...this.settings, ...values };
  }

  /** A chart's data on its sheet: the categories and one series per further column. */
  chartData(sheet: string): { chart: PlannedChart; categories: string[]; series: { name: string; values: (number | null)[] }[] } | undefined {
    const chart = this.charts.get(sheet);
    const range = chart && parseRange(chart.source);
    if (!chart || !range) return undefined;
    const rows = this.snapshot({ sheet, top: range.top, left: range.left, bottom: range.bottom, right: range.right }).values;
    const [header, ...body] = rows;
    return {
      chart,
      categories: body.map((row) => String(row[0])),
      series: header.slice(1).map((name, index) => ({
        name: String(name),
        values: body.map((row) => (typeof row[index + 1] === "number" ? (row[index + 1] as number) : null)),
      })),
    };
  }
}

/** A cell value as Excel's range.values gives it, with its value type. */
function excelValue(value: CellValue): [string | number | boolean, string] {
  if (value instanceof DetailedCellError) return [value.value, "Error"];
  if (value === null) return ["", "Empty"];
  if (typeof value === "number") return [value, "Double"];
  if (typeof value === "boolean") return [value, "Boolean"];
  return [value, "String"];
}

/**
 * A planned cell as Excel gets it: its formula in English notation, as `range.formulas` takes it, or
 * its constant; text behind an apostrophe, as src/excel/writeSheet.ts writes it, so "=…" or "12" stays
 * text, and "" leaves the cell empty.
 */
export function plannedInput(cell: PlannedCell): string | number | boolean | null {
  if (cell.formula) return renderFormula(cell.formula, INVARIANT_DIALECT);
  if (isEmptyPlannedCell(cell)) return null;
  return typeof cell.value === "string" ? `'${cell.value}` : (cell.value ?? null);
}
