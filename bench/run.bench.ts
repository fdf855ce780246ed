/**
 * `npm run bench`: every benchmark of issue 5, each figure against a baseline measured in the same
 * run. Prints the table and writes test-results/bench/results.md (`npm run bench:publish`: the
 * committed bench/results.md). A target that is not met does not fail the run (the table says so,
 * with what limits it); a benchmark that cannot run does.
 */
import fs from "fs";
import path from "path";
import { execFile } from "child_process";
import { forecastMethodsAgainstNative, recalculation } from "./recalc";
import { Figure, machineDescription, notes, resultsMarkdown, textTable } from "./report";
import { excelRoundTrips } from "./roundTrips";
import { CHROMIUM_PATH } from "../test/support/chromium";
import { outputLocation } from "../test/support/outputs";
import { taskPaneSizeAndStart } from "./taskpane";
import { bigTablesInPreview } from "./bigTables";
import { previewLoad } from "./previewLoad";

// test-results/bench/results.md; the committed bench/results.md with `npm run bench:publish`.
const RESULTS = outputLocation("bench/results.md");
const figures: Figure[] = [];
const started = performance.now();

const METHOD = [
  "Engine: 100 000 distinct cases, generated from a fixed seed. FORECAST: 12-month rows with 1–12 months reported (blanks as null, as Excel on the web passes them), a 12-month budget, method `auto` (so budgetratio). The worksheet function is called as Excel calls it (1×12 matrices); the engine row calls `forecast()` on parsed input. EFFECT.RATE: achieved, full-year effect, month and start month as numbers. The baseline is a hand-written loop over Float64Arrays doing the same arithmetic in the same order; its results are checked to equal the function's bit for bit. Both run in a plain Node process on bench/engine.ts bundled by webpack in production mode with the project's TypeScript rule (the code as functions.js ships it), not inside jest, whose vm sandbox makes every global look-up (Math, Number) several times slower and whose CommonJS modules reach each engine export through a getter. Median of 9 timed runs of all 100 000, alternating with the baseline, after 2 warm-up rounds.",
  "Recalculation: HyperFormula (the preview's formula engine) with the BALANS functions registered by the project's bridge (src/preview/hyperformulaBridge.ts, the worksheet functions' own code behind it). 10 000 rows of 12 months (11 reported), each with one formula over its 12 cells in column M: BALANS.EFFECT.ACHIEVED, BALANS.FORECAST and BALANS.GAP.BALANCE in turn, against the same sheet with SUM over the same ranges. Recalculation: month 12 pasted as one column of 10 000 values (setCellContents), which makes every formula compute again; median of 5, alternating, after a warm-up. Also timed: building each sheet with its first calculation, and the same paste into the sheet without formulas (HyperFormula's own share). Each forecast method: 10 000 rows of BALANS.FORECAST with the method named, against the same sheet with the native formula of the same meaning (runrate SUM×12/COUNT; budget SUM + SUMPRODUCT of the budget's unreported months; budgetratio and prioryear SUM × SUM(profile) / SUMPRODUCT of the profile's reported months; trend the least-squares line FORECAST.LINEAR fits, written with SLOPE and AVERAGE since HyperFormula lacks FORECAST.LINEAR and INTERCEPT), every row's result checked equal on both sheets; the same paste of month 12, median of 5, alternating, after a warm-up.",
  "Excel round trips: office-addin-mock (test/support/excelMock.ts) counts `context.sync()` through the add-in's own WorkbookPort (createOfficeWorkbook): reading the selection holding seed 000's action plan repeated to 10 000 measures, and creating its follow-up sheet with chart (dialect read + writeSheet). The baseline is a naive path written only in the bench: one sync per row to read, one per row to write.",
  "Task pane size: one production build with webpack.config.js plus one extra entry, a Fluent UI v9 page with one button (bench/minimal) on the same HTML template. Sizes are of the emitted files; gzip at level 9, each file on its own. The page's JavaScript at start is what the shared-runtime page (taskpane.html) loads before its first view shows: the script files of its two entries, functions.js (the worksheet functions, the engine and webpack's runtime) and taskpane.js (the shell and the first view), taken from webpack's entrypoints; the other views and the dark theme are chunks loaded on demand, counted in the figure of all the page's JavaScript.",
  "Big tables: the preview's production build in headless Chromium (playwright-core), a fresh page for each run. The workbook is opened as .xlsx through the preview's Open button (written by ExcelJS in the bench): seed 000's action plan repeated to 10 000 measures (A1:F10002); a 2 000-line income statement (January–March, a Summa row) with its budget per line and month and the stated forecast; 500 agency categories' hours this year and the year before. The table is selected in the Name Box and read with the pane's own buttons (the side selections first, the table last); then the pane's create button. Times are taken inside the page: performance.now() at the click (dispatched in the page) and on the first animation frame where the figures (a figure of the pane, or its agency table) or the notice \"skapades med\" show. Long tasks: PerformanceObserver 'longtask' from the timed read's click to the notice; each also net of the preview's marked spreadsheet work (performance.measure 'Balans preview spreadsheet: read/write/draw'). Baseline: the same steps on the sample workbook's own table. Median of 3 runs each, alternating.",
  "Preview load: the production build `npm start` serves against the development build (`npm start -- --dev`), both built in the run; each opened in a fresh browser context (cold cache) from a loopback server, alternating, one untimed round first; the time is performance.now() when the sample's grid (A4) and the pane's first enabled button are both there; median of 7.",
  "Task pane start: headless Chromium (Debian's package, driven by playwright-core), each page served from 127.0.0.1 and opened in a fresh browser context (cold cache) after an empty page of the same origin (so the renderer process is already running), pages alternating, one untimed round first. office.js is answered with a stub whose Office.onReady resolves at once; every other address outside loopback is refused. The time is performance.now() (from navigation start) when the first enabled <button> enters the DOM, taken by a MutationObserver installed before the page's scripts; median of 41 per page (on 2 cores the spread is wide: the p25–p75 range is shown with each median).",
];

