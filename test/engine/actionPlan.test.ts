import {
  ActionPlanLayout,
  analyseActionPlan,
  Cell,
  detectActionPlan,
  isDetectionProblem,
  lastReportedMonth,
  Measure,
  readActionPlan,
} from "../../src/engine";
import { actionPlan2024 } from "../../src/samples/seeds";
import {
  buildActionPlanTable,
  ENGLISH_HEADERS,
  manyMeasures,
  snapshotOf,
  TableOptions,
} from "../support/actionPlanTable";

const { rows, totals, startingDeficit } = actionPlan2024;
const MARCH = 3;
// Matrix row of a seed measure: the header is row 0.
const rowOf = (name: string) => rows.findIndex((row) => row.name === name) + 1;
const OB = "OB-tillägg";
const INCITAMENT = "2 Incitamentsmodell";

function layoutOf(values: Cell[][]): ActionPlanLayout {
  const result = detectActionPlan(values);
  if (isDetectionProblem(result))
    throw new Error(`expected an action plan, got ${JSON.stringify(result)}`);
  return result;
}

function read(
  options: TableOptions = {},
  at: Parameters<typeof snapshotOf>[1] = {},
  values = buildActionPlanTable(options),
) {
  return readActionPlan(snapshotOf(values, at), layoutOf(values));
}

function measureNamed(measures: readonly Measure[], name: string): Measure {
  const found = measures.find((measure) => measure.name === name);
  if (!found) throw new Error(`no measure ${name}`);
  return found;
}

describe("detecting an action plan", () => {
  test("seed 000: the 'Mkr' column is the effect; the two 'ack effekt' rows are running totals", () => {
    const layout = layoutOf(buildActionPlanTable());
    expect(layout.effectColumn).toBe(1);
    const cumulativeNames = rows.filter((row) => row.cumulative).map((row) => row.name);
    expect(cumulativeNames).toHaveLength(2); // rows 7 and 13 of the report
    expect(layout.cumulativeRows).toEqual(cumulativeNames.map(rowOf));
  });

  test("without an effect header, the figures right before the months are the effect", () => {
    const layout = layoutOf(
      buildActionPlanTable({ headers: { name: "Uppföljning handlingsplan 2024 Mkr", effect: "" } }),
    );
    expect(layout.effectColumn).toBe(1);
  });

  test("English 'cumulative' marks a running total", () => {
    const renamed = rows.map((row) =>
      row.cumulative
        ? { ...row, name: `${row.name.replace(/ - ack effekt$/, "")} (cumulative)` }
        : row,
    );
    const layout = layoutOf(buildActionPlanTable({ headers: ENGLISH_HEADERS, rows: renamed }));
    expect(layout.cumulativeRows).toHaveLength(2);
  });

  test("a table with names and months but no effect column is refused", () => {
    const values: Cell[][] = [
      ["Åtgärd", "Jan", "Feb"],
      ["Hyrstopp", -0.9, 2],
    ];
    expect(detectActionPlan(values)).toEqual({ problem: "noEffectColumn", row: 0 });
  });

  test("month-table problems pass through", () => {
    expect(detectActionPlan([[""]])).toEqual({ problem: "empty" });
  });
});

describe("reading seed 000", () => {
  const reading = read();

  test("26 measures, no problems", () => {
    expect(reading.measures).toHaveLength(rows.length);
    expect(reading.problems).toEqual([]);
  });

  test("each measure as the seed gives it, blanks staying blank, months after March unreported", () => {
    reading.measures.forEach((measure, index) => {
      const seed = rows[index];
      expect(measure).toEqual({
        row: index + 1,
        name: seed.name,
        fullYearEffect: seed.fullYearEffect,
        months: [...seed.months, ...new Array(9).fill(null)],
        accumulated: seed.accumulated,
        cumulative: seed.cumulative === true,
        startMonth: 1,
      });
    });
  });

  test("the totals row", () => {
    expect(reading.totals).toEqual({
      fullYearEffect: totals.fullYearEffect,
      months: [...totals.months, ...new Array(9).fill(null)],
      accumulated: totals.accumulated,
    });
  });

  test("the same figures typed as Swedish text, in English layout, with blank rows, a unit row and the totals on top", () => {
    const variant = read({
      numbersAsText: true,
      headers: ENGLISH_HEADERS,
      blankRowEvery: 4,
      unitRow: true,
      totalsAt: "top",
    });
    const figures = (measures: Measure[]) =>
      measures.map(({ name, fullYearEffect, months, accumulated, cumulative }) => ({
        name,
        fullYearEffect,
        months,
        accumulated,
        cumulative,
      }));
    expect(figures(variant.measures)).toEqual(figures(reading.measures));
    expect(variant.totals).toEqual(reading.totals);
    expect(variant.problems).toEqual([]);
  });

  test("the last month reported is March", () => {
    expect(lastReportedMonth(reading.measures)).toBe(MARCH);
    expect(lastReportedMonth([])).toBeUndefined();
  });
});

