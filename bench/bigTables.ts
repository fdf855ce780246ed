/**
 * Big tables in the preview, end to end, as a controller works: open the workbook (.xlsx), select the
 * table in the Name Box, read it in the task pane, then create its sheet. Measured in the page itself:
 * click → figures shown, click → "the sheet was created" shown, and the longest main-thread task
 * (PerformanceObserver "longtask") from the first click to the last notice. Each big table is measured
 * against the same steps on the sample workbook's own small table, in the same run.
 *
 * The preview stands in for Excel: its spreadsheet engine (HyperFormula) reads and writes the cells,
 * and its grid draws them, on the page's own main thread, where Excel does that in its own process.
 * The preview marks that work (performance.measure "Balans preview spreadsheet: read/write/draw"), so
 * each long task is also told net of it: what is left is the pane's own work (turning the snapshot
 * into figures, analysing, rendering, planning the sheet), the worksheet functions Excel calls in the
 * shared runtime, and React committing both the pane's and the grid's DOM.
 */
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { Figure, ms, ratioText } from "./report";
import { median } from "./timing";
import { buildActionPlanTable, manyMeasures } from "../test/support/actionPlanTable";
import {
  openPaneView,
  openPreview,
  openSheet,
  pane,
  selectAddress,
  startWorkbench,
  Workbench,
} from "../test/e2e/support/workbench";

const SECTION = "Big tables (preview in Chromium)";
const LONG_TASK_TARGET = 200;
const RUNS = Number(process.env.BALANS_BENCH_BIG_RUNS ?? 3);

type View = "Åtgärder" | "Prognos" | "Hyrpersonal";

/** One selection the view takes: the address, and the picker's button ("Läs markerad tabell", "Använd markering Budget …"). */
interface Take {
  address: string;
  button: RegExp;
}

/** A workbook and the steps that read its table; the last take is the one timed to the figures. */
interface Case {
  what: string;
  file?: { name: string; sheets: (string | number | null)[][]; sheet: string };
  sheet: string;
  view: View;
  takes: Take[];
  /** A selector inside the pane that appears once the figures are shown. */
  figures: string;
  create: string;
}

type Cells = (string | number | null)[][];

const round = (value: number, decimals: number) =>
  Math.round(value * 10 ** decimals) / 10 ** decimals;

/** Seed 000's action plan repeated to `measures` rows, with its header at A1. */
function plan(measures: number): Cells {
  return buildActionPlanTable({ rows: manyMeasures(measures) }).map((row) =>
    row.map((cell) => (typeof cell === "boolean" ? String(cell) : (cell ?? null))),
  );
}

/**
 * An income statement as an ERP exports it: `lines` cost lines (mkr) with January–March reported and a
 * "Summa" row, then the year's budget per line and month, then the stated full-year forecast.
 */
function incomeStatement(lines: number): { cells: Cells; budgetAt: number; statedAt: number } {
  const names = Array.from({ length: lines }, (_, index) => `Konto ${4000 + index} kostnader`);
  const monthly = (index: number) => -round(0.2 + ((index * 37) % 100) / 40, 3);
  const actuals = names.map((name, index) => [
    name,
    ...[1, 2, 3].map((month) => round(monthly(index) * (1 + month / 50), 3)),
  ]);
  const sum = (column: number) =>
    round(
      actuals.reduce((total, row) => total + (row[column] as number), 0),
      3,
    );
  const budget = names.map((name, index) => [
    name,
    ...Array.from({ length: 12 }, () => round(monthly(index) * 1.01, 3)),
  ]);
  const statedForecast = round(
    budget.reduce((total, row) => total + (row[1] as number) * 12, 0) * 1.02,
    1,
  );
  const cells: Cells = [
    ["Rad", "Jan", "Feb", "Mar"],
    ...actuals,
    ["Summa kostnader", sum(1), sum(2), sum(3)],
    [],
    ["Rad", "Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"],
    ...budget,
    [],
    ["Lämnad helårsprognos (mkr)", statedForecast],
  ];
  return { cells, budgetAt: lines + 3, statedAt: cells.length - 1 };
}

