/**
 * Excel round trips: `context.sync()` calls, counted on office-addin-mock (test/support/excelMock.ts),
 * for reading a 10 000-measure action plan and writing its follow-up sheet with its chart, through the
 * add-in's own WorkbookPort (createOfficeWorkbook, so Excel.run, the dialect read and writeSheet are
 * all counted). The baseline is the naive one-sync-per-row code path, written here only for that.
 */
import { detectActionPlan, isDetectionProblem, rangeAddress, readActionPlan } from "../src/engine";
import { createOfficeWorkbook } from "../src/excel/officeWorkbook";
import { translator } from "../src/i18n/ui";
import { renderFormula } from "../src/sheets/formula";
import { followUpSheetPlan } from "../src/sheets/followUpSheet";
import { FormulaDialect, PlannedCell, SheetPlan } from "../src/workbook/types";
import { buildActionPlanTable, manyMeasures, snapshotOf } from "../test/support/actionPlanTable";
import { AddedSheet, MockRange, mockWorkbook, MockWorkbook } from "../test/support/excelMock";
import { jsonBytes, REQUEST_LIMIT_BYTES } from "../src/excel/requestSize";
import { count, Figure, ms, ratioText } from "./report";
import { median } from "./timing";

const MAX_READ_SYNCS = 3;
/** A handful: the dialect, the check, and one request per band of rows that fits Excel on the web's limit. */
const MAX_WRITE_SYNCS = 5;
/** The sizes at which the request size is reported: the 10 000 rows, and three times that, which needs bands. */
const REQUEST_SIZE_MEASURES = [10_000, 30_000];
const SWEDISH_EXCEL = "sv-SE";

/** A 10 000-measure plan (seed 000's rows repeated) as the selection Excel would hand over. */
function actionPlanSelection(measures: number): MockRange {
  const snapshot = snapshotOf(buildActionPlanTable({ rows: manyMeasures(measures) }));
  return {
    address: `${snapshot.sheet}!${snapshot.address}`,
    rowIndex: snapshot.top,
    columnIndex: snapshot.left,
    rowCount: snapshot.values.length,
    columnCount: snapshot.values[0].length,
    values: snapshot.values as unknown[][],
    valueTypes: snapshot.valueTypes,
    numberFormat: snapshot.numberFormats,
    sheet: snapshot.sheet,
  };
}

/** Makes `workbook` what Excel.run hands out, in a Swedish Excel that knows ExcelApi 1.11. */
function inExcel(workbook: MockWorkbook): () => void {
  const scope = globalThis as { Excel?: unknown; Office?: unknown };
  scope.Excel = {
    run: (_options: unknown, batch: (context: Excel.RequestContext) => Promise<unknown>) =>
      batch(workbook.context),
  };
  scope.Office = {
    context: {
      displayLanguage: SWEDISH_EXCEL,
      requirements: { isSetSupported: () => true },
      document: { settings: { get: () => null } },
    },
  };
  return () => {
    delete scope.Excel;
    delete scope.Office;
  };
}

interface Trip {
  /** The JSON bytes of the cell matrices each write sync carried, in order. */
  requestBytes: number[];
  readSyncs: number;
  writeSyncs: number;
  sheetNameSyncs: number;
  readMs: number;
  writeMs: number;
  plan: SheetPlan;
}