describe("cells that cannot be read", () => {
  test("an error value is a problem at its sheet address", () => {
    const values = buildActionPlanTable();
    values[3][2] = "#N/A";
    const reading = read({}, { top: 2, left: 1 }, values);
    // sheet row 2 + 3 (0-based) is row 6; sheet column 1 + 2 (0-based) is the fourth column, D
    expect(reading.problems).toEqual([
      { row: 3, column: 2, address: "D6", code: "errorValue", text: "#N/A" },
    ]);
    expect(reading.measures[2].months[0]).toBeNull();
    expect(reading.measures).toHaveLength(rows.length);
  });

  test("a cell Excel types as an error is a problem whatever its text", () => {
    const values = buildActionPlanTable();
    const snapshot = snapshotOf(values);
    snapshot.valueTypes[1][1] = "Error";
    const reading = readActionPlan(snapshot, layoutOf(values));
    expect(reading.problems.map(({ address, code }) => ({ address, code }))).toEqual([
      { address: "B2", code: "errorValue" },
    ]);
    expect(reading.measures).toHaveLength(rows.length - 1);
  });

  test("'n/a' in a month column is not a number; the measure is still read", () => {
    const values = buildActionPlanTable();
    const row = rowOf(OB);
    values[row][3] = "n/a";
    const reading = read({}, {}, values);
    expect(reading.problems).toEqual([
      { row, column: 3, address: `D${row + 1}`, code: "notANumber", text: "n/a" },
    ]);
    expect(measureNamed(reading.measures, OB).months.slice(0, 3)).toEqual([-0.2, null, -3.5]);
  });

  test("a measure with months but no full-year effect is a problem and no measure", () => {
    const values = buildActionPlanTable();
    const row = rowOf(OB);
    values[row][1] = "";
    const reading = read({}, {}, values);
    expect(reading.problems).toEqual([
      { row, column: 1, address: `B${row + 1}`, code: "blankEffect", text: OB },
    ]);
    expect(reading.measures.map((measure) => measure.name)).not.toContain(OB);
  });

  test("a line with a name and no figures is a heading, neither measure nor problem", () => {
    const values = buildActionPlanTable();
    values.splice(1, 0, ["Personal", "", "", "", "", ""]);
    const reading = read({}, {}, values);
    expect(reading.measures).toHaveLength(rows.length);
    expect(reading.problems).toEqual([]);
  });

  test("merged cells are one problem for the whole range", () => {
    const reading = read({}, { top: 2, left: 1, hasMergedCells: true });
    expect(reading.problems).toEqual([
      { row: 0, column: 0, address: `B3:G${rows.length + 4}`, code: "mergedCells", text: "" },
    ]);
  });
});

describe("start months", () => {
  test("a start-month column as a number, a month name or a date; blank means January", () => {
    const starts: Record<string, Cell> = {
      [OB]: 2,
      "Minska inhyrd bemanningssjuksköterska - hyrstopp": "mars",
      "Anställda personal (ca 18 AOH)": 45383,
    }; // 45383 = 2024-04-01
    const reading = read({ startMonth: (row) => starts[row.name] ?? "" });
    expect(reading.problems).toEqual([]);
    expect(
      Object.keys(starts).map((name) => measureNamed(reading.measures, name).startMonth),
    ).toEqual([2, 3, 4]);
    expect(measureNamed(reading.measures, INCITAMENT).startMonth).toBe(1);
  });

  test("a start month that names no month is a problem", () => {
    const reading = read({ startMonth: (row) => (row.name === OB ? "snart" : "") });
    expect(reading.problems).toMatchObject([
      { row: rowOf(OB), column: 2, code: "notAMonth", text: "snart" },
    ]);
  });
});

