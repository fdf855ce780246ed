/**
 * Writes a planned sheet as a new worksheet, all or nothing, in a handful of syncs whatever its size:
 * one to check the workbook, one to write everything — or, when the cells would make that request
 * larger than Excel on the web accepts, one per band of rows that fits — and one more only to remove
 * a sheet whose writing failed. Balans never writes to a sheet it did not add in this very call.
 */
import { columnLetters, rangeAddress } from "../engine/addresses";
import { INVARIANT_DIALECT, renderFormula } from "../sheets/formula";
import { CreatedSheet, FormulaDialect, PlannedCell, SheetPlan } from "../workbook/types";
import { WorkbookError } from "../workbook/errors";
import { checkNewSheet, checkSheetPlan, plannedCellCount } from "../workbook/newSheet";
import { officeErrorCode, officeErrorLocation, syncOrThrow, toWorkbookError } from "./errors";
import { RowBand, rowBands } from "./requestSize";
import { loadSheetNames } from "./sheetNames";
import { mapInSteps } from "../workbook/steps";
import { MARK_KEY, parseMark, serializeMark } from "../workbook/marks";
import { uniqueSheetName } from "../sheets/sheetName";

type CellInput = string | number | boolean;

/** The plan's cells as Excel's API takes them, worked out before Excel is asked for anything. */
export interface SheetContent {
  /** The rectangle from A1 that holds every planned cell, in bands of rows that each fit one request; absent for a plan without cells. */
  block?: { width: number; inputs: CellInput[][]; numberFormats?: string[][]; bands: RowBand[] };
  boldRanges: string[];
  cellCount: number;
}

const GENERAL_FORMAT = "General";

/** A cell's entry in the formulas matrix; a formula wins over a value. */
function cellInput(cell: PlannedCell | undefined, dialect: FormulaDialect): CellInput {
  if (cell?.formula) return renderFormula(cell.formula, dialect);
  const value = cell?.value;
  if (value === undefined || value === null || value === "") return "";
  // Excel reads written text as if typed: "=…" as a formula, "2024-03" as a date, "1,5" as a number in
  // a Swedish Excel. A leading apostrophe keeps the text exactly as planned; Excel does not show it.
  return typeof value === "string" ? `'${value}` : value;
}

/** "A1:C1"-style runs of adjacent bold cells, row by row, so a header row costs one range. */
function boldRuns(rows: PlannedCell[][]): string[] {
  const ranges: string[] = [];
  rows.forEach((row, rowIndex) => {
    let runStart: number | undefined;
    for (let column = 0; column <= row.length; column++) {
      const bold = row[column]?.bold === true;
      if (bold && runStart === undefined) runStart = column;
      if (!bold && runStart !== undefined) {
        ranges.push(rangeAddress(rowIndex, runStart, rowIndex, column - 1));
        runStart = undefined;
      }
    }
  });
  return ranges;
}

export async function sheetContent(
  rows: PlannedCell[][],
  dialect: FormulaDialect,
): Promise<SheetContent> {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const boldRanges = boldRuns(rows);
  if (rows.length === 0 || width === 0) return { boldRanges, cellCount: 0 };
  const cells = rows.map((row) => Array.from({ length: width }, (_, column) => row[column]));
  const inputs = await mapInSteps(cells, (row) => row.map((cell) => cellInput(cell, dialect)));
  const hasNumberFormats = cells.some((row) =>
    row.some((cell) => cell?.numberFormat !== undefined),
  );
  const numberFormats = hasNumberFormats
    ? cells.map((row) => row.map((cell) => cell?.numberFormat ?? GENERAL_FORMAT))
    : undefined;
  return {
    block: {
      width,
      inputs,
      numberFormats,
      bands: rowBands(numberFormats ? [inputs, numberFormats] : [inputs]),
    },
    boldRanges,
    cellCount: plannedCellCount(rows),
  };
}

