/**
 * Status on the follow-up sheet cannot disagree with the pane: the colour rules (custom formulas, as
 * Excel evaluates them cell by cell) and the status text column against the pane's status, on the
 * boundary values 0,9 and 0,7, just below them, a cost-increasing measure either side of plan, and a
 * performance cell holding text or nothing.
 */
import {
  analyseActionPlan,
  Cell,
  detectActionPlan,
  isDetectionProblem,
  MeasureStatus,
  readActionPlan,
} from "../../src/engine";
import { translator } from "../../src/i18n/ui";
import { followUpSheetPlan } from "../../src/sheets/followUpSheet";
import { renderFormula, INVARIANT_DIALECT } from "../../src/sheets/formula";
import { STATUS_ORDER, statusRules } from "../../src/sheets/status";
import { createBalansHyperFormula } from "../../src/preview/hyperformulaBridge";
import { FormulaNode, StatusRule } from "../../src/workbook/types";
import { ActionPlanRow } from "../../src/samples/seeds";
import { buildActionPlanTable, snapshotOf } from "../support/actionPlanTable";
import { balansFunctionSet, evaluatePlan, EvaluatedPlan } from "../support/evaluatePlan";

const t = translator("sv");
const THRESHOLDS = { onTrack: 0.9, atRisk: 0.7 };
const WORDS: Record<MeasureStatus, string> = {
  onTrack: "Enligt plan",
  atRisk: "Risk",
  behind: "Efter plan",
  notStarted: "Ej startad",
};

/** A conditional-format formula moved `rows` down, as Excel applies it to a lower cell: "$G6" → "$G9", "$B$3" stays. */
function shifted(node: FormulaNode, rows: number): FormulaNode {
  switch (node.kind) {
    case "ref":
      return {
        ...node,
        address: node.address.replace(
          /(\$?[A-Z]+)(\$?)(\d+)/g,
          (_, column: string, fixed: string, row: string) =>
            `${column}${fixed}${fixed ? row : Number(row) + rows}`,
        ),
      };
    case "call":
      return { ...node, args: node.args.map((arg) => (arg === null ? null : shifted(arg, rows))) };
    case "op":
      return { ...node, left: shifted(node.left, rows), right: shifted(node.right, rows) };
    default:
      return node;
  }
}

/** Which rules hold for the cell `rows` below the range's first row, evaluated in the sheet. */
function rulesHolding(
  sheet: EvaluatedPlan,
  rules: readonly StatusRule[],
  rows: number,
): MeasureStatus[] {
  return rules
    .filter((rule) => {
      const value = sheet.hf.calculateFormula(
        renderFormula(shifted(rule.formula, rows), INVARIANT_DIALECT),
        sheet.sheet,
      );
      if (typeof value !== "boolean")
        throw new Error(`rule ${rule.status} gave ${JSON.stringify(value)}`);
      return value;
    })
    .map((rule) => rule.status);
}

// Full-year effect 40 by March: 10 expected, so achieved x gives performance x / 10 (1 + (x − 10) / 10).
const MEASURES: ActionPlanRow[] = [
  { name: "Exakt 0,9", fullYearEffect: 40, months: [9, 0, 0], accumulated: 9 },
  { name: "Strax under 0,9", fullYearEffect: 40, months: [8.99, 0, 0], accumulated: 8.99 },
  { name: "Exakt 0,7", fullYearEffect: 40, months: [7, 0, 0], accumulated: 7 },
  { name: "Strax under 0,7", fullYearEffect: 40, months: [6.99, 0, 0], accumulated: 6.99 },
  { name: "Över plan", fullYearEffect: 40, months: [15, 0, 0], accumulated: 15 },
  // Cost-increasing: −10 expected; −15 is 5 worse (0,5), −6 is 4 better (1,4) — the ratios 150 % and 60 % read backwards.
  { name: "Kostnadsökning, sämre", fullYearEffect: -40, months: [-15, 0, 0], accumulated: -15 },
  { name: "Kostnadsökning, bättre", fullYearEffect: -40, months: [-6, 0, 0], accumulated: -6 },
  // Nothing expected (effect 0): the performance cell holds "" (text); judged by what was achieved.
  { name: "Inget väntat, inget uppnått", fullYearEffect: 0, months: [0, 0, 0], accumulated: 0 },
  { name: "Inget väntat, något uppnått", fullYearEffect: 0, months: [1, 0, 0], accumulated: 1 },
  { name: "Inget väntat, försämring", fullYearEffect: 0, months: [-1, 0, 0], accumulated: -1 },
];
const EXPECTED: MeasureStatus[] = [
  "onTrack",
  "atRisk",
  "atRisk",
  "behind",
  "onTrack",
  "behind",
  "onTrack",
  "notStarted",
  "onTrack",
  "behind",
];

