/**
 * End to end in Chromium: units where two meet (an agency cost table in mkr against an hourly price
 * in kr) and the question a deficit with the measures' sign gets, as a controller would meet them.
 * Same workbench, build and skip rules as preview.e2e.ts.
 */
import fs from "fs";
import {
  cellText,
  CHROMIUM_PATH,
  editCell,
  expectText,
  figure,
  openPaneView,
  openPreview,
  openSheet,
  pane,
  selectRange,
  sheetTabs,
  startWorkbench,
  Workbench,
} from "./support/workbench";

const available = fs.existsSync(CHROMIUM_PATH);
if (!available && process.env.BALANS_REQUIRE_E2E === "1")
  throw new Error(`BALANS_REQUIRE_E2E=1 but ${CHROMIUM_PATH} is missing`);
const describeE2E = available ? describe : describe.skip;

describeE2E("units and questions in the preview workbench", () => {
  let workbench: Workbench;
  const page = () => workbench.page;

  beforeAll(async () => {
    workbench = await startWorkbench();
  }, 300_000);

  afterAll(async () => {
    await workbench?.close();
  });

  test("seed 004's nurses in an mkr table at 685,7 kr/h: 120,5 FTE in the pane and on the staffing sheet", async () => {
    await openPreview(workbench);
    const p = page();
    await openSheet(p, "Hyrpersonal");
    // A cost table headed in mkr, beside the sample's own: 13,6 + 13,6 + 13,7 = 40,9 mkr (the report's January–March).
    const table: [string, string][] = [
      ["H1", "Kostnad (mkr)"],
      ["I1", "Jan"],
      ["J1", "Feb"],
      ["K1", "Mar"],
      ["H2", "Sjuksköterskor"],
      ["I2", "13,6"],
      ["J2", "13,6"],
      ["K2", "13,7"],
    ];
    for (const [address, text] of table) await editCell(p, address, text);
    await selectRange(p, "H1", "K2");

    await openPaneView(p, "Hyrpersonal");
    await pane(p).getByRole("button", { name: "Använd markering Hyrpersonal" }).click();
    await pane(p).getByRole("radio", { name: "Kostnad" }).check();
    await expectText(
      pane(p).getByText(/^Enheten mkr står i tabellen\.$/),
      "Enheten mkr står i tabellen.",
    );
    await pane(p).getByLabel("Timpris (kr per timme)").fill("685,7");

    const results = pane(p).getByRole("table", { name: "Hyrpersonal" });
    await expectText(results.getByRole("columnheader").nth(1), "Kostnad (mkr)");
    const nurses = results.getByRole("row").filter({ hasText: "Sjuksköterskor" });
    // 40 900 000 kr / 685,7 kr/h / (3 × 165 h) = 120,499… FTE; before units met, this was 0,0.
    await expectText(nurses.getByRole("cell").nth(1), "40,9");
    await expectText(nurses.getByRole("cell").nth(2), "120,5");

    await pane(p).getByRole("button", { name: "Skapa bemanningsblad" }).click();
    await sheetTabs(p)
      .getByRole("tab", { name: /^Bemanning / })
      .waitFor();
    await expectText(p.locator('[data-cell="A5"]'), "Sjuksköterskor");
    await expectText(p.locator('[data-cell="C5"]'), "120,5");
    expect(await cellText(p, "B4")).toBe("Kostnad (mkr)");
  });

  test("a deficit typed as 215 is asked about on its field ('Menar du −215?'), and the answer gives +0,1 as a surplus", async () => {
    await openPreview(workbench);
    const p = page();
    await selectRange(p, "A4", "F31");
    await pane(p).getByRole("button", { name: "Läs markerad tabell" }).click();
    await expectText(figure(p, "Planerad effekt"), "215,1 mkr");

    const deficit = pane(p).getByLabel("Ingångsläge/underskott (tal eller cell, t.ex. B1)");
    await deficit.fill("215");
    await deficit.press("Enter");
    await expectText(pane(p).getByText(/Menar du/), /Menar du −215\s+mkr\?/);
    expect(await pane(p).getByText(/430,1/).count()).toBe(0);

    await pane(p)
      .getByRole("button", { name: /^Ja, använd −215/ })
      .click();
    await expectText(figure(p, "Överskott efter åtgärderna"), "0,1 mkr");
    expect(await deficit.inputValue()).toBe("-215");
    expect(
      await pane(p)
        .getByText(/Menar du/)
        .count(),
    ).toBe(0);
  });
});
