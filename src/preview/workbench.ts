import { CellValue, DetailedCellError, ExportedCellChange, HyperFormula } from "hyperformula";
import { Language } from "../i18n/language";
import { cellAddress, columnLetters, parseNumberText, parseRange, rangeAddress } from "../engine";
import { WorkbookError } from "../workbook/errors";
import {
  checkNewSheet,
  checkSheetPlan,
  isEmptyPlannedCell,
  plannedCellCount,
} from "../workbook/newSheet";
import { INVARIANT_DIALECT, renderFormula } from "../sheets/formula";
import { touches } from "../workbook/ranges";
import { mapInSteps, nextTask } from "../workbook/steps";
import {
  CreatedSheet,
  FormulaNode,
  MarkedSheet,
  PlannedCell,
  PlannedChart,
  RangeRef,
  SheetMark,
  SheetPlan,
  StatusRule,
  TableSnapshot,
  WorkbookPort,
} from "../workbook/types";
import { formulaErrorMessage, notationHint } from "./formulaErrors";
import { createBalansHyperFormula, CustomFunctionSet } from "./hyperformulaBridge";
import { localErrorCode, toInvariant, toLocal } from "./notation";
import { formatValue } from "./numberFormat";
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
  /** An error's message in the preview's language, for a tooltip. */
  message?: string;
  bold?: boolean;
  /** A colour the number format asks for ("[Red]"). */
  color?: string;
}

interface CellFormat {
  numberFormat?: string;
  bold?: boolean;
}

/** What a sheet shows beyond its cells: merged areas, frozen rows, column widths, conditional formats. */
export interface SheetLayout {
  merges: CellRange[];
  freezeRows: number;
  /** Widths in points by column, where set. */
  columnWidths: (number | undefined)[];
  conditionalFormats: { range: CellRange; rules: StatusRule[] }[];
}

/** A cell's colours from a conditional format. */
export interface CellColours {
  fill: string;
  font: string;
}

/** A cell as Save as .xlsx writes it: formula (invariant notation, without "="), value computed or constant, format. */
export interface ExportedCell {
  row: number;
  column: number;
  formula?: string;
  value: number | string | boolean | null | { error: string };
  numberFormat?: string;
  bold?: boolean;
}

export interface ExportedSheet {
  name: string;
  cells: ExportedCell[];
  layout: SheetLayout;
}

const emptyLayout = (): SheetLayout => ({
  merges: [],
  freezeRows: 0,
  columnWidths: [],
  conditionalFormats: [],
});

const intersects = (a: CellRange, b: CellRange) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

const key = (row: number, column: number) => `${row},${column}`;

/** What a user types into a cell: a formula (in the workbook's invariant notation), a number (Swedish or English style), or text. */
export function parseInput(input: string, language: Language = "sv"): string | number | null {
  const trimmed = input.trim();
  if (trimmed === "") return null;
  if (trimmed.startsWith("=")) return toInvariant(trimmed, language);
  return parseNumberText(trimmed) ?? input;
}

/** A formula the preview refuses to enter, as Excel does, with what is wrong in the user's language. */
export class FormulaInputError extends Error {}

/**
 * Excel answers each request of the pane (a context.sync()) in a later task, after working in its own
 * process: the preview answers in a later task too, so an action is several tasks as in Excel, not one.
 */
const roundTrip = nextTask;

/**
 * Marks work that Excel does in its own process and the preview on the page's thread (reading and
 * writing cells, drawing the grid), so that measurements (npm run bench) can tell it from the pane's.
 */
export function spreadsheetWork<T>(what: "read" | "write" | "draw", work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    // jsdom, where the pane's tests render the preview, has no User Timing.
    performance.measure?.(`Balans preview spreadsheet: ${what}`, { start, end: performance.now() });
  }
}

/**
 * The preview's workbook: sheets in HyperFormula with the BALANS functions, a selection the grid
 * sets, and the task pane's WorkbookPort on top — so the pane reads and writes exactly as it does
 * in Excel, through the same interface.
 */
