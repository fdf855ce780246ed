import { writeSheet } from "../../src/excel/writeSheet";
import { parseMark } from "../../src/workbook/marks";
import { INVARIANT_DIALECT } from "../../src/sheets/formula";
import { call, compare, constant, formula, label, num, ref, text } from "../../src/sheets/nodes";
import { FormulaDialect, PlannedCell, SheetPlan } from "../../src/workbook/types";
import { followUpSheetFor } from "../support/bigPlans";
import { AddedSheet, mockWorkbook, NOT_LOADED, officeError, rejection } from "../support/excelMock";

const SWEDISH: FormulaDialect = {
  functionLanguage: "sv",
  decimalSeparator: ",",
  listSeparator: ";",
};
const NAME = "Uppföljning 2024-03";

/** A header row, then one row per measure: name, full-year effect, expected effect, rate. */
function followUpPlan(measures: number): SheetPlan {
  const header: PlannedCell[] = [
    label("Åtgärd", true),
    label("Helårseffekt", true),
    label("Förväntad", true),
    label("Uppfyllelse", true),
  ];
  const rows = Array.from({ length: measures }, (_, index): PlannedCell[] => {
    const row = index + 2;
    return [
      label(`Åtgärd ${index + 1}`),
      constant(1000 + index, "#,##0.0"),
      formula(call("EFFECT.EXPECTED", ref(`B${row}`), num(3), null), "#,##0.0"),
      formula(
        call(
          "IFERROR",
          call("EFFECT.RATE", ref(`D${row}`, "Utfall 1"), ref(`B${row}`), num(3)),
          text(""),
        ),
        "0%",
      ),
    ];
  });
  return {
    name: NAME,
    rows: [header, ...rows],
    columnWidths: [160, 90, 90, 80],
    conditionalFormats: [
      {
        range: `D2:D${measures + 1}`,
        rules: [
          {
            status: "behind",
            formula: call("AND", call("ISNUMBER", ref("D2")), compare(ref("D2"), "<", num(0.7))),
            fill: "#F4CCCC",
            font: "#9C0006",
          },
          {
            status: "onTrack",
            formula: call(
              "AND",
              call("ISNUMBER", ref("D2")),
              compare(ref("D2"), ">=", ref("$B$1")),
            ),
            fill: "#D9EAD3",
            font: "#274E13",
          },
        ],
      },
    ],
    chart: {
      type: "ColumnClustered",
      title: "Förväntad effekt",
      source: `A1:C${measures + 1}`,
      anchor: "F2",
    },
    freezeRows: 1,
  };
}

function onlyAddedSheet(added: AddedSheet[]): AddedSheet {
  expect(added).toHaveLength(1);
  return added[0];
}

const rangesAt = (sheet: AddedSheet, address: string) =>
  sheet.ranges.filter((range) => range.address === address);

function cellBlock(sheet: AddedSheet, address: string) {
  const [block] = rangesAt(sheet, address);
  expect(block).toBeDefined();
  return block.range;
}