function queueCells(
  sheet: Excel.Worksheet,
  block: NonNullable<SheetContent["block"]>,
  band: RowBand,
  language: FormulaDialect["functionLanguage"],
): void {
  const range = sheet.getRange(rangeAddress(band.start, 0, band.end - 1, block.width - 1));
  const inputs = block.inputs.slice(band.start, band.end);
  if (language === "en") range.formulas = inputs;
  else range.formulasLocal = inputs;
  // After the cells, so the plan's formats replace any Excel picks from what was written.
  if (block.numberFormats) range.numberFormat = block.numberFormats.slice(band.start, band.end);
}

/** Everything but the cells; queued with the last band, so the sheet shows and activates complete. */
function queueFormatting(sheet: Excel.Worksheet, plan: SheetPlan, content: SheetContent): void {
  for (const address of content.boldRanges) sheet.getRange(address).format.font.bold = true;
  // Widths in points, the unit Office.js takes.
  plan.columnWidths?.forEach((width, column) => {
    const letters = columnLetters(column);
    sheet.getRange(`${letters}:${letters}`).format.columnWidth = width;
  });
  for (const { range, rules } of plan.conditionalFormats ?? []) {
    const target = sheet.getRange(range);
    for (const rule of rules) {
      const { custom } = target.conditionalFormats.add("Custom");
      // ConditionalFormatRule.formula takes Excel's invariant notation (English names, ","), like
      // Range.formulas, whatever the user's locale; formulaLocal would be the localized one.
      custom.rule.formula = renderFormula(rule.formula, INVARIANT_DIALECT);
      custom.format.fill.color = rule.fill;
      custom.format.font.color = rule.font;
    }
  }
  if (plan.chart) {
    const chart = sheet.charts.add(plan.chart.type, sheet.getRange(plan.chart.source), "Columns");
    chart.title.text = plan.chart.title;
    chart.setPosition(plan.chart.anchor);
  }
  if (plan.freezeRows) sheet.freezePanes.freezeRows(plan.freezeRows);
  sheet.activate();
}

/**
 * Balans's mark, a worksheet custom property (ExcelApi 1.12) with the plan's kind and source: it
 * travels with the sheet, so a renamed sheet is found again, and rides with the sheet's last request.
 */
function queueMark(sheet: Excel.Worksheet, plan: SheetPlan): void {
  if (plan.mark) sheet.customProperties.add(MARK_KEY, serializeMark(plan.mark));
}

/** Removes the sheet a failed write added, then throws why the write failed. */
async function removeFailedSheet(
  context: Excel.RequestContext,
  name: string,
  writeError: unknown,
  added: boolean,
): Promise<never> {
  const failure = toWorkbookError(writeError, "writeFailed", { sheetName: name });
  // A failed batch stops at the failing command and keeps what ran before it. When the add itself
  // failed, a sheet by this name is someone else's (it appeared after the check): leave it alone.
  // Once an earlier request added it, the sheet is Balans's own whatever failed.
  const addFailed =
    !added &&
    (officeErrorCode(writeError) === "ItemAlreadyExists" ||
      officeErrorLocation(writeError) === "WorksheetCollection.add");
  if (addFailed) throw failure;
  // add()'s proxy is invalid after a failed request, so the sheet is found again by its name, which
  // was free at the check; on a null object (the add never ran) delete does nothing.
  context.workbook.worksheets.getItemOrNullObject(name).delete();
  try {
    await context.sync();
  } catch (cleanupError) {
    throw new WorkbookError(
      failure.code,
      { sheetName: name, officeCode: failure.officeCode, sheetLeftBehind: true },
      {
        cause: new AggregateError(
          [writeError, cleanupError],
          "writing the sheet failed, and so did removing it",
        ),
      },
    );
  }
  throw failure;
}

/**
 * Adds the sheet `plan.name` and writes the plan on it. Formulas go through `Range.formulas` in
 * Excel's invariant English when Excel's language is English, else through `Range.formulasLocal` in
 * the dialect (Swedish names, the locale's separators). Refuses a protected workbook or a name already
 * taken before writing anything.
 */