export class PreviewWorkbook implements WorkbookPort {
  private hf: HyperFormula;
  private formats = new Map<string, Map<string, CellFormat>>();
  private layouts = new Map<string, SheetLayout>();
  /** Conditional-format colours by "sheet!row,column" (null: none), until the content changes. */
  private colourCache = new Map<string, CellColours | null>();
  private listeners = new Set<() => void>();
  private watchers = new Set<{ ranges: readonly RangeRef[]; onChange: () => void }>();
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
  /** The name Save as .xlsx gives the file: the opened file's, or the sample's. */
  fileName = "Balans-forhandsvisning.xlsx";
  /** The notation and display the user sees: Swedish as Swedish Excel, or English. */
  language: Language = "sv";

  constructor(
    sheets: readonly SampleSheet[],
    private readonly functions: CustomFunctionSet,
  ) {
    this.hf = this.build(sheets);
    this.keepFormats(sheets);
    this.activeSheet = sheets[0]?.name ?? "Blad1";
    this.selection = { sheet: this.activeSheet, top: 0, left: 0, bottom: 0, right: 0 };
  }

  private build(sheets: readonly SampleSheet[]): HyperFormula {
    const contents = Object.fromEntries(sheets.map((sheet) => [sheet.name, sheet.cells]));
    return createBalansHyperFormula(sheets.length === 0 ? { Blad1: [] } : contents, this.functions);
  }

  /** Replaces the whole workbook, e.g. with a file the user opened. */
  replace(sheets: readonly SampleSheet[], fileName = this.fileName): void {
    this.fileName = fileName;
    this.hf.destroy();
    this.hf = this.build(sheets);
    this.changed("everything"); // another file: nothing read from the old one still stands
    this.formats.clear();
    this.layouts.clear();
    this.colourCache.clear();
    this.charts.clear();
    this.marks.clear();
    this.keepFormats(sheets);
    this.activeSheet = this.sheetList()[0];
    this.selection = { sheet: this.activeSheet, top: 0, left: 0, bottom: 0, right: 0 };
    this.notify();
  }

  private keepFormats(sheets: readonly SampleSheet[]): void {
    for (const sheet of sheets) {
      const formats = new Map<string, CellFormat>();
      sheet.numberFormats?.forEach((row, r) =>
        row.forEach((numberFormat, c) => numberFormat && formats.set(key(r, c), { numberFormat })),
      );
      this.formats.set(sheet.name, formats);
      this.layouts.set(sheet.name, {
        ...emptyLayout(),
        merges: (sheet.merges ?? []).map((merge) => ({ sheet: sheet.name, ...merge })),
        freezeRows: sheet.freezeRows ?? 0,
        columnWidths: sheet.columnWidths ?? [],
      });
    }
  }

  /** The sheet's merged areas, frozen rows, widths and conditional formats. */
  layout(sheet: string): SheetLayout {
    return this.layouts.get(sheet) ?? emptyLayout();
  }

  /**
   * The colours a conditional format gives a cell, or undefined: the first rule (in priority order)
   * whose formula, moved from the range's top-left cell to this one, is TRUE — as Excel evaluates a
   * custom-formula rule. Kept until the next change of content.
   */
  colours(sheet: string, row: number, column: number): CellColours | undefined {
    const cacheKey = `${sheet}!${key(row, column)}`;
    if (this.colourCache.has(cacheKey)) return this.colourCache.get(cacheKey) ?? undefined;
    let found: CellColours | undefined;
    for (const { range, rules } of this.layout(sheet).conditionalFormats) {
      if (
        found ||
        row < range.top ||
        row > range.bottom ||
        column < range.left ||
        column > range.right
      )
        continue;
      const rule = rules.find((candidate) =>
        this.holds(candidate, sheet, row - range.top, column - range.left),
      );
      if (rule) found = { fill: rule.fill, font: rule.font };
    }
    this.colourCache.set(cacheKey, found ?? null);
    return found;
  }