describe("writeSheet", () => {
  it("writes a 10 000-row plan in two syncs, cells in one assignment", async () => {
    const workbook = mockWorkbook({ sheets: ["Blad1", "Utfall 1"] });

    const created = await writeSheet(workbook.context, followUpPlan(9_999), INVARIANT_DIALECT);

    expect(workbook.syncCount()).toBe(2);
    expect(created).toEqual({ name: NAME, cellCount: 40_000 });
    const sheet = onlyAddedSheet(workbook.added);
    expect(sheet.name).toBe(NAME);
    const block = cellBlock(sheet, "A1:D10000");
    expect(block.formulas).toHaveLength(10_000);
    expect(block.formulas[0]).toEqual(["'Åtgärd", "'Helårseffekt", "'Förväntad", "'Uppfyllelse"]);
    expect(block.formulas[9_999]).toEqual([
      "'Åtgärd 9999",
      10_998,
      "=BALANS.EFFECT.EXPECTED(B10000,3)",
      "=IFERROR(BALANS.EFFECT.RATE('Utfall 1'!D10000,B10000,3),\"\")",
    ]);
    expect(block.formulasLocal).toBeUndefined();
    expect(block.numberFormat[0]).toEqual(["General", "General", "General", "General"]);
    expect(block.numberFormat[1]).toEqual(["General", "#,##0.0", "#,##0.0", "0%"]);
    expect(sheet.activated).toBe(true);
    expect(sheet.frozenRows).toBe(1);
    expect(workbook.deleted).toEqual([]);
  });

  it("writes Swedish names and separators through formulasLocal", async () => {
    const workbook = mockWorkbook({ sheets: ["Utfall 1"] });

    await writeSheet(workbook.context, followUpPlan(2), SWEDISH);

    const block = cellBlock(onlyAddedSheet(workbook.added), "A1:D3");
    expect(block.formulas).toBeUndefined();
    expect(block.formulasLocal[2]).toEqual([
      "'Åtgärd 2",
      1001,
      "=BALANS.EFFEKT.FÖRVÄNTAD(B3;3)",
      "=OMFEL(BALANS.EFFEKT.UPPFYLLELSE('Utfall 1'!D3;B3;3);\"\")",
    ]);
  });

  it("writes English names through formulas in Excel's invariant notation, whatever the locale's separators", async () => {
    const workbook = mockWorkbook();
    const plan: SheetPlan = {
      name: NAME,
      rows: [[formula(call("FTE", ref("B2"), num(1.5), null))]],
    };

    await writeSheet(workbook.context, plan, {
      functionLanguage: "en",
      decimalSeparator: ",",
      listSeparator: ";",
    });

    expect(cellBlock(onlyAddedSheet(workbook.added), "A1").formulas).toEqual([
      ["=BALANS.FTE(B2,1.5)"],
    ]);
  });

  it("puts constants and formulas in the right cells, keeping text as text", async () => {
    const workbook = mockWorkbook();
    const rows: PlannedCell[][] = [
      [{ value: "=inte en formel" }, { value: 12.5 }, { value: true }],
      [{ value: "2024-03" }, {}, { value: null }, { value: "" }],
      [{ value: -3 }, { formula: call("SUM", ref("B1:B2")), value: "ignored" }],
    ];

    const created = await writeSheet(workbook.context, { name: NAME, rows }, INVARIANT_DIALECT);

    expect(cellBlock(onlyAddedSheet(workbook.added), "A1:D3").formulas).toEqual([
      ["'=inte en formel", 12.5, true, ""],
      ["'2024-03", "", "", ""],
      [-3, "=SUM(B1:B2)", "", ""],
    ]);
    expect(created.cellCount).toBe(6);
  });

  it("sets no number formats when the plan has none, and bolds runs of bold cells", async () => {
    const workbook = mockWorkbook();
    const rows: PlannedCell[][] = [
      [label("a", true), label("b", true), label("c"), label("d", true)],
      [label("e"), label("f", true)],
    ];

    await writeSheet(workbook.context, { name: NAME, rows }, INVARIANT_DIALECT);

    const sheet = onlyAddedSheet(workbook.added);
    expect(cellBlock(sheet, "A1:D2").numberFormat).toBeUndefined();
    for (const address of ["A1:B1", "D1", "B2"])
      expect(cellBlock(sheet, address).format.font.bold).toBe(true);
    expect(sheet.ranges.map((range) => range.address)).toEqual(["A1:D2", "A1:B1", "D1", "B2"]);
  });

  it("sets column widths, status colours and the chart as planned", async () => {
    const workbook = mockWorkbook({ sheets: ["Utfall 1"] });

    await writeSheet(workbook.context, followUpPlan(20), SWEDISH);

    const sheet = onlyAddedSheet(workbook.added);
    expect(
      ["A:A", "B:B", "C:C", "D:D"].map((column) => cellBlock(sheet, column).format.columnWidth),
    ).toEqual([160, 90, 90, 80]);

    const [statusRange] = rangesAt(sheet, "D2:D21");
    expect(statusRange.conditionalFormats.map(({ type }) => type)).toEqual(["Custom", "Custom"]);
    const rules = statusRange.conditionalFormats.map(({ format }) => ({
      formula: format.custom.rule.formula,
      fill: format.custom.format.fill.color,
      font: format.custom.format.font.color,
    }));
    // Custom formulas in Excel's invariant notation (English names, commas, points), even for a Swedish Excel.
    expect(rules).toEqual([
      { formula: "=AND(ISNUMBER(D2),D2<0.7)", fill: "#F4CCCC", font: "#9C0006" },
      { formula: "=AND(ISNUMBER(D2),D2>=$B$1)", fill: "#D9EAD3", font: "#274E13" },
    ]);

    expect(sheet.charts).toHaveLength(1);
    const [chart] = sheet.charts;
    expect(chart).toMatchObject({
      type: "ColumnClustered",
      sourceAddress: "A1:C21",
      seriesBy: "Columns",
      position: "F2",
    });
    expect(chart.chart.title.text).toBe("Förväntad effekt");
  });

  it("marks the sheet as Balans's in the same batch as its cells: a custom property with kind and source", async () => {
    const workbook = mockWorkbook({ sheets: ["Utfall 1"] });

    await writeSheet(
      workbook.context,
      { ...followUpPlan(2), mark: { kind: "followUp", source: "Blad1!C3:K30" } },
      SWEDISH,
    );

    expect(workbook.syncCount()).toBe(2);
    expect(onlyAddedSheet(workbook.added).properties).toEqual({
      Balans: '{"kind":"followUp","source":"Blad1!C3:K30"}',
    });
    expect(parseMark(onlyAddedSheet(workbook.added).properties.Balans)).toEqual({
      kind: "followUp",
      source: "Blad1!C3:K30",
    });
  });

  it("refuses a name already taken, ignoring case, before adding or writing anything", async () => {
    const workbook = mockWorkbook({ sheets: ["Blad1", "UPPFÖLJNING 2024-03"] });

    const error = await rejection(writeSheet(workbook.context, followUpPlan(3), INVARIANT_DIALECT));

    expect(error).toMatchObject({ code: "nameTaken", sheetName: NAME });
    expect(workbook.syncCount()).toBe(1);
    expect(workbook.added).toEqual([]);
    expect(workbook.range.formulas).toBeUndefined();
    expect(workbook.range.values).toBe(NOT_LOADED);
  });

  it("refuses a protected workbook before adding or writing anything", async () => {
    const workbook = mockWorkbook({ workbookProtected: true });

    const error = await rejection(writeSheet(workbook.context, followUpPlan(3), INVARIANT_DIALECT));

    expect(error).toMatchObject({ code: "workbookProtected", sheetName: NAME });
    expect(workbook.syncCount()).toBe(1);
    expect(workbook.added).toEqual([]);
  });

  it("deletes the added sheet when the write fails, in a third sync, and says the write failed", async () => {
    const failure = officeError("GeneralException", "Range.formulas");
    const workbook = mockWorkbook({ sheets: ["Utfall 1"], failingSyncs: { 2: failure } });

    const error = await rejection(
      writeSheet(workbook.context, followUpPlan(9_999), INVARIANT_DIALECT),
    );

    expect(error).toMatchObject({
      code: "writeFailed",
      sheetName: NAME,
      officeCode: "GeneralException",
    });
    expect(error.cause).toBe(failure);
    expect(error.sheetLeftBehind).toBeUndefined();
    expect(workbook.added.map((sheet) => sheet.name)).toEqual([NAME]);
    expect(workbook.deleted).toEqual([NAME]);
    expect(workbook.syncCount()).toBe(3);
  });

  it("keeps Office's meaning of a failed write where it is clear", async () => {
    const workbook = mockWorkbook({ failingSyncs: { 2: officeError("AccessDenied") } });

    const error = await rejection(writeSheet(workbook.context, followUpPlan(1), INVARIANT_DIALECT));

    expect(error.code).toBe("workbookProtected");
    expect(workbook.deleted).toEqual([NAME]);
  });

  it("leaves alone a sheet that took the name after the check: its add failed, so it is not Balans's", async () => {
    const workbook = mockWorkbook({
      failingSyncs: { 2: officeError("ItemAlreadyExists", "WorksheetCollection.add") },
    });

    const error = await rejection(writeSheet(workbook.context, followUpPlan(1), INVARIANT_DIALECT));

    expect(error.code).toBe("nameTaken");
    expect(workbook.deleted).toEqual([]);
    expect(workbook.syncCount()).toBe(2);
  });

  it("says so when the half-written sheet could not be removed either", async () => {
    const writeFailure = officeError("GeneralException");
    const cleanupFailure = officeError("GeneralException");
    const workbook = mockWorkbook({ failingSyncs: { 2: writeFailure, 3: cleanupFailure } });

    const error = await rejection(writeSheet(workbook.context, followUpPlan(1), INVARIANT_DIALECT));

    expect(error).toMatchObject({ code: "writeFailed", sheetLeftBehind: true, sheetName: NAME });
    expect(error.cause).toBeInstanceOf(AggregateError);
    expect((error.cause as AggregateError).errors).toEqual([writeFailure, cleanupFailure]);
    expect(workbook.syncCount()).toBe(3);
  });

  it("refuses a plan Excel could not take before asking Excel anything", async () => {
    const cases: [SheetPlan, RegExp][] = [
      [{ name: "Plan: mars", rows: [] }, /Plan: mars/],
      [{ name: NAME, rows: [[formula(call("VLOOKUP", ref("A1")))]] }, /VLOOKUP/],
      [{ name: NAME, rows: [[constant(NaN)]] }, /NaN/],
    ];
    for (const [plan, message] of cases) {
      const workbook = mockWorkbook();
      await expect(writeSheet(workbook.context, plan, INVARIANT_DIALECT)).rejects.toThrow(message);
      expect(workbook.syncCount()).toBe(0);
    }
  });

  it("adds an empty sheet for a plan without cells", async () => {
    const workbook = mockWorkbook();

    expect(await writeSheet(workbook.context, { name: NAME, rows: [[], []] }, SWEDISH)).toEqual({
      name: NAME,
      cellCount: 0,
    });
    expect(onlyAddedSheet(workbook.added).ranges).toEqual([]);
  });
});

