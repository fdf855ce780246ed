/**
 * Task pane size and start. One production build with the project's webpack config, plus one extra
 * entry: a minimal Fluent UI v9 page with one button (bench/minimal), on the same HTML template, so
 * it gets the same CSP, the same office.js tag and the same loaders, minifier and tree shaking.
 *
 * Start: headless Chromium (Debian's package, driven by playwright-core) opens each page from a
 * loopback server, alternating, in a fresh browser context each time (cold cache), right after an
 * empty page of the same origin so that no renderer process starts inside the timing. office.js cannot
 * load offline: requests for it are answered with a stub whose Office.onReady resolves at once, so
 * the real bundles run behind the real CSP. Every other address outside loopback is refused.
 */
import fs from "fs";
import http from "http";
import { AddressInfo } from "net";
import os from "os";
import path from "path";
import webpack from "webpack";
import HtmlWebpackPlugin from "html-webpack-plugin";
import type { Browser } from "playwright-core";
import { compile, sizeOf } from "./build";
import { bytesByPackage, largestAdditions } from "./bundleSizes";
import { Figure, kib, ms, ratioText } from "./report";
import { median, spread } from "./timing";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../test/support/chromium";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../webpack.config.js") as (
  env: object,
  options: object,
) => Promise<webpack.Configuration>;

const ROOT = path.join(__dirname, "..");
const OFFICE_JS = "https://officeapis.public.onecdn.static.microsoft/1/office.js";
const SIZE_TARGET = 1.5;
const START_TARGET = 1.2;
/** The entries the shared-runtime page loads (taskpane.html): both start with the page. */
const PAGE_ENTRIES = ["functions", "taskpane"];

/**
 * The production build and the minimal page, into `outDir`. Source maps are written beside the bundles
 * ("hidden": the JavaScript stays byte for byte what `npm run build` emits) to tell where bytes come from.
 */
export async function buildPages(outDir: string): Promise<BuiltPages> {
  const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
  config.mode = "production";
  config.devtool = "hidden-source-map";
  config.context = ROOT;
  config.entry = {
    ...(config.entry as Record<string, string>),
    minimal: "./bench/minimal/index.tsx",
  };
  config.output = { ...config.output, path: outDir };
  config.plugins = [
    ...(config.plugins ?? []),
    new HtmlWebpackPlugin({
      filename: "minimal.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["minimal"],
    }),
  ];
  const stats = await compile(config, "the bench build");
  const { entrypoints = {}, assets = [] } = stats.toJson({
    all: false,
    entrypoints: true,
    assets: true,
  });
  const scripts = (entry: string) =>
    (entrypoints[entry]?.assets ?? [])
      .map((asset) => asset.name)
      .filter((name) => name.endsWith(".js"));
  const start = [...new Set(PAGE_ENTRIES.flatMap(scripts))];
  const minimal = scripts("minimal");
  return {
    start,
    minimal,
    all: assets
      .map((asset) => asset.name)
      .filter((name) => name.endsWith(".js") && !minimal.includes(name)),
  };
}

/** Script files of the build: what the shared-runtime page loads at start, all it may load, and the minimal page's. */
interface BuiltPages {
  start: string[];
  all: string[];
  minimal: string[];
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** An empty page on the server's origin, opened before each timed page so its renderer process is already up. */
const BLANK = "/__blank";

/** A static server for `root` on 127.0.0.1, on a free port, and an empty page at BLANK. */
async function serve(root: string): Promise<{ base: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    if (request.url === BLANK) {
      response
        .writeHead(200, { "Content-Type": "text/html; charset=utf-8" })
        .end("<!doctype html><title>blank</title>");
      return;
    }
    const file = path.join(
      root,
      path.normalize(decodeURIComponent((request.url ?? "/").split("?")[0])),
    );
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** What Excel's office.js provides that the pages use at start, resolved at once. */
const OFFICE_STUB = `
window.Office = {
  onReady: function (callback) {
    var info = Promise.resolve({ host: "Excel", platform: "PC" });
    return callback ? info.then(callback) : info;
  },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  context: {
    displayLanguage: "sv-SE",
    requirements: { isSetSupported: function () { return true; } },
    document: { settings: { get: function () { return null; }, set: function () {}, saveAsync: function (callback) { if (callback) callback({ status: "succeeded" }); } } }
  }
};
window.CustomFunctions = { associate: function () {}, Error: function () {}, ErrorCode: {} };
window.Excel = { run: function () { return Promise.reject(new Error("no Excel in the bench")); } };
`;

/** Runs in each page before its own scripts: notes when the first enabled button appears, and CSP violations. */
const PROBE = `
(() => {
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (event) => window.__cspViolations.push(event.violatedDirective + " " + event.blockedURI));
  const observer = new MutationObserver(() => {
    if (window.__firstInteractive === undefined && document.querySelector("button:not([disabled])")) {
      window.__firstInteractive = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["disabled"] });
})();
`;

interface Start {
  ms: number;
  violations: string[];
  errors: string[];
}

async function startOnce(browser: Browser, url: string, base: string): Promise<Start> {
  const context = await browser.newContext();
  const errors: string[] = [];
  try {
    await context.route(
      (address) => !address.href.startsWith(base),
      (route) =>
        route.request().url() === OFFICE_JS
          ? route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB })
          : route.abort("blockedbyclient"),
    );
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    page.on("pageerror", (error) => errors.push(error.message));
    // Same-origin first: the timed navigation then reuses the renderer instead of starting one.
    await page.goto(`${base}${BLANK.slice(1)}`);
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForSelector("button:not([disabled])", { timeout: 30_000 });
    const result = await page.evaluate(() => {
      const probe = window as unknown as { __firstInteractive: number; __cspViolations: string[] };
      return { ms: probe.__firstInteractive, violations: probe.__cspViolations };
    });
    return { ...result, errors };
  } finally {
    await context.close();
  }
}