  private holds(rule: StatusRule, sheet: string, rows: number, columns: number): boolean {
    const formula = renderFormula(shifted(rule.formula, rows, columns), INVARIANT_DIALECT);
    return this.hf.calculateFormula(formula, this.sheetId(sheet)) === true;
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

  setLanguage(language: Language): void {
    this.language = language;
    this.notify();
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
    const language = this.language;
    const shownFormula = formula === undefined ? undefined : toLocal(formula, language);
    const input =
      shownFormula ?? (value === null || value instanceof DetailedCellError ? "" : String(value));
    const { bold } = format;
    if (value instanceof DetailedCellError) {
      return {
        text: localErrorCode(value.value, language),
        input,
        kind: "error",
        message: formulaErrorMessage(value.value, value.message, language),
        bold,
      };
    }
    if (typeof value === "number") {
      const { text, color } = formatValue(value, format.numberFormat, language);
      return {
        text,
        input: shownFormula ?? formatValue(value, undefined, language).text,
        kind: "number",
        bold,
        color,
      };
    }
    if (value === null) return { text: "", input, kind: "empty", bold };
    if (typeof value === "boolean") {
      const text = language === "sv" ? (value ? "SANT" : "FALSKT") : value ? "TRUE" : "FALSE";
      return { text, input: shownFormula ?? text, kind: "text", bold };
    }
    return { text: String(value), input, kind: "text", bold };
  }

  /**
   * The user types into a cell, in the preview's notation; formulas recalculate. A formula that cannot
   * be read is refused with a FormulaInputError and nothing changes, as Excel refuses it.
   */
  setInput(sheet: string, row: number, column: number, input: string): void {
    const content = parseInput(input, this.language);
    if (
      typeof content === "string" &&
      content.startsWith("=") &&
      !this.hf.validateFormula(content)
    ) {
      const problem =
        this.language === "sv"
          ? `Formeln ${input.trim()} kunde inte tolkas.`
          : `The formula ${input.trim()} could not be read.`;
      throw new FormulaInputError(`${problem} ${notationHint(this.language)}`);
    }
    const changes = this.hf.setCellContents({ sheet: this.sheetId(sheet), row, col: column }, [
      [content],
    ]);
    this.colourCache.clear();
    // The edited cell and every formula that recalculated because of it.
    this.changed(
      changes.flatMap((change) =>
        change instanceof ExportedCellChange
          ? [
              {
                sheet: this.hf.getSheetName(change.address.sheet) ?? sheet,
                address: cellAddress(change.address.row, change.address.col),
              },
            ]
          : [],
      ),
    );
    this.notify();
  }

  /** Tells every watcher whose ranges `cells` touch, or every watcher when `cells` is "everything". */
  private changed(cells: readonly RangeRef[] | "everything"): void {
    for (const watcher of [...this.watchers]) {
      const touched =
        cells === "everything" ||
        cells.some((cell) =>
          watcher.ranges.some((range) => touches(range, cell.sheet, cell.address)),
        );
      if (touched) watcher.onChange();
    }
  }

  async watchRanges(ranges: readonly RangeRef[], onChange: () => void): Promise<() => void> {
    const watcher = { ranges, onChange };
    this.watchers.add(watcher);
    await roundTrip();
    return () => this.watchers.delete(watcher);
  }

  /** Protects or unprotects the workbook's structure, as Excel's Review > Protect Workbook. */
  protectStructure(on: boolean): void {
    this.structureProtected = on;
  }

  // The task pane's WorkbookPort.

  async readSelection(): Promise<TableSnapshot> {
    const snapshot = this.snapshot(this.selection);
    await roundTrip();
    return snapshot;
  }

  async readRange(address: string): Promise<TableSnapshot> {
    const range = parseRange(address);
    if (!range) throw new WorkbookError("invalidAddress", { address });
    const sheet = range.sheet ?? this.activeSheet;
    this.sheetId(sheet);
    const snapshot = this.snapshot({
      sheet,
      top: range.top,
      left: range.left,
      bottom: range.bottom,
      right: range.right,
    });
    await roundTrip();
    return snapshot;
  }

  private snapshot(range: CellRange): TableSnapshot {
    return spreadsheetWork("read", () => this.snapshotNow(range));
  }

  private snapshotNow(range: CellRange): TableSnapshot {
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
        rowFormats.push(
          this.formats.get(range.sheet)?.get(key(row, column))?.numberFormat ?? "General",
        );
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
      hasMergedCells: this.layout(range.sheet).merges.some((merge) => intersects(merge, range)),
    };
  }

