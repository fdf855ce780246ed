/**
 * End to end through the preview workbench: the real task pane beside a HyperFormula grid, in
 * headless Chromium. Every assertion reads what the page shows — the pane's figures and messages,
 * the grid's cells — after the clicks and keystrokes a controller would make.
 *
 * Run: `npm run test:e2e` (builds dist-preview/ once, serves it on 127.0.0.1, one browser for all tests).
 * Needs Chromium at /usr/bin/chromium (`apt-get install chromium`). Without it the suite is skipped
 * with a warning, unless BALANS_REQUIRE_E2E=1 (CI), where it fails.
 * BALANS_E2E_NO_BUILD=1 reuses an existing dist-preview/ instead of building it (while iterating).
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import {
  cellText,
  cellTexts,
  CHROMIUM_PATH,
  columnOf,
  editCell,
  expectText,
  figure,
  isLoopback,
  openPaneView,
  openPreview,
  openSheet,
  pane,
  plain,
  rowOf,
  screenshot,
  SCREENSHOTS,
  selectRange,
  sheetNames,
  sheetTabs,
  startWorkbench,
  Workbench,
} from "./support/workbench";

const available = fs.existsSync(CHROMIUM_PATH);
const required = process.env.BALANS_REQUIRE_E2E === "1";
if (!available && required) {
  throw new Error(
    `BALANS_REQUIRE_E2E=1 but ${CHROMIUM_PATH} is missing: install it with \`apt-get install -y --no-install-recommends chromium\`.`,
  );
}
if (!available) {
  console.warn(
    `Skipping the end-to-end tests: ${CHROMIUM_PATH} is missing. Install it with ` +
      "`sudo apt-get install -y --no-install-recommends chromium` (Debian/Ubuntu), then run `npm run test:e2e`.",
  );
}
const describeE2E = available ? describe : describe.skip;

const SAMPLE_SHEETS = ["Handlingsplan", "Resultaträkning", "Hyrpersonal", "Funktioner"];
const FOLLOW_UP = /^Uppföljning \d{4}-03$/;
const startedAt = Date.now();

describeE2E("Balans in the preview workbench", () => {
  let workbench: Workbench;
  const page = () => workbench.page;

  beforeAll(async () => {
    workbench = await startWorkbench();
  }, 300_000);

  afterAll(async () => {
    await workbench?.close();
  });

  test("measures: seed 000's plan read from the selection, the follow-up sheet written, and an edit flowing through", async () => {
    await openPreview(workbench);
    const p = page();
    expect(await sheetNames(p)).toEqual(SAMPLE_SHEETS);
    const planBefore = await cellTexts(p);

    await selectRange(p, "A4", "F31");
    await pane(p).getByRole("button", { name: "Läs markerad tabell" }).click();
    await expectText(
      pane(p).getByText(/^Markerat område:/),
      "Markerat område: Handlingsplan!A4:F31",
    );
    await expectText(figure(p, "Planerad effekt"), "215,1 mkr");
    await expectText(figure(p, "Uppnått hittills"), "59,8 mkr");

    const deficit = pane(p).getByLabel("Ingångsläge/underskott (tal eller cell, t.ex. B1)");
    await deficit.fill("B2");
    await deficit.press("Enter");
    await expectText(figure(p, "Överskott efter åtgärderna"), "0,1 mkr");

    const totals = pane(p).getByRole("list", { name: "Kontroll av totalrad" });
    const accumulated = totals.getByRole("listitem").filter({ hasText: /^Ackumulerat:/ });
    const accumulatedText = await expectText(accumulated, /avrundningsskillnad/);
    expect(accumulatedText).toContain("totalraden 59,9 mot summan 60,0");
    expect(accumulatedText).not.toMatch(/större än avrundning/);

    await figure(p, "Planerad effekt").scrollIntoViewIfNeeded();
    await screenshot(p, "measures.png");

    await pane(p).getByRole("button", { name: "Skapa uppföljningsblad" }).click();
    const followUpTab = sheetTabs(p).getByRole("tab", { name: FOLLOW_UP });
    await followUpTab.waitFor();
    const followUp = (await followUpTab.innerText()).trim();
    expect(await sheetNames(p)).toEqual([...SAMPLE_SHEETS, followUp]);
    await expectText(
      pane(p).getByText(/^Bladet ".*" skapades/),
      new RegExp(`Bladet "${followUp}" skapades med \\d+ celler`),
    );

    // The new sheet is active: its formulas, computed by HyperFormula with the BALANS functions.
    await p.getByRole("grid", { name: followUp }).waitFor();
    const sheet = await cellTexts(p);
    const total = rowOf(sheet, "Totalt");
    const header = rowOf(sheet, "Åtgärd");
    const achievedColumn = columnOf(sheet, "Uppnått hittills", header);
    const effectColumn = columnOf(sheet, "Helårseffekt", header);
    expect(plain(sheet[`${effectColumn}${total}`])).toBe("215,1");
    expect(plain(sheet[`${achievedColumn}${total}`])).toBe("59,8");
    const gapRow = rowOf(sheet, "Kvar till balans (+ överskott, − saknas)");
    expect(plain(sheet[`B${gapRow}`])).toBe("0,1");
    // The totals and the gap in view, and the pane's notice of what it wrote.
    await p.locator(`[data-cell="A${gapRow + 1}"]`).scrollIntoViewIfNeeded();
    await pane(p)
      .getByText(/^Bladet ".*" skapades/)
      .scrollIntoViewIfNeeded();
    await screenshot(p, "follow-up-sheet.png");

    // Nothing of the controller's own table changed.
    await openSheet(p, "Handlingsplan");
    expect(await cellTexts(p)).toEqual(planBefore);

    // The controller corrects OB-tillägg's March; the follow-up sheet's formulas follow.
    expect(await cellText(p, "A18")).toBe("OB-tillägg");
    expect(plain(await cellText(p, "E18"))).toBe("-3,5");
    await editCell(p, "E18", "-5,5");
    expect(plain(await cellText(p, "E18"))).toBe("-5,5");
    await openSheet(p, followUp);
    await expectText(p.locator(`[data-cell="${achievedColumn}${total}"]`), "57,8");
    expect(plain(await cellText(p, `${effectColumn}${total}`))).toBe("215,1");
  });

  // Leaving the deficit field reads its cell; that read must not disable or move the button the
  // pointer is on its way to, or the click is lost.
  test("measures: a click on 'Skapa uppföljningsblad' straight after typing the deficit creates the sheet", async () => {
    await openPreview(workbench);
    const p = page();
    await selectRange(p, "A4", "F31");
    await pane(p).getByRole("button", { name: "Läs markerad tabell" }).click();
    await expectText(figure(p, "Planerad effekt"), "215,1 mkr");
    const deficit = pane(p).getByLabel("Ingångsläge/underskott (tal eller cell, t.ex. B1)");
    await deficit.fill("B2");
    await pane(p).getByRole("button", { name: "Skapa uppföljningsblad" }).click();
    await sheetTabs(p).getByRole("tab", { name: FOLLOW_UP }).waitFor({ timeout: 3_000 });
    await expectText(figure(p, "Överskott efter åtgärderna"), "0,1 mkr");
  });

  test("forecast: seed 004's stated forecast checked against the methods", async () => {
    await openPreview(workbench);
    const p = page();
    await openSheet(p, "Resultaträkning");
    const before = await cellTexts(p);
    await openPaneView(p, "Prognos");
    const take = (label: RegExp) => pane(p).getByRole("button", { name: label }).click();

    await selectRange(p, "A4", "D20");
    await take(/^Använd markering Utfall/);
    // The budget with its month header and one line named "Summa …": a one-line table, not a totals row.
    await selectRange(p, "A24", "M25");
    await take(/^Använd markering Budget/);
    await selectRange(p, "B28");
    await take(/^Använd markering Lämnad helårsprognos/);
    await expectText(pane(p).getByText("Resultaträkning!B28"), "Resultaträkning!B28");

    const verdict = await expectText(
      pane(p)
        .getByText(/^Den lämnade prognosen/)
        .first(),
      /inom metodernas spann/,
    );
    expect(verdict).toContain("11,7");
    expect(verdict).toContain("bättre");
    expect(verdict).toContain("inom metodernas spann");
    expect(plain(verdict)).toContain("-3652");

    expect(await cellTexts(p)).toEqual(before);
    expect(await sheetNames(p)).toEqual(SAMPLE_SHEETS);
    await pane(p)
      .getByText(/^Den lämnade prognosen/)
      .first()
      .scrollIntoViewIfNeeded();
    await screenshot(p, "forecast.png");
  });

  test("agency staff: 2024's hours in full-time equivalents, primary care not counted twice", async () => {
    await openPreview(workbench);
    const p = page();
    await openSheet(p, "Hyrpersonal");
    const before = await cellTexts(p);
    expect(await cellText(p, "A4")).toBe("Timmar 2024");
    await openPaneView(p, "Hyrpersonal");

    await selectRange(p, "A4", "D8");
    await pane(p)
      .getByRole("button", { name: /^Använd markering Hyrpersonal/ })
      .click();
    const table = pane(p).getByRole("table", { name: "Hyrpersonal" });
    await table.waitFor();
    const fte = async () => {
      const rows = await table
        .getByRole("row")
        .evaluateAll((elements) =>
          elements.map((row) =>
            Array.from(row.querySelectorAll("td,th"), (cell) => (cell.textContent ?? "").trim()),
          ),
        );
      return Object.fromEntries(rows.slice(1).map((cells) => [cells[0], plain(cells[2])]));
    };
    const figures = await fte();
    expect(figures).toEqual({
      Läkare: "57,0",
      "varav primärvård": "22,2",
      Sjuksköterskor: "120,5",
      Övriga: "2,3",
      Totalt: "179,8",
    });
    // 57 + 120,5 + 2,3 = 179,8: "varav primärvård" is part of the doctors, not added again (202 with it).

    await pane(p).getByLabel("Kostnad inhyrd personal (tal eller cell)").fill("B23");
    await pane(p).getByLabel("Kostnad inhyrd personal (tal eller cell)").press("Enter");
    await pane(p).getByLabel("Kostnad egen personal (tal eller cell)").fill("B22");
    await pane(p).getByLabel("Kostnad egen personal (tal eller cell)").press("Enter");
    await expectText(
      pane(p).getByText(/^Andel av personalkostnaden/),
      /^Andel av personalkostnaden: 13,1\s%/,
    );

    expect(await cellTexts(p)).toEqual(before);
    expect(await sheetNames(p)).toEqual(SAMPLE_SHEETS);
    await screenshot(p, "agency.png");
  });

  describe("bad inputs: a message, and no cell or sheet changed", () => {
    /** Runs one pane action on the active sheet and checks that it only talked. */
    async function refused(action: () => Promise<void>, message: RegExp): Promise<string> {
      const p = page();
      const cellsBefore = await cellTexts(p);
      const sheetsBefore = await sheetNames(p);
      await action();
      const shown = await expectText(pane(p).getByText(message).first(), message);
      expect(await cellTexts(p)).toEqual(cellsBefore);
      expect(await sheetNames(p)).toEqual(sheetsBefore);
      return shown;
    }
    const readTable = () =>
      pane(page()).getByRole("button", { name: "Läs markerad tabell" }).click();

    beforeAll(async () => {
      await openPreview(workbench);
    });

    test("an empty selection", async () => {
      await openSheet(page(), "Handlingsplan");
      await selectRange(page(), "H5", "J9");
      await refused(readTable, /Markeringen Handlingsplan!H5:J9 är tom/);
    });

    test("a single cell", async () => {
      await selectRange(page(), "B2");
      await refused(readTable, /Bara en cell \(Handlingsplan!B2\) är markerad/);
    });

    test("a text-only area", async () => {
      await selectRange(page(), "A1", "A3");
      await refused(
        readTable,
        /Ingen rubrikrad med månader .* hittades i de första raderna av Handlingsplan!A1:A3/,
      );
    });

    test("a table holding an error value", async () => {
      const p = page();
      await openSheet(p, "Funktioner");
      // The user's own small plan, one of its cells an error (#N/A): typing it is the user's edit...
      const typed: [string, string][] = [
        ["D10", "Åtgärd"],
        ["E10", "Mkr"],
        ["F10", "Jan"],
        ["G10", "Feb"],
        ["D11", "Städning"],
        ["E11", "4"],
        ["F11", "1"],
        ["G11", "=NA()"],
        ["D12", "Inköp"],
        ["E12", "6"],
        ["F12", "2"],
        ["G12", "1"],
      ];
      for (const [address, text] of typed) await editCell(p, address, text);
      expect(await cellText(p, "G11")).toBe("#SAKNAS!"); // Swedish Excel's code for #N/A
      // ...and the pane's reading of it changes nothing.
      await selectRange(p, "D10", "G12");
      await refused(readTable, /Cell (Funktioner!)?G11 innehåller felvärdet #N\/A/);
    });

    test("the forecast check and the agency view refuse an empty selection too", async () => {
      const p = page();
      await openSheet(p, "Hyrpersonal");
      await selectRange(p, "H30", "J33");
      await openPaneView(p, "Prognos");
      await refused(
        () =>
          pane(p)
            .getByRole("button", { name: /^Använd markering Utfall/ })
            .click(),
        /H30:J33 är tom/,
      );
      await openPaneView(p, "Hyrpersonal");
      await refused(
        () =>
          pane(p)
            .getByRole("button", { name: /^Använd markering Hyrpersonal/ })
            .click(),
        /H30:J33 är tom/,
      );
      await openPaneView(p, "Åtgärder");
    });

    test("a sheet name already taken: the second follow-up sheet gets a name of its own", async () => {
      const p = page();
      await openSheet(p, "Handlingsplan");
      const plan = await cellTexts(p);
      await selectRange(p, "A4", "F31");
      await readTable();
      await expectText(figure(p, "Planerad effekt"), "215,1 mkr");
      const create = pane(p).getByRole("button", { name: "Skapa uppföljningsblad" });

      await create.click();
      const first = sheetTabs(p).getByRole("tab", { name: FOLLOW_UP });
      await first.waitFor();
      const name = (await first.innerText()).trim();
      // Balans made a sheet from this table already: it offers to update it, or a new sheet.
      await create.click();
      await pane(p).getByRole("button", { name: "Skapa ett nytt blad" }).click();
      await sheetTabs(p)
        .getByRole("tab", { name: `${name} (2)`, exact: true })
        .waitFor();
      expect(await sheetNames(p)).toEqual([...SAMPLE_SHEETS, name, `${name} (2)`]);
      await expectText(
        pane(p).getByText(/^Bladet ".*" skapades/),
        new RegExp(`^Bladet "${name.replace(/[()]/g, "\\$&")} \\(2\\)" skapades`),
      );
      // Both sheets hold the same figures; the plan itself is untouched.
      await p.getByRole("grid", { name: `${name} (2)` }).waitFor();
      const second = await cellTexts(p);
      await openSheet(p, name);
      const firstCells = await cellTexts(p);
      expect(second).toEqual(firstCells);
      await openSheet(p, "Handlingsplan");
      expect(await cellTexts(p)).toEqual(plan);
    });

    // A protected workbook cannot occur in the preview: it has no workbook protection to refuse a new
    // sheet. The pane's message for it is covered by the unit tests with the Excel mock.
    test.skip("a protected workbook (cannot occur in the preview)", () => undefined);
  });

  test("a real .xlsx opened from disk is shown and read", async () => {
    await openPreview(workbench);
    const p = page();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Min plan");
    sheet.addRows([
      ["Åtgärdsplan vårdavdelning 12, 2024 (mkr)"],
      [],
      ["Åtgärd", "Helårseffekt", "Jan", "Feb", "Mar"],
      ["Sänkt övertid", 12, 1, 1, 1.2],
      ["Färre hyrläkare", 6, 0.5, 0.4, 0.6],
      ["Ökade intäkter", 2.4, 0.2, 0.2, 0.2],
    ]);
    sheet.getCell("A7").value = "Totalt";
    for (const column of ["B", "C", "D", "E"]) {
      sheet.getCell(`${column}7`).value = {
        formula: `SUM(${column}4:${column}6)`,
        result: 0,
      } as ExcelJS.CellFormulaValue;
    }
    workbook.addWorksheet("Anteckningar").addRow(["Ingen data här"]);
    const file = path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), "balans-e2e-xlsx-")),
      "handlingsplan.xlsx",
    );
    await workbook.xlsx.writeFile(file);

    await p.getByTestId("open-file").setInputFiles(file);
    await p.getByRole("grid", { name: "Min plan" }).waitFor();
    expect(await sheetNames(p)).toEqual(["Min plan", "Anteckningar"]);
    const cells = await cellTexts(p);
    expect(cells.A1).toBe("Åtgärdsplan vårdavdelning 12, 2024 (mkr)");
    expect([cells.A3, cells.B3, cells.E3]).toEqual(["Åtgärd", "Helårseffekt", "Mar"]);
    expect([cells.A5, plain(cells.B5), plain(cells.E5)]).toEqual(["Färre hyrläkare", "6", "0,6"]);
    // The totals row's formulas are recomputed in the preview.
    expect(["B7", "C7", "D7", "E7"].map((address) => plain(cells[address]))).toEqual([
      "20,4",
      "1,7",
      "1,6",
      "2",
    ]);

    await selectRange(p, "A3", "E7");
    await pane(p).getByRole("button", { name: "Läs markerad tabell" }).click();
    await expectText(pane(p).getByText(/^Markerat område:/), "Markerat område: Min plan!A3:E7");
    await expectText(figure(p, "Planerad effekt"), "20,4 mkr");
    await expectText(figure(p, "Förväntat hittills"), "5,1 mkr");
    await expectText(figure(p, "Uppnått hittills"), "5,3 mkr");
    await expectText(
      pane(p).getByRole("list", { name: "Kontroll av totalrad" }).getByRole("listitem").first(),
      "Helårseffekt: summan stämmer (20,4).",
    );
    expect(await cellTexts(p)).toEqual(cells);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  test("screenshots of every view were saved", () => {
    for (const name of ["measures.png", "forecast.png", "agency.png", "follow-up-sheet.png"]) {
      const file = path.join(SCREENSHOTS, name);
      expect(fs.existsSync(file)).toBe(true);
      expect(fs.statSync(file).mtimeMs).toBeGreaterThanOrEqual(startedAt - 1000);
      expect(fs.readFileSync(file).subarray(1, 4).toString()).toBe("PNG");
    }
  });

  // Last: the requests of every test above.
  test("the page never reached beyond 127.0.0.1", () => {
    const { requests, blocked, pageErrors } = workbench;
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.some((url) => url.endsWith("/preview.js"))).toBe(true);
    if (blocked.length > 0) {
      const counts = new Map<string, number>();
      blocked.forEach((load) => counts.set(load, (counts.get(load) ?? 0) + 1));
      const lines = [...counts].map(([load, count]) => `${load} (${count}×)`);
      console.log(
        `The page's Content Security Policy blocked these loads; they were never sent, so they are no requests:\n  ${lines.join("\n  ")}`,
      );
    }
    // office.js tries to frame its telemetry service; the CSP refuses it before any request is made.
    expect(requests.filter((url) => /oaspapps|telemetry|microsoft|office\.net/i.test(url))).toEqual(
      [],
    );
    expect(requests.filter((url) => !isLoopback(url))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
