/**
 * axe-core (installed with jest-axe) run in Chromium on the real preview page: no serious or critical
 * violation in the grid, the sheet tabs or the task pane — on the sample and on the follow-up sheet.
 */
import fs from "fs";
import {
  CHROMIUM_PATH,
  expectText,
  figure,
  openPreview,
  pane,
  selectRange,
  settleAnimations,
  sheetTabs,
  startWorkbench,
  Workbench,
} from "./support/workbench";

const describeE2E = fs.existsSync(CHROMIUM_PATH) ? describe : describe.skip;
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

describeE2E("accessibility of the preview page (axe-core in Chromium)", () => {
  let workbench: Workbench;

  beforeAll(async () => {
    workbench = await startWorkbench();
  }, 600_000);

  afterAll(async () => {
    await workbench?.close();
  });

  /** Serious and critical violations on the whole page, one line each. */
  async function violations(): Promise<string[]> {
    const p = workbench.page;
    await settleAnimations(p);
    // Evaluated through the browser's debugging protocol, which the page's CSP does not govern.
    if (!(await p.evaluate(() => "axe" in window))) await p.evaluate(AXE);
    const found = (await p.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> };
        }
      ).axe;
      return (await axe.run(document, { resultTypes: ["violations"] })).violations;
    })) as Violation[];
    return found
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map(
        (violation) =>
          `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes
            .slice(0, 3)
            .map((node) => node.target.join(" "))
            .join(", ")}`,
      );
  }

  test("the sample workbook with the pane", async () => {
    await openPreview(workbench);
    expect(await violations()).toEqual([]);
  });

  test("the follow-up sheet with its colours and chart, and the pane's figures", async () => {
    const p = workbench.page;
    await selectRange(p, "A4", "F31");
    await pane(p).getByRole("button", { name: "Läs markerad tabell" }).click();
    await expectText(figure(p, "Planerad effekt"), "215,1 mkr");
    await pane(p).getByRole("button", { name: "Skapa uppföljningsblad" }).click();
    await sheetTabs(p)
      .getByRole("tab", { name: /^Uppföljning/ })
      .waitFor();
    await p.getByTestId("chart").waitFor();
    expect(await violations()).toEqual([]);
  });
});
