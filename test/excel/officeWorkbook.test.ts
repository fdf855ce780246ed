import { createOfficeWorkbook } from "../../src/excel/officeWorkbook";
import { call, formula, num, ref } from "../../src/sheets/nodes";
import { mockWorkbook, MockWorkbook } from "../support/excelMock";

const scope = globalThis as { Excel?: unknown; Office?: unknown };

/** Installs `workbook` as what Excel.run hands out, and Office for an Excel in `displayLanguage`. */
function inExcel(workbook: MockWorkbook, displayLanguage: string, cultureInfoSupported = true) {
  const runOptions: unknown[] = [];
  scope.Excel = {
    run: (options: unknown, batch: (context: Excel.RequestContext) => Promise<unknown>) => {
      runOptions.push(options);
      return batch(workbook.context);
    },
  };
  scope.Office = {
    context: {
      displayLanguage,
      // The only requirement set asked about is ExcelApi 1.11, for cultureInfo.
      requirements: { isSetSupported: () => cultureInfoSupported },
      document: { settings: { get: () => ({ "balans.settings": { unit: "kr" } }) } },
    },
  };
  return runOptions;
}

afterEach(() => {
  delete scope.Excel;
  delete scope.Office;
});

describe("createOfficeWorkbook", () => {
  it("creates a sheet in the display language's dialect, in three syncs counting the dialect", async () => {
    const workbook = mockWorkbook({ decimalSeparator: ",", systemDecimalSeparator: "," });
    const runOptions = inExcel(workbook, "sv-SE");

    const created = await createOfficeWorkbook().createSheet({ name: "Prognos", rows: [[formula(call("FTE", ref("B2"), num(1.5)))]] });

    expect(created).toEqual({ name: "Prognos", cellCount: 1 });
    expect(workbook.syncCount()).toBe(3);
    expect(workbook.added[0].ranges[0].range.formulasLocal).toEqual([["=BALANS.ÅRSARBETARE(B2;1,5)"]]);
    expect(runOptions).toEqual([{ delayForCellEdit: true }]);
  });

  it("falls back to the display language's separators where Excel cannot tell its own", async () => {
    const workbook = mockWorkbook();
    inExcel(workbook, "sv-SE", false);

    await createOfficeWorkbook().createSheet({ name: "Prognos", rows: [[formula(num(0.5))]] });

    expect(workbook.syncCount()).toBe(2);
    expect(workbook.added[0].ranges[0].range.formulasLocal).toEqual([["=0,5"]]);
  });

  it("reads the selection, the sheet names and the settings through the modules", async () => {
    const workbook = mockWorkbook({ sheets: ["Blad1", "Plan"] });
    inExcel(workbook, "en-US");
    const port = createOfficeWorkbook();

    expect(await port.sheetNames()).toEqual(["Blad1", "Plan"]);
    expect((await port.readSelection()).address).toBe("A1");
    expect((await port.readRange("Plan!A1")).sheet).toBe("Blad1");
    expect(workbook.sheetsAskedFor).toEqual(["Plan"]);
    expect(await port.loadSettings()).toEqual({ "balans.settings": { unit: "kr" } });
  });
});
