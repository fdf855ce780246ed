/**
 * The follow-up sheet keeps the structure of the table it read: measures as rows, each section's
 * subtotal as SUMs over that section's written rows, the total over the measures only.
 */
import { Cell, detectActionPlan, isDetectionProblem, readActionPlan } from "../../src/engine";
import { translator } from "../../src/i18n/ui";
import { followUpSheetPlan } from "../../src/sheets/followUpSheet";
import { renderFormula } from "../../src/sheets/formula";
import { FormulaDialect } from "../../src/workbook/types";
import { snapshotOf } from "../support/actionPlanTable";
import { evaluatePlan } from "../support/evaluatePlan";
import { defined } from "../support/defined";

const t = translator("sv");
const ENGLISH: FormulaDialect = {
  functionLanguage: "en",
  decimalSeparator: ".",
  listSeparator: ",",
};

// Leaves 6 + 3 + 12 + 4,5 = 25,5 mkr; achieved Jan–Mar 0,5+0,5+0,6 + 0,2+0,3+0,2 = 2,3 (Vårdval),
// 1,0+1,0+1,1 + 0,3+0,4+0,4 = 4,2 (Slutenvård), 6,5 in all.
const SECTIONED: Cell[][] = [
  ["Åtgärd", "Helårseffekt", "Jan", "Feb", "Mar"],
  ["Vårdval", "", "", "", ""],
  ["Minskad hyrpersonal", 6, 0.5, 0.5, 0.6],
  ["Översyn läkemedel", 3, 0.2, 0.3, 0.2],
  ["Summa Vårdval", 9, 0.7, 0.8, 0.8],
  ["Slutenvård", "", "", "", ""],
  ["Färre vårdplatser", 12, 1.0, 1.0, 1.1],
  ["Schemaläggning", 4.5, 0.3, 0.4, 0.4],
  ["Summa Slutenvård", 16.5, 1.3, 1.4, 1.5],
  ["Totalt", 25.5, 2.0, 2.2, 2.3],
];

// Written rows: header on 5; measures 6, 7; Summa Vårdval 8; measures 9, 10; Summa Slutenvård 11; total 12; gap 14.
const VARDVAL = 8;
const SLUTENVARD = 11;
const TOTAL = 12;
const GAP = 14;

function sectionedPlan(values = SECTIONED) {
  const snapshot = snapshotOf(values, { top: 1, left: 0 });
  const layout = detectActionPlan(values);
  if (isDetectionProblem(layout)) throw new Error(`not an action plan: ${JSON.stringify(layout)}`);
  const reading = readActionPlan(snapshot, layout);
  expect(reading.problems).toEqual([]);
  const plan = followUpSheetPlan(
    {
      snapshot,
      layout,
      measures: reading.measures,
      month: 3,
      deficit: -20,
      unit: "mkr",
      year: 2025,
      thresholds: { onTrack: 0.9, atRisk: 0.7 },
      t,
    },
    ["Blad1"],
  );
  return { plan, reading, sheet: evaluatePlan(plan, [snapshot]) };
}

