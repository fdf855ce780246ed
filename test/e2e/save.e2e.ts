/**
 * Save as .xlsx: the workbook, with the follow-up sheet Balans wrote, downloads as a file made in the
 * browser; opened again with ExcelJS it holds the same formulas (Excel's invariant notation) with
 * the values the preview computed cached, and the controller's own cells unchanged.
 */
import fs from "fs";
import ExcelJS from "exceljs";
import {
  CHROMIUM_PATH,
  cellTexts,
  columnOf,
  expectText,
  figure,
  isLoopback,
  openPreview,
  pane,
  plain,
  rowOf,
  selectRange,
  sheetTabs,
  startWorkbench,
  Workbench,
} from "./support/workbench";

const describeE2E = fs.existsSync(CHROMIUM_PATH) ? describe : describe.skip;

describeE2E("Save as .xlsx", () => {
  let workbench: Workbench;

  beforeAll(async () => {
    workbench = await startWorkbench({ acceptDownloads: true });
  }, 600_000);

  afterAll(async () => {
    await workbench?.close();
  });

  test("the downloaded file, opened with ExcelJS, shows the same formulas and values", async () => {
    await openPreview(workbench);
    const p = workbench.page;
    await selectRange(p, "A4", "F31");
    await pane(p).getByRole("button", { name: "Läs markerad tabell" }).click();
    await expectText(figure(p, "Planerad effekt"), "215,1 mkr");
    await pane(p).getByRole("button", { name: "Skapa uppföljningsblad" }).click();
    const tab = sheetTabs(p).getByRole("tab", { name: /^Uppföljning/ });
    await tab.waitFor();
    const followUp = (await tab.innerText()).trim();
    await p.getByRole("grid", { name: followUp }).waitFor();
    const shown = await cellTexts(p);
    const total = rowOf(shown, "Totalt");
    const achieved = columnOf(shown, "Uppnått hittills", rowOf(shown, "Åtgärd"));
    const effect = columnOf(shown, "Helårseffekt", rowOf(shown, "Åtgärd"));
    const requestsBefore = workbench.requests.length;

    const [saved] = await Promise.all([
      p.waitForEvent("download"),
      p.getByRole("button", { name: "Spara som .xlsx" }).click(),
    ]);
    const file = await saved.path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);

    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Handlingsplan",
      "Resultaträkning",
      "Hyrpersonal",
      "Funktioner",
      followUp,
    ]);
    // The controller's own cells: seed 000's OB-tillägg, March -3,5, and its stated total 59,9.
    const plan = workbook.getWorksheet("Handlingsplan");
    expect(plan?.getCell("A18").value).toBe("OB-tillägg");
    expect(plan?.getCell("E18").value).toBe(-3.5);
    expect(plan?.getCell("F31").value).toBe(59.9);
    // A formula of the sample, in English notation, with its value: 59 400 / (3 × 165) = 120.
    const fte = workbook.getWorksheet("Funktioner")?.getCell("B2");
    expect(fte?.formula).toBe("BALANS.FTE(59400,3)");
    expect(fte?.result).toBe(120);

    // The follow-up sheet: the totals are formulas on the plan, cached with what the grid showed.
    const sheet = workbook.getWorksheet(followUp);
    const totalAchieved = sheet?.getCell(`${achieved}${total}`);
    expect(totalAchieved?.formula).toMatch(/^SUM\(/);
    expect(Number(totalAchieved?.result)).toBeCloseTo(59.8, 9); // DOMAIN.md: the months sum to 59,8
    expect(plain(shown[`${achieved}${total}`])).toBe("59,8");
    const totalEffect = sheet?.getCell(`${effect}${total}`);
    expect(Number(totalEffect?.result)).toBeCloseTo(215.1, 9);
    // Every formula cell of the grid is a formula in the file, and every value matches the grid's.
    let formulas = 0;
    sheet?.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) {
          formulas++;
          expect(cell.formula).not.toMatch(/;|BALANS\.[A-ZÅÄÖ.]*[ÅÄÖ]/); // invariant notation, English names
          // Its computed value is cached; only a formula whose value is empty text ("") has none to store.
          if (cell.result === undefined || cell.result === "") expect(shown[cell.address]).toBe("");
        }
      }),
    );
    expect(formulas).toBeGreaterThan(26 * 4);
    expect(sheet?.getCell(`${effect}${total}`).numFmt).toBe("#,##0.0");
    expect(sheet?.views[0]).toMatchObject({ state: "frozen" });
    // Made in the page: no request went out for it.
    expect(workbench.requests.slice(requestsBefore).filter((url) => !isLoopback(url))).toEqual([]);
  });
});