export interface StartTimes {
  taskpane: Start[];
  minimal: Start[];
}

export async function startTimes(outDir: string, runs: number): Promise<StartTimes> {
  const { chromium } = await import("playwright-core");
  const server = await serve(outDir);
  // launch() gives the browser a fresh, temporary user-data-dir of its own.
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const times: StartTimes = { taskpane: [], minimal: [] };
    const pages = ["taskpane", "minimal"] as const;
    for (let round = -1; round < runs; round++) {
      const order = round % 2 === 0 ? pages : ([...pages].reverse() as ("taskpane" | "minimal")[]);
      for (const page of order) {
        const start = await startOnce(browser, `${server.base}${page}.html`, server.base);
        if (round >= 0) times[page].push(start); // round -1 warms the browser and the server up
      }
    }
    return times;
  } finally {
    await browser.close();
    await server.close();
  }
}

function bytesByPackageOf(outDir: string, files: string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const file of files)
    for (const [name, bytes] of bytesByPackage(path.join(outDir, file)))
      sizes.set(name, (sizes.get(name) ?? 0) + bytes);
  return sizes;
}

/** The packages the page's start scripts carry beyond the minimal page, minified bytes. */
function additions(outDir: string, files: BuiltPages): string {
  const extra = largestAdditions(
    bytesByPackageOf(outDir, files.start),
    bytesByPackageOf(outDir, files.minimal),
    8,
  );
  return extra.map(([name, bytes]) => `${name} +${kib(bytes)}`).join(", ");
}

export async function taskPaneSizeAndStart(
  runs = 41,
): Promise<{ figures: Figure[]; chromium?: string }> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "balans-bench-"));
  try {
    const files = await buildPages(outDir);
    const page = sizeOf(outDir, files.start);
    const everything = sizeOf(outDir, files.all);
    const minimal = sizeOf(outDir, files.minimal);
    const section = "Task pane";
    const sizeRatio = page.gzip / minimal.gzip;
    const figures: Figure[] = [
      {
        section,
        name: `page JavaScript at start, gzip (${files.start.join(" + ")}: shell and first view)`,
        measured: kib(page.gzip),
        baseline: `minimal Fluent page ${kib(minimal.gzip)}`,
        ratio: sizeRatio,
        target: `≤ ${SIZE_TARGET}×`,
        met: sizeRatio <= SIZE_TARGET,
        note:
          sizeRatio <= SIZE_TARGET
            ? undefined
            : `${ratioText(sizeRatio)} of one button's page. The minimal page already carries React DOM and Fluent's core (provider, theme, Griffel's style insertion); on top of it the page starts with the worksheet functions and the engine (functions.js), both languages' strings, Griffel's runtime style compiler (with stylis and rtl-css-js) that the pane's own makeStyles need, the error and busy bars, and the first view up to its read button: what follows a read, the other views and sheet writing are chunks fetched when needed. Largest additions over the minimal page (minified, from the source maps): ${additions(outDir, files)}.`,
      },
      {
        section,
        name: "page JavaScript at start, raw",
        measured: kib(page.raw),
        baseline: `minimal Fluent page ${kib(minimal.raw)}`,
        ratio: page.raw / minimal.raw,
        target: "—",
      },
      {
        section,
        name: `all the page's JavaScript, every view loaded, gzip (${files.all.length} files)`,
        measured: kib(everything.gzip),
        baseline: `minimal Fluent page ${kib(minimal.gzip)}`,
        ratio: everything.gzip / minimal.gzip,
        target: "—",
        note: `The views other than the first, and the dark theme, are chunks fetched when first needed: ${files.all.filter((file) => !files.start.includes(file)).join(", ")}.`,
      },
    ];

    if (!fs.existsSync(CHROMIUM_PATH)) {
      figures.push({
        section,
        name: "start: navigation → first enabled button",
        measured: "—",
        baseline: "minimal Fluent page —",
        target: `≤ ${START_TARGET}×`,
        note: `not measured: no Chromium at ${CHROMIUM_PATH} (Debian: apt-get install chromium; or set BALANS_CHROMIUM to a Chromium binary).`,
      });
      return { figures };
    }
    const times = await startTimes(outDir, runs);
    const taskpaneMs = median(times.taskpane.map((start) => start.ms));
    const minimalMs = median(times.minimal.map((start) => start.ms));
    const startRatio = taskpaneMs / minimalMs;
    const violations = [
      ...new Set([...times.taskpane, ...times.minimal].flatMap((start) => start.violations)),
    ];
    const errors = [
      ...new Set([...times.taskpane, ...times.minimal].flatMap((start) => start.errors)),
    ];
    const checks = `CSP violations while starting: ${violations.length === 0 ? "none" : violations.join("; ")}. Page errors: ${errors.length === 0 ? "none" : errors.join("; ")}.`;
    figures.push({
      section,
      name: `start: navigation → first enabled button (median of ${runs})`,
      measured: `${ms(taskpaneMs)} (${spread(times.taskpane.map((start) => start.ms))})`,
      baseline: `minimal Fluent page ${ms(minimalMs)} (${spread(times.minimal.map((start) => start.ms))})`,
      ratio: startRatio,
      target: `≤ ${START_TARGET}×`,
      met: startRatio <= START_TARGET,
      note:
        startRatio <= START_TARGET
          ? checks
          : `${ratioText(startRatio)} of one button's page: the pane parses and runs more JavaScript (see the size above) and renders its title, tabs and first view before its first button is there. ${checks}`,
    });
    return { figures, chromium: CHROMIUM_PATH };
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}
