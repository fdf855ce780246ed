/**
 * A corpus of table layouts as controllers and ERP exports (Raindance, Unit4/Agresso, Hypergene,
 * Qlik, hand-made plans; Swedish and English) lay them out, read by the three views. Every expected
 * figure is computed by hand in the comments here, never by the code under test.
 */
import {
  analyseActionPlan,
  analyseAgency,
  assembleAgency,
  assembleForecast,
  Cell,
  checkForecast,
  detectActionPlan,
  DetectionHints,
  Grid,
  isCheckError,
  isDetectionProblem,
  readActionPlan,
  sumReported,
} from "../../src/engine";
import { snapshotOf } from "../support/actionPlanTable";

const grid = (values: Cell[][], table?: Grid["table"]): Grid => ({
  ...snapshotOf(values),
  ...(table && { table }),
});

interface PlanExpectation {
  measures: string[];
  /** Σ full-year effects of the measures. */
  planned: number;
  /** Σ achieved to the month. */
  achieved: number;
  month: number;
  unit?: string;
  year?: number;
  totalsRow?: number;
  structureProblems?: { code: string; rows: number[] }[];
}

function readPlan(values: Cell[][], hints: DetectionHints = {}) {
  const layout = detectActionPlan(values, hints);
  if (isDetectionProblem(layout)) throw new Error(`no plan: ${JSON.stringify(layout)}`);
  const reading = readActionPlan(grid(values, hints.table), layout);
  return { layout, reading };
}

function expectPlan(values: Cell[][], expected: PlanExpectation, hints: DetectionHints = {}) {
  const { layout, reading } = readPlan(values, hints);
  expect(reading.problems).toEqual([]);
  expect(reading.structureProblems).toEqual(expected.structureProblems ?? []);
  expect(reading.measures.map((measure) => measure.name)).toEqual(expected.measures);
  const summary = analyseActionPlan(reading.measures, { month: expected.month }, reading.totals);
  expect(summary.plannedTotal).toBeCloseTo(expected.planned, 9);
  expect(summary.achievedToDate).toBeCloseTo(expected.achieved, 9);
  if (expected.unit !== undefined) expect(layout.unit).toBe(expected.unit);
  if (expected.year !== undefined) expect(layout.year).toBe(expected.year);
  if (expected.totalsRow !== undefined) expect(layout.totalsRow).toBe(expected.totalsRow);
  // No level of the structure that was accepted disagrees with its rows.
  expect(reading.levelChecks.filter(({ check }) => check.verdict === "mismatch")).toEqual([]);
  return { layout, reading, summary };
}

// A small hierarchical plan (mkr). Leaves: 6 + 3 + 12 + 4,5 = 25,5 planned; achieved Jan–Mar:
// (0,5 + 0,5 + 0,6) + (0,2 + 0,3 + 0,2) + (1,0 + 1,0 + 1,1) + (0,3 + 0,4 + 0,4) = 1,6 + 0,7 + 3,1 + 1,1 = 6,5.
const HYRPERSONAL: Cell[] = ["Minskad hyrpersonal", 6, 0.5, 0.5, 0.6];
const LAKEMEDEL: Cell[] = ["Översyn läkemedel", 3, 0.2, 0.3, 0.2];
const VARDPLATSER: Cell[] = ["Färre vårdplatser", 12, 1.0, 1.0, 1.1];
const SCHEMA: Cell[] = ["Schemaläggning", 4.5, 0.3, 0.4, 0.4];
const SUMMA_VARDVAL: Cell[] = ["Summa Vårdval", 9, 0.7, 0.8, 0.8];
const SUMMA_SLUTENVARD: Cell[] = ["Summa Slutenvård", 16.5, 1.3, 1.4, 1.5];
const TOTALT: Cell[] = ["Totalt", 25.5, 2.0, 2.2, 2.3];
const PLAN_HEADER: Cell[] = ["Åtgärd", "Helårseffekt", "Jan", "Feb", "Mar"];
const FOUR = ["Minskad hyrpersonal", "Översyn läkemedel", "Färre vårdplatser", "Schemaläggning"];
const SMALL = { measures: FOUR, planned: 25.5, achieved: 6.5, month: 3 };