async function section(run: () => Promise<Figure[]>): Promise<void> {
  figures.push(...(await run()));
}

let chromium: string | undefined;

/** Engine throughput runs in a plain Node process on the production-compiled code (see engineProcess.js). */
function engineThroughputOutsideJest(): Promise<Figure[]> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [path.join(__dirname, "engineProcess.js")],
      { maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`engine bench failed: ${stderr || error.message}`));
        else resolve(JSON.parse(stdout) as Figure[]);
      },
    );
  });
}

test("engine throughput", () => section(engineThroughputOutsideJest));

test("Excel round trips", () => section(() => excelRoundTrips()));

test("task pane size and start", () =>
  section(async () => {
    const result = await taskPaneSizeAndStart();
    chromium = result.chromium;
    return result.figures;
  }));

test("big tables in the preview", () => section(bigTablesInPreview));

test("preview load", () => section(previewLoad));

test("recalculation", () => section(() => recalculation()));

test("forecast methods against native formulas", () =>
  section(() => forecastMethodsAgainstNative()));

afterAll(() => {
  const seconds = (performance.now() - started) / 1000;
  const machine = machineDescription(
    chromium ?? (fs.existsSync(CHROMIUM_PATH) ? CHROMIUM_PATH : undefined),
  );
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, resultsMarkdown(figures, machine, METHOD, seconds));
  process.stdout.write(
    [
      "",
      "Balans benchmarks — ratios against baselines measured in this run",
      ...machine.map((line) => `  ${line}`),
      "",
      textTable(figures),
      "",
      ...notes(figures).map((note) => `* ${note}`),
      "",
      `Written to ${path.relative(process.cwd(), RESULTS)} (${seconds.toFixed(0)} s).`,
      "",
    ].join("\n"),
  );
});
