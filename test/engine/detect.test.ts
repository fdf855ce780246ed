import { Cell, detectMonthTable, isDetectionProblem, MonthTableLayout } from "../../src/engine";
import { actionPlan2024 } from "../../src/samples/seeds";
import { buildActionPlanTable, ENGLISH_HEADERS, manyMeasures } from "../support/actionPlanTable";

const MEASURES = actionPlan2024.rows.length; // 26 in seed 000
const FIRST_QUARTER = [1, 2, 3];

function layoutOf(values: Cell[][]): MonthTableLayout {
  const result = detectMonthTable(values);
  if (isDetectionProblem(result))
    throw new Error(`expected a table, got ${JSON.stringify(result)}`);
  return result;
}

/** Matrix rows holding measures when they start at `first` with nothing between them. */
const consecutiveRows = (first: number, count = MEASURES) =>
  Array.from({ length: count }, (_, index) => first + index);

describe("seed 000 as the controller keeps it", () => {
  const layout = layoutOf(buildActionPlanTable());

  test("header, names, months Jan–Mar in columns C–E", () => {
    expect(layout.headerRow).toBe(0);
    expect(layout.nameColumn).toBe(0);
    expect(layout.monthColumns).toEqual([
      { column: 2, month: 1 },
      { column: 3, month: 2 },
      { column: 4, month: 3 },
    ]);
  });

  test("26 measure lines and the totals row at the bottom, which is no line", () => {
    expect(layout.lineRows).toEqual(consecutiveRows(1));
    expect(layout.totalsRow).toBe(MEASURES + 1);
  });

  test("the bare 'Mkr' column is the full-year effect, and gives the unit; 'Ack' right of the months is accumulated", () => {
    expect(layout.effectColumn).toBe(1);
    expect(layout.unit).toBe("mkr");
    expect(layout.accumulatedColumn).toBe(5);
    expect(layout.budgetColumn).toBeUndefined();
    expect(layout.forecastColumn).toBeUndefined();
    expect(layout.startMonthColumn).toBeUndefined();
  });

  test("the unit written into the name header ('… 2024 Mkr') is found too", () => {
    const table = layoutOf(
      buildActionPlanTable({ headers: { name: "Uppföljning handlingsplan 2024 Mkr", effect: "" } }),
    );
    expect(table.unit).toBe("mkr");
    expect(table.effectColumn).toBeUndefined(); // nothing names it: the action plan reader falls back on position
  });
});