describe("action plans", () => {
  test("A1 flat plan, totals row at the bottom", () => {
    expectPlan([PLAN_HEADER, HYRPERSONAL, LAKEMEDEL, VARDPLATSER, SCHEMA, TOTALT], {
      ...SMALL,
      totalsRow: 5,
    });
  });

  test("A2 sections under headings, each closed by 'Summa …', then 'Totalt' (the issue's doubled plan)", () => {
    const values = [
      PLAN_HEADER,
      ["Vårdval", "", "", "", ""],
      HYRPERSONAL,
      LAKEMEDEL,
      SUMMA_VARDVAL,
      ["Slutenvård"],
      VARDPLATSER,
      SCHEMA,
      SUMMA_SLUTENVARD,
      TOTALT,
    ];
    const { layout, reading, summary } = expectPlan(values, { ...SMALL, totalsRow: 9 });
    expect(
      layout.structure.rows.filter(({ role }) => role === "subtotal").map(({ row }) => row),
    ).toEqual([4, 8]);
    expect(layout.structure.rows.find(({ row }) => row === 9)?.children).toEqual([4, 8]);
    // The grand total 25,5 against the four measures: it holds, as does each section.
    expect(summary.totalsChecks.every(({ check }) => check.verdict === "match")).toBe(true);
    expect(
      reading.levelChecks.filter(({ row }) => row === 4).map(({ check }) => check.verdict),
    ).toEqual(["match", "match", "match", "match"]);
  });

  test("A3 sections split by blank rows with unnamed subtotal rows, and an unnamed grand total", () => {
    const unnamed = (row: Cell[]) => ["", ...row.slice(1)];
    const values = [
      PLAN_HEADER,
      HYRPERSONAL,
      LAKEMEDEL,
      unnamed(SUMMA_VARDVAL),
      [],
      VARDPLATSER,
      SCHEMA,
      unnamed(SUMMA_SLUTENVARD),
      [],
      unnamed(TOTALT),
    ];
    const { layout } = expectPlan(values, SMALL);
    expect(
      layout.structure.rows.filter(({ source }) => source === "arithmetic").map(({ row }) => row),
    ).toEqual([3, 7, 9]);
  });

  test("A4 grand total at the top, sections with sums below their rows", () => {
    const values = [
      PLAN_HEADER,
      TOTALT,
      ["Vårdval"],
      HYRPERSONAL,
      LAKEMEDEL,
      SUMMA_VARDVAL,
      ["Slutenvård"],
      VARDPLATSER,
      SCHEMA,
      SUMMA_SLUTENVARD,
    ];
    expectPlan(values, { ...SMALL, totalsRow: 1 });
  });

  test("A5 grand total moved into the middle of the measures", () => {
    expectPlan([PLAN_HEADER, HYRPERSONAL, LAKEMEDEL, TOTALT, VARDPLATSER, SCHEMA], {
      ...SMALL,
      totalsRow: 3,
    });
  });

  test("A6 'S:a' and 'Delsumma' as section sums, 'Total' as grand total", () => {
    const values = [
      PLAN_HEADER,
      HYRPERSONAL,
      LAKEMEDEL,
      ["S:a vårdval", ...SUMMA_VARDVAL.slice(1)],
      VARDPLATSER,
      SCHEMA,
      ["Delsumma", ...SUMMA_SLUTENVARD.slice(1)],
      ["Total", ...TOTALT.slice(1)],
    ];
    expectPlan(values, { ...SMALL, totalsRow: 7 });
  });

  test("A7 sums above their rows (Hypergene-style 'Totalt …' first in each section)", () => {
    const values = [
      PLAN_HEADER,
      ["Totalt Vårdval", ...SUMMA_VARDVAL.slice(1)],
      HYRPERSONAL,
      LAKEMEDEL,
      ["Totalt Slutenvård", ...SUMMA_SLUTENVARD.slice(1)],
      VARDPLATSER,
      SCHEMA,
    ];
    const { layout } = expectPlan(values, SMALL);
    expect(layout.structure.rows.find(({ row }) => row === 4)?.children).toEqual([5, 6]);
  });

  test("A8 three levels: areas inside divisions inside the total", () => {
    // Division Akut = Vårdval (9) + Slutenvård (16,5) = 25,5; a second division with one measure 2 (jan 0,1, feb 0,1, mar 0,2).
    const values = [
      PLAN_HEADER,
      ["Division Akut"],
      ["Vårdval"],
      HYRPERSONAL,
      LAKEMEDEL,
      SUMMA_VARDVAL,
      ["Slutenvård"],
      VARDPLATSER,
      SCHEMA,
      SUMMA_SLUTENVARD,
      ["Summa division Akut", 25.5, 2.0, 2.2, 2.3],
      ["Division Psykiatri"],
      ["Färre konsulter", 2, 0.1, 0.1, 0.2],
      ["Summa division Psykiatri", 2, 0.1, 0.1, 0.2],
      // 25,5 + 2 = 27,5; 2,0 + 0,1 = 2,1; 2,2 + 0,1 = 2,3; 2,3 + 0,2 = 2,5
      ["Totalt", 27.5, 2.1, 2.3, 2.5],
    ];
    // achieved 6,5 + 0,4 = 6,9
    const { layout } = expectPlan(values, {
      measures: [...FOUR, "Färre konsulter"],
      planned: 27.5,
      achieved: 6.9,
      month: 3,
      totalsRow: 14,
    });
    expect(layout.structure.rows.find(({ row }) => row === 10)?.children).toEqual([5, 9]);
    expect(layout.structure.rows.find(({ row }) => row === 14)?.children).toEqual([10, 13]);
  });

  test("A9 'varav' rows under a measure are no measures", () => {
    const values = [
      PLAN_HEADER,
      HYRPERSONAL,
      ["varav sjuksköterskor", 4, 0.3, 0.3, 0.4],
      LAKEMEDEL,
      VARDPLATSER,
      SCHEMA,
      TOTALT,
    ];
    const { layout } = expectPlan(values, SMALL);
    expect(layout.structure.rows.find(({ row }) => row === 2)?.role).toBe("ofWhich");
  });

  test("A10 a 'Verksamhetsområde' column left of 'Åtgärd', 'Ansvarig' and 'Kommentar' right: names come from 'Åtgärd'", () => {
    const header = [
      "Verksamhetsområde",
      "Åtgärd",
      "Ansvarig",
      "Helårseffekt",
      "Jan",
      "Feb",
      "Mar",
      "Kommentar",
    ];
    const row = (area: string, cells: Cell[], who: string, note: string) => [
      area,
      cells[0],
      who,
      ...cells.slice(1),
      note,
    ];
    const values = [
      header,
      row("Kirurgi", HYRPERSONAL, "Anna", "Hyrstopp från jan"),
      row("Kirurgi", LAKEMEDEL, "Bo", ""),
      row("Medicin", VARDPLATSER, "Cia", "Avd 12 stängd"),
      row("Medicin", SCHEMA, "Dan", ""),
    ];
    const { layout } = expectPlan(values, SMALL);
    expect(layout.nameColumn).toBe(1);
    expect(layout.descriptorColumns).toEqual([0, 2, 7]);
  });

  test("A11 a 'Nr' column of numbers left of the names is no figure", () => {
    const values = [
      ["Nr", ...PLAN_HEADER],
      [1, ...HYRPERSONAL],
      [2, ...LAKEMEDEL],
      [3, ...VARDPLATSER],
      [4, ...SCHEMA],
      ["", ...TOTALT],
    ];
    const { layout } = expectPlan(values, SMALL);
    expect(layout.effectColumn).toBe(2);
  });

  test("A12 a start-month column: OB-tillägg from February (s = 2)", () => {
    // −47,6 × 2/11 = −8,6545… expected by March; achieved −0,2 − 3,1 − 3,5 = −6,8 (DOMAIN §1)
    const values = [
      ["Åtgärd", "Effekt", "Start", "Jan", "Feb", "Mar"],
      ["OB-tillägg", -47.6, "feb", -0.2, -3.1, -3.5],
    ];
    const { layout, summary } = expectPlan(values, {
      measures: ["OB-tillägg"],
      planned: -47.6,
      achieved: -6.8,
      month: 3,
    });
    expect(layout.startMonthColumn).toBe(2);
    expect(summary.expectedToDate).toBeCloseTo((-47.6 * 2) / 11, 9);
  });

  test.each<[string, Cell[], number | undefined]>([
    ["A13 ERP 'Utfall jan 2024'", ["Utfall jan 2024", "Utfall feb 2024", "Utfall mar 2024"], 2024],
    ["A14 ISO months '2025-01'", ["2025-01", "2025-02", "2025-03"], 2025],
    ["A15 Raindance periods '202401'", ["202401", "202402", "202403"], 2024],
    ["A16 Excel's 'Jan-24'", ["Jan-24", "Feb-24", "Mar-24"], 2024],
    ["A17 'Januari 2024'", ["Januari 2024", "Februari 2024", "Mars 2024"], 2024],
    ["A18 'jan.' with a dot", ["jan.", "feb.", "mars"], undefined],
    ["A19 Unit4 'Utfall 2024-01'", ["Utfall 2024-01", "Utfall 2024-02", "Utfall 2024-03"], 2024],
    ["A20 English 'Actual Jan'", ["Actual Jan", "Actual Feb", "Actual Mar"], undefined],
    ["A21 date serials 2025-01-01 …", [45658, 45689, 45717], 2025],
  ])("%s: months and year from the headers", (_, months, year) => {
    const values = [
      ["Åtgärd", "Helårseffekt", ...months],
      HYRPERSONAL,
      LAKEMEDEL,
      VARDPLATSER,
      SCHEMA,
      TOTALT,
    ];
    const { layout } = expectPlan(values, SMALL);
    expect(layout.monthColumns.map(({ month }) => month)).toEqual([1, 2, 3]);
    expect(layout.year).toBe(year);
    if (year !== undefined) expect(layout.yearFoundIn).toBe("header");
  });

  test("A22 'Ack jan' … beside the months is a running total, not January", () => {
    const values = [
      ["Åtgärd", "Helårseffekt", "Jan", "Feb", "Mar", "Ack jan", "Ack feb", "Ack mar"],
      // Ack: 0,5 / 1,0 / 1,6 and 0,2 / 0,5 / 0,7
      [...HYRPERSONAL, 0.5, 1.0, 1.6],
      [...LAKEMEDEL, 0.2, 0.5, 0.7],
    ];
    const { layout } = expectPlan(values, {
      measures: FOUR.slice(0, 2),
      planned: 9,
      achieved: 2.3,
      month: 3,
    });
    expect(layout.ignoredColumns.map(({ reason }) => reason)).toEqual([
      "accumulatedMonth",
      "accumulatedMonth",
      "accumulatedMonth",
    ]);
  });

  test("A23 a quarter column 'Kv 1' among the months is left out with a note", () => {
    const values = [
      ["Åtgärd", "Helårseffekt", "Jan", "Feb", "Mar", "Kv 1"],
      [...HYRPERSONAL, 1.6],
      [...LAKEMEDEL, 0.7],
      [...VARDPLATSER, 3.1],
      [...SCHEMA, 1.1],
    ];
    const { layout } = expectPlan(values, SMALL);
    expect(layout.ignoredColumns).toEqual([{ column: 5, reason: "quarter" }]);
  });

  test("A24 figures as Swedish text and dashes for nothing", () => {
    const values = [
      PLAN_HEADER,
      ["Minskad hyrpersonal", "6", "0,5", "0,5", "0,6"],
      ["Översyn läkemedel", "3", "0,2", "0,3", "0,2"],
      ["Färre vårdplatser", "12", "1,0", "1,0", "1,1"],
      ["Schemaläggning", "4,5", "0,3", "0,4", "0,4"],
      ["Ny åtgärd", "0", "–", "-", "—"],
      ["Totalt", "25,5", "2,0", "2,2", "2,3"],
    ];
    expectPlan(values, { ...SMALL, measures: [...FOUR, "Ny åtgärd"] });
  });

  test("A25 a title '(tkr)' gives the unit; the title's year the year", () => {
    const values = [
      ["Handlingsplan 2025 (tkr)"],
      [],
      ["Åtgärd", "Effekt", "Jan", "Feb", "Mar"],
      ["Hyrstopp", 6000, 500, 500, 600],
    ];
    const { layout } = expectPlan(values, {
      measures: ["Hyrstopp"],
      planned: 6000,
      achieved: 1600,
      month: 3,
      unit: "tkr",
      year: 2025,
    });
    expect(layout.unitFoundIn).toBe("title");
    expect(layout.yearFoundIn).toBe("title");
  });

  test("A26 'Kostnad (mkr)' in the effect header gives the unit", () => {
    const values = [
      ["Åtgärd", "Besparing (mkr)", "Jan", "Feb", "Mar"],
      HYRPERSONAL,
      LAKEMEDEL,
      VARDPLATSER,
      SCHEMA,
    ];
    const { layout } = expectPlan(values, { ...SMALL, unit: "mkr" });
    expect(layout.unitFoundIn).toBe("header");
  });

  test("A27 a unit row under the header", () => {
    const values = [
      PLAN_HEADER,
      ["", "tkr", "tkr", "tkr", "tkr"],
      ["Hyrstopp", 6000, 500, 500, 600],
    ];
    const { layout } = expectPlan(values, {
      measures: ["Hyrstopp"],
      planned: 6000,
      achieved: 1600,
      month: 3,
      unit: "tkr",
    });
    expect(layout.unitFoundIn).toBe("unitRow");
  });

  test("A28 English plan with 'Subtotal' and 'Total'", () => {
    const values = [
      ["Measure", "Full-year effect", "January", "February", "March"],
      HYRPERSONAL,
      LAKEMEDEL,
      ["Subtotal", ...SUMMA_VARDVAL.slice(1)],
      VARDPLATSER,
      SCHEMA,
      ["Subtotal", ...SUMMA_SLUTENVARD.slice(1)],
      ["Total", ...TOTALT.slice(1)],
    ];
    expectPlan(values, SMALL);
  });

  test("A29 a measure named 'Total översyn av lokaler' in the middle stays a measure", () => {
    // 6 + 2 + 3 = 11; achieved 1,6 + (0,1 + 0,1 + 0,1) + 0,7 = 2,6
    const values = [
      PLAN_HEADER,
      HYRPERSONAL,
      ["Total översyn av lokaler", 2, 0.1, 0.1, 0.1],
      LAKEMEDEL,
      ["Totalt", 11, 0.8, 0.9, 0.9],
    ];
    expectPlan(values, {
      measures: ["Minskad hyrpersonal", "Total översyn av lokaler", "Översyn läkemedel"],
      planned: 11,
      achieved: 2.6,
      month: 3,
      totalsRow: 4,
    });
  });

  test("A30 an Excel table: its total row is the totals row even without a name", () => {
    const values = [
      PLAN_HEADER,
      HYRPERSONAL,
      LAKEMEDEL,
      VARDPLATSER,
      SCHEMA,
      ["", 25.5, 2.0, 2.2, 2.3],
    ];
    const { layout } = expectPlan(
      values,
      { ...SMALL, totalsRow: 5 },
      { table: { name: "Handlingsplan", hasHeader: true, hasTotals: true } },
    );
    expect(layout.tableName).toBe("Handlingsplan");
  });

  test("A31 seed 000's rounding: the stated 59,9 against 60,0 is rounding, not an error", () => {
    const values = [
      PLAN_HEADER.concat("Ack"),
      [...HYRPERSONAL, 1.6],
      [...LAKEMEDEL, 0.7],
      ["Totalt", 9, 0.7, 0.8, 0.8, 2.4],
    ];
    // accumulated column: 1,6 + 0,7 = 2,3 against the stated 2,4 → difference 0,1 > (2 + 1) × 0,05 = 0,15? no: 0,1 ≤ 0,15 → rounding
    const { summary } = expectPlan(values, {
      measures: FOUR.slice(0, 2),
      planned: 9,
      achieved: 2.3,
      month: 3,
    });
    expect(summary.totalsChecks.find(({ column }) => column === "accumulated")?.check.verdict).toBe(
      "rounding",
    );
  });
});

