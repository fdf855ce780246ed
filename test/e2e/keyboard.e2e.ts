/**
 * The grid driven by the keyboard alone, as in Excel: one tab stop, arrows, Shift+arrows, Enter/F2
 * to edit, Escape to cancel, a visible focus — and a range selected so, read by the pane.
 */
import fs from "fs";
import ExcelJS from "exceljs";
import {
  cellText,
  CHROMIUM_PATH,
  expectText,
  figure,
  openPreview,
  pane,
  startWorkbench,
  Workbench,
} from "./support/workbench";

const describeE2E = fs.existsSync(CHROMIUM_PATH) ? describe : describe.skip;

describeE2E("the grid from the keyboard", () => {
  let workbench: Workbench;
  const page = () => workbench.page;
  const grid = () => page().getByRole("grid", { name: "Handlingsplan" });
  const address = () => page().getByTestId("selection-address");
  const press = async (key: string, times = 1) => {
    for (let i = 0; i < times; i++) await page().keyboard.press(key);
  };
  const focusedIsGrid = () =>
    page().evaluate(() => document.activeElement?.getAttribute("role") === "grid");

  beforeAll(async () => {
    workbench = await startWorkbench();
    await openPreview(workbench);
  }, 600_000);

  afterAll(async () => {
    await workbench?.close();
  });

  test("the grid is one tab stop between the formula bar and what follows it", async () => {
    const p = page();
    await p.getByLabel(/^Formel i A1$/).focus();
    await press("Tab");
    expect(await focusedIsGrid()).toBe(true);
    // The focus is visible: the grid is outlined when reached by the keyboard...
    const outline = await grid().evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).toBe("solid");
    // ...and the active cell is marked and named to assistive technology.
    const active = await grid().getAttribute("aria-activedescendant");
    expect(await p.locator(`[id="${active}"]`).getAttribute("data-cell")).toBe("A1");
    expect(
      await p.locator('[data-cell="A1"]').evaluate((cell) => getComputedStyle(cell).outlineStyle),
    ).toBe("solid");
    // One more Tab leaves the grid: no cell is a tab stop of its own.
    await press("Tab");
    expect(await focusedIsGrid()).toBe(false);
    expect(await p.evaluate(() => document.activeElement?.closest("table") === null)).toBe(true);
  });

  test("arrows move, Shift+arrows extend; the pane reads the range so selected", async () => {
    const p = page();
    await p.getByLabel(/^Formel i A1$/).focus();
    await press("Tab");
    await press("ArrowDown", 3);
    await expectText(address(), "A4");
    await press("ArrowRight");
    await press("ArrowLeft");
    await press("ArrowUp");
    await press("ArrowDown");
    await expectText(address(), "A4");
    await p.keyboard.down("Shift");
    await press("ArrowRight", 5);
    await press("ArrowDown", 27);
    await p.keyboard.up("Shift");
    await expectText(address(), "A4:F31");
    // Seed 000's plan: 26 measures and the totals row, as read by the mouse in preview.e2e.ts.
    await pane(p).getByRole("button", { name: "Läs markerad tabell" }).click();
    await expectText(
      pane(p).getByText(/^Markerat område:/),
      "Markerat område: Handlingsplan!A4:F31",
    );
    await expectText(figure(p, "Planerad effekt"), "215,1 mkr");
    await expectText(figure(p, "Uppnått hittills"), "59,8 mkr");
  });

  test("Enter edits and writes, F2 edits, Escape cancels; typing starts an edit", async () => {
    const p = page();
    await p.locator('[data-cell="H2"]').click();
    await expectText(address(), "H2");
    // Typing replaces the cell, Enter writes it and moves down, as in Excel.
    await p.keyboard.type("=SUMMA(1,5;2)");
    await press("Enter");
    expect(await cellText(p, "H2")).toBe("3,5");
    await expectText(address(), "H3");
    expect(await focusedIsGrid()).toBe(true);
    // F2 opens the formula for editing; Escape leaves the cell as it was.
    await press("ArrowUp");
    await press("F2");
    const editor = p.locator('[data-cell="H2"] input');
    expect(await editor.inputValue()).toBe("=SUMMA(1,5;2)");
    await p.keyboard.type("+100");
    await press("Escape");
    await editor.waitFor({ state: "detached" });
    expect(await cellText(p, "H2")).toBe("3,5");
    expect(await focusedIsGrid()).toBe(true);
    // Enter on the cell edits it too; Enter again writes.
    await press("Enter");
    await p.keyboard.type("+1");
    await press("Enter");
    expect(await cellText(p, "H2")).toBe("4,5");
    // Delete clears the active cell.
    await press("ArrowUp");
    await press("Delete");
    expect(await cellText(p, "H2")).toBe("");
  });

  test("the Name Box selects a range typed into it, on another sheet too, and refuses an address it cannot read", async () => {
    const p = page();
    const box = p.getByRole("textbox", { name: "Namnruta" });
    await box.fill("A4:F31");
    await box.press("Enter");
    await expectText(address(), "A4:F31");
    // Seed 000's plan, as read by the mouse and by Shift+arrows.
    await pane(p).getByRole("button", { name: "Läs markerad tabell" }).click();
    await expectText(figure(p, "Planerad effekt"), "215,1 mkr");

    await box.fill("Hyrpersonal!A4:D8");
    await box.press("Enter");
    await expectText(address(), "A4:D8");
    await p.getByRole("grid", { name: "Hyrpersonal" }).waitFor();

    await box.fill("A4:F");
    await box.press("Enter");
    await expectText(
      p.getByRole("alert"),
      '"A4:F" är ingen cell eller inget område i arbetsboken, t.ex. A4:F31',
    );
    expect(await box.getAttribute("aria-invalid")).toBe("true");
    await box.press("Escape");
    await expectText(address(), "A4:D8");
  });

  test("a sheet of 1 000 rows opens with 100 drawn; scrolling to the end and moving down draw more, up to 400", async () => {
    const p = page();
    const workbook = new ExcelJS.Workbook();
    workbook
      .addWorksheet("Lång")
      .addRows(Array.from({ length: 1_000 }, (_, index) => [`Rad ${index + 1}`, index + 1]));
    await p.getByTestId("open-file").setInputFiles({
      name: "lang.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
    });
    const grid = p.getByRole("grid", { name: "Lång" });
    await grid.waitFor();
    const drawnRows = () => grid.locator("tbody tr").count();
    expect(await drawnRows()).toBe(100);
    expect(await cellText(p, "A100")).toBe("Rad 100");

    // Scrolled to its end, the grid draws the next hundred rows.
    await grid.evaluate((table) => {
      const scroller = table.parentElement;
      if (scroller) scroller.scrollTop = scroller.scrollHeight;
    });
    await p.locator('[data-cell="A200"]').waitFor();
    expect(await drawnRows()).toBe(200);

    // The keyboard moves past what is drawn: drawn as far as it goes, to the grid's limit of 400 rows.
    await p.locator('[data-cell="A190"]').click();
    await press("ArrowDown", 30);
    await expectText(address(), "A220");
    expect(await cellText(p, "A220")).toBe("Rad 220");
    await p.getByRole("textbox", { name: "Namnruta" }).fill("A900");
    await p.getByRole("textbox", { name: "Namnruta" }).press("Enter");
    await expectText(address(), "A900");
    expect(await drawnRows()).toBe(400);
  });
});
