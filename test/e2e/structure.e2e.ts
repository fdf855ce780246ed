/**
 * An opened .xlsx keeps its structure in the preview: a merged area stays merged (and the pane refuses a
 * table that includes it, as in Excel), number formats and dates are shown as Excel shows them, frozen
 * rows stay frozen.
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import {
  CHROMIUM_PATH,
  cellText,
  cellTexts,
  expectText,
  openPreview,
  pane,
  plain,
  selectRange,
  startWorkbench,
  Workbench,
} from "./support/workbench";

const describeE2E = fs.existsSync(CHROMIUM_PATH) ? describe : describe.skip;

describeE2E("an opened .xlsx keeps merged areas, formats, dates and frozen rows", () => {
  let workbench: Workbench;
  let directory: string;

  beforeAll(async () => {
    workbench = await startWorkbench();
    directory = fs.mkdtempSync(path.join(os.tmpdir(), "balans-e2e-structure-"));
  }, 600_000);

  afterAll(async () => {
    await workbench?.close();
    if (directory) fs.rmSync(directory, { recursive: true, force: true });
  });

  test("shown as Excel shows it, and a selection over the merged title refused by the pane", async () => {
    await openPreview(workbench);
    const p = workbench.page;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Sammanfogat", { views: [{ state: "frozen", ySplit: 2 }] });
    sheet.getCell("A1").value = "Handlingsplan 2024 (tkr)";
    sheet.mergeCells("A1:E1");
    sheet.addRow([
      "Åtgärd",
      "Helårseffekt",
      new Date(Date.UTC(2024, 0, 1)),
      new Date(Date.UTC(2024, 1, 1)),
      new Date(Date.UTC(2024, 2, 1)),
    ]);
    for (const column of ["C", "D", "E"]) sheet.getCell(`${column}2`).numFmt = "mmm yyyy";
    sheet.addRow(["Sänkt övertid", 4000, 1234.5, 1000, -250.25]);
    for (const column of ["B", "C", "D", "E"]) sheet.getCell(`${column}3`).numFmt = "#,##0.0";
    sheet.getCell("A4").value = "Startdatum";
    sheet.getCell("B4").value = new Date(Date.UTC(2024, 1, 1)); // no format of its own: shown as a date
    const file = path.join(directory, "sammanfogat.xlsx");
    await workbook.xlsx.writeFile(file);

    await p.getByTestId("open-file").setInputFiles(file);
    await p.getByRole("grid", { name: "Sammanfogat" }).waitFor();
    const cells = await cellTexts(p);
    // The merged title is one cell spanning A1:E1; ExcelJS's copies in B1:E1 are not shown.
    expect(cells.A1).toBe("Handlingsplan 2024 (tkr)");
    expect(await p.locator('[data-cell="A1"]').getAttribute("colspan")).toBe("5");
    expect(["B1", "C1", "D1", "E1"].filter((address) => address in cells)).toEqual([]);
    // Dates as dates, in Swedish; numbers in their format with a space between thousands.
    expect([cells.C2, cells.D2, cells.E2]).toEqual(["jan 2024", "feb 2024", "mar 2024"]);
    expect([plain(cells.B3), plain(cells.C3), plain(cells.D3), plain(cells.E3)]).toEqual([
      "4000,0",
      "1234,5",
      "1000,0",
      "-250,3",
    ]);
    expect(cells.C3.replace(/\u00a0/g, " ")).toBe("1 234,5");
    expect(await cellText(p, "B4")).toBe("2024-02-01");
    // The two frozen rows stick to the top.
    expect(
      await p.locator('[data-cell="A2"]').evaluate((cell) => getComputedStyle(cell).position),
    ).toBe("sticky");
    expect(
      await p.locator('[data-cell="A3"]').evaluate((cell) => getComputedStyle(cell).position),
    ).not.toBe("sticky");

    // A table that includes the merged area is refused, as Balans refuses it in Excel.
    await selectRange(p, "A1", "E3");
    await pane(p).getByRole("button", { name: "Läs markerad tabell" }).click();
    await expectText(
      pane(p)
        .getByText(/sammanfogade celler/)
        .first(),
      /Tabellen .*A1:E3 har sammanfogade celler\. Dela upp dem först/,
    );
  });
});