/** The pane's own path: read the selection, detect and read the plan, plan the sheet, create it. */
async function batchedTrip(measures: number): Promise<Trip> {
  const workbook = mockWorkbook({ sheets: ["Blad1"], range: actionPlanSelection(measures) });
  const leave = inExcel(workbook);
  try {
    const port = createOfficeWorkbook();
    let start = performance.now();
    const snapshot = await port.readSelection();
    const readMs = performance.now() - start;
    const readSyncs = workbook.syncCount();

    const layout = detectActionPlan(snapshot.values);
    if (isDetectionProblem(layout))
      throw new Error(`the bench's action plan was not detected: ${layout.problem}`);
    const reading = readActionPlan(snapshot, layout);
    if (reading.measures.length !== measures)
      throw new Error(`read ${reading.measures.length} measures, expected ${measures}`);

    const beforeNames = workbook.syncCount();
    const taken = await port.sheetNames();
    const sheetNameSyncs = workbook.syncCount() - beforeNames;
    const plan = followUpSheetPlan(
      {
        snapshot,
        layout,
        measures: reading.measures,
        month: 3,
        unit: "mkr",
        year: 2024,
        thresholds: { onTrack: 0.9, atRisk: 0.7 },
        t: translator("sv"),
      },
      taken,
    );
    if (!plan.chart) throw new Error("the follow-up sheet plan has no chart");

    const beforeWrite = workbook.syncCount();
    start = performance.now();
    await port.createSheet(plan);
    const writeMs = performance.now() - start;
    const writeSyncs = workbook.syncCount() - beforeWrite;
    if (workbook.added[0]?.charts.length !== 1)
      throw new Error("the follow-up sheet was written without its chart");
    return {
      requestBytes: cellBytesBySync(workbook.added[0], beforeWrite + 1, beforeWrite + writeSyncs),
      readSyncs,
      writeSyncs,
      sheetNameSyncs,
      readMs,
      writeMs,
      plan,
    };
  } finally {
    leave();
  }
}

