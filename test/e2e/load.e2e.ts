/**
 * The preview `npm start` serves: the production build (minified, source maps in separate files)
 * and its cold load on loopback, measured and printed — a figure for the report, never a timed
 * assertion (see the brief: speed is measured, not asserted).
 */
import fs from "fs";
import path from "path";
import zlib from "zlib";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../support/chromium";
import { CHROMIUM_PATH, ensurePreviewBuilt, isLoopback, previewServer } from "./support/workbench";

const describeE2E = fs.existsSync(CHROMIUM_PATH) ? describe : describe.skip;
const COLD_LOADS = 5;
const file = (name: string) => path.join(previewServer.ROOT, name);

describeE2E("the preview's production build", () => {
  beforeAll(() => ensurePreviewBuilt(), 600_000);

  test("is minified, with its source map in a separate file", () => {
    if (process.env.BALANS_PREVIEW_BUILT !== "production") {
      console.warn(
        "load.e2e: dist-preview/ was not built by this run; its build mode is checked only after `previewServer.build()`.",
      );
      return;
    }
    const bundle = fs.readFileSync(file("preview.js"), "utf8");
    const lines = bundle.split("\n");
    // Minified: a few very long lines (the development build has one line per source line, ~200 000).
    expect(lines.length).toBeLessThan(100);
    expect(bundle).not.toMatch(/sourceMappingURL=data:/);
    expect(lines.at(-1)).toBe("//# sourceMappingURL=preview.js.map");
    expect(fs.existsSync(file("preview.js.map"))).toBe(true);
    expect(bundle).not.toContain("development mode"); // React's development warnings are compiled out
  });

  test(`cold load on loopback, ${COLD_LOADS} times with an empty cache: figures printed`, async () => {
    const { url, server } = await previewServer.serve();
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      headless: true,
    });
    try {
      const loads: { ready: number; loadEvent: number; bytes: number }[] = [];
      for (let run = 0; run < COLD_LOADS; run++) {
        const context = await browser.newContext({
          viewport: { width: 1440, height: 960 },
          locale: "sv-SE",
        });
        const page = await context.newPage();
        const requests: string[] = [];
        page.on("request", (request) => requests.push(request.url()));
        await page.goto(url);
        // Ready: the grid shows its first cells and the pane its first button.
        await page.waitForFunction(
          () =>
            document.querySelector('[data-cell="A4"]') !== null &&
            document.querySelector('[data-testid="balans-pane"] button') !== null,
          undefined,
          { polling: "raf" },
        );
        const figures = await page.evaluate(() => {
          const [navigation] = performance.getEntriesByType(
            "navigation",
          ) as PerformanceNavigationTiming[];
          const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
          return {
            ready: performance.now(),
            loadEvent: navigation.loadEventEnd,
            bytes:
              navigation.encodedBodySize +
              resources.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
          };
        });
        loads.push(figures);
        expect(requests.filter((request) => !isLoopback(request))).toEqual([]);
        await context.close();
      }
      const median = (values: number[]) =>
        [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
      const bundle = fs.readFileSync(file("preview.js"));
      console.log(
        [
          `Preview cold load (${process.env.BALANS_PREVIEW_BUILT ?? "existing"} build, loopback, ${COLD_LOADS} runs):`,
          `  to grid and pane shown: median ${median(loads.map((load) => load.ready)).toFixed(0)} ms (${loads.map((load) => load.ready.toFixed(0)).join(", ")})`,
          `  to the load event: median ${median(loads.map((load) => load.loadEvent)).toFixed(0)} ms`,
          `  bytes loaded: ${(loads[0].bytes / 1024).toFixed(0)} KiB; preview.js ${(bundle.length / 1024).toFixed(0)} KiB, ${(zlib.gzipSync(bundle).length / 1024).toFixed(0)} KiB gzip`,
        ].join("\n"),
      );
      expect(loads.every((load) => load.ready > 0)).toBe(true);
    } finally {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    }
  }, 120_000);
});
