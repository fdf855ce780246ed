/**
 * The preview in Swedish as Swedish Excel: Swedish function names, ";" between arguments and a
 * decimal comma, typed into cells and shown in the formula bar; errors worded in Swedish; English
 * notation when the preview is switched to English. Expected figures by hand from DOMAIN.md.
 */
import fs from "fs";
import {
  cellText,
  CHROMIUM_PATH,
  editCell,
  expectText,
  openPreview,
  openSheet,
  plain,
  selectRange,
  startWorkbench,
  Workbench,
} from "./support/workbench";

const describeE2E = fs.existsSync(CHROMIUM_PATH) ? describe : describe.skip;

describeE2E("Swedish notation in the preview", () => {
  let workbench: Workbench;
  const page = () => workbench.page;
  const formulaBar = () => page().getByLabel(/^(Formel i|Formula in) [A-Z]+\d+$/);

  beforeAll(async () => {
    workbench = await startWorkbench();
    await openPreview(workbench);
    await openSheet(page(), "Funktioner");
  }, 600_000);

  afterAll(async () => {
    await workbench?.close();
  });

  test("formulas typed as a Swedish controller types them compute", async () => {
    const p = page();
    // DOMAIN.md §3: 59 400 h / (3 × 165) = 120 FTE.
    await editCell(p, "D2", "=BALANS.ÅRSARBETARE(59400;3)");
    expect(plain(await cellText(p, "D2"))).toBe("120");
    // OB-tillägg from February, by March: -47,6 × 2/11 = -8,654545…
    await editCell(p, "D3", "=BALANS.EFFEKT.FÖRVÄNTAD(-47,6;3;2)");
    expect(plain(await cellText(p, "D3"))).toBe("-8,654545455");
    await editCell(p, "D4", "=OM(1>0;1;0)");
    expect(await cellText(p, "D4")).toBe("1");
    await editCell(p, "D5", "=SUMMA(1,5;2,25)");
    expect(plain(await cellText(p, "D5"))).toBe("3,75");
    // English names of the BALANS functions stay understood, with Swedish separators.
    await editCell(p, "D6", "=BALANS.FTE(59400;3)");
    expect(plain(await cellText(p, "D6"))).toBe("120");
  });

  test("the formula bar shows the workbook's formulas in Swedish", async () => {
    const p = page();
    await selectRange(p, "B3");
    expect(await formulaBar().inputValue()).toBe("=BALANS.EFFEKT.FÖRVÄNTAD(-47,6;3;2)");
    await selectRange(p, "D5");
    expect(await formulaBar().inputValue()).toBe("=SUMMA(1,5;2,25)");
  });

  test("in Swedish a comma is a decimal comma, as in Swedish Excel: (59400,3) is one argument", async () => {
    const p = page();
    await editCell(p, "D7", "=BALANS.ÅRSARBETARE(59400,3)");
    // 59 400,3 hours in the one month the months argument defaults to: 59 400,3 / 165 = 360,0018…
    expect(plain(await cellText(p, "D7"))).toBe("360,0018182");
  });

  test("a BALANS function's error shows Swedish Excel's code and a Swedish message", async () => {
    const p = page();
    await editCell(p, "D10", '=BALANS.ÅRSARBETARE(59400;"tre")');
    expect(await cellText(p, "D10")).toBe("#VÄRDEFEL!");
    expect(await p.locator('[data-cell="D10"]').getAttribute("title")).toMatch(
      /'tre' är inte ett tal/,
    );
  });

  test("errors are worded in Swedish: an unknown name, and a formula that cannot be read is refused", async () => {
    const p = page();
    await editCell(p, "D8", "=SUMA(1;2)");
    expect(await cellText(p, "D8")).toBe("#NAMN?");
    expect(await p.locator('[data-cell="D8"]').getAttribute("title")).toBe("Okänd funktion: SUMA.");

    // As Excel: the formula is not entered, the editor stays open and says why.
    const before = await cellText(p, "D9");
    await p.locator('[data-cell="D9"]').dblclick();
    const editor = p.locator('[data-cell="D9"] input');
    await editor.fill("=SUMMA(1;");
    await editor.press("Enter");
    await expectText(
      p.getByRole("alert").first(),
      /^Formeln =SUMMA\(1; kunde inte tolkas\. Skriv som i svenska Excel: semikolon mellan argument/,
    );
    expect(await editor.isVisible()).toBe(true);
    await editor.press("Escape");
    await editor.waitFor({ state: "detached" });
    expect(await cellText(p, "D9")).toBe(before);
  });

  test("switched to English: English notation, English names, English messages", async () => {
    const p = page();
    await p.getByLabel(/^Språk och formelnotation/).selectOption("en");
    await selectRange(p, "B3");
    expect(await formulaBar().inputValue()).toBe("=BALANS.EFFECT.EXPECTED(-47.6,3,2)");
    await selectRange(p, "D5");
    expect(await formulaBar().inputValue()).toBe("=SUM(1.5,2.25)");
    expect(await cellText(p, "D5")).toBe("3.75");
    await editCell(p, "E2", "=SUM(1.5,2.5)+ROUND(0.25,1)");
    expect(await cellText(p, "E2")).toBe("4.3");
    expect(await cellText(p, "D8")).toBe("#NAME?");
    expect(await p.locator('[data-cell="D8"]').getAttribute("title")).toBe(
      "Unknown function: SUMA.",
    );
    await p.getByLabel(/^Språk och formelnotation/).selectOption("sv");
    await selectRange(p, "E2");
    expect(await formulaBar().inputValue()).toBe("=SUMMA(1,5;2,5)+AVRUNDA(0,25;1)");
  });

  test("the page never reached beyond 127.0.0.1", () => {
    expect(
      workbench.requests.filter(
        (url) => !/^http:\/\/127\.0\.0\.1:\d+\//.test(url) && !/^(data|blob|about):/.test(url),
      ),
    ).toEqual([]);
    expect(workbench.pageErrors).toEqual([]);
  });
});