  async createSheet(plan: SheetPlan): Promise<CreatedSheet> {
    await roundTrip();
    checkSheetPlan(plan);
    const contents = await mapInSteps(plan.rows, (cells) => cells.map(plannedInput));
    checkNewSheet(plan, {
      structureProtected: this.structureProtected,
      sheetNames: this.sheetList(),
    });
    this.hf.addSheet(plan.name);
    try {
      spreadsheetWork("write", () => this.hf.setSheetContent(this.sheetId(plan.name), contents));
    } catch (error) {
      this.hf.removeSheet(this.sheetId(plan.name)); // all or nothing, as in Excel
      throw new WorkbookError("writeFailed", { sheetName: plan.name }, { cause: error });
    }
    if (plan.mark) this.marks.set(this.sheetId(plan.name), plan.mark);
    return this.showWritten(plan.name, plan);
  }

  /**
   * The formats and chart of a sheet just written from `plan`, and the sheet shown: in the task after
   * the write, as Excel shows a sheet after writing it, and answered in the task after that.
   */
  private async showWritten(name: string, plan: SheetPlan): Promise<CreatedSheet> {
    await roundTrip();
    const formats = new Map<string, CellFormat>();
    plan.rows.forEach((cells, row) =>
      cells.forEach(
        (cell, column) =>
          (cell.numberFormat || cell.bold) &&
          formats.set(key(row, column), { numberFormat: cell.numberFormat, bold: cell.bold }),
      ),
    );
    this.formats.set(name, formats);
    this.layouts.set(name, {
      ...emptyLayout(),
      freezeRows: plan.freezeRows ?? 0,
      columnWidths: plan.columnWidths ?? [],
      conditionalFormats: (plan.conditionalFormats ?? []).flatMap(({ range, rules }) => {
        const area = parseRange(range);
        return area
          ? [
              {
                range: {
                  sheet: name,
                  top: area.top,
                  left: area.left,
                  bottom: area.bottom,
                  right: area.right,
                },
                rules,
              },
            ]
          : [];
      }),
    });
    if (plan.chart) this.charts.set(name, plan.chart);
    else this.charts.delete(name);
    this.colourCache.clear();
    this.activeSheet = name;
    this.selection = { sheet: name, top: 0, left: 0, bottom: 0, right: 0 };
    this.notify();
    await roundTrip();
    return { name, cellCount: plannedCellCount(plan.rows) };
  }

  async markedSheets(): Promise<MarkedSheet[]> {
    await roundTrip();
    return [...this.marks]
      .map(([id, mark]) => ({ name: this.hf.getSheetName(id) ?? "", mark }))
      .filter((sheet) => sheet.name !== "");
  }