export async function writeSheet(
  context: Excel.RequestContext,
  plan: SheetPlan,
  dialect: FormulaDialect,
): Promise<CreatedSheet> {
  checkSheetPlan(plan);
  const content = await sheetContent(
    plan.rows,
    dialect.functionLanguage === "en" ? INVARIANT_DIALECT : dialect,
  );

  const sheetNames = loadSheetNames(context);
  const protection = context.workbook.protection.load("protected");
  await syncOrThrow(context, "writeFailed", { sheetName: plan.name });
  checkNewSheet(plan, { structureProtected: protection.protected, sheetNames: sheetNames() });

  const sheet = context.workbook.worksheets.add(plan.name);
  const bands = content.block?.bands ?? [];
  let requestsDone = 0;
  try {
    // One request per band; the sheet's formatting rides with the last (a plan without cells: alone).
    for (; requestsDone < Math.max(1, bands.length); requestsDone++) {
      const band = bands[requestsDone];
      if (content.block && band) queueCells(sheet, content.block, band, dialect.functionLanguage);
      if (requestsDone >= bands.length - 1) {
        queueFormatting(sheet, plan, content);
        queueMark(sheet, plan);
      }
      await context.sync();
    }
  } catch (error) {
    return removeFailedSheet(context, plan.name, error, requestsDone > 0);
  }
  return { name: plan.name, cellCount: content.cellCount };
}

/**
 * Rewrites the Balans sheet now called `name` with `plan`, all or nothing: first a check that it
 * carries Balans's mark of the plan's kind; then the cells are written onto a scratch sheet, band by
 * band as a new sheet's are — where a write Excel refuses fails before the sheet to update is touched —
 * and, with the last band, the sheet is cleared, the cells copied over it, its formatting, chart and
 * mark written, and the scratch sheet removed; after a failure, the scratch sheet is removed. The
 * sheet keeps its name, position and identity, so formulas elsewhere that point at it keep pointing at it.
 */
export async function updateSheet(
  context: Excel.RequestContext,
  name: string,
  plan: SheetPlan,
  dialect: FormulaDialect,
): Promise<CreatedSheet> {
  checkSheetPlan(plan);
  const content = await sheetContent(
    plan.rows,
    dialect.functionLanguage === "en" ? INVARIANT_DIALECT : dialect,
  );
  const { worksheets } = context.workbook;
  const target = worksheets.getItemOrNullObject(name);
  const mark = target.customProperties.getItemOrNullObject(MARK_KEY);
  mark.load("value");
  const charts = target.charts.load("items/name");
  const sheetProtection = target.protection.load("protected");
  const sheetNames = loadSheetNames(context);
  const protection = context.workbook.protection.load("protected");
  await syncOrThrow(context, "writeFailed", { sheetName: name });
  if (target.isNullObject || mark.isNullObject || parseMark(mark.value)?.kind !== plan.mark?.kind) {
    throw new WorkbookError("notBalansSheet", { sheetName: name });
  }
  if (protection.protected || sheetProtection.protected)
    throw new WorkbookError("workbookProtected", { sheetName: name });

  const scratchName = uniqueSheetName(`Balans ${Date.now()}`, sheetNames());
  const scratch = worksheets.add(scratchName);
  const bands = content.block?.bands ?? [];
  let requestsDone = 0;
  try {
    for (; requestsDone < Math.max(1, bands.length); requestsDone++) {
      const band = bands[requestsDone];
      if (content.block && band) queueCells(scratch, content.block, band, dialect.functionLanguage);
      if (requestsDone >= bands.length - 1) {
        target.getRange().conditionalFormats.clearAll();
        target.getRange().clear("All");
        charts.items.forEach((chart) => chart.delete());
        target.freezePanes.unfreeze();
        if (content.block) {
          const block = rangeAddress(
            0,
            0,
            content.block.inputs.length - 1,
            content.block.width - 1,
          );
          target.getRange(block).copyFrom(scratch.getRange(block), "All");
        }
        scratch.delete();
        queueFormatting(target, plan, content);
        if (plan.mark) mark.value = serializeMark(plan.mark);
      }
      await context.sync();
    }
  } catch (error) {
    return removeFailedSheet(context, scratchName, error, requestsDone > 0);
  }
  return { name, cellCount: content.cellCount };
}