describe("writeSheet on plans larger than one request of Excel on the web", () => {
  // Excel on the web refuses a request over 5 MB; Office.js sends the cells' matrices in it as JSON.
  const LIMIT = 5 * 1024 * 1024;
  const MEASURES = 15_000;

  /** The JSON bytes of the cell matrices set on the ranges each sync carried, by sync. */
  function cellBytesBySync(sheet: AddedSheet): Map<number, number> {
    const bytes = new Map<number, number>();
    for (const { sync, range } of sheet.ranges) {
      const payload = [range.formulasLocal, range.numberFormat].filter((matrix) =>
        Array.isArray(matrix),
      );
      const size = payload.reduce(
        (total, matrix) => total + Buffer.byteLength(JSON.stringify(matrix), "utf8"),
        0,
      );
      bytes.set(sync, (bytes.get(sync) ?? 0) + size);
    }
    return bytes;
  }

  it("writes a 15 000-measure follow-up sheet in bands of rows, each request under 5 MB, every row once", async () => {
    const plan = followUpSheetFor(MEASURES);
    const workbook = mockWorkbook({ sheets: ["Blad1"] });

    const created = await writeSheet(workbook.context, plan, SWEDISH);

    const sheet = onlyAddedSheet(workbook.added);
    const bands = sheet.ranges.filter(({ range }) => Array.isArray(range.formulasLocal));
    // In one request the cells alone would pass the limit: that is what the bands are for.
    const whole = bands.reduce(
      (total, { range }) =>
        total +
        Buffer.byteLength(JSON.stringify(range.formulasLocal), "utf8") +
        Buffer.byteLength(JSON.stringify(range.numberFormat), "utf8"),
      0,
    );
    expect(whole).toBeGreaterThan(LIMIT);
    expect(bands.length).toBeGreaterThan(1);
    for (const [, bytes] of cellBytesBySync(sheet)) expect(bytes).toBeLessThan(LIMIT);
    // Still a handful of syncs: the check, then one per band.
    expect(workbook.syncCount()).toBe(1 + bands.length);
    expect(bands.map(({ sync }) => sync)).toEqual(bands.map((_, index) => index + 2));

    // The bands follow each other from A1 to the plan's last row, across its full width.
    const width = Math.max(...plan.rows.map((row) => row.length));
    const lastColumn = String.fromCharCode("A".charCodeAt(0) + width - 1);
    let nextRow = 1;
    for (const { address, range } of bands) {
      const rows = (range.formulasLocal as unknown[][]).length;
      expect(address).toBe(`A${nextRow}:${lastColumn}${nextRow + rows - 1}`);
      expect((range.numberFormat as unknown[][]).length).toBe(rows);
      nextRow += rows;
    }
    expect(nextRow - 1).toBe(plan.rows.length);
    expect(created.cellCount).toBe(
      plan.rows
        .flat()
        .filter(
          (cell) =>
            cell.formula || (cell.value !== undefined && cell.value !== null && cell.value !== ""),
        ).length,
    );

    // The sheet shows complete: its chart, frozen rows and activation go with the last band.
    const lastSync = workbook.syncCount();
    expect(sheet.charts).toHaveLength(1);
    expect(
      sheet.ranges
        .filter(({ range }) => !Array.isArray(range.formulasLocal))
        .every(({ sync }) => sync === lastSync),
    ).toBe(true);
    expect(sheet.activated).toBe(true);
  });

  it("removes the sheet when a later band fails, though earlier bands were written: all or nothing", async () => {
    const failure = officeError("GeneralException", "Range.formulasLocal");
    const workbook = mockWorkbook({ sheets: ["Blad1"], failingSyncs: { 3: failure } });

    const error = await rejection(
      writeSheet(workbook.context, followUpSheetFor(MEASURES), SWEDISH),
    );

    expect(error).toMatchObject({
      code: "writeFailed",
      sheetName: expect.stringContaining("Uppföljning"),
    });
    expect(error.cause).toBe(failure);
    expect(workbook.deleted).toEqual([workbook.added[0].name]);
    // The check, the first band, the failed band, the removal.
    expect(workbook.syncCount()).toBe(4);
  });

  it("removes its own sheet even when a later band fails with an error that names the add", async () => {
    const workbook = mockWorkbook({
      sheets: ["Blad1"],
      failingSyncs: { 3: officeError("ItemAlreadyExists", "WorksheetCollection.add") },
    });

    await rejection(writeSheet(workbook.context, followUpSheetFor(MEASURES), SWEDISH));

    expect(workbook.deleted).toEqual([workbook.added[0].name]);
  });
});
