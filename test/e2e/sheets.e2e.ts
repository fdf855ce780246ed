/**
 * The sheets Balans writes, as a controller sees them in the preview: the forecast and staffing
 * sheets written from the sample workbook, their headings and figures read off the grid, a
 * screenshot of each (docs/screenshots/forecast-sheet.png, staffing-sheet.png; the follow-up sheet's
 * is taken in preview.e2e.ts), and "Skapa" again updating the sheet instead of adding another.
 *
 * Run: `npm run test:e2e` (see preview.e2e.ts for what it needs).
 */
import fs from "fs";
import {
  cellTexts,
  CHROMIUM_PATH,
  columnOf,
  expectText,
  openPaneView,
  openPreview,
  openSheet,
  pane,
  plain,
  rowOf,
  screenshot,
  selectRange,
  sheetNames,
  sheetTabs,
  startWorkbench,
  Workbench,
} from "./support/workbench";

const describeE2E = fs.existsSync(CHROMIUM_PATH) ? describe : describe.skip;
const SAMPLE_SHEETS = ["Handlingsplan", "Resultaträkning", "Hyrpersonal", "Funktioner"];

describeE2E("the sheets Balans writes", () => {
  let workbench: Workbench;
  const page = () => workbench.page;

  beforeAll(async () => {
    workbench = await startWorkbench();
  }, 300_000);

  afterAll(async () => {
    await workbench?.close();
  });

  test("forecast sheet: month names, references to the budget and stated forecast; 'Skapa' again updates it", async () => {
    await openPreview(workbench);
    const p = page();
    await openSheet(p, "Resultaträkning");
    await openPaneView(p, "Prognos");
    const take = (label: RegExp) => pane(p).getByRole("button", { name: label }).click();
    await selectRange(p, "A4", "D20");
    await take(/^Använd markering Utfall/);
    await selectRange(p, "A24", "M25");
    await take(/^Använd markering Budget/);
    await selectRange(p, "B28");
    await take(/^Använd markering Lämnad helårsprognos/);
    await pane(p)
      .getByText(/^Den lämnade prognosen/)
      .first()
      .waitFor();

    const create = pane(p).getByRole("button", { name: "Skapa prognosblad" });
    await create.click();
    const tab = sheetTabs(p).getByRole("tab", { name: /^Prognos \d{4}-03$/ });
    await tab.waitFor();
    const name = (await tab.innerText()).trim();
    const sheet = await cellTexts(p);
    const header = rowOf(sheet, "Utfall");
    expect(["B", "C", "D", "M"].map((column) => sheet[`${column}${header}`])).toEqual([
      "jan",
      "feb",
      "mar",
      "dec",
    ]);
    const stated = columnOf(sheet, "Lämnad prognos", rowOf(sheet, "Prognos"));
    const total = rowOf(sheet, "Totalt", "A");
    // the totals of months not yet reported are blank, not 0,0
    expect(sheet[`E${total}`] ?? "").toBe("");
    const forecastTotal = Object.keys(sheet)
      .filter(
        (address) =>
          address.startsWith(stated) && sheet[`A${address.slice(stated.length)}`] === "Totalt",
      )
      .map((address) => plain(sheet[address]));
    expect(forecastTotal).toContain("-3652,0");
    await screenshot(p, "forecast-sheet.png");

    // Again for the same table: update that sheet, no "(2)".
    await create.click();
    await pane(p)
      .getByRole("button", { name: `Uppdatera "${name}"` })
      .click();
    await expectText(pane(p).getByText(/skrevs om/), new RegExp(`^Bladet "${name}" skrevs om`));
    expect(await sheetNames(p)).toEqual([...SAMPLE_SHEETS, name]);
  });

  test("staffing sheet: prior year from its table, totals for 2023 and the change (134,2 and +45,6 FTE), share 13,1 %", async () => {
    await openPreview(workbench);
    const p = page();
    await openSheet(p, "Hyrpersonal");
    await openPaneView(p, "Hyrpersonal");
    await selectRange(p, "A4", "D8");
    await pane(p)
      .getByRole("button", { name: /^Använd markering Hyrpersonal/ })
      .click();
    await selectRange(p, "A10", "D14");
    await pane(p)
      .getByRole("button", { name: /^Använd markering Tidigare år/ })
      .click();
    await pane(p).getByLabel("Kostnad inhyrd personal (tal eller cell)").fill("B23");
    await pane(p).getByLabel("Kostnad inhyrd personal (tal eller cell)").press("Enter");
    await pane(p).getByLabel("Kostnad egen personal (tal eller cell)").fill("B22");
    await pane(p).getByLabel("Kostnad egen personal (tal eller cell)").press("Enter");
    await expectText(
      pane(p).getByText(/^Andel av personalkostnaden/),
      /^Andel av personalkostnaden: 13,1\s%/,
    );

    await pane(p).getByRole("button", { name: "Skapa bemanningsblad" }).click();
    await sheetTabs(p)
      .getByRole("tab", { name: /^Bemanning \d{4}$/ })
      .waitFor();
    const sheet = await cellTexts(p);
    const total = rowOf(sheet, "Totalt");
    expect(["B", "C", "D", "E"].map((column) => plain(sheet[`${column}${total}`]))).toEqual([
      expect.any(String),
      "179,8",
      "134,2",
      "45,6",
    ]);
    const share = rowOf(sheet, "Andel hyrpersonal");
    expect(plain(sheet[`B${share}`])).toBe("13,1%");
    await screenshot(p, "staffing-sheet.png");
  });
});