describe("bad structure is named, row by row", () => {
  test("B1 a 'Summa' row that matches nothing", () => {
    // Summa Vårdval stated 12 against 6 + 3 = 9 (more than rounding's 1,5), in the middle: it cannot be trusted.
    const values = [
      PLAN_HEADER,
      HYRPERSONAL,
      LAKEMEDEL,
      ["Summa Vårdval", 12, 0.7, 0.8, 0.8],
      VARDPLATSER,
      SCHEMA,
      TOTALT,
    ];
    const { reading } = readPlan(values);
    expect(reading.structureProblems).toEqual([{ code: "unmatchedSubtotal", rows: [3] }]);
  });

  test("B2 two totals rows that disagree", () => {
    const values = [
      PLAN_HEADER,
      ["Totalt", 30, 2.0, 2.2, 2.3],
      HYRPERSONAL,
      LAKEMEDEL,
      VARDPLATSER,
      SCHEMA,
      TOTALT,
    ];
    const { reading } = readPlan(values);
    expect(reading.structureProblems).toEqual([{ code: "totalsDisagree", rows: [1, 6] }]);
  });

  test("B3 two totals rows that agree are no problem", () => {
    const values = [PLAN_HEADER, TOTALT, HYRPERSONAL, LAKEMEDEL, VARDPLATSER, SCHEMA, TOTALT];
    expectPlan(values, SMALL);
  });

  test("B4 a wrong grand total at the bottom is a real difference in the totals check, as before", () => {
    const values = [
      PLAN_HEADER,
      HYRPERSONAL,
      LAKEMEDEL,
      VARDPLATSER,
      SCHEMA,
      ["Totalt", 30, 2.0, 2.2, 2.3],
    ];
    const { reading } = readPlan(values);
    expect(reading.structureProblems).toEqual([]);
    const summary = analyseActionPlan(reading.measures, { month: 3 }, reading.totals);
    // 30 stated against 25,5
    expect(
      summary.totalsChecks.find(({ column }) => column === "fullYearEffect")?.check,
    ).toMatchObject({ verdict: "mismatch", sum: 25.5 });
  });

  test("B5 the user sets the mismatching row as a subtotal: it is then checked, not refused", () => {
    const values = [
      PLAN_HEADER,
      HYRPERSONAL,
      LAKEMEDEL,
      ["Summa Vårdval", 12, 0.7, 0.8, 0.8],
      VARDPLATSER,
      SCHEMA,
      TOTALT,
    ];
    const { reading } = readPlan(values, { rowRoles: new Map([[3, "subtotal"]]) });
    expect(reading.structureProblems).toEqual([]);
    expect(reading.measures.map(({ name }) => name)).toEqual(FOUR);
    expect(
      reading.levelChecks.find(({ row, column }) => row === 3 && column === 1)?.check.verdict,
    ).toBe("mismatch");
  });
});