  async updateSheet(name: string, plan: SheetPlan): Promise<CreatedSheet> {
    await roundTrip();
    checkSheetPlan(plan);
    const id = this.hf.getSheetId(name);
    const mark = id === undefined ? undefined : this.marks.get(id);
    if (id === undefined || mark === undefined || mark.kind !== plan.mark?.kind)
      throw new WorkbookError("notBalansSheet", { sheetName: name });
    const contents = await mapInSteps(plan.rows, (cells) => cells.map(plannedInput));
    const before = this.hf.getSheetSerialized(id);
    try {
      spreadsheetWork("write", () => this.hf.setSheetContent(id, contents));
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
    for (const store of [this.formats, this.charts, this.layouts] as Map<string, unknown>[]) {
      const value = store.get(name);
      store.delete(name);
      if (value !== undefined) store.set(newName, value);
    }
    const layout = this.layouts.get(newName);
    if (layout) {
      const moved = <T extends { sheet: string }>(range: T): T => ({ ...range, sheet: newName });
      this.layouts.set(newName, {
        ...layout,
        merges: layout.merges.map(moved),
        conditionalFormats: layout.conditionalFormats.map((format) => ({
          ...format,
          range: moved(format.range),
        })),
      });
    }
    this.colourCache.clear();
    // A reading of the renamed sheet no longer names it: as Excel's rename event does, mark it out of date.
    for (const watcher of [...this.watchers])
      if (watcher.ranges.some((range) => range.sheet === name)) watcher.onChange();
    if (this.activeSheet === name) this.activate(newName);
    else this.notify();
  }

  async sheetNames(): Promise<string[]> {
    await roundTrip();
    return this.sheetList();
  }

  async loadSettings(): Promise<Record<string, unknown>> {
    await roundTrip();
    return { ...this.settings };
  }

  async saveSettings(values: Record<string, unknown>): Promise<void> {
    this.settings = { ...this.settings, ...values };
    await roundTrip();
  }

  /**
   * Every sheet as Excel would store it, for Save as .xlsx: each non-empty cell's formula in the
   * invariant notation with its computed value, or its constant; formats; the sheet's layout.
   * Cells a formula's array result spills into are left to the formula, as Excel stores them.
   */
  exportSheets(): ExportedSheet[] {
    return this.sheetList().map((name) => {
      const sheet = this.sheetId(name);
      const { rows, columns } = this.dimensions(name);
      const cells: ExportedCell[] = [];
      for (let row = 0; row < rows; row++) {
        for (let column = 0; column < columns; column++) {
          const address = { sheet, row, col: column };
          const formula = this.hf.getCellFormula(address);
          if (formula === undefined && this.hf.isCellPartOfArray(address)) continue;
          const raw = this.hf.getCellValue(address);
          const value = raw instanceof DetailedCellError ? { error: raw.value } : raw;
          const format = this.formats.get(name)?.get(key(row, column));
          if (formula === undefined && value === null && !format) continue;
          cells.push({
            row,
            column,
            formula: formula?.slice(1),
            value,
            numberFormat: format?.numberFormat,
            bold: format?.bold,
          });
        }
      }
      return { name, cells, layout: this.layout(name) };
    });
  }

  /** A chart's data on its sheet: the categories and one series per further column. */
  chartData(sheet: string):
    | {
        chart: PlannedChart;
        categories: string[];
        series: { name: string; values: (number | null)[] }[];
      }
    | undefined {
    const chart = this.charts.get(sheet);
    const range = chart && parseRange(chart.source);
    if (!chart || !range) return undefined;
    const rows = this.snapshot({
      sheet,
      top: range.top,
      left: range.left,
      bottom: range.bottom,
      right: range.right,
    }).values;
    const [header, ...body] = rows;
    return {
      chart,
      categories: body.map((row) => String(row[0])),
      series: header.slice(1).map((name, index) => ({
        name: String(name),
        values: body.map((row) =>
          typeof row[index + 1] === "number" ? (row[index + 1] as number) : null,
        ),
      })),
    };
  }
}

/** A formula node with its relative references moved by rows and columns, as Excel moves a rule's formula from its range's top-left cell. */
function shifted(node: FormulaNode, rows: number, columns: number): FormulaNode {
  switch (node.kind) {
    case "ref":
      return {
        ...node,
        address: node.address.replace(
          /(\$?)([A-Z]+)(\$?)(\d+)/g,
          (_, columnFixed: string, letters: string, rowFixed: string, digits: string) => {
            const column = columnFixed ? letters : columnLetters(columnIndex(letters) + columns);
            const row = rowFixed ? digits : String(Number(digits) + rows);
            return `${columnFixed}${column}${rowFixed}${row}`;
          },
        ),
      };
    case "call":
      return {
        ...node,
        args: node.args.map((arg) => (arg === null ? null : shifted(arg, rows, columns))),
      };
    case "op":
      return {
        ...node,
        left: shifted(node.left, rows, columns),
        right: shifted(node.right, rows, columns),
      };
    default:
      return node;
  }
}

/** The 0-based index of column letters ("A" → 0, "AA" → 26). */
const columnIndex = (letters: string) =>
  [...letters].reduce((index, letter) => index * 26 + letter.charCodeAt(0) - 64, 0) - 1;

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