/** Bytes of the cell matrices (formulas, formulasLocal, values, numberFormat) set on the sheet's ranges, per sync from `first` to `last`. */
function cellBytesBySync(sheet: AddedSheet, first: number, last: number): number[] {
  const bytes = Array.from({ length: last - first + 1 }, () => 0);
  for (const { sync, range } of sheet.ranges) {
    for (const property of ["formulas", "formulasLocal", "values", "numberFormat"] as const) {
      const matrix: unknown = range[property];
      if (Array.isArray(matrix)) bytes[sync - first] += jsonBytes(matrix);
    }
  }
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// The baseline: what a first version without batching would do. Never used by the add-in.

async function naiveRead(context: Excel.RequestContext): Promise<unknown[][]> {
  const selection = context.workbook
    .getSelectedRange()
    .load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  await context.sync();
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const rows: unknown[][] = [];
  for (let row = 0; row < selection.rowCount; row++) {
    const range = sheet
      .getRangeByIndexes(selection.rowIndex + row, selection.columnIndex, 1, selection.columnCount)
      .load("values");
    await context.sync();
    rows.push(range.values[0]);
  }
  return rows;
}

const naiveInput = (
  cell: PlannedCell | undefined,
  dialect: FormulaDialect,
): string | number | boolean =>
  cell?.formula
    ? renderFormula(cell.formula, dialect)
    : typeof cell?.value === "string"
      ? `'${cell.value}`
      : (cell?.value ?? "");

async function naiveWrite(
  context: Excel.RequestContext,
  plan: SheetPlan,
  dialect: FormulaDialect,
): Promise<void> {
  const sheet = context.workbook.worksheets.add(plan.name);
  await context.sync();
  const width = Math.max(...plan.rows.map((row) => row.length));
  for (let row = 0; row < plan.rows.length; row++) {
    const cells = Array.from({ length: width }, (_, column) => plan.rows[row][column]);
    const range = sheet.getRange(rangeAddress(row, 0, row, width - 1));
    range.formulasLocal = [cells.map((cell) => naiveInput(cell, dialect))];
    range.numberFormat = [cells.map((cell) => cell?.numberFormat ?? "General")];
    if (cells.some((cell) => cell?.bold)) range.format.font.bold = true;
    await context.sync();
  }
  for (const { range } of plan.conditionalFormats ?? [])
    sheet.getRange(range).conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
  if (plan.chart) sheet.charts.add(plan.chart.type, sheet.getRange(plan.chart.source), "Columns");
  if (plan.freezeRows) sheet.freezePanes.freezeRows(plan.freezeRows);
  sheet.activate();
  await context.sync();
}

async function naiveTrip(
  measures: number,
  plan: SheetPlan,
): Promise<Omit<Trip, "plan" | "sheetNameSyncs" | "requestBytes">> {
  const workbook = mockWorkbook({ sheets: ["Blad1"], range: actionPlanSelection(measures) });
  const scope = globalThis as { Excel?: unknown };
  scope.Excel = { ConditionalFormatType: { cellValue: "CellValue" } };
  try {
    let start = performance.now();
    await naiveRead(workbook.context);
    const readMs = performance.now() - start;
    const readSyncs = workbook.syncCount();
    start = performance.now();
    await naiveWrite(workbook.context, plan, {
      functionLanguage: "sv",
      decimalSeparator: ",",
      listSeparator: ";",
    });
    const writeMs = performance.now() - start;
    return { readSyncs, writeSyncs: workbook.syncCount() - readSyncs, readMs, writeMs };
  } finally {
    delete scope.Excel;
  }
}

export async function excelRoundTrips(measures = 10_000, runs = 3): Promise<Figure[]> {
  const batched: Trip[] = [];
  const naive: Omit<Trip, "plan" | "sheetNameSyncs" | "requestBytes">[] = [];
  for (let run = 0; run < runs; run++) {
    const trip = await batchedTrip(measures);
    batched.push(trip);
    naive.push(await naiveTrip(measures, trip.plan));
  }
  const [first] = batched;
  const [naiveFirst] = naive;
  const rows = `${count(measures)}-measure plan`;
  const timeNote = (what: "readMs" | "writeMs") =>
    `${ms(median(batched.map((trip) => trip[what])))} on the mock vs ${ms(median(naive.map((trip) => trip[what])))} naive (median of ${runs}; in Excel each sync is a round trip to the host, which the mock does not model).`;
  const syncFigure = (
    name: string,
    syncs: number,
    naiveSyncs: number,
    most: number,
    note: string,
  ): Figure => ({
    section: "Excel round trips",
    name,
    measured: `${syncs} syncs`,
    baseline: `one sync per row: ${count(naiveSyncs)} syncs`,
    ratio: syncs / naiveSyncs,
    target: `≤ ${most} syncs`,
    met: syncs <= most,
    note,
  });
  return [
    syncFigure(
      `read the selection: ${rows} (${count(first.plan.rows.length)} sheet rows follow)`,
      first.readSyncs,
      naiveFirst.readSyncs,
      MAX_READ_SYNCS,
      `Time: ${timeNote("readMs")}`,
    ),
    syncFigure(
      "write the follow-up sheet with chart (createSheet: dialect + writeSheet)",
      first.writeSyncs,
      naiveFirst.writeSyncs,
      MAX_WRITE_SYNCS,
      `Time: ${timeNote("writeMs")} The syncs: the dialect, the check of names and protection, then ${first.writeSyncs - 2} request(s) of cells (see the request size below). The sheet's unique name needs the sheet names first: ${first.sheetNameSyncs} more sync, before the plan is made.`,
    ),
    ...(await requestSizes()),
  ];
}

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

/** The largest request of the follow-up sheet's write against Excel on the web's limit, at each size. */
async function requestSizes(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const measures of REQUEST_SIZE_MEASURES) {
    const { requestBytes, writeSyncs, plan } = await batchedTrip(measures);
    const cellRequests = requestBytes.filter((bytes) => bytes > 0);
    const largest = Math.max(...requestBytes);
    const whole = requestBytes.reduce((total, bytes) => total + bytes, 0);
    const ratio = largest / REQUEST_LIMIT_BYTES;
    figures.push({
      section: "Excel round trips",
      name: `largest write request, cells as JSON: ${count(measures)}-measure follow-up sheet (${count(plan.rows.length)} rows)`,
      measured: `${megabytes(largest)} (${cellRequests.length} request(s) of cells: ${cellRequests.map(megabytes).join(" + ")}; ${writeSyncs} syncs in all)`,
      baseline: `Excel on the web's request limit ${megabytes(REQUEST_LIMIT_BYTES)}`,
      ratio,
      target: "< 1×",
      met: ratio < 1,
      note: `In one request the cells would take ${megabytes(whole)} (${ratioText(whole / REQUEST_LIMIT_BYTES)} of the limit). writeSheet splits the rows into bands of at most 4 MiB of cell JSON (the rest of the limit is for the request's own actions and the formatting that goes with the last band), all or nothing: a failed band removes the sheet.`,
    });
  }
  return figures;
}
