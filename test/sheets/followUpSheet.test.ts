/**
 * The follow-up sheet as Excel would calculate it: the plan's formulas, rendered as Excel gets them,
 * evaluated in HyperFormula with the real BALANS functions against seed 000's table.
 */
import {
  ActionPlanLayout,
  analyseActionPlan,
  Cell,
  cellAddress,
  detectActionPlan,
  isDetectionProblem,
  MeasureStatus,
  readActionPlan,
} from "../../src/engine";
import swedishMetadata from "../../src/functions/sv-se.json";
import { translator } from "../../src/i18n/ui";
import { actionPlan2024 } from "../../src/samples/seeds";
import { SheetPlanError } from "../../src/sheets/errors";
import { followUpSheetPlan, FollowUpInput } from "../../src/sheets/followUpSheet";
import { renderFormula } from "../../src/sheets/formula";
import { call, ref } from "../../src/sheets/nodes";
import { FormulaDialect, FormulaNode, SheetPlan, TableSnapshot } from "../../src/workbook/types";
import { buildActionPlanTable, snapshotOf } from "../support/actionPlanTable";
import { DetailedCellError, ErrorType } from "hyperformula";
import { createBalansHyperFormula } from "../../src/preview/hyperformulaBridge";
import {
  balansFunctionSet,
  evaluatePlan,
  formulaReferences,
  referencesOutsidePlan,
} from "../support/evaluatePlan";
import { defined } from "../support/defined";

const SWEDISH: FormulaDialect = {
  functionLanguage: "sv",
  decimalSeparator: ",",
  listSeparator: ";",
};
const t = translator("sv");
const MARCH = 3;
const FIRST_MEASURE_ROW = 6; // title, month/deficit, thresholds, source, header
const OB = "OB-tillägg";

function layoutOf(values: Cell[][]): ActionPlanLayout {
  const layout = detectActionPlan(values);
  if (isDetectionProblem(layout)) throw new Error(`not an action plan: ${JSON.stringify(layout)}`);
  return layout;
}

/** Seed 000 placed at C3 of "Blad1" (not A1, so offsets count), and the follow-up plan for March. */
function seed000(overrides: Partial<FollowUpInput> = {}, values = buildActionPlanTable()) {
  const snapshot = snapshotOf(values, { top: 2, left: 2 });
  const layout = layoutOf(values);
  const reading = readActionPlan(snapshot, layout);
  expect(reading.problems).toEqual([]);
  const input: FollowUpInput = {
    snapshot,
    layout,
    measures: reading.measures,
    month: MARCH,
    deficit: actionPlan2024.startingDeficit,
    unit: "mkr",
    year: 2024,
    thresholds: { onTrack: 0.9, atRisk: 0.7 },
    t,
    ...overrides,
  };
  const plan = followUpSheetPlan(input, ["Blad1"]);
  return { snapshot, layout, reading, plan, sheet: evaluatePlan(plan, [snapshot]) };
}

const { rows } = actionPlan2024;
const measureRows = rows.map((_, index) => FIRST_MEASURE_ROW + index);
const TOTAL_ROW = FIRST_MEASURE_ROW + rows.length;
const GAP_ROW = TOTAL_ROW + 2;
const planRowOf = (name: string) => FIRST_MEASURE_ROW + rows.findIndex((row) => row.name === name);
const STATUS_WORDS: Record<MeasureStatus, string> = {
  onTrack: t("statusOnTrack"),
  atRisk: t("statusAtRisk"),
  behind: t("statusBehind"),
  notStarted: t("statusNotStarted"),
};

