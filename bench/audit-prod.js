#!/usr/bin/env node
/**
 * `npm run audit:prod`: `npm audit --omit=dev` (what ships: Fluent UI, React), printed as a list.
 * Exit 0: no high or critical advisory, or each one documented in bench/audit-accepted.json
 *         ({ "<advisory url>": "why it does not apply and when it goes" }).
 * Exit 1: a high or critical advisory that is neither fixed nor documented.
 * Exit 2: no answer from the registry's audit endpoint; nothing was checked, and it says so.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const FAILING = ["high", "critical"];
const ACCEPTED_FILE = path.join(__dirname, "audit-accepted.json");

const accepted = fs.existsSync(ACCEPTED_FILE)
  ? JSON.parse(fs.readFileSync(ACCEPTED_FILE, "utf8"))
  : {};

const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], {
  cwd: path.join(__dirname, ".."),
  encoding: "utf8",
  shell: process.platform === "win32",
  timeout: 120_000,
});

function notChecked(reason) {
  console.error("npm audit --omit=dev: NOT CHECKED.");
  console.error(`The npm registry's audit endpoint gave no report: ${reason}`);
  console.error(
    "No advisory data was received, so this is not a pass. Run it again where the registry's audit endpoint can be reached.",
  );
  process.exit(2);
}

let report;
try {
  report = JSON.parse(run.stdout || "");
} catch {
  notChecked(
    run.error
      ? String(run.error.message)
      : `npm printed no report (exit ${run.status}). ${(run.stderr || "").trim().split("\n").slice(-3).join(" ")}`,
  );
}

if (!report.metadata || !report.vulnerabilities) {
  const error = report.error || {};
  const reason = [
    report.statusCode && `HTTP ${report.statusCode}`,
    report.message,
    error.code,
    error.summary,
    error.detail,
  ]
    .filter(Boolean)
    .join(" — ");
  notChecked(reason || JSON.stringify(report).slice(0, 300));
}

const counts = report.metadata.vulnerabilities;
const dependencies = report.metadata.dependencies || {};
console.log(
  `npm audit --omit=dev: ${dependencies.prod ?? "?"} production dependencies; advisories: ` +
    ["critical", "high", "moderate", "low", "info"]
      .map((severity) => `${counts[severity] ?? 0} ${severity}`)
      .join(", ") +
    ".",
);

let failing = 0;
for (const [name, vulnerability] of Object.entries(report.vulnerabilities)) {
  // `via` holds advisories, or the names of vulnerable dependencies this package pulls in.
  const advisories = vulnerability.via.filter((via) => typeof via === "object");
  const through = vulnerability.via.filter((via) => typeof via === "string");
  const fix =
    vulnerability.fixAvailable === true
      ? "fix: npm audit fix --omit=dev"
      : vulnerability.fixAvailable
        ? `fix: ${vulnerability.fixAvailable.name}@${vulnerability.fixAvailable.version}${vulnerability.fixAvailable.isSemVerMajor ? " (major)" : ""}`
        : "no fix published";
  console.log(
    `- ${name} ${vulnerability.range} [${vulnerability.severity}]${through.length ? ` via ${through.join(", ")}` : ""}; ${fix}`,
  );
  for (const advisory of advisories) {
    const reason = accepted[advisory.url];
    const blocking = FAILING.includes(advisory.severity) && !reason;
    if (blocking) failing += 1;
    console.log(
      `    ${advisory.severity}: ${advisory.title} ${advisory.url}${reason ? ` — accepted: ${reason}` : blocking ? " — NOT fixed or documented" : ""}`,
    );
  }
}

if (failing > 0) {
  console.error(
    `${failing} high or critical advisor${failing === 1 ? "y" : "ies"} in production dependencies: fix, or document in bench/audit-accepted.json.`,
  );
  process.exit(1);
}
console.log("No high or critical advisory open in production dependencies.");