describe("analysing seed 000 after March (DOMAIN §1)", () => {
  const reading = read();
  const summary = analyseActionPlan(
    reading.measures,
    { month: MARCH, deficit: startingDeficit },
    reading.totals,
  );
  const result = (name: string) => {
    const found = summary.measures.find((measure) => measure.name === name);
    if (!found) throw new Error(`no result for ${name}`);
    return found;
  };

  test("planned 215,1; expected a quarter of it; achieved 59,8 with each running total counted once", () => {
    expect(summary.plannedTotal).toBeCloseTo(215.1, 9);
    expect(summary.expectedToDate).toBeCloseTo((215.1 * 3) / 12, 9);
    expect(summary.achievedToDate).toBeCloseTo(59.8, 9);
    expect(summary.achievement).toBeCloseTo(59.8 / ((215.1 * 3) / 12), 9);
  });

  test("gap to balance: −215 + 215,1 = +0,1", () => {
    expect(summary.gapToBalance).toBeCloseTo(0.1, 9);
    expect(summary.gapAfterForecast).toBeCloseTo(startingDeficit + summary.forecastFullYear, 9);
  });

  test("the running total '7 Effektivisering … ack effekt' counts its latest value, 14,7", () => {
    expect(result("7 Effektivisering 1 procent per verksamhet - ack effekt").achieved).toBeCloseTo(
      14.7,
      9,
    );
  });

  test("OB-tillägg (−47,6) is judged by its deviation: −6,8 against −11,9 expected is ahead of plan", () => {
    const ob = result(OB);
    expect(ob.expected).toBeCloseTo((-47.6 * 3) / 12, 9);
    expect(ob.achieved).toBeCloseTo(-6.8, 9);
    expect(ob.deviation).toBeCloseTo(5.1, 9);
    expect(ob.rate).toBeNull();
    expect(ob.performance).toBeCloseTo(1 + 5.1 / 11.9, 9);
    expect(ob.status).toBe("onTrack");
  });

  test("with its real start in February OB-tillägg expects −47,6 × 2/11 = −8,65", () => {
    const fromFebruary = read({ startMonth: (row) => (row.name === OB ? 2 : "") });
    const ob = analyseActionPlan(fromFebruary.measures, { month: MARCH }).measures.find(
      (measure) => measure.name === OB,
    );
    expect(ob?.expected).toBeCloseTo((-47.6 * 2) / 11, 9);
    expect(ob?.status).toBe("onTrack");
  });

  test("a cost-increasing measure worse than plan is behind, with no ratio", () => {
    const staff = result("Anställda personal (ca 18 AOH)"); // −8,5 against −11,7 × 3/12 = −2,925
    expect(staff.deviation).toBeCloseTo(-8.5 + 2.925, 9);
    expect(staff.rate).toBeNull();
    expect(staff.status).toBe("behind");
  });

  test("a cost-saving measure has its ratio: Höör-Hörby 9,9 against 39,4 × 3/12", () => {
    expect(result("Höör-Hörby 25% av 157,4 mkr").rate).toBeCloseTo(9.9 / 9.85, 9);
  });

  test("behind plan, worst first: 2 Incitamentsmodell, −1,4 against 6,25 expected", () => {
    const deviations = summary.behindPlan.map((measure) => measure.deviation);
    expect(deviations).toEqual([...deviations].sort((a, b) => a - b));
    expect(summary.behindPlan[0].name).toBe(INCITAMENT);
    expect(summary.behindPlan[0].deviation).toBeCloseTo(-1.4 - 6.25, 9);
    expect(
      summary.behindPlan.every(
        (measure) => measure.status === "behind" || measure.status === "atRisk",
      ),
    ).toBe(true);
    const others = summary.measures.filter((measure) => !summary.behindPlan.includes(measure));
    expect(
      others.every((measure) => measure.status === "onTrack" || measure.status === "notStarted"),
    ).toBe(true);
    expect(summary.behindPlan.map((measure) => measure.name)).not.toContain(OB);
  });

  test("thresholds decide between at risk and behind: hyrstopp reaches 4,9 of 8 = 61 %", () => {
    const strict = analyseActionPlan(reading.measures, {
      month: MARCH,
      thresholds: { onTrack: 0.95, atRisk: 0.6 },
    });
    const agencyStop = strict.measures.find((measure) => measure.name.endsWith("hyrstopp"));
    expect(agencyStop?.performance).toBeCloseTo(4.9 / 8, 9);
    expect(agencyStop?.status).toBe("atRisk");
    expect(result("Minska inhyrd bemanningssjuksköterska - hyrstopp").status).toBe("behind");
  });

  test("forecast: run-rate once started, the plan before", () => {
    expect(result("Höör-Hörby 25% av 157,4 mkr").forecast).toBeCloseTo((9.9 * 12) / 3, 9);
    // started, nothing achieved: a pace of nothing carries to nothing
    expect(
      result("Minska överbeläggningar: varje ÖB förlänger vårdtiden med 0,5 dag").forecast,
    ).toBe(0);
    const fromApril = {
      row: 0,
      name: "Från april",
      fullYearEffect: 12,
      months: Array(12).fill(null),
      accumulated: null,
      cumulative: false,
      startMonth: 4,
    };
    expect(analyseActionPlan([fromApril], { month: 3 }).measures[0].forecast).toBe(12);
  });

  test("totals: effects match, February 20,4 vs 20,5 and the accumulated 60,0 vs 59,9 are rounding", () => {
    const check = (column: unknown) =>
      summary.totalsChecks.find((entry) => JSON.stringify(entry.column) === JSON.stringify(column))
        ?.check;
    expect(summary.totalsChecks.map((entry) => entry.column)).toEqual([
      "fullYearEffect",
      { month: 1 },
      { month: 2 },
      { month: 3 },
      "accumulated",
    ]);
    expect(check("fullYearEffect")?.verdict).toBe("match");
    expect(check({ month: 2 })).toMatchObject({ stated: 20.5, verdict: "rounding" });
    expect(check({ month: 2 })?.sum).toBeCloseTo(20.4, 9);
    expect(check("accumulated")).toMatchObject({ stated: 59.9, verdict: "rounding" });
    expect(check("accumulated")?.sum).toBeCloseTo(60.0, 9);
  });

  test("row checks: 2 Incitamentsmodell 1,3 − 1,6 − 1,1 = −1,4 against −1,3 is rounding; running totals are not checked", () => {
    const incitament = summary.rowChecks.find((entry) => entry.name === INCITAMENT);
    expect(incitament?.check.sum).toBeCloseTo(-1.4, 9);
    expect(incitament?.check.verdict).toBe("rounding");
    expect(summary.rowChecks).toHaveLength(rows.filter((row) => !row.cumulative).length);
    expect(summary.rowChecks.filter((entry) => entry.check.verdict === "mismatch")).toEqual([]);
  });

  test("a typo in the accumulated column is a mismatch, not rounding", () => {
    const typo = reading.measures.map((measure) =>
      measure.name === INCITAMENT ? { ...measure, accumulated: 1.3 } : measure,
    );
    const checks = analyseActionPlan(typo, { month: MARCH }, reading.totals);
    expect(checks.rowChecks.find((entry) => entry.name === INCITAMENT)?.check.verdict).toBe(
      "mismatch",
    );
    expect(checks.totalsChecks.find((entry) => entry.column === "accumulated")?.check.verdict).toBe(
      "mismatch",
    );
  });

  test("without a deficit there is no gap; without totals no totals checks", () => {
    const bare = analyseActionPlan(reading.measures, { month: MARCH });
    expect(bare.gapToBalance).toBeUndefined();
    expect(bare.gapAfterForecast).toBeUndefined();
    expect(bare.totalsChecks).toEqual([]);
  });
});

