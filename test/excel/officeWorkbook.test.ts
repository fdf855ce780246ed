import { createOfficeWorkbook } from "../../src/excel/officeWorkbook";
import { call, formula, num, ref } from "../../src/sheets/nodes";
import { mockWorkbook, MockWorkbook } from "../support/excelMock";

const scope = globalThis as { Excel?: unknown; Office?: unknown };

/** Installs `workbook` as what Excel.run hands out, and Office for an Excel in `displayLanguage`. */
function inExcel(workbook: MockWorkbook, displayLanguage: string) {
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
  it("creates a sheet in the display language's dialect, in four syncs counting the dialect and the read-back of one Balans cell", async () => {
    const workbook = mockWorkbook({ decimalSeparator: ",", systemDecimalSeparator: "," });
    const runOptions = inExcel(workbook, "sv-SE");

    const created = await createOfficeWorkbook().createSheet({
      name: "Prognos",
      rows: [[formula(call("FTE", ref("B2"), num(1.5)))]],
    });

    expect(created).toEqual({ name: "Prognos", cellCount: 1 });
    expect(workbook.syncCount()).toBe(4);
    expect(workbook.added[0].ranges[0].range.formulasLocal).toEqual([
      ["=BALANS.ÅRSARBETARE(B2;1,5)"],
    ]);
    expect(runOptions).toEqual([{ delayForCellEdit: true }]);
  });

  it("writes English names in a Swedish locale the manifest serves no Swedish names for", async () => {
    const workbook = mockWorkbook({ decimalSeparator: ",", systemDecimalSeparator: "," });
    inExcel(workbook, "sv-AX");

    await createOfficeWorkbook().createSheet({
      name: "Prognos",
      rows: [[formula(call("FTE", ref("B2"), num(1.5)))]],
    });

    // English names go through Range.formulas, in invariant English.
    expect(workbook.added[0].ranges[0].range.formulas).toEqual([["=BALANS.FTE(B2,1.5)"]]);
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