describe("follow-up sheet for seed 000, March, deficit −215", () => {
  const { plan, sheet, snapshot } = seed000();

  test("one row per measure, named by a live reference to the controller's cell", () => {
    measureRows.forEach((row, index) => expect(sheet.value(`A${row}`)).toBe(rows[index].name));
    expect(plan.rows[TOTAL_ROW - 1][0].value).toBe(t("total"));
  });

  test("the planned full-year effects total 215,1", () => {
    expect(sheet.number(`D${TOTAL_ROW}`)).toBeCloseTo(215.1, 10);
  });

  test("achieved to date totals 59,8: months summed, the two 'ack effekt' rows counted once", () => {
    expect(sheet.number(`C${TOTAL_ROW}`)).toBeCloseTo(59.8, 10);
    const cumulative = rows.filter((row) => row.cumulative);
    expect(cumulative).toHaveLength(2);
    // "7 Effektivisering … ack effekt" reports 14,7 in March only: its latest value, not a sum.
    for (const row of cumulative)
      expect(sheet.number(`C${planRowOf(row.name)}`)).toBeCloseTo(row.accumulated, 10);
  });

  test("gap to balance: −215 + 215,1 = +0,1", () => {
    expect(plan.rows[GAP_ROW - 1][0].value).toBe(t("gapToBalance"));
    expect(sheet.number(`B${GAP_ROW}`)).toBeCloseTo(0.1, 10);
  });

  test("OB-tillägg: −47,6 expected × 3/12 by March (the table has no start month: January), −6,8 achieved", () => {
    const row = planRowOf(OB);
    expect(sheet.number(`D${row}`)).toBeCloseTo(-47.6, 10);
    expect(sheet.number(`B${row}`)).toBeCloseTo((-47.6 * 3) / 12, 10);
    expect(sheet.number(`C${row}`)).toBeCloseTo(-6.8, 10);
    // a cost-increasing measure ahead of plan: the deviation is positive, +5,1
    expect(sheet.number(`E${row}`)).toBeCloseTo(-6.8 + 11.9, 10);
  });

  test("deviation = achieved − expected on every row and in total", () => {
    for (const row of [...measureRows, TOTAL_ROW]) {
      expect(sheet.number(`E${row}`)).toBeCloseTo(
        sheet.number(`C${row}`) - sheet.number(`B${row}`),
        10,
      );
    }
  });

  test("the totals are SUMs of the measure rows", () => {
    for (const column of ["B", "C", "D", "I"]) {
      const total = defined(
        plan.rows[TOTAL_ROW - 1]["BCDEFGHI".indexOf(column) + 1].formula,
        `the total of ${column}`,
      );
      expect(total).toEqual({
        kind: "call",
        fn: "SUM",
        args: [{ kind: "ref", address: `${column}${FIRST_MEASURE_ROW}:${column}${TOTAL_ROW - 1}` }],
      });
      const sum = measureRows.reduce((acc, row) => acc + sheet.number(`${column}${row}`), 0);
      expect(sheet.number(`${column}${TOTAL_ROW}`)).toBeCloseTo(sum, 10);
    }
  });

  test("figures stored as Swedish text ('−47,6') give every figure and total the numbers give", () => {
    const asText = seed000({}, buildActionPlanTable({ numbersAsText: true })).sheet;
    for (const row of [...measureRows, TOTAL_ROW, GAP_ROW, GAP_ROW + 1]) {
      for (const column of ["B", "C", "D", "E", "I"]) {
        if (row >= GAP_ROW && column !== "B") continue;
        expect([`${column}${row}`, asText.number(`${column}${row}`)]).toEqual([
          `${column}${row}`,
          expect.closeTo(sheet.number(`${column}${row}`), 10),
        ]);
      }
    }
  });

  test("no measure shows an error: achievement and forecast evaluate or stay blank", () => {
    for (const row of measureRows) {
      for (const column of ["B", "C", "D", "E", "I"])
        expect(typeof sheet.value(`${column}${row}`)).toBe("number");
      for (const column of ["F", "G", "H"])
        expect(["number", "string"]).toContain(typeof sheet.value(`${column}${row}`));
    }
    // A cost-increasing measure has no achievement ratio (it reads backwards: 57 % while 5,1 ahead): blank, as in the pane.
    expect(sheet.value(`F${planRowOf(OB)}`)).toBe("");
    expect(sheet.value(`H${planRowOf(OB)}`)).toBe(t("statusOnTrack"));
  });

  test("the formulas are live: OB-tillägg's March −3,5 → −5,5 moves the achieved total by −2,0", () => {
    const live = seed000().sheet;
    const before = live.number(`C${TOTAL_ROW}`);
    const obMatrixRow = rows.findIndex((row) => row.name === OB) + 1; // header is row 0
    const marchColumn = 2 + 2; // name, effect, Jan, Feb, Mar
    const source = `Blad1!${cellAddress(snapshot.top + obMatrixRow, snapshot.left + marchColumn)}`;
    expect(live.value(source)).toBe(-3.5);
    live.set(source, -5.5);
    expect(live.number(`C${TOTAL_ROW}`) - before).toBeCloseTo(-2.0, 10);
    expect(live.number(`C${planRowOf(OB)}`)).toBeCloseTo(-8.8, 10);
    expect(live.number(`E${TOTAL_ROW}`)).toBeCloseTo(
      live.number(`C${TOTAL_ROW}`) - live.number(`B${TOTAL_ROW}`),
      10,
    );
  });

  test("a deficit given as a cell is followed too", () => {
    const withCell = seed000({ deficit: { sheet: "Blad1", address: "A1" } });
    expect(referencesOutsidePlan(withCell.plan, [snapshot], ["Blad1!A1"])).toEqual([]);
    withCell.sheet.set("Blad1!A1", -215);
    expect(withCell.sheet.number(`B${GAP_ROW}`)).toBeCloseTo(0.1, 10);
    withCell.sheet.set("Blad1!A1", -220);
    expect(withCell.sheet.number(`B${GAP_ROW}`)).toBeCloseTo(-4.9, 10);
  });

  test("in a Swedish Excel the formulas use the Swedish names and separators (structure)", () => {
    const swedish = (cell: { formula?: FormulaNode }) =>
      renderFormula(defined(cell.formula), SWEDISH);
    const row = plan.rows[planRowOf(OB) - 1];
    expect(swedish(row[1])).toMatch(/^=BALANS\.EFFEKT\.FÖRVÄNTAD\(D\d+;\$B\$2\)$/);
    expect(swedish(row[2])).toMatch(
      /^=BALANS\.EFFEKT\.UPPNÅDD\(Blad1!E\d+:G\d+;0;MIN\(\$B\$2;3\)\)$/,
    );
    expect(swedish(row[5])).toMatch(
      /^=OM\(D\d+<0;"";OMFEL\(BALANS\.EFFEKT\.UPPFYLLELSE\(C\d+;D\d+;\$B\$2\);""\)\)$/,
    );
    expect(swedish(row[8])).toMatch(
      /^=OMFEL\(BALANS\.EFFEKT\.PROGNOS\(C\d+;D\d+;\$B\$2;"runrate"\);BALANS\.EFFEKT\.PROGNOS\(/,
    );
    expect(swedish(plan.rows[TOTAL_ROW - 1][1])).toBe(
      `=SUMMA(B${FIRST_MEASURE_ROW}:B${TOTAL_ROW - 1})`,
    );
    const gapName = swedishMetadata.functions["GAP.BALANCE"].name;
    expect(swedish(plan.rows[GAP_ROW - 1][1])).toBe(
      `=OM(ÄRTAL($D$2);BALANS.${gapName}($D$2;D${FIRST_MEASURE_ROW}:D${TOTAL_ROW - 1});"")`,
    );
    const swedishNames = new Set(
      Object.values(swedishMetadata.functions).map((entry) => entry.name),
    );
    const every = plan.rows
      .flat()
      .filter((cell) => cell.formula)
      .map(swedish);
    const called = every.flatMap((text) =>
      [...text.matchAll(/BALANS\.([A-ZÅÄÖ.]+)\(/g)].map((match) => match[1]),
    );
    expect(called.length).toBeGreaterThan(4 * rows.length);
    for (const name of called) expect(swedishNames).toContain(name);
    for (const text of every) expect(text).not.toMatch(/\b(SUM|IFERROR|IF|AND|ISNUMBER)\(|,|;\)/);
  });

  test("references stay on the plan's own rows or the source table", () => {
    expect(referencesOutsidePlan(plan, [snapshot])).toEqual([]);
    expect(formulaReferences(plan).some((r) => r.sheet === "Blad1")).toBe(true);
    // the check itself: a row below the plan, a cell beside the table, another sheet
    const stray: SheetPlan = {
      ...plan,
      rows: [
        ...plan.rows,
        [{ formula: call("SUM", ref("B1:B99"), ref("A1", "Blad1"), ref("C3", "Blad2")) }],
      ],
    };
    expect(
      referencesOutsidePlan(stray, [snapshot]).map((r) => `${r.sheet ?? ""}!${r.address}`),
    ).toEqual(["!B1:B99", "Blad1!A1", "Blad2!C3"]);
    expect(referencesOutsidePlan(stray, [snapshot], ["Blad1!A1"])).toHaveLength(2);
  });

  test("the chart draws measure, expected and achieved; the status colours cover the performance and status columns", () => {
    expect(plan.chart?.source).toBe(`A${FIRST_MEASURE_ROW - 1}:C${TOTAL_ROW - 1}`);
    expect(plan.conditionalFormats?.[0].range).toBe(`G${FIRST_MEASURE_ROW}:H${TOTAL_ROW - 1}`);
  });
});

describe("a start-month column", () => {
  test("OB-tillägg from February: −47,6 × 2/11 expected by March, read from the controller's cell", () => {
    const values = buildActionPlanTable({ startMonth: (row) => (row.name === OB ? 2 : 1) });
    const { sheet } = seed000({}, values);
    expect(sheet.number(`B${planRowOf(OB)}`)).toBeCloseTo((-47.6 * 2) / 11, 10);
    expect(sheet.number(`C${TOTAL_ROW}`)).toBeCloseTo(59.8, 10);
  });
});

describe("a follow-up month after the table's last month column", () => {
  test("April with a January–March table: achieved as far as reported, as the pane reads it, not #N/A", () => {
    const { sheet, reading } = seed000({ month: 4 });
    const summary = analyseActionPlan(reading.measures, {
      month: 4,
      deficit: actionPlan2024.startingDeficit,
    });
    expect(sheet.number(`C${TOTAL_ROW}`)).toBeCloseTo(59.8, 10);
    expect(sheet.number(`B${TOTAL_ROW}`)).toBeCloseTo(summary.expectedToDate, 10);
    expect(sheet.number(`I${TOTAL_ROW}`)).toBeCloseTo(summary.forecastFullYear, 10);
    expect(sheet.number(`B${planRowOf(OB)}`)).toBeCloseTo((-47.6 * 4) / 12, 10);
  });

  test("the month cell is live: March → April moves expected, not achieved", () => {
    const { sheet } = seed000();
    const achieved = sheet.number(`C${TOTAL_ROW}`);
    sheet.set("B2", 4);
    expect(sheet.number(`C${TOTAL_ROW}`)).toBeCloseTo(achieved, 10);
    expect(sheet.number(`B${TOTAL_ROW}`)).toBeCloseTo((215.1 * 4) / 12, 10);
  });
});

describe("the sheet calculates what the pane shows", () => {
  // OB-tillägg from February, hyrstopp from March, "Anställda personal" not before May.
  const START: Record<string, number> = {
    [OB]: 2,
    "Minska inhyrd bemanningssjuksköterska - hyrstopp": 3,
    "Anställda personal (ca 18 AOH)": 5,
  };
  const values = buildActionPlanTable({ startMonth: (row) => START[row.name] ?? 1 });
  const { sheet, reading } = seed000({}, values);
  const summary = analyseActionPlan(reading.measures, {
    month: MARCH,
    deficit: actionPlan2024.startingDeficit,
  });

  test.each(rows.map((row, index) => [row.name, index] as const))("%s", (_name, index) => {
    const result = summary.measures[index];
    const row = FIRST_MEASURE_ROW + index;
    expect(sheet.number(`B${row}`)).toBeCloseTo(result.expected, 10);
    expect(sheet.number(`C${row}`)).toBeCloseTo(result.achieved, 10);
    expect(sheet.number(`D${row}`)).toBeCloseTo(result.fullYearEffect, 10);
    expect(sheet.number(`E${row}`)).toBeCloseTo(result.deviation, 10);
    if (result.performance === null) expect(sheet.value(`G${row}`)).toBe("");
    else expect(sheet.number(`G${row}`)).toBeCloseTo(result.performance, 10);
    if (result.rate === null) expect(sheet.value(`F${row}`)).toBe("");
    else expect(sheet.number(`F${row}`)).toBeCloseTo(result.rate, 10);
    expect(sheet.value(`H${row}`)).toBe(STATUS_WORDS[result.status]);
    expect(sheet.number(`I${row}`)).toBeCloseTo(result.forecast, 10);
  });

  test("totals and the gaps", () => {
    expect(sheet.number(`B${TOTAL_ROW}`)).toBeCloseTo(summary.expectedToDate, 10);
    expect(sheet.number(`C${TOTAL_ROW}`)).toBeCloseTo(summary.achievedToDate, 10);
    expect(sheet.number(`D${TOTAL_ROW}`)).toBeCloseTo(summary.plannedTotal, 10);
    expect(sheet.number(`F${TOTAL_ROW}`)).toBeCloseTo(defined(summary.achievement), 10);
    expect(sheet.number(`I${TOTAL_ROW}`)).toBeCloseTo(summary.forecastFullYear, 10);
    expect(sheet.number(`B${GAP_ROW}`)).toBeCloseTo(defined(summary.gapToBalance), 10);
    expect(sheet.number(`B${GAP_ROW + 1}`)).toBeCloseTo(defined(summary.gapAfterForecast), 10);
  });
});

describe("months the formulas cannot cover", () => {
  function planFor(values: Cell[][]): () => SheetPlan {
    const snapshot: TableSnapshot = snapshotOf(values);
    const layout = layoutOf(values);
    const { measures } = readActionPlan(snapshot, layout);
    return () =>
      followUpSheetPlan(
        {
          snapshot,
          layout,
          measures,
          month: MARCH,
          unit: "mkr",
          year: 2024,
          thresholds: { onTrack: 0.9, atRisk: 0.7 },
          t,
        },
        [],
      );
  }

  test("a table starting in February is refused as monthsNotContiguous", () => {
    const values: Cell[][] = [
      ["Åtgärd", "Mkr", "Feb", "Mar", "Apr"],
      ["Hyrstopp", 32, 2, 3.8, 1],
      ["OB-tillägg", -47.6, -3.1, -3.5, -3],
    ];
    expect(planFor(values)).toThrow(SheetPlanError);
    expect(planFor(values)).toThrow("monthsNotContiguous");
  });

  test("a table with a month missing in between (Jan, Feb, Apr) is refused", () => {
    const values: Cell[][] = [
      ["Åtgärd", "Mkr", "Jan", "Feb", "Apr"],
      ["Hyrstopp", 32, -0.9, 2, 3.8],
    ];
    expect(planFor(values)).toThrow(new SheetPlanError("monthsNotContiguous"));
  });
});

describe("the sheet's name", () => {
  test("a taken name gets a number", () => {
    const { snapshot, layout, reading } = seed000();
    const input = {
      snapshot,
      layout,
      measures: reading.measures,
      month: MARCH,
      unit: "mkr",
      year: 2024,
      thresholds: { onTrack: 0.9, atRisk: 0.7 },
      t,
    };
    expect(followUpSheetPlan(input, []).name).toBe("Uppföljning 2024-03");
    expect(followUpSheetPlan(input, ["uppföljning 2024-03"]).name).toBe("Uppföljning 2024-03 (2)");
  });
});

describe("the HyperFormula bridge (test/support/evaluatePlan)", () => {
  const evaluate = (formula: string, cells: unknown[][] = []) => {
    const hf = createBalansHyperFormula({ Blad1: [...cells, [formula]] }, balansFunctionSet());
    return hf.getCellValue({ sheet: 0, row: cells.length, col: 0 });
  };
  const error = (value: unknown) => {
    if (!(value instanceof DetailedCellError))
      throw new Error(`not an error: ${JSON.stringify(value)}`);
    return { type: value.type, message: value.message };
  };

  test("a thrown CustomFunctions.Error becomes the matching cell error with its message", () => {
    expect(error(evaluate("=BALANS.EFFECT.EXPECTED(,3)"))).toEqual({
      type: ErrorType.NA,
      message: expect.stringContaining("helårseffekt"),
    });
    expect(error(evaluate("=BALANS.AGENCY.SHARE(1,0)")).type).toBe(ErrorType.DIV_BY_ZERO);
    expect(error(evaluate("=BALANS.FTE(100,0)"))).toEqual({
      type: ErrorType.VALUE,
      message: expect.stringContaining("större än noll"),
    });
    expect(
      error(
        evaluate("=BALANS.EFFECT.ACHIEVED(A1:B2)", [
          [1, 2],
          [3, 4],
        ]),
      ).type,
    ).toBe(ErrorType.VALUE);
  });

  test("Excel's conventions: blanks in a range as null, an omitted argument as its default, an error argument as the result", () => {
    expect(evaluate("=BALANS.EFFECT.ACHIEVED(A1:C1)", [[1, null, 2]])).toBe(3);
    expect(evaluate("=BALANS.EFFECT.EXPECTED(12,3)")).toBe(3);
    expect(evaluate("=BALANS.EFFECT.EXPECTED(12,3,)")).toBe(3);
    expect(evaluate("=BALANS.EFFECT.EXPECTED(12,3,2)")).toBeCloseTo(24 / 11, 12);
    expect(error(evaluate("=BALANS.GAP(1/0,1)")).type).toBe(ErrorType.DIV_BY_ZERO);
    expect(evaluate('=BALANS.EFFECT.ACHIEVED(A1:C1,"SANT",3)', [[1, 5, 2]])).toBe(2);
  });

  test("a matrix result spills", () => {
    const hf = createBalansHyperFormula(
      { Blad1: [[-10, -11, -12], ["=BALANS.FORECAST.METHODS(A1:C1,3)"]] },
      balansFunctionSet(),
    );
    const spilled = hf.getSheetValues(0).slice(1);
    expect(spilled.map((cells) => cells[0])).toEqual(["takt", "trend"]);
    expect(spilled[0][1]).toBeCloseTo(-132, 10);
  });
});