/** Agency hours per category for January–March this year, then the same for the year before. */
function agencyHours(categories: number): Cells {
  const names = Array.from(
    { length: categories },
    (_, index) =>
      `${["Sjuksköterskor", "Läkare", "Undersköterskor"][index % 3]} enhet ${index + 1}`,
  );
  const hours = (index: number, factor: number) =>
    [1, 2, 3].map((month) => round((40 + ((index * 53) % 400)) * factor * (1 + month / 20), 1));
  return [
    ["Timmar 2024", "Jan", "Feb", "Mar"],
    ...names.map((name, index) => [name, ...hours(index, 1)]),
    [],
    ["Timmar 2023", "Jan", "Feb", "Mar"],
    ...names.map((name, index) => [name, ...hours(index, 0.8)]),
  ];
}

const column = (index: number) => String.fromCharCode(65 + index);

function bigCases(): { big: Case; sample: Case }[] {
  const measures = 10_000;
  const planCells = plan(measures);
  const lines = 2_000;
  const statement = incomeStatement(lines);
  const categories = 500;
  const agency = agencyHours(categories);
  const takeTable = /^Läs markerad tabell$/;
  return [
    {
      big: {
        what: `${measures.toLocaleString("sv-SE")}-measure action plan`,
        file: { name: "handlingsplan-10000.xlsx", sheets: planCells, sheet: "Handlingsplan" },
        sheet: "Handlingsplan",
        view: "Åtgärder",
        takes: [
          {
            address: `A1:${column(planCells[0].length - 1)}${planCells.length}`,
            button: takeTable,
          },
        ],
        figures: 'dd[data-figure="Planerad effekt"]',
        create: "Skapa uppföljningsblad",
      },
      sample: {
        what: "the sample's 26-measure plan",
        sheet: "Handlingsplan",
        view: "Åtgärder",
        takes: [{ address: "A4:F31", button: takeTable }],
        figures: 'dd[data-figure="Planerad effekt"]',
        create: "Skapa uppföljningsblad",
      },
    },
    {
      big: {
        what: `${lines.toLocaleString("sv-SE")}-line income statement`,
        file: { name: "resultat-2000.xlsx", sheets: statement.cells, sheet: "Resultaträkning" },
        sheet: "Resultaträkning",
        view: "Prognos",
        takes: [
          {
            address: `A${statement.budgetAt + 1}:M${statement.budgetAt + 1 + lines}`,
            button: /^Använd markering Budget/,
          },
          { address: `B${statement.statedAt + 1}`, button: /^Använd markering Lämnad/ },
          { address: `A1:D${lines + 2}`, button: /^Använd markering Utfall/ },
        ],
        figures: "dd[data-figure]",
        create: "Skapa prognosblad",
      },
      sample: {
        what: "the sample's 16-line income statement",
        sheet: "Resultaträkning",
        view: "Prognos",
        takes: [
          { address: "A24:M25", button: /^Använd markering Budget/ },
          { address: "B28", button: /^Använd markering Lämnad/ },
          { address: "A4:D20", button: /^Använd markering Utfall/ },
        ],
        figures: "dd[data-figure]",
        create: "Skapa prognosblad",
      },
    },
    {
      big: {
        what: `${categories}-category agency table`,
        file: { name: "hyrpersonal-500.xlsx", sheets: agency, sheet: "Hyrpersonal" },
        sheet: "Hyrpersonal",
        view: "Hyrpersonal",
        takes: [
          {
            address: `A${categories + 3}:D${2 * categories + 3}`,
            button: /^Använd markering Tidigare år/,
          },
          { address: `A1:D${categories + 1}`, button: /^Använd markering Hyrpersonal/ },
        ],
        figures: 'table[aria-label="Hyrpersonal"]',
        create: "Skapa bemanningsblad",
      },
      sample: {
        what: "the sample's 5-category agency table",
        sheet: "Hyrpersonal",
        view: "Hyrpersonal",
        takes: [
          { address: "A10:D14", button: /^Använd markering Tidigare år/ },
          { address: "A4:D8", button: /^Använd markering Hyrpersonal/ },
        ],
        figures: 'table[aria-label="Hyrpersonal"]',
        create: "Skapa bemanningsblad",
      },
    },
  ];
}

async function xlsx(sheet: string, cells: Cells): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(sheet);
  for (const row of cells) worksheet.addRow(row.map((cell) => cell ?? undefined));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Runs in the page before its scripts: every long task, as it ends. */
const LONG_TASKS = `
window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: "longtask", buffered: true });
`;

interface Interval {
  start: number;
  duration: number;
}

interface Marked extends Interval {
  kind: string;
}

/**
 * Clicks the pane's button inside the page (no automation delay in the timing) and resolves with
 * performance.now() at the click and when `selector` first shows, checked every frame.
 */