// Seed 004's income statement by month (tkr, invented monthly split with the seed's shape).
// Intäkter: 10 + 11 + 12 = 33 and 50 + 52 + 54 = 156; kostnader: −615 and −153.
// Summa intäkter 60 / 63 / 66; Summa bruttokostnader −250 / −257 / −261; nettokostnad −190 / −194 / −195.
// To date: 33 + 156 − 615 − 153 = −579 (= −190 − 194 − 195).
const INCOME: Cell[][] = [
  ["Intäkter och kostnader, tkr", "Jan", "Feb", "Mar"],
  ["Patientavgifter", 10, 11, 12],
  ["Försäljning", 50, 52, 54],
  ["Summa intäkter", 60, 63, 66],
  ["Personalkostnader", -200, -205, -210],
  ["Läkemedel", -50, -52, -51],
  ["Summa bruttokostnader", -250, -257, -261],
  ["Summa verksamhetens nettokostnader", -190, -194, -195],
];
const LINES = ["Patientavgifter", "Försäljning", "Personalkostnader", "Läkemedel"];

function forecastTotal(selections: Parameters<typeof assembleForecast>[0], month = 3) {
  const assembly = assembleForecast(selections);
  if ("detection" in assembly) throw new Error(`no forecast: ${JSON.stringify(assembly)}`);
  expect(assembly.problems).toEqual([]);
  const result = checkForecast(assembly.lines, month, assembly.total);
  if (!result.total || isCheckError(result.total)) throw new Error("no total");
  return { assembly, total: result.total };
}