describe("follow-up sheet of a plan in sections, each closed by a 'Summa …' row, then 'Totalt'", () => {
  const { plan, sheet, reading } = sectionedPlan();
  const formulaAt = (row: number, column: number) =>
    renderFormula(defined(plan.rows[row - 1][column].formula), ENGLISH);

  test("the reader takes the four measures, not the subtotals", () => {
    expect(reading.measures.map((measure) => measure.name)).toEqual([
      "Minskad hyrpersonal",
      "Översyn läkemedel",
      "Färre vårdplatser",
      "Schemaläggning",
    ]);
  });

  test("measures and subtotals in the table's order, subtotals bold under the table's own names", () => {
    expect([6, 7, VARDVAL, 9, 10, SLUTENVARD, TOTAL].map((row) => sheet.value(`A${row}`))).toEqual([
      "Minskad hyrpersonal",
      "Översyn läkemedel",
      "Summa Vårdval",
      "Färre vårdplatser",
      "Schemaläggning",
      "Summa Slutenvård",
      t("total"),
    ]);
    expect(
      plan.rows[VARDVAL - 1]
        .filter((cell) => cell.formula !== undefined)
        .every((cell) => cell.bold),
    ).toBe(true);
    expect(plan.rows[6 - 1][0].bold).toBe(false);
  });

  test("full-year effect: subtotals 9 and 16,5 over their own rows, total 25,5 over the measures (not doubled)", () => {
    expect(sheet.number(`D${VARDVAL}`)).toBeCloseTo(9, 10);
    expect(sheet.number(`D${SLUTENVARD}`)).toBeCloseTo(16.5, 10);
    expect(sheet.number(`D${TOTAL}`)).toBeCloseTo(25.5, 10);
    expect(formulaAt(VARDVAL, 3)).toBe("=SUM(D6:D7)");
    expect(formulaAt(TOTAL, 3)).toBe("=SUM(D6:D7,D9:D10)");
  });

  test("achieved by March: 2,3 and 4,2 by section, 6,5 in all", () => {
    expect(sheet.number(`C${VARDVAL}`)).toBeCloseTo(2.3, 10);
    expect(sheet.number(`C${SLUTENVARD}`)).toBeCloseTo(4.2, 10);
    expect(sheet.number(`C${TOTAL}`)).toBeCloseTo(6.5, 10);
  });

  test("expected by March, linear from January: 9 × 3/12 = 2,25 and 16,5 × 3/12 = 4,125; both sections on track", () => {
    expect(sheet.number(`B${VARDVAL}`)).toBeCloseTo(2.25, 10);
    expect(sheet.number(`B${SLUTENVARD}`)).toBeCloseTo(4.125, 10);
    expect(sheet.number(`B${TOTAL}`)).toBeCloseTo(6.375, 10);
    // Performance 1 + (2,3 − 2,25)/2,25 ≈ 102 % and 1 + (4,2 − 4,125)/4,125 ≈ 102 %, above 90 %.
    expect(sheet.number(`G${VARDVAL}`)).toBeCloseTo(1 + 0.05 / 2.25, 10);
    expect(sheet.value(`H${VARDVAL}`)).toBe(t("statusOnTrack"));
    expect(sheet.value(`H${SLUTENVARD}`)).toBe(t("statusOnTrack"));
  });

  test("the gap to balance counts each measure once: −20 + 25,5 = 5,5", () => {
    expect(sheet.value(`A${GAP}`)).toBe(t("gapToBalance"));
    expect(sheet.number(`B${GAP}`)).toBeCloseTo(5.5, 10);
  });

  test("status colours and the chart cover the measure and subtotal rows, not the total", () => {
    expect(plan.conditionalFormats?.map(({ range }) => range)).toEqual([`G6:H${SLUTENVARD}`]);
    expect(plan.chart?.source).toBe(`A5:C${SLUTENVARD}`);
  });
});

test("one section closed by its subtotal, then the total: the gap counts the measures once, −20 + 9 = −11", () => {
  const { plan, sheet } = sectionedPlan([...SECTIONED.slice(0, 5), ["Totalt", 9, 0.7, 0.8, 0.8]]);
  // Written rows: measures 6, 7; Summa Vårdval 8; total 9; gap 11.
  expect(sheet.value("A8")).toBe("Summa Vårdval");
  expect(sheet.number("D8")).toBeCloseTo(9, 10);
  expect(sheet.number("D9")).toBeCloseTo(9, 10);
  expect(sheet.number("B11")).toBeCloseTo(-11, 10);
  expect(renderFormula(defined(plan.rows[11 - 1][1].formula), ENGLISH)).toContain(
    "GAP.BALANCE($D$2,D6:D7)",
  );
});