async function clickUntil(
  page: Page,
  button: { name: RegExp | string },
  done: { selector?: string; text?: RegExp },
): Promise<{ clicked: number; shown: number }> {
  const clicked = await pane(page)
    .getByRole("button", { name: button.name, exact: typeof button.name === "string" })
    .evaluate((element: HTMLElement) => {
      const at = performance.now();
      element.click();
      return at;
    });
  const handle = await page.waitForFunction(
    ({ selector, text }) => {
      const root = document.querySelector('[data-testid="balans-pane"]');
      const found = selector
        ? root?.querySelector(selector)
        : text && new RegExp(text).test(root?.textContent ?? "");
      return found ? performance.now() : false;
    },
    { selector: done.selector, text: done.text?.source },
    { polling: "raf", timeout: 300_000 },
  );
  return { clicked, shown: (await handle.jsonValue()) as number };
}

interface Run {
  toFigures: number;
  toSheet: number;
  longest: number;
  longestNet: number;
  /** The longest task's marked spreadsheet work by kind ("write 2480 ms, draw 60 ms"). */
  longestMarks: string;
  /** Long tasks between the click and the notice: all, over the target, over it net of the marks. */
  tasks: { all: number; over: number; overNet: number };
}

/** The part of `task` outside the intervals of `engine` (merged first, so nested marks count once). */
function netOf(task: Interval, engine: Interval[]): number {
  const end = task.start + task.duration;
  const inside = engine
    .map((work) => ({
      start: Math.max(task.start, work.start),
      end: Math.min(end, work.start + work.duration),
    }))
    .filter((part) => part.end > part.start)
    .sort((a, b) => a.start - b.start)
    .reduce<{ start: number; end: number }[]>((merged, part) => {
      const last = merged[merged.length - 1];
      if (last && part.start <= last.end) last.end = Math.max(last.end, part.end);
      else merged.push({ ...part });
      return merged;
    }, [])
    .reduce((total, part) => total + part.end - part.start, 0);
  return task.duration - inside;
}

async function runCase(workbench: Workbench, which: Case): Promise<Run> {
  const { page } = workbench;
  await openPreview(workbench);
  if (which.file) {
    const buffer = await xlsx(which.file.sheet, which.file.sheets);
    await page
      .getByTestId("open-file")
      .setInputFiles({ name: which.file.name, mimeType: "application/octet-stream", buffer });
    await page.locator('[data-cell="A1"]').waitFor();
  }
  await openSheet(page, which.sheet);
  await openPaneView(page, which.view);
  const timed = which.takes[which.takes.length - 1];
  for (const take of which.takes.slice(0, -1)) {
    await selectAddress(page, take.address);
    await pane(page).getByRole("button", { name: take.button }).click();
    await pane(page).getByText(take.address).first().waitFor({ timeout: 300_000 });
  }
  await selectAddress(page, timed.address);
  const read = await clickUntil(page, { name: timed.button }, { selector: which.figures });
  const write = await clickUntil(page, { name: which.create }, { text: /skapades med/ });
  const { tasks, engine } = await page.evaluate((): { tasks: Interval[]; engine: Marked[] } => ({
    tasks: (window as unknown as { __longTasks: Interval[] }).__longTasks,
    engine: performance
      .getEntriesByType("measure")
      .filter((entry) => entry.name.startsWith("Balans preview spreadsheet"))
      .map((entry) => ({
        kind: entry.name.replace(/^.*: /, ""),
        start: entry.startTime,
        duration: entry.duration,
      })),
  }));
  const during = tasks.filter(
    (task) => task.start + task.duration >= read.clicked && task.start <= write.shown,
  );
  const longest = during.reduce<Interval | undefined>(
    (found, task) => (!found || task.duration > found.duration ? task : found),
    undefined,
  );
  const marks = new Map<string, number>();
  for (const work of engine) {
    if (!longest) break;
    const overlap =
      Math.min(longest.start + longest.duration, work.start + work.duration) -
      Math.max(longest.start, work.start);
    if (overlap > 0) marks.set(work.kind, (marks.get(work.kind) ?? 0) + overlap);
  }
  return {
    toFigures: read.shown - read.clicked,
    toSheet: write.shown - write.clicked,
    longest: longest?.duration ?? 0,
    longestNet: Math.max(0, ...during.map((task) => netOf(task, engine))),
    longestMarks:
      [...marks].map(([kind, duration]) => `${kind} ${ms(duration)}`).join(", ") || "none",
    tasks: {
      all: during.length,
      over: during.filter((task) => task.duration > LONG_TASK_TARGET).length,
      overNet: during.filter((task) => netOf(task, engine) > LONG_TASK_TARGET).length,
    },
  };
}