describe("forecast inputs", () => {
  test("F1 seed 004's whole income statement with 'Summa' rows in the middle: to date −579, not doubled", () => {
    const { assembly, total } = forecastTotal({ actuals: grid(INCOME) });
    expect(assembly.lines.map(({ name }) => name)).toEqual(LINES);
    expect(total.toDate).toBeCloseTo(-579, 9);
    // run so far −579 / 3 = −193 a month
    expect(total.runSoFar).toBeCloseTo(-193, 9);
    expect(assembly.layout.unit).toBe("tkr");
  });

  test("F2 ERP export 'Utfall 2024-01' with Konto and Kostnadsställe columns", () => {
    const values: Cell[][] = [
      ["Konto", "Kostnadsställe", "Benämning", "Utfall 2024-01", "Utfall 2024-02"],
      [3010, 1200, "Patientavgifter", 10, 11],
      [5010, 1200, "Personal", -200, -205],
    ];
    // 10 + 11 − 200 − 205 = −384
    const { assembly, total } = forecastTotal({ actuals: grid(values) }, 2);
    expect(assembly.layout.nameColumn).toBe(2);
    expect(assembly.layout.descriptorColumns).toEqual([0, 1]);
    expect(assembly.layout.year).toBe(2024);
    expect(total.toDate).toBeCloseTo(-384, 9);
  });

  test("F3 Unit4 'Utfall jan 2024' beside 'Budget jan 2024' in one table: the budget comes from it", () => {
    const values: Cell[][] = [
      [
        "Rad",
        ...[
          "jan",
          "feb",
          "mar",
          "apr",
          "maj",
          "jun",
          "jul",
          "aug",
          "sep",
          "okt",
          "nov",
          "dec",
        ].flatMap((m) => [`Utfall ${m} 2024`, `Budget ${m} 2024`]),
      ],
      // actuals −10 each of Jan–Mar, blank after; budget −9 every month: full year −108
      ["Nettokostnad", ...Array.from({ length: 12 }, (_, m) => [m < 3 ? -10 : "", -9]).flat()],
    ];
    const { total } = forecastTotal({ actuals: grid(values) });
    expect(total.toDate).toBeCloseTo(-30, 9);
    expect(total.budgetFullYear).toBeCloseTo(-108, 9);
  });

  test("F4 a budget grid with a header row and line names in another order: matched by name, no header cell reported", () => {
    const months = [
      "Jan",
      "Feb",
      "Mar",
      "Apr",
      "Maj",
      "Jun",
      "Jul",
      "Aug",
      "Sep",
      "Okt",
      "Nov",
      "Dec",
    ];
    const budget = grid([
      ["Budget 2024", ...months],
      ["Läkemedel", ...Array<number>(12).fill(-50)],
      ["Personalkostnader", ...Array<number>(12).fill(-200)],
      ["Försäljning", ...Array<number>(12).fill(50)],
      ["Patientavgifter", ...Array<number>(12).fill(10)],
    ]);
    // full-year budget: 12 × (10 + 50 − 200 − 50) = 12 × −190 = −2 280
    const { assembly, total } = forecastTotal({ actuals: grid(INCOME), budget });
    expect(assembly.lines.find(({ name }) => name === "Läkemedel")?.budget?.months[0]).toBe(-50);
    expect(total.budgetFullYear).toBeCloseTo(-2280, 9);
  });

  test("F5 a prior-year table with a year column: 'År | jan … dec', then '2023 | twelve figures'", () => {
    const months = [
      "jan",
      "feb",
      "mar",
      "apr",
      "maj",
      "jun",
      "jul",
      "aug",
      "sep",
      "okt",
      "nov",
      "dec",
    ];
    const priorYears = grid([
      ["År", ...months],
      [2022, ...Array<number>(12).fill(-180)],
      [2023, ...Array<number>(12).fill(-185)],
    ]);
    const { assembly } = forecastTotal({ actuals: grid(INCOME), priorYears });
    expect(assembly.total.priorYears).toEqual([
      Array<number>(12).fill(-180),
      Array<number>(12).fill(-185),
    ]);
  });

  test("F6 a prior-year block with no header: years in the first column", () => {
    const priorYears = grid([
      [2023, ...Array<number>(12).fill(-185)],
      [2022, ...Array<number>(12).fill(-180)],
    ]);
    const { assembly } = forecastTotal({ actuals: grid(INCOME), priorYears });
    // the most recent year last
    expect(assembly.total.priorYears).toEqual([
      Array<number>(12).fill(-180),
      Array<number>(12).fill(-185),
    ]);
  });

  test("F7 a stated forecast with a header and labels, one figure per line", () => {
    const stated = grid([
      ["Rad", "Prognos helår"],
      ["Patientavgifter", 130],
      ["Försäljning", 620],
      ["Personalkostnader", -2500],
      ["Läkemedel", -600],
    ]);
    // 130 + 620 − 2 500 − 600 = −2 350
    const { total } = forecastTotal({ actuals: grid(INCOME), stated });
    expect(total.stated).toBeCloseTo(-2350, 9);
  });

  test("F8 dashes for months not yet reported", () => {
    const values: Cell[][] = [
      ["Rad", "Jan", "Feb", "Mar", "Apr"],
      ["Nettokostnad", -10, -11, -12, "–"],
      ["Övrigt", -1, -1, -1, "—"],
    ];
    // −10 − 11 − 12 − 1 − 1 − 1 = −36
    const { assembly, total } = forecastTotal({ actuals: grid(values) });
    expect(assembly.lastMonth).toBe(3);
    expect(total.toDate).toBeCloseTo(-36, 9);
  });

  test("F9 Qlik export with a title row 'Resultaträkning 2024 (mkr)' and 'Ack'/'Helår' columns", () => {
    const values: Cell[][] = [
      ["Resultaträkning 2024 (mkr)"],
      ["Konto", "Jan", "Feb", "Mar", "Ack", "Prognos helår"],
      ["Nettokostnad", -300, -310, -329.2, -939.2, -3652],
    ];
    const { assembly, total } = forecastTotal({ actuals: grid(values) });
    expect(assembly.layout).toMatchObject({
      unit: "mkr",
      unitFoundIn: "title",
      year: 2024,
      yearFoundIn: "title",
      accumulatedColumn: 4,
      forecastColumn: 5,
    });
    // −300 − 310 − 329,2 = −939,2; stated −3 652 from the 'Prognos helår' column
    expect(total.toDate).toBeCloseTo(-939.2, 9);
    expect(total.stated).toBe(-3652);
  });

  test("F10 Hypergene with headings, sums above their rows and a grand total at the top", () => {
    const values: Cell[][] = [
      ["Rad", "Jan", "Feb", "Mar"],
      ["Verksamhetens nettokostnad", -190, -194, -195],
      ["Summa intäkter", 60, 63, 66],
      ["Patientavgifter", 10, 11, 12],
      ["Försäljning", 50, 52, 54],
      ["Summa bruttokostnader", -250, -257, -261],
      ["Personalkostnader", -200, -205, -210],
      ["Läkemedel", -50, -52, -51],
    ];
    const { assembly, total } = forecastTotal({ actuals: grid(values) });
    expect(assembly.lines.map(({ name }) => name)).toEqual(LINES);
    expect(total.toDate).toBeCloseTo(-579, 9);
  });

  test("F11 a budget of one full-year figure per line beside a table with subtotals, in order", () => {
    const budget = grid([["Budget"], [130], [620], [-2500], [-600]]);
    // 130 + 620 − 2 500 − 600 = −2 350
    const { total } = forecastTotal({ actuals: grid(INCOME), budget });
    expect(total.budgetFullYear).toBeCloseTo(-2350, 9);
  });

  test("F12 a budget grid with a cell that is not a figure names only that cell", () => {
    const budget = snapshotOf([["Budget"], [130], ["n/a"], [-2500], [-600]], { top: 10, left: 1 });
    const assembly = assembleForecast({ actuals: grid(INCOME), budget });
    if ("detection" in assembly) throw new Error("not assembled");
    expect(
      assembly.problems
        .filter((problem) => "address" in problem)
        .map((problem) => ("address" in problem ? problem.address : "")),
    ).toEqual(["B13"]);
  });
});