describe("measures not yet due", () => {
  const measure = (months: (number | null)[], startMonth: number): Measure => ({
    row: 1,
    name: "Ny åtgärd",
    fullYearEffect: 12,
    months: [...months, ...new Array(12 - months.length).fill(null)],
    accumulated: null,
    cumulative: false,
    startMonth,
  });

  test("nothing expected and nothing achieved: not started, no ratio, forecast the plan", () => {
    const summary = analyseActionPlan([measure([null, null, null], 6)], { month: MARCH });
    expect(summary.measures[0]).toMatchObject({
      expected: 0,
      achieved: 0,
      rate: null,
      performance: null,
      status: "notStarted",
      forecast: 12,
    });
    expect(summary.achievement).toBeNull();
    expect(summary.behindPlan).toEqual([]);
  });

  test("an effect before the start counts by its sign", () => {
    const early = analyseActionPlan([measure([1, null, null], 6), measure([-1, null, null], 6)], {
      month: MARCH,
    });
    expect(early.measures.map((result) => result.status)).toEqual(["onTrack", "behind"]);
  });
});

test("10 000 measures are detected, read and analysed", () => {
  const values = buildActionPlanTable({ rows: manyMeasures(10_000), totalsAt: "none" });
  const reading = readActionPlan(snapshotOf(values), layoutOf(values));
  expect(reading.measures).toHaveLength(10_000);
  expect(reading.problems).toEqual([]);
  const summary = analyseActionPlan(reading.measures, {
    month: lastReportedMonth(reading.measures) ?? 1,
  });
  expect(summary.measures).toHaveLength(10_000);
  expect(summary.rowChecks).toHaveLength(
    10_000 - reading.measures.filter((measure) => measure.cumulative).length,
  );
});