function boundaryPlan() {
  const values: Cell[][] = buildActionPlanTable({ rows: MEASURES, totalsAt: "none" });
  const snapshot = snapshotOf(values, { top: 0, left: 0 });
  const layout = detectActionPlan(values);
  if (isDetectionProblem(layout)) throw new Error(JSON.stringify(layout));
  const { measures } = readActionPlan(snapshot, layout);
  const plan = followUpSheetPlan(
    { snapshot, layout, measures, month: 3, unit: "mkr", year: 2024, thresholds: THRESHOLDS, t },
    ["Blad1"],
  );
  const summary = analyseActionPlan(measures, { month: 3, thresholds: THRESHOLDS });
  return { plan, summary, sheet: evaluatePlan(plan, [snapshot]) };
}

describe("status colours and text on the follow-up sheet", () => {
  const { plan, summary, sheet } = boundaryPlan();
  const [format] = plan.conditionalFormats ?? [];
  const firstRow = Number(/\d+/.exec(format.range)?.[0]);

  test("the pane's status at the boundaries is what this test expects (hand-worked)", () => {
    expect(summary.measures.map((m) => m.status)).toEqual(EXPECTED);
  });

  test.each(MEASURES.map((m, index) => [m.name, index] as const))(
    "%s: one colour rule holds, the pane's; the text says it",
    (_name, index) => {
      const status = summary.measures[index].status;
      expect(rulesHolding(sheet, format.rules, index)).toEqual([status]);
      expect(sheet.value(`H${firstRow + index}`)).toBe(WORDS[status]);
    },
  );

  test("the rules cover both the performance and the status column, in the order of their statuses", () => {
    expect(format.range).toBe(`G${firstRow}:H${firstRow + MEASURES.length - 1}`);
    expect(format.rules.map((rule) => rule.status)).toEqual(STATUS_ORDER);
  });

  test("the thresholds are input cells the rules and text read: 0,9 → 0,95 turns 'Exakt 0,9' to Risk", () => {
    const live = boundaryPlan().sheet;
    expect(live.number("B3")).toBe(0.9);
    live.set("B3", 0.95);
    expect(rulesHolding(live, format.rules, 0)).toEqual(["atRisk"]);
    expect(live.value(`H${firstRow}`)).toBe(WORDS.atRisk);
  });
});

describe("the rules on any performance cell: text and blanks never count as numbers", () => {
  // Performance in G, achieved in C, deviation in E; thresholds in B3 and D3, as on the sheet.
  const rules = statusRules(
    { performance: "G", achieved: "C", deviation: "E", onTrackFrom: "$B$3", atRiskFrom: "$D$3" },
    6,
  );
  const cases: [string, Cell | null, number, number, MeasureStatus][] = [
    ["0,9", 0.9, 9, -1, "onTrack"],
    ["0,7", 0.7, 7, -3, "atRisk"],
    ["0,69999", 0.69999, 6.9999, -3.0001, "behind"],
    ["text 'x', nothing achieved", "x", 0, 0, "notStarted"],
    ["text '', something achieved", "", 2, 2, "onTrack"],
    ["blank, something lost", null, -2, -2, "behind"],
    ["blank, nothing achieved", null, 0, 0, "notStarted"],
  ];
  const grid: unknown[][] = [[], [], [null, 0.9, null, 0.7], [], []];
  for (const [, performance, achieved, deviation] of cases) {
    const textCell =
      typeof performance === "string" && performance !== "" ? `'${performance}` : performance;
    grid.push([null, null, achieved, null, deviation, null, performance === "" ? '=""' : textCell]);
  }
  const hf = createBalansHyperFormula({ Blad1: grid }, balansFunctionSet());

  test.each(cases.map((c, index) => [c[0], c[4], index] as const))(
    "%s → %s only",
    (_label, status, index) => {
      const holding = rules.filter(
        (rule) =>
          hf.calculateFormula(renderFormula(shifted(rule.formula, index), INVARIANT_DIALECT), 0) ===
          true,
      );
      expect(holding.map((rule) => rule.status)).toEqual([status]);
    },
  );
});