// DOMAIN §3: agency cost January–March (mkr) 2024: doctors 48,0, of which primary care 15,8,
// nurses 40,9, others 0,9; total 48,0 + 40,9 + 0,9 = 89,8 (the of-which row not counted).
const AGENCY_2024: Cell[][] = [
  ["Kategori", "Jan", "Feb", "Mar"],
  ["Läkare", 16, 16, 16],
  ["varav primärvård", 5.2, 5.3, 5.3],
  ["Sjuksköterskor", 13.6, 13.6, 13.7],
  ["Övriga", 0.3, 0.3, 0.3],
  ["Totalt", 29.9, 29.9, 30],
];

describe("agency tables", () => {
  function agency(table: Grid, prior?: Grid) {
    const assembly = assembleAgency(table, "cost", undefined, prior);
    if ("detection" in assembly) throw new Error(`no agency table: ${JSON.stringify(assembly)}`);
    expect(assembly.problems).toEqual([]);
    return { assembly, analysis: analyseAgency(assembly.categories) };
  }

  test("G1 DOMAIN's agency table with 'varav' and 'Totalt': total 89,8 mkr", () => {
    const { assembly, analysis } = agency(grid(AGENCY_2024));
    expect(assembly.categories.map(({ name }) => name)).toEqual([
      "Läkare",
      "varav primärvård",
      "Sjuksköterskor",
      "Övriga",
    ]);
    expect(analysis.total.cost).toBeCloseTo(89.8, 9);
  });

  test("G2 a 'Förvaltning' descriptor column left of 'Personalkategori'", () => {
    const values = [
      ["Förvaltning", "Personalkategori", "Jan", "Feb", "Mar"],
      ...AGENCY_2024.slice(1).map((row) => ["SUS", ...row]),
    ];
    const { assembly, analysis } = agency(grid(values));
    expect(assembly.layout.nameColumn).toBe(1);
    expect(analysis.total.cost).toBeCloseTo(89.8, 9);
  });

  test("G3 'Kostnad jan 2024 (mkr)' headers give months, year and unit", () => {
    const values = [
      ["Kategori", "Kostnad jan 2024 (mkr)", "Kostnad feb 2024 (mkr)", "Kostnad mar 2024 (mkr)"],
      ...AGENCY_2024.slice(1),
    ];
    const { assembly } = agency(grid(values));
    expect(assembly.layout).toMatchObject({ year: 2024, unit: "mkr", unitFoundIn: "header" });
  });

  test("G4 an Excel table whose total row has no label", () => {
    const values = [...AGENCY_2024.slice(0, 5), ["", 29.9, 29.9, 30]];
    const { analysis } = agency(
      grid(values, { name: "Hyrpersonal", hasHeader: true, hasTotals: true }),
    );
    expect(analysis.total.cost).toBeCloseTo(89.8, 9);
  });

  test("G5 a prior-year table with its own header, in another order: matched by name", () => {
    // 2023: doctors 41,6, nurses 31,5, others 1,1 (DOMAIN §3), as one column
    const prior = grid([
      ["Kategori", "Jan–mar 2023"],
      ["Sjuksköterskor", 31.5],
      ["Läkare", 41.6],
      ["Övriga", 1.1],
    ]);
    const { assembly } = agency(grid(AGENCY_2024), prior);
    expect(assembly.categories.find(({ name }) => name === "Läkare")?.prior).toEqual({
      cost: 41.6,
    });
    expect(assembly.categories.find(({ name }) => name === "Sjuksköterskor")?.prior).toEqual({
      cost: 31.5,
    });
  });

  test("G6 dashes for 'nothing' in an agency table", () => {
    const values = [
      ["Kategori", "Jan", "Feb", "Mar"],
      ["Läkare", 16, 16, 16],
      ["Övriga", "–", "–", 0.9],
    ];
    // 48 + 0,9 = 48,9
    const { analysis } = agency(grid(values));
    expect(sumReported([analysis.total.cost ?? null])).toBeCloseTo(48.9, 9);
  });

  test("G7 a prior-year table that fits neither by name nor by order is said, not guessed", () => {
    const prior = snapshotOf(
      [
        ["Kategori", "2023"],
        ["Barnmorskor", 3],
        ["Undersköterskor", 4],
      ],
      { top: 20, left: 0 },
    );
    const assembly = assembleAgency(grid(AGENCY_2024), "cost", undefined, prior);
    if ("detection" in assembly) throw new Error("not assembled");
    expect(assembly.problems.map(({ code }) => code)).toEqual(["unmatchedRows"]);
  });
});
