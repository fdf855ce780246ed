/**
 * No formula Balans writes exceeds Excel's limits — 255 arguments to a function, 8 192 characters,
 * 64 levels of nesting — on the largest plans the pane takes: a 10 000-measure action plan, a
 * 2 000-line income statement, a 2 000-category agency table (half of them "varav" rows, which the
 * staffing total must leave out), in English and Swedish notation.
 */
import {
  assembleAgency,
  assembleForecast,
  Cell,
  detectActionPlan,
  isDetectionProblem,
  readActionPlan,
} from "../../src/engine";
import { translator } from "../../src/i18n/ui";
import { followUpSheetPlan } from "../../src/sheets/followUpSheet";
import { forecastSheetPlan } from "../../src/sheets/forecastSheet";
import { INVARIANT_DIALECT, renderFormula } from "../../src/sheets/formula";
import { staffingSheetPlan } from "../../src/sheets/staffingSheet";
import { FormulaDialect, FormulaNode, SheetPlan } from "../../src/workbook/types";
import { snapshotOf } from "../support/actionPlanTable";

const SWEDISH: FormulaDialect = {
  functionLanguage: "sv",
  decimalSeparator: ",",
  listSeparator: ";",
};
const t = translator("sv");
const MAX_ARGUMENTS = 255;
const MAX_CHARACTERS = 8192;
const MAX_NESTING = 64;

function widestCall(node: FormulaNode): number {
  switch (node.kind) {
    case "call":
      return Math.max(
        node.args.length,
        ...node.args.map((arg) => (arg === null ? 0 : widestCall(arg))),
      );
    case "op":
      return Math.max(widestCall(node.left), widestCall(node.right));
    default:
      return 0;
  }
}

/** Levels of function calls inside one another, as Excel counts nesting. */
function nesting(node: FormulaNode): number {
  switch (node.kind) {
    case "call":
      return 1 + Math.max(0, ...node.args.map((arg) => (arg === null ? 0 : nesting(arg))));
    case "op":
      return Math.max(nesting(node.left), nesting(node.right));
    default:
      return 0;
  }
}

function limitsOf(plan: SheetPlan) {
  const formulas = plan.rows.flat().flatMap((cell) => (cell.formula ? [cell.formula] : []));
  const rules = (plan.conditionalFormats ?? []).flatMap((format) =>
    format.rules.map((rule) => rule.formula),
  );
  const all = [...formulas, ...rules];
  // A loop, not Math.max(...): 80 000 formulas are more arguments than a call may take.
  const limits = { count: all.length, arguments: 0, nesting: 0, characters: 0 };
  for (const node of all) {
    limits.arguments = Math.max(limits.arguments, widestCall(node));
    limits.nesting = Math.max(limits.nesting, nesting(node));
    limits.characters = Math.max(
      limits.characters,
      renderFormula(node, INVARIANT_DIALECT).length,
      renderFormula(node, SWEDISH).length,
    );
  }
  return limits;
}

function expectWithinLimits(plan: SheetPlan) {
  const limits = limitsOf(plan);
  expect(limits.count).toBeGreaterThan(0);
  expect(limits.arguments).toBeLessThanOrEqual(MAX_ARGUMENTS);
  expect(limits.nesting).toBeLessThanOrEqual(MAX_NESTING);
  expect(limits.characters).toBeLessThanOrEqual(MAX_CHARACTERS);
}

const MONTHS = ["Jan", "Feb", "Mar"];

test("the follow-up sheet of a 10 000-measure plan", () => {
  const values: Cell[][] = [
    ["Åtgärd", "Mkr", ...MONTHS],
    ...Array.from({ length: 10_000 }, (_, i): Cell[] => [
      `Åtgärd ${i + 1}`,
      (i % 7) - 3 || 1,
      0.1,
      0.2,
      (i % 5) / 10,
    ]),
  ];
  const snapshot = snapshotOf(values);
  const layout = detectActionPlan(values);
  if (isDetectionProblem(layout)) throw new Error(JSON.stringify(layout));
  const { measures } = readActionPlan(snapshot, layout);
  expect(measures).toHaveLength(10_000);
  const plan = followUpSheetPlan(
    {
      snapshot,
      layout,
      measures,
      month: 3,
      deficit: -100,
      unit: "mkr",
      year: 2024,
      thresholds: { onTrack: 0.9, atRisk: 0.7 },
      t,
    },
    [],
  );
  expectWithinLimits(plan);
});

test("the forecast sheet of a 2 000-line income statement with monthly budgets and stated forecasts", () => {
  const lines = Array.from({ length: 2_000 }, (_, i) => `Rad ${i + 1}`);
  const actuals = snapshotOf([
    ["Mkr", ...MONTHS],
    ...lines.map((name, i): Cell[] => [name, -i - 1, -i - 2, -i - 3]),
  ]);
  const budget = snapshotOf(
    [
      [
        "Budget",
        ...["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"],
      ],
      ...lines.map((name, i): Cell[] => [name, ...Array<number>(12).fill(-i - 1)]),
    ],
    { top: 0, left: 20 },
  );
  const stated = snapshotOf(
    lines.map((_, i): Cell[] => [-12 * (i + 2)]),
    { top: 1, left: 40 },
  );
  const selections = { actuals, budget, stated };
  const assembly = assembleForecast(selections);
  if ("detection" in assembly) throw new Error(JSON.stringify(assembly));
  expect(assembly.problems).toEqual([]);
  const plan = forecastSheetPlan(
    { selections, assembly, month: 3, unit: "mkr", year: 2024, language: "sv", t },
    [],
  );
  expectWithinLimits(plan);
});

test("the staffing sheet of 2 000 categories, every other one a 'varav' row", () => {
  const rows: Cell[][] = Array.from({ length: 2_000 }, (_, i): Cell[] => [
    i % 2 === 0 ? `Kategori ${i}` : `varav del ${i}`,
    100,
    110,
    120,
  ]);
  const table = snapshotOf([["Timmar", ...MONTHS], ...rows]);
  const prior = snapshotOf([["Timmar 2023", ...MONTHS], ...rows], { top: 0, left: 10 });
  const assembly = assembleAgency(table, "hours", undefined, prior);
  if ("detection" in assembly) throw new Error(JSON.stringify(assembly));
  const plan = staffingSheetPlan(
    {
      table,
      priorTable: prior,
      assembly,
      values: "hours",
      hoursPerMonth: 165,
      months: 3,
      agencyCost: -1,
      ownStaffCost: -10,
      targetShare: 0.02,
      year: 2024,
      t,
    },
    [],
  );
  expectWithinLimits(plan);
  // the check itself: the former total, one SUM with an argument per counted category, would not pass
  const perCategory: FormulaNode = {
    kind: "call",
    fn: "SUM",
    args: Array.from({ length: 1_000 }, (_, i) => ({ kind: "ref", address: `C${5 + 2 * i}` })),
  };
  expect(widestCall(perCategory)).toBeGreaterThan(MAX_ARGUMENTS);
});
