/**
 * The bench's figures and how they are printed: one table (figure, measured, baseline, ratio, target,
 * met) for the terminal and for bench/results.md, with the machine it ran on.
 */
import { execFileSync } from "child_process";
import os from "os";

export interface Figure {
  section: string;
  /** What was measured, e.g. "FORECAST, 100 000 calls". */
  name: string;
  /** The absolute figure (median time, bytes, syncs). */
  measured: string;
  /** The baseline, named, with its absolute figure. */
  baseline: string;
  /** measured / baseline; undefined when either could not be measured. */
  ratio?: number;
  target: string;
  /** undefined: the figure has no target, or could not be measured. */
  met?: boolean;
  /** What limits the figure when its target is not met, or why it was not measured. */
  note?: string;
}

export const ms = (value: number): string =>
  value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
export const count = (value: number): string => value.toLocaleString("en-US").replace(/,/g, " ");

export function ratioText(ratio: number | undefined): string {
  if (ratio === undefined || !Number.isFinite(ratio)) return "—";
  return ratio >= 0.01 ? `${ratio.toFixed(2)}×` : `${ratio.toExponential(1)}×`;
}

const metText = (figure: Figure): string =>
  figure.met === undefined
    ? figure.ratio === undefined
      ? "not measured"
      : "—"
    : figure.met
      ? "met"
      : "NOT met";

function chromiumVersion(executable: string | undefined): string | undefined {
  if (!executable) return undefined;
  try {
    return execFileSync(executable, ["--version"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 10_000,
    }).trim();
  } catch {
    return undefined;
  }
}

/** One line per fact about the machine: the ratios are comparable across machines, the medians are not. */
export function machineDescription(chromiumPath?: string): string[] {
  const cpus = os.cpus();
  const lines = [
    `CPU: ${cpus[0]?.model ?? "unknown"} × ${cpus.length} logical cores`,
    `Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `OS: ${os.type()} ${os.release()} (${os.arch()})`,
    `Node.js: ${process.version}`,
  ];
  const chromium = chromiumVersion(chromiumPath);
  if (chromium) lines.push(`Browser: ${chromium} (headless)`);
  return lines;
}

const escapeCell = (text: string): string => text.replace(/\|/g, "\\|");

export function markdownTable(figures: readonly Figure[]): string {
  const header =
    "| Section | Figure | Measured | Baseline | Ratio | Target | Met |\n|---|---|---|---|---|---|---|";
  const rows = figures.map((figure) =>
    [
      figure.section,
      figure.name,
      figure.measured,
      figure.baseline,
      ratioText(figure.ratio),
      figure.target,
      metText(figure),
    ]
      .map(escapeCell)
      .join(" | "),
  );
  return [header, ...rows.map((row) => `| ${row} |`)].join("\n");
}

/** A plain-text table for the terminal, columns padded to their widest cell. */
export function textTable(figures: readonly Figure[]): string {
  const rows = [
    ["Section", "Figure", "Measured", "Baseline", "Ratio", "Target", "Met"],
    ...figures.map((figure) => [
      figure.section,
      figure.name,
      figure.measured,
      figure.baseline,
      ratioText(figure.ratio),
      figure.target,
      metText(figure),
    ]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]))
      .join("  ")
      .trimEnd();
  return [
    line(rows[0]),
    widths.map((width) => "-".repeat(width)).join("  "),
    ...rows.slice(1).map(line),
  ].join("\n");
}

export function notes(figures: readonly Figure[]): string[] {
  return figures
    .filter((figure) => figure.note)
    .map((figure) => `${figure.section} — ${figure.name}: ${figure.note}`);
}

export function resultsMarkdown(
  figures: readonly Figure[],
  machine: readonly string[],
  method: readonly string[],
  seconds: number,
): string {
  const metCount = figures.filter((figure) => figure.met === true).length;
  const targetCount = figures.filter((figure) => figure.met !== undefined).length;
  return [
    "# Balans benchmarks",
    "",
    "Written by `npm run bench` (bench/run.bench.ts); do not edit by hand, run it again. Each figure is",
    "compared with a baseline measured in the same run, so the ratios carry from machine to machine;",
    "the absolute medians describe only the machine below.",
    "",
    `Run: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${seconds.toFixed(0)} s. Targets met: ${metCount} of ${targetCount}.`,
    "",
    "## Machine",
    "",
    ...machine.map((line) => `- ${line}`),
    "",
    "## Results",
    "",
    markdownTable(figures),
    "",
    "## Notes",
    "",
    ...(notes(figures).length > 0 ? notes(figures).map((note) => `- ${note}`) : ["- None."]),
    "",
    "## How each figure is measured",
    "",
    ...method.map((line) => `- ${line}`),
    "",
  ].join("\n");
}
