/**
 * Status colours on the follow-up sheet as the preview renders its conditional formats, against the
 * sheet's status text and the pane's status, for every row, on a plan built for the boundaries:
 * performance exactly 0,9 and exactly 0,7 (the default thresholds), just under 0,7, and a measure with
 * nothing planned (performance text ""). Performance = 1 + deviation / |expected| (src/sheets/status.ts);
 * by March a full-year effect of 40 is expected at 40 × 3/12 = 10, so 9 achieved is 0,9 and 7 is 0,7,
 * exactly in binary too.
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import {
  CHROMIUM_PATH,
  cellTexts,
  columnOf,
  expectText,
  figure,
  openPreview,
  pane,
  rowOf,
  selectRange,
  sheetTabs,
  startWorkbench,
  Workbench,
} from "./support/workbench";

const describeE2E = fs.existsSync(CHROMIUM_PATH) ? describe : describe.skip;

/** The fills of src/sheets/status.ts's STATUS_COLOURS, as the browser reports them, by the sheet's status words. */
const FILLS: Record<string, string> = {
  "Enligt plan": "rgb(223, 246, 221)",
  Risk: "rgb(255, 244, 206)",
  "Efter plan": "rgb(253, 231, 233)",
  "Ej startad": "rgb(240, 240, 240)",
};

const PLAN: [string, number, number, number, number][] = [
  ["Exakt 0,9", 40, 3, 3, 3], // 9 of 10: on track (≥ 0,9 includes 0,9)
  ["Exakt 0,7", 40, 2, 2, 3], // 7 of 10: at risk (0,7 ≤ p < 0,9)
  ["Under 0,7", 40, 2, 2, 2.9], // 6,9 of 10: behind
  ["Över plan", 40, 4, 4, 4], // 12 of 10: on track
  ["Inget planerat", 0, 0, 0, 0], // nothing expected, nothing achieved: performance "", not started
];
const EXPECTED: Record<string, string> = {
  "Exakt 0,9": "Enligt plan",
  "Exakt 0,7": "Risk",
  "Under 0,7": "Efter plan",
  "Över plan": "Enligt plan",
  "Inget planerat": "Ej startad",
};

describeE2E("status colours on the follow-up sheet", () => {
  let workbench: Workbench;
  let directory: string;

  beforeAll(async () => {
    workbench = await startWorkbench();
    directory = fs.mkdtempSync(path.join(os.tmpdir(), "balans-e2e-status-"));
  }, 600_000);

  afterAll(async () => {
    await workbench?.close();
    if (directory) fs.rmSync(directory, { recursive: true, force: true });
  });

  test("every row's colour matches its status text and the pane's status, boundaries included", async () => {
    await openPreview(workbench);
    const p = workbench.page;
    const workbook = new ExcelJS.Workbook();
    workbook
      .addWorksheet("Gränsfall")
      .addRows([["Åtgärd", "Helårseffekt", "Jan", "Feb", "Mar"], ...PLAN]);
    const file = path.join(directory, "gransfall.xlsx");
    await workbook.xlsx.writeFile(file);
    await p.getByTestId("open-file").setInputFiles(file);
    await p.getByRole("grid", { name: "Gränsfall" }).waitFor();

    await selectRange(p, "A1", `E${PLAN.length + 1}`);
    await pane(p).getByRole("button", { name: "Läs markerad tabell" }).click();
    await expectText(figure(p, "Planerad effekt"), /^160(,0)?\s*mkr$/);
    // The pane's own status of the measures it lists as behind plan, by name.
    const paneStatus = Object.fromEntries(
      (
        await pane(p)
          .getByRole("table", { name: "Åtgärder efter plan, sämst först" })
          .getByRole("row")
          .evaluateAll((rows) =>
            rows
              .slice(1)
              .map((row) =>
                Array.from(row.querySelectorAll("td"), (cell) => (cell.textContent ?? "").trim()),
              ),
          )
      ).map((cells) => [cells[0], cells[2]]),
    );

    await pane(p).getByRole("button", { name: "Skapa uppföljningsblad" }).click();
    await sheetTabs(p)
      .getByRole("tab", { name: /^Uppföljning/ })
      .waitFor();
    const sheet = await cellTexts(p);
    const statusColumn = columnOf(sheet, "Status", rowOf(sheet, "Åtgärd"));
    const seen: Record<string, { text: string; fills: string[] }> = {};
    for (const [name] of PLAN) {
      const row = rowOf(sheet, name);
      const fills = await Promise.all(
        ["G", statusColumn].map((column) =>
          p
            .locator(`[data-cell="${column}${row}"]`)
            .evaluate((cell) => getComputedStyle(cell).backgroundColor),
        ),
      );
      seen[name] = { text: sheet[`${statusColumn}${row}`], fills };
    }
    for (const [name] of PLAN) {
      expect({ name, ...seen[name] }).toEqual({
        name,
        text: EXPECTED[name],
        fills: [FILLS[EXPECTED[name]], FILLS[EXPECTED[name]]],
      });
      // A measure the pane lists carries the same status there; one it leaves out is not behind or at risk.
      if (name in paneStatus) expect(paneStatus[name]).toBe(EXPECTED[name]);
      else expect(["Enligt plan", "Ej startad"]).toContain(EXPECTED[name]);
    }
    // The pane lists at least the measures at risk and behind.
    expect(paneStatus).toMatchObject({ "Exakt 0,7": "Risk", "Under 0,7": "Efter plan" });
  });
});