describe("layout variants", () => {
  test("English headers", () => {
    const layout = layoutOf(buildActionPlanTable({ headers: ENGLISH_HEADERS }));
    expect(layout.monthColumns.map(({ month }) => month)).toEqual(FIRST_QUARTER);
    expect(layout.effectColumn).toBe(1);
    expect(layout.accumulatedColumn).toBe(5);
    expect(layout.unit).toBeUndefined();
  });

  test.each<[string, Cell[], number[]]>([
    ["long Swedish names", ["Januari", "Februari", "Mars"], FIRST_QUARTER],
    ["ISO months", ["2024-01", "2024-02", "2024-03"], FIRST_QUARTER],
    ["month and year", ["mars 2023", "april 2023", "maj 2023"], [3, 4, 5]],
    ["Excel's Jan-24", ["Jan-24", "Feb-24", "Mar-24"], FIRST_QUARTER],
    // 2024-01-01, 2024-02-01, 2024-03-01 as Excel stores dates
    ["date serials", [45292, 45323, 45352], FIRST_QUARTER],
  ])("months as %s", (_, months, expected) => {
    const layout = layoutOf(buildActionPlanTable({ headers: { months } }));
    expect(layout.monthColumns).toEqual(
      expected.map((month, index) => ({ column: 2 + index, month })),
    );
    expect(layout.lineRows).toHaveLength(MEASURES);
  });

  test("blank rows between measures are skipped", () => {
    const layout = layoutOf(buildActionPlanTable({ blankRowEvery: 5 }));
    expect(layout.lineRows).toHaveLength(MEASURES);
    // five measures, a blank row, five measures…: 5 blank rows among 26 measures
    expect(layout.lineRows).not.toContain(6);
    expect(layout.lineRows).toContain(7);
    expect(layout.totalsRow).toBe(MEASURES + 5 + 1);
  });

  test("a unit row under the header gives the unit and is no line", () => {
    const layout = layoutOf(buildActionPlanTable({ headers: ENGLISH_HEADERS, unitRow: true }));
    expect(layout.unitRow).toBe(1);
    expect(layout.unit).toBe("mkr");
    expect(layout.lineRows).toEqual(consecutiveRows(2));
  });

  test("the totals row at the top, right under the header", () => {
    const layout = layoutOf(buildActionPlanTable({ totalsAt: "top" }));
    expect(layout.totalsRow).toBe(1);
    expect(layout.lineRows).toEqual(consecutiveRows(2));
  });

  test("'Summa åtgärder' is a totals row too; without one there is none", () => {
    const values = buildActionPlanTable();
    values[values.length - 1][0] = "Summa åtgärder";
    expect(layoutOf(values).totalsRow).toBe(MEASURES + 1);
    expect(layoutOf(buildActionPlanTable({ totalsAt: "none" })).totalsRow).toBeUndefined();
  });

  test("a measure whose name starts with 'Total' in the middle stays a measure", () => {
    const values = buildActionPlanTable();
    values[5][0] = "Total översyn av lokaler";
    expect(layoutOf(values).lineRows).toContain(5);
  });

  test("numbers as Swedish text are read as figures", () => {
    const values = buildActionPlanTable({ numbersAsText: true });
    expect(values[14][1]).toBe("\u221247,6"); // OB-tillägg
    const layout = layoutOf(values);
    expect(layout.lineRows).toHaveLength(MEASURES);
    expect(layout.effectColumn).toBe(1);
  });

  test("title rows above the header are skipped", () => {
    const titleRows = [
      ["Handlingsplan för ekonomi i balans 2024"],
      ["Prognostiserat underskott: -215 mkr"],
    ];
    const layout = layoutOf(buildActionPlanTable({ titleRows }));
    expect(layout.headerRow).toBe(2);
    expect(layout.lineRows).toEqual(consecutiveRows(3));
    expect(layout.unit).toBe("mkr"); // from the header, not from the title
  });

  test("numbered names ('2 Incitamentsmodell', '10 60% uttag …') are names", () => {
    const values: Cell[][] = [
      ["Nr", "Åtgärd", "Jan", "Feb"],
      [2, "2 Incitamentsmodell", 1.3, -1.6],
      [10, "10 60% uttag av jourkomp i tid för läkare", -0.7, 0.3],
    ];
    expect(layoutOf(values).nameColumn).toBe(1);
  });

  test("budget, forecast and start-month columns are found by their headers", () => {
    const values: Cell[][] = [
      [
        "Åtgärd",
        "Helårsbudget",
        "Startmånad",
        "Bedömd effekt",
        "Jan",
        "Feb",
        "Ack utfall",
        "Helårsprognos",
      ],
      ["Hyrstopp", 30, 2, 32, -0.9, 2, 1.1, 20],
    ];
    const layout = layoutOf(values);
    expect(layout).toMatchObject({
      budgetColumn: 1,
      startMonthColumn: 2,
      effectColumn: 3,
      accumulatedColumn: 6,
      forecastColumn: 7,
    });
  });

  test("an 'Ack' header left of the months is no accumulated column", () => {
    const values: Cell[][] = [
      ["Åtgärd", "Ack", "Jan", "Feb"],
      ["Hyrstopp", 1.1, -0.9, 2],
    ];
    expect(layoutOf(values).accumulatedColumn).toBeUndefined();
  });

  test("a row of plain figures above the header is no date header", () => {
    const values: Cell[][] = [
      ["Ram", 45000, 45500, ""],
      ["Åtgärd", "Effekt", "Jan", "Feb"],
      ["Hyrstopp", 32, -0.9, 2],
    ];
    expect(layoutOf(values).headerRow).toBe(1);
  });

  test("10 000 measures", () => {
    const layout = layoutOf(buildActionPlanTable({ rows: manyMeasures(10_000) }));
    expect(layout.lineRows).toHaveLength(10_000);
    expect(layout.totalsRow).toBe(10_001);
  });
});

describe("what is not a month table", () => {
  test.each<[string, Cell[][], object]>([
    ["an empty range", [[""]], { problem: "empty" }],
    ["no cells at all", [], { problem: "empty" }],
    [
      "blank text only",
      [
        ["  ", ""],
        ["", ""],
      ],
      { problem: "empty" },
    ],
    ["a single cell", [[42]], { problem: "singleCell" }],
    [
      "no month in the header",
      [
        ["Åtgärd", "Effekt"],
        ["Hyrstopp", 32],
      ],
      { problem: "noMonths" },
    ],
    [
      "one month is no header",
      [
        ["Åtgärd", "Jan"],
        ["Hyrstopp", 32],
      ],
      { problem: "noMonths" },
    ],
    [
      "no figure below the header",
      [
        ["Åtgärd", "Jan", "Feb"],
        ["Hyrstopp", "", "n/a"],
      ],
      { problem: "noNumbers", row: 0 },
    ],
    [
      "a month twice",
      [
        ["Åtgärd", "Jan", "Feb", "Januari"],
        ["Hyrstopp", 1, 2, 3],
      ],
      { problem: "duplicateMonth", row: 0, column: 3, text: "Januari" },
    ],
    [
      "months out of order",
      [
        ["Åtgärd", "Mar", "Feb"],
        ["Hyrstopp", 1, 2],
      ],
      { problem: "monthsOutOfOrder", row: 0, column: 2, text: "Feb" },
    ],
    [
      "no names left of the months",
      [
        ["Jan", "Feb"],
        [1, 2],
      ],
      { problem: "noNameColumn" },
    ],
  ])("%s", (_, values, problem) => {
    expect(detectMonthTable(values)).toMatchObject(problem);
  });

  test("a header past the first ten rows is not looked for", () => {
    const values: Cell[][] = [
      ...Array.from({ length: 10 }, () => ["anteckning", ""]),
      ["Åtgärd", "Jan", "Feb"],
      ["Hyrstopp", 1, 2],
    ];
    expect(detectMonthTable(values)).toEqual({ problem: "noMonths" });
  });
});
