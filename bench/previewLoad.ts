/**
 * The preview `npm start` serves: its production build against the development build (`npm start --
 * --dev`), both built in this run. Cold load: a fresh browser context (empty cache) opens the page
 * from a loopback server; the time is performance.now() (from navigation start) when the sample's
 * grid and the pane's first button are both there. Pages alternate; one untimed round first.
 */
import fs from "fs";
import os from "os";
import path from "path";
import webpack from "webpack";
import type { Browser } from "playwright-core";
import { compile, sizeOf } from "./build";
import { Figure, kib, ms } from "./report";
import { median, spread } from "./timing";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../test/support/chromium";
import { previewServer } from "../test/e2e/support/workbench";

const SECTION = "Preview (npm start)";
const LOAD_TARGET = 1_000;
const RUNS = 7;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const previewConfig = require("../webpack.preview.config.js") as () => webpack.Configuration;

/** The development build, as `npm start -- --dev` makes it, into `outDir`. */
async function buildDevelopment(outDir: string): Promise<void> {
  const config = previewConfig();
  config.mode = "development";
  config.output = { ...config.output, path: outDir };
  await compile(config, "the development preview build");
}

/** Every script file the build emitted, raw and gzip. */
const scriptBytes = (root: string) =>
  sizeOf(
    root,
    fs.readdirSync(root).filter((file) => file.endsWith(".js")),
  );

async function loadOnce(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ locale: "sv-SE" });
  try {
    await context.route(
      (address) => address.hostname !== "127.0.0.1",
      (route) => route.abort("blockedbyclient"),
    );
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "commit" });
    const shown = await page.waitForFunction(
      () =>
        document.querySelector('[data-cell="A4"]') &&
        document.querySelector('[data-testid="balans-pane"] button:not([disabled])')
          ? performance.now()
          : false,
      undefined,
      { polling: "raf", timeout: 60_000 },
    );
    return (await shown.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

export async function previewLoad(): Promise<Figure[]> {
  const development = fs.mkdtempSync(path.join(os.tmpdir(), "balans-preview-dev-"));
  const { chromium } = await import("playwright-core");
  try {
    previewServer.build();
    await buildDevelopment(development);
    const production = previewServer.ROOT;
    const sizes = { production: scriptBytes(production), development: scriptBytes(development) };
    const servers = {
      production: await previewServer.serve(production),
      development: await previewServer.serve(development),
    };
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      headless: true,
    });
    const times = { production: [] as number[], development: [] as number[] };
    try {
      for (let round = -1; round < RUNS; round++) {
        const order =
          round % 2 === 0
            ? (["production", "development"] as const)
            : (["development", "production"] as const);
        for (const build of order) {
          const time = await loadOnce(browser, servers[build].url);
          if (round >= 0) times[build].push(time);
        }
      }
    } finally {
      await browser.close();
      for (const { server } of Object.values(servers))
        await new Promise((resolve) => server.close(resolve));
    }
    const load = median(times.production);
    const developmentLoad = median(times.development);
    return [
      {
        section: SECTION,
        name: `cold load: navigation → grid and pane shown, production build (median of ${RUNS})`,
        measured: `${ms(load)} (${spread(times.production)})`,
        baseline: `development build ${ms(developmentLoad)} (${spread(times.development)})`,
        ratio: load / developmentLoad,
        target: `≤ ${LOAD_TARGET} ms`,
        met: load <= LOAD_TARGET,
      },
      {
        section: SECTION,
        name: "all the JavaScript files of the build, production, raw (gzip)",
        measured: `${kib(sizes.production.raw)} (${kib(sizes.production.gzip)})`,
        baseline: `development build ${kib(sizes.development.raw)} (${kib(sizes.development.gzip)})`,
        ratio: sizes.production.raw / sizes.development.raw,
        target: "—",
        note: "Source maps are separate .map files, fetched only by developer tools. The development build stays behind `npm start -- --dev`.",
      },
    ];
  } finally {
    fs.rmSync(development, { recursive: true, force: true });
  }
}
