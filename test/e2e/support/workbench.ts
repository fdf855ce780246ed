/**
 * Drives the preview workbench (dist-preview/preview.html) in headless Chromium: the grid on the
 * left, the real task pane on the right. Everything is read from the page as the user sees it.
 */
import fs from "fs";
import os from "os";
import path from "path";
import type { Server } from "http";
import { chromium, BrowserContext, Locator, Page } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../support/chromium";
import { outputLocation } from "../../support/outputs";

export { CHROMIUM_PATH };

/** test-results/docs/screenshots, or README's docs/screenshots with `npm run screenshots`. */
export const SCREENSHOTS = outputLocation("docs/screenshots");

interface PreviewServer {
  build(): void;
  serve(root?: string, port?: number): Promise<{ url: string; server: Server }>;
  ROOT: string;
}
// scripts/ is CommonJS without type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const previewServer = require("../../../scripts/preview-server.js") as PreviewServer;

/** One browser, one page, and every network request and blocked load the page attempted. */
export interface Workbench {
  url: string;
  page: Page;
  context: BrowserContext;
  /** Every request of the page, its frames and workers, in order. */
  requests: string[];
  /** Loads the page's Content Security Policy refused (they never became requests). */
  blocked: string[];
  /** Uncaught errors in the page. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Requests that stay on this machine: the preview server on 127.0.0.1, or no network at all (data:, blob:). */
export function isLoopback(url: string): boolean {
  const parsed = new URL(url);
  if (["data:", "blob:", "about:"].includes(parsed.protocol)) return true;
  return parsed.hostname === "127.0.0.1";
}

/** `acceptDownloads`: let the page's downloads (Save as .xlsx) reach the test. */
/**
 * dist-preview/ as this run built it: jest's globalSetup builds it once, so this returns at once;
 * BALANS_E2E_NO_BUILD=1 reuses an existing build while iterating.
 */
export function ensurePreviewBuilt(): void {
  if (
    process.env.BALANS_E2E_NO_BUILD !== "1" ||
    !fs.existsSync(path.join(previewServer.ROOT, "preview.html"))
  )
    previewServer.build();
}

/** The preview (built if need be) served on loopback, and a fresh headless Chromium on it. */
export async function startWorkbench(
  options: { acceptDownloads?: boolean } = {},
): Promise<Workbench> {
  ensurePreviewBuilt();
  const { url, server } = await previewServer.serve();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "balans-e2e-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1440, height: 960 },
    locale: "sv-SE",
    acceptDownloads: options.acceptDownloads ?? false,
  });
  const requests: string[] = [];
  const blocked: string[] = [];
  const pageErrors: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  // A load the CSP refuses is reported to the page, never sent: make it visible in the test's log.
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      console.warn(`[csp-blocked] ${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("console", (message) => {
    const text = message.text();
    if (text.startsWith("[csp-blocked] ")) blocked.push(text.slice("[csp-blocked] ".length));
  });
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  return {
    url,
    page,
    context,
    requests,
    blocked,
    pageErrors,
    async close() {
      await context.close().catch(() => undefined);
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A fresh sample workbook: the preview keeps its workbook in memory, so a reload starts over. */
export async function openPreview(workbench: Workbench): Promise<void> {
  await workbench.page.goto(workbench.url);
  await workbench.page.locator('[data-cell="A4"]').waitFor();
  await pane(workbench.page).getByRole("button", { name: "Läs markerad tabell" }).waitFor();
}

export const pane = (page: Page): Locator => page.getByTestId("balans-pane");
export const sheetTabs = (page: Page): Locator => page.getByRole("tablist", { name: "Blad" });

export async function sheetNames(page: Page): Promise<string[]> {
  return (await sheetTabs(page).getByRole("tab").allInnerTexts()).map((name) => name.trim());
}

export async function openSheet(page: Page, name: string | RegExp): Promise<void> {
  await sheetTabs(page)
    .getByRole("tab", { name, exact: typeof name === "string" })
    .click();
  await page.locator('[data-cell="A1"][aria-selected="true"]').waitFor();
  if (typeof name === "string") await page.getByRole("grid", { name }).waitFor();
}

export async function openPaneView(
  page: Page,
  name: "Åtgärder" | "Prognos" | "Hyrpersonal" | "Inställningar",
): Promise<void> {
  await pane(page).getByRole("tab", { name, exact: true }).click();
  await pane(page).getByRole("tabpanel", { name }).waitFor();
}

/** Click the first cell, Shift+click the last, as a user selects a range. */
export async function selectRange(page: Page, from: string, to = from): Promise<void> {
  await page.locator(`[data-cell="${from}"]`).click();
  if (to !== from) await page.locator(`[data-cell="${to}"]`).click({ modifiers: ["Shift"] });
  await expectText(page.getByTestId("selection-address"), from === to ? from : `${from}:${to}`);
}

/** Types `address` in the Name Box and Enter, as a user selects a range larger than the screen. */
export async function selectAddress(page: Page, address: string): Promise<void> {
  const box = page.getByRole("textbox", { name: "Namnruta" });
  await box.fill(address);
  await box.press("Enter");
  await expectText(page.getByTestId("selection-address"), address.replace(/^.*!/, ""));
}

/** Double-click a cell, type, Enter: the user's own edit. */
export async function editCell(page: Page, address: string, text: string): Promise<void> {
  await page.locator(`[data-cell="${address}"]`).dblclick();
  const editor = page.locator(`[data-cell="${address}"] input`);
  await editor.fill(text);
  await editor.press("Enter");
  await editor.waitFor({ state: "detached" });
}

/** Every drawn cell of the active sheet, address → text as shown. */
export async function cellTexts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Array.from(document.querySelectorAll<HTMLElement>("td[data-cell]"), (cell) => [
        cell.dataset.cell ?? "",
        cell.textContent ?? "",
      ]),
    ),
  );
}

export async function cellText(page: Page, address: string): Promise<string> {
  return (await page.locator(`[data-cell="${address}"]`).textContent()) ?? "";
}

/** The 1-based row whose cell in `column` reads exactly `label`. */
export function rowOf(cells: Record<string, string>, label: string, column = "A"): number {
  const found = Object.entries(cells).find(
    ([address, text]) => new RegExp(`^${column}\\d+$`).test(address) && text.trim() === label,
  );
  if (!found) throw new Error(`No cell in column ${column} reads "${label}"`);
  return Number(found[0].slice(column.length));
}

/** The column letter of the header `label` in row `row`. */
export function columnOf(cells: Record<string, string>, label: string, row: number): string {
  const found = Object.entries(cells).find(
    ([address, text]) => new RegExp(`^[A-Z]+${row}$`).test(address) && text.trim() === label,
  );
  if (!found) throw new Error(`No header "${label}" in row ${row}`);
  return found[0].replace(/\d+$/, "");
}

/** Swedish number text as the page shows it ("−1 234,5") without its typographic minus and spaces. */
export const plain = (text: string): string =>
  text.replace(/\u2212/g, "-").replace(/[\s\u00a0\u202f]/g, "");

/** Waits until a locator's text, or an input's value, (normalised as `plain`) equals or matches `expected`. */
export async function expectText(
  locator: Locator,
  expected: string | RegExp,
  timeout = 10_000,
): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const last =
      (await locator
        .evaluate(
          (element) => (element instanceof HTMLInputElement ? element.value : element.textContent),
          undefined,
          { timeout },
        )
        .catch(() => null)) ?? "";
    const matches =
      typeof expected === "string" ? plain(last) === plain(expected) : expected.test(last);
    if (matches) return last;
    if (Date.now() > deadline)
      throw new Error(`Expected ${locator} to read ${String(expected)}, but it reads "${last}"`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A figure of the pane's figure grid, by its label ("Planerad effekt"). */
export const figure = (page: Page, label: string): Locator =>
  pane(page).locator(`dd[data-figure="${label}"]`);

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, name);
  await page.screenshot({ path: file });
  return file;
}

/**
 * Waits for the page's finite animations and transitions to end. Fluent fades a new message bar in:
 * axe judges colour contrast as it is at that moment, so half-way through a fade it reports text
 * that ends up well readable (seen once in CI-like runs, not reproducible alone).
 */
export async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) =>
          Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)),
        )
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}
