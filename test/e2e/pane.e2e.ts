/**
 * The task pane as a controller works in it, in Chromium against the preview: a reading that goes
 * stale when its cells are edited, input kept across tab switches, the pane at Excel's widths
 * (320–450 px; a screenshot at 360 px for the README), and axe-core run inside the real page.
 */
import fs from "fs";
import type { Page } from "playwright-core";
import {
  CHROMIUM_PATH,
  editCell,
  expectText,
  figure,
  openPaneView,
  openPreview,
  openSheet,
  pane,
  screenshot,
  selectRange,
  settleAnimations,
  sheetTabs,
  startWorkbench,
  Workbench,
} from "./support/workbench";

const describeE2E = fs.existsSync(CHROMIUM_PATH) ? describe : describe.skip;
const STALE = "Cellerna som lästes har ändrats sedan dess: siffrorna kan vara inaktuella.";
const VIEWS = ["Åtgärder", "Prognos", "Hyrpersonal", "Inställningar"] as const;

/** Reads seed 000's plan (Handlingsplan!A4:F31) into the measures view, with the deficit from B2. */
async function readPlan(page: Page): Promise<void> {
  await selectRange(page, "A4", "F31");
  await pane(page).getByRole("button", { name: "Läs markerad tabell" }).click();
  await expectText(figure(page, "Uppnått hittills"), "59,8 mkr");
  const deficit = pane(page).getByLabel("Ingångsläge/underskott (tal eller cell, t.ex. B1)");
  await deficit.fill("B2");
  await deficit.press("Enter");
  await expectText(figure(page, "Överskott efter åtgärderna"), "0,1 mkr");
}

/** Sets the pane's width as Excel would size its task pane. */
async function paneWidth(page: Page, width: number): Promise<void> {
  await pane(page).evaluate((aside, px) => {
    (aside as HTMLElement).style.width = `${px}px`;
  }, width);
}

/** How far the pane's content reaches past its width (0: no horizontal scroll). */
async function horizontalOverflow(page: Page): Promise<number> {
  return pane(page).evaluate((aside) => aside.scrollWidth - aside.clientWidth);
}

describeE2E("the task pane a controller can trust", () => {
  let workbench: Workbench;
  const page = () => workbench.page;

  beforeAll(async () => {
    workbench = await startWorkbench();
  }, 300_000);

  afterAll(async () => {
    await workbench?.close();
  });

  test("an edit in the cells read marks the figures out of date; Läs om reads them again", async () => {
    await openPreview(workbench);
    const p = page();
    await readPlan(p);
    await expect(pane(p).getByText(STALE).count()).resolves.toBe(0);

    // OB-tillägg's March, −3,5 → −5,5: achieved 59,8 − 2 = 57,8.
    await editCell(p, "E18", "-5,5");
    await expectText(pane(p).getByText(STALE), STALE);
    await expectText(figure(p, "Uppnått hittills"), "59,8 mkr"); // the old figure, marked out of date
    await pane(p).getByRole("button", { name: "Läs om" }).click();
    await expectText(figure(p, "Uppnått hittills"), "57,8 mkr");
    await expect(pane(p).getByText(STALE).count()).resolves.toBe(0);
  });

  test("an edit outside the cells read leaves the reading as it is", async () => {
    await openPreview(workbench);
    const p = page();
    await readPlan(p);
    await editCell(p, "J2", "42");
    await expectText(figure(p, "Uppnått hittills"), "59,8 mkr");
    await expect(pane(p).getByText(STALE).count()).resolves.toBe(0);
  });

  test("a trip through every tab keeps the reading and the deficit", async () => {
    await openPreview(workbench);
    const p = page();
    await readPlan(p);
    for (const view of ["Prognos", "Hyrpersonal", "Inställningar", "Åtgärder"] as const)
      await openPaneView(p, view);
    await expectText(figure(p, "Överskott efter åtgärderna"), "0,1 mkr");
    await expect(
      pane(p).getByLabel("Ingångsläge/underskott (tal eller cell, t.ex. B1)").inputValue(),
    ).resolves.toBe("B2");
    await expectText(
      pane(p).getByText(/^Markerat område:/),
      "Markerat område: Handlingsplan!A4:F31",
    );
  });

  test("at 320, 360 and 450 px: no horizontal scroll in any view, every tab reachable, the action and its notice in view", async () => {
    await openPreview(workbench);
    const p = page();
    await readPlan(p);
    for (const width of [320, 360, 450]) {
      await paneWidth(p, width);
      for (const view of VIEWS) {
        await openPaneView(p, view);
        expect({ width, view, overflow: await horizontalOverflow(p) }).toEqual({
          width,
          view,
          overflow: 0,
        });
        const box = await pane(p).boundingBox();
        for (const tab of VIEWS) {
          const tabBox = await pane(p).getByRole("tab", { name: tab, exact: true }).boundingBox();
          expect(
            tabBox &&
              box &&
              tabBox.x >= box.x &&
              tabBox.x + tabBox.width <= box.x + box.width + 0.5,
          ).toBe(true);
        }
      }
    }

    await paneWidth(p, 360);
    await openPaneView(p, "Åtgärder");
    const create = pane(p).getByRole("button", { name: "Skapa uppföljningsblad" });
    // The footer sticks to the pane's bottom: the action shows without scrolling past the figures.
    await expect(create.isVisible()).resolves.toBe(true);
    const viewport = p.viewportSize();
    const createBox = await create.boundingBox();
    expect(createBox && viewport && createBox.y + createBox.height <= viewport.height).toBe(true);
    await create.click();
    await sheetTabs(p)
      .getByRole("tab", { name: /^Uppföljning / })
      .waitFor();
    const notice = pane(p).getByText(/^Bladet ".*" skapades med \d+ celler/);
    await notice.waitFor();
    const noticeBox = await notice.boundingBox();
    expect(
      noticeBox &&
        viewport &&
        noticeBox.y >= 0 &&
        noticeBox.y + noticeBox.height <= viewport.height,
    ).toBe(true);
    await openSheet(p, "Handlingsplan");
    await screenshot(p, "pane-360.png");
  });

  test("axe-core inside the page: no serious or critical violations in any view of the pane", async () => {
    await openPreview(workbench);
    const p = page();
    await readPlan(p);
    // Evaluated through the DevTools protocol, which the page's Content Security Policy does not govern.
    await p.evaluate(fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
    for (const view of VIEWS) {
      await openPaneView(p, view);
      await settleAnimations(p);
      const violations = await p.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(
                context: Element,
              ): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
            };
          }
        ).axe;
        const aside = document.querySelector('[data-testid="balans-pane"]');
        if (!aside) throw new Error("no pane");
        const result = await axe.run(aside);
        return result.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
      });
      expect({ view, violations }).toEqual({ view, violations: [] });
    }
  });
});