/**
 * With BALANS_BENCH_PROFILE=1, the first run of each big table is recorded with Chromium's CPU
 * profiler into test-results/bench/profiles/ (open it in DevTools' Performance panel; the preview's
 * source maps name the code), to see what each long task holds.
 */
const PROFILES = process.env.BALANS_BENCH_PROFILE === "1";

async function profiled(workbench: Workbench, which: Case, run: () => Promise<Run>): Promise<Run> {
  const session = await workbench.context.newCDPSession(workbench.page);
  await session.send("Profiler.enable");
  await session.send("Profiler.start");
  const result = await run();
  const { profile } = await session.send("Profiler.stop");
  const folder = path.join(__dirname, "..", "test-results", "bench", "profiles");
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `${which.what.replace(/[^\p{L}\d]+/gu, "-")}.cpuprofile`);
  fs.writeFileSync(file, JSON.stringify(profile));
  await session.detach();
  return result;
}

const medianOf = (runs: Run[], pick: (run: Run) => number) => median(runs.map(pick));

export async function bigTablesInPreview(): Promise<Figure[]> {
  const workbench = await startWorkbench();
  await workbench.context.addInitScript(LONG_TASKS);
  const figures: Figure[] = [];
  try {
    for (const { big, sample } of bigCases()) {
      const runs = { big: [] as Run[], sample: [] as Run[] };
      for (let round = 0; round < RUNS; round++) {
        // Alternating, so drift over the run hits both alike.
        const order = round % 2 === 0 ? (["big", "sample"] as const) : (["sample", "big"] as const);
        for (const which of order) {
          const table = which === "big" ? big : sample;
          runs[which].push(
            PROFILES && which === "big" && round === 0
              ? await profiled(workbench, table, () => runCase(workbench, table))
              : await runCase(workbench, table),
          );
        }
      }
      const figure = (
        name: string,
        pick: (run: Run) => number,
        target?: number,
        note?: string,
      ): Figure => {
        const measured = medianOf(runs.big, pick);
        const baseline = medianOf(runs.sample, pick);
        return {
          section: SECTION,
          name: `${big.what}: ${name} (median of ${RUNS})`,
          measured: ms(measured),
          baseline: target === undefined ? `${sample.what} ${ms(baseline)}` : `${target} ms`,
          ratio: target === undefined ? measured / baseline : measured / target,
          target: target === undefined ? "—" : `≤ 1× (${target} ms)`,
          met: target === undefined ? undefined : measured <= target,
          note,
        };
      };
      const sampleLongest = medianOf(runs.sample, (run) => run.longest);
      figures.push(
        figure("click → figures shown", (run) => run.toFigures),
        figure("click → sheet created", (run) => run.toSheet),
        figure(
          "longest main-thread task while reading and writing",
          (run) => run.longest,
          LONG_TASK_TARGET,
          `${big.what}: ${sampleLongest > 0 ? `longest task ${ratioText(medianOf(runs.big, (run) => run.longest) / sampleLongest)} of ${sample.what}'s (${ms(sampleLongest)})` : `${sample.what} had no task over 50 ms (the long-task threshold)`}. Of the first run's longest task, the preview's marked spreadsheet work (HyperFormula reading and writing the cells, the grid drawing them; Excel does it in its own process): ${runs.big[0].longestMarks}. Long tasks between the click and the notice in that run: ${runs.big[0].tasks.all}, ${runs.big[0].tasks.over} over ${LONG_TASK_TARGET} ms.`,
        ),
        figure(
          "longest task net of the preview's spreadsheet work (the pane's own, the functions, DOM commits)",
          (run) => run.longestNet,
          LONG_TASK_TARGET,
          `${runs.big[0].tasks.overNet} of the first run's ${runs.big[0].tasks.all} long tasks stay over ${LONG_TASK_TARGET} ms net of the marks. What is left carries no mark: React committing the pane's and the preview grid's DOM and the browser's style and layout of that grid (100 rows drawn at first), the worksheet functions HyperFormula calls while it writes, and the pane's own work, which is split into tasks (a reading's figures computed ahead a step a task, a sheet's cells a thousand rows a task). BALANS_BENCH_PROFILE=1 records where the time goes.`,
        ),
      );
    }
    return figures;
  } finally {
    await workbench.close();
  }
}
