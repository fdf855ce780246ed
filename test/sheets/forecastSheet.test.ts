/**
 * The forecast sheet as Excel would calculate it: seed 004's net costs (January–March actuals from
 * the controller's table, a 12-month budget, the stated −3 652) through the real BALANS functions.
 */
import {
  assembleForecast,
  checkForecast,
  Cell,
  cellAddress,
  ForecastAssembly,
  ForecastCheckResult,
  ForecastFigures,
  ForecastSelections,
  isCheckError,
} from "../../src/engine";
import { translator } from "../../src/i18n/ui";
import { incomeStatement2024 } from "../../src/samples/seeds";
import { forecastSheetPlan } from "../../src/sheets/forecastSheet";
import { INVARIANT_DIALECT, renderFormula } from "../../src/sheets/formula";
import { FormulaDialect, SheetPlan } from "../../src/workbook/types";
import { snapshotOf } from "../support/actionPlanTable";
import { evaluatePlan, EvaluatedPlan, referencesOutsidePlan } from "../support/evaluatePlan";
import { defined } from "../support/defined";

const SWEDISH: FormulaDialect = {
  functionLanguage: "sv",
  decimalSeparator: ",",
  listSeparator: ";",
};
const t = translator("sv");
const { invented, statedForecast, fullYearBudget, actualsToDate } = incomeStatement2024;
const MARCH = 3;
const MONTH_NAMES = [
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
const METHODS = ["runrate", "budget", "budgetratio", "prioryear", "trend", "auto"] as const;
const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** Placed apart on one sheet, as a controller's workbook has them. */
const at = (table: Cell[][], top: number, left: number) => snapshotOf(table, { top, left });
const actualsTable = () =>
  at(
    [
      ["Mkr", ...MONTH_NAMES.slice(0, MARCH)],
      ["Nettokostnader", ...invented.actuals],
    ],
    4,
    1,
  );

function planFor(
  selections: ForecastSelections,
  month = MARCH,
): { plan: SheetPlan; assembly: ForecastAssembly; sheet: EvaluatedPlan } {
  const assembly = assembleForecast(selections);
  if ("detection" in assembly) throw new Error(`not assembled: ${JSON.stringify(assembly)}`);
  expect(assembly.problems).toEqual([]);
  const plan = forecastSheetPlan(
    { selections, assembly, month, unit: "mkr", year: 2024, language: "sv", t },
    ["Blad1"],
  );
  return { plan, assembly, sheet: evaluatePlan(plan, sourcesOf(selections)) };
}

const sourcesOf = (selections: ForecastSelections) =>
  [selections.actuals, selections.budget, selections.priorYears, selections.stated].filter(
    (table) => table !== undefined,
  );

/** 1-based row of the plan whose first cell is `text`, the n-th such (1-based). */
function rowLabelled(plan: SheetPlan, text: string, nth = 1): number {
  const rows = plan.rows.flatMap((cells, index) => (cells[0]?.value === text ? [index + 1] : []));
  if (rows.length < nth) throw new Error(`no row ${nth} labelled ${text}`);
  return rows[nth - 1];
}

/** The result rows: the line's and the total's, right after the header "Prognos | takt | budget | …". */
function resultRows(plan: SheetPlan): { line: number; total: number } {
  const header =
    plan.rows.findIndex(
      (cells) => cells[0]?.value === t("forecast") && cells.length > METHODS.length,
    ) + 1;
  return { line: header + 1, total: header + 2 };
}

const column = (index: number) => String.fromCharCode(65 + index); // 0 → A
const methodColumn = (method: (typeof METHODS)[number]) => column(1 + METHODS.indexOf(method));
const STATED = column(1 + METHODS.length);
const GAP = column(2 + METHODS.length);
const IMPLIED = column(3 + METHODS.length);

function total(result: ForecastCheckResult): ForecastFigures {
  if (!result.total || isCheckError(result.total))
    throw new Error(`no total: ${JSON.stringify(result.total)}`);
  return result.total;
}

/** The sheet's row `row` shows the pane's figures: each method's forecast (blank where it has none), the gap and the implied change. */
function expectRowShows(sheet: EvaluatedPlan, row: number, figures: ForecastFigures): void {
  for (const method of METHODS) {
    const cell = `${methodColumn(method)}${row}`;
    const expected =
      method === "auto"
        ? figures.auto.forecast
        : figures.forecasts.find((entry) => entry.method === method)?.forecast;
    if (expected === undefined) expect(sheet.value(cell)).toBe("");
    else expect(sheet.number(cell)).toBeCloseTo(expected, 9);
  }
  expect(sheet.number(`${GAP}${row}`)).toBeCloseTo(defined(figures.statedGap), 9);
  expect(sheet.number(`${IMPLIED}${row}`)).toBeCloseTo(defined(figures.verdict.impliedChange), 9);
}

describe("forecast sheet for seed 004: January–March, 12-month budget, stated −3 652", () => {
  const selections: ForecastSelections = {
    actuals: actualsTable(),
    budget: at(
      [
        ["Budget", ...MONTH_NAMES],
        ["Nettokostnader", ...invented.budget],
      ],
      10,
      1,
    ),
    stated: at([[statedForecast]], 1, 8),
  };
  const { plan, assembly, sheet } = planFor(selections);
  const { line, total: totalRow } = resultRows(plan);

  test("the actuals are live references to the controller's cells", () => {
    const actualsRow = rowLabelled(plan, "Nettokostnader");
    expect(renderFormula(defined(plan.rows[actualsRow - 1][1].formula), INVARIANT_DIALECT)).toBe(
      '=IF(ISBLANK(Blad1!C6),"",Blad1!C6)',
    );
    invented.actuals.forEach((value, m) =>
      expect(sheet.number(`${column(1 + m)}${actualsRow}`)).toBeCloseTo(value, 10),
    );
    expect(sheet.value(`E${actualsRow}`)).toBeNull(); // April: no column in the table, left blank
  });

  test("run-rate −3 757,0, actual + remaining budget −3 456,5, budget ratio −3 771,4", () => {
    for (const row of [line, totalRow]) {
      expect(oneDecimal(sheet.number(`${methodColumn("runrate")}${row}`))).toBe(-3757.0);
      expect(oneDecimal(sheet.number(`${methodColumn("budget")}${row}`))).toBe(-3456.5);
      expect(oneDecimal(sheet.number(`${methodColumn("budgetratio")}${row}`))).toBe(-3771.4);
      // no prior year given: that method is blank rather than an error
      expect(sheet.value(`${methodColumn("prioryear")}${row}`)).toBe("");
      // auto takes the budget's phasing
      expect(sheet.number(`${methodColumn("auto")}${row}`)).toBeCloseTo(
        sheet.number(`${methodColumn("budgetratio")}${row}`),
        10,
      );
    }
    expect(sheet.number(`${methodColumn("runrate")}${line}`)).toBeCloseTo(
      (actualsToDate * 12) / 3,
      9,
    );
  });

  test("stated −3 652 is 300 worse than the budget −3 352 and assumes +11,7 a month", () => {
    for (const row of [line, totalRow]) {
      expect(sheet.number(`${STATED}${row}`)).toBe(statedForecast);
      expect(sheet.number(`${GAP}${row}`)).toBeCloseTo(statedForecast - fullYearBudget, 9);
      expect(sheet.number(`${GAP}${row}`)).toBeCloseTo(-300, 9);
      expect(oneDecimal(sheet.number(`${IMPLIED}${row}`))).toBe(11.7);
    }
  });

  test("every figure is the pane's", () => {
    const result = checkForecast(assembly.lines, MARCH, assembly.total);
    const figures = total(result);
    expectRowShows(sheet, totalRow, figures);
  });

  test("the chart draws the 12-month cumulative block: actual to March, budget to −3 352, the path to auto", () => {
    const top = rowLabelled(plan, t("sheetMonth"));
    expect(plan.chart?.source).toBe(`A${top}:D${top + 12}`);
    expect(plan.chart?.type).toBe("Line");
    expect([1, 2, 3, 12].map((k) => sheet.value(`A${top + k}`))).toEqual([
      "jan",
      "feb",
      "mar",
      "dec",
    ]);
    expect(sheet.number(`B${top + MARCH}`)).toBeCloseTo(actualsToDate, 9);
    expect(sheet.value(`B${top + MARCH + 1}`)).toBeNull();
    expect(sheet.number(`C${top + MARCH}`)).toBeCloseTo(incomeStatement2024.budgetToDate, 9);
    expect(sheet.number(`C${top + 12}`)).toBeCloseTo(fullYearBudget, 9);
    expect(sheet.value(`D${top + MARCH - 1}`)).toBeNull();
    expect(sheet.number(`D${top + MARCH}`)).toBeCloseTo(actualsToDate, 9);
    expect(sheet.number(`D${top + 12}`)).toBeCloseTo(
      sheet.number(`${methodColumn("auto")}${totalRow}`),
      9,
    );
  });

  test("the formulas are live: a worse March moves run-rate by 4 × the change", () => {
    const live = planFor(selections).sheet;
    const before = live.number(`${methodColumn("runrate")}${totalRow}`);
    const march = `Blad1!${cellAddress(selections.actuals.top + 1, selections.actuals.left + MARCH)}`;
    expect(live.value(march)).toBeCloseTo(invented.actuals[2], 10);
    live.set(march, invented.actuals[2] - 10);
    expect(live.number(`${methodColumn("runrate")}${totalRow}`) - before).toBeCloseTo(-40, 9);
  });

  test("headers read as a controller writes them: month names, 'Utfall', 'Budget', 'Lämnad prognos'", () => {
    const actualsHeader = plan.rows.findIndex((cells) => cells[0]?.value === "Utfall");
    expect(plan.rows[actualsHeader].map((cell) => cell.value)).toEqual([
      "Utfall",
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
    ]);
    expect(rowLabelled(plan, "Budget")).toBeGreaterThan(actualsHeader);
    expect(plan.rows.flat().some((cell) => cell.value === "Lämnad prognos")).toBe(true);
    // none of the pane's field instructions
    expect(
      plan.rows
        .flat()
        .filter(
          (cell) =>
            typeof cell.value === "string" && /\(|×/.test(cell.value.replace(/\(mkr\)/, "")),
        ),
    ).toEqual([]);
  });

  test("months not yet reported are blank in the actuals and their total, not 0", () => {
    const actualsRow = rowLabelled(plan, "Nettokostnader");
    const totalActuals = rowLabelled(plan, t("total"));
    expect(sheet.number(`D${totalActuals}`)).toBeCloseTo(invented.actuals[2], 10);
    expect(sheet.value(`E${totalActuals}`)).toBe("");
    expect(sheet.value(`M${totalActuals}`)).toBe("");
    // March cleared in the controller's table: blank on the sheet, not 0
    const live = planFor(selections).sheet;
    live.set(
      `Blad1!${cellAddress(selections.actuals.top + 1, selections.actuals.left + MARCH)}`,
      null,
    );
    expect(live.value(`D${actualsRow}`)).toBe("");
    expect(live.value(`D${totalActuals}`)).toBe("");
  });

  test("budget and stated forecast are references: edits in the controller's cells flow through", () => {
    const live = planFor(selections).sheet;
    const budgetRow = rowLabelled(plan, "Nettokostnader", 2);
    expect(plan.rows[budgetRow - 1][1].formula).toEqual({
      kind: "ref",
      sheet: "Blad1",
      address: cellAddress(defined(selections.budget).top + 1, defined(selections.budget).left + 1),
    });
    // December's budget 10 worse: the gap of the stated forecast to budget improves by 10
    const december = `Blad1!${cellAddress(defined(selections.budget).top + 1, defined(selections.budget).left + 12)}`;
    const gapBefore = live.number(`${GAP}${totalRow}`);
    live.set(december, invented.budget[11] - 10);
    expect(live.number(`${GAP}${totalRow}`) - gapBefore).toBeCloseTo(10, 9);
    // the stated forecast −3 652 → −3 600: the gap moves by +52
    live.set(
      `Blad1!${cellAddress(defined(selections.stated).top, defined(selections.stated).left)}`,
      -3600,
    );
    expect(live.number(`${STATED}${totalRow}`)).toBe(-3600);
    expect(live.number(`${GAP}${totalRow}`) - gapBefore).toBeCloseTo(10 + 52, 9);
  });

  test("in a Swedish Excel: Swedish names and semicolons (structure)", () => {
    const swedish = (row: number, index: number) =>
      renderFormula(defined(plan.rows[row - 1][index].formula), SWEDISH);
    expect(swedish(line, 1)).toMatch(
      /^=OMFEL\(BALANS\.PROGNOS\(B\d+:M\d+;\$B\$2;B\d+:M\d+;"runrate"\);""\)$/,
    );
    expect(swedish(line, 2 + METHODS.length)).toMatch(
      /^=BALANS\.AVVIKELSE\(H\d+;SUMMA\(B\d+:M\d+\)\)$/,
    );
    expect(swedish(line, 3 + METHODS.length)).toMatch(
      /^=BALANS\.PROGNOS\.IMPLICIT\(H\d+;B\d+:M\d+;\$B\$2\)$/,
    );
  });

  test("references stay on the plan's own rows or the tables pointed at", () => {
    expect(referencesOutsidePlan(plan, sourcesOf(selections))).toEqual([]);
  });

  test("a taken name gets a number", () => {
    expect(plan.name).toBe("Prognos 2024-03");
    expect(
      forecastSheetPlan(
        { selections, assembly, month: MARCH, unit: "mkr", year: 2024, language: "sv", t },
        ["Prognos 2024-03"],
      ).name,
    ).toBe("Prognos 2024-03 (2)");
  });
});

describe("two lines, each with its monthly budget and stated forecast", () => {
  const share = (values: readonly number[], part: number) =>
    values.map((value) => Math.round(value * part * 1000) / 1000);
  const selections: ForecastSelections = {
    actuals: at(
      [
        ["Mkr", ...MONTH_NAMES.slice(0, MARCH)],
        ["Hälso- och sjukvård", ...share(invented.actuals, 0.8)],
        ["Övrig verksamhet", ...share(invented.actuals, 0.2)],
      ],
      4,
      1,
    ),
    budget: at(
      [
        ["Budget", ...MONTH_NAMES],
        ["Hälso- och sjukvård", ...share(invented.budget, 0.8)],
        ["Övrig verksamhet", ...share(invented.budget, 0.2)],
      ],
      10,
      1,
    ),
    stated: at([[-2900], [-752]], 1, 8),
  };
  const { plan, assembly, sheet } = planFor(selections);
  const header =
    plan.rows.findIndex(
      (cells) => cells[0]?.value === t("forecast") && cells.length > METHODS.length,
    ) + 1;
  const totalRow = header + 3;

  test("the total adds the lines month by month and forecasts like the pane", () => {
    const result = checkForecast(assembly.lines, MARCH, assembly.total);
    const figures = total(result);
    expect(sheet.number(`${STATED}${totalRow}`)).toBe(-3652);
    expectRowShows(sheet, totalRow, figures);
    result.lines.forEach((line, index) => {
      if (isCheckError(line)) throw new Error(line.error.code);
      expect(sheet.number(`${methodColumn("auto")}${header + 1 + index}`)).toBeCloseTo(
        line.auto.forecast,
        9,
      );
    });
  });

  test("references stay on the plan's own rows or the tables pointed at", () => {
    expect(referencesOutsidePlan(plan, sourcesOf(selections))).toEqual([]);
  });
});

describe("a full-year budget figure and one prior year", () => {
  // A prior year with its own seasonality, so its phasing differs from run-rate.
  const prior = [-290, -300, -310, -280, -280, -270, -240, -250, -280, -290, -300, -330];
  const selections: ForecastSelections = {
    actuals: actualsTable(),
    budget: at([[fullYearBudget]], 1, 10),
    priorYears: at([prior], 20, 1),
    stated: at([[statedForecast]], 1, 8),
  };
  const { plan, assembly, sheet } = planFor(selections);
  const { total: totalRow } = resultRows(plan);
  const figures = total(checkForecast(assembly.lines, MARCH, assembly.total));

  test("the pane takes the prior year's phasing; so does the sheet's auto", () => {
    expect(figures.auto.method).toBe("prioryear");
    expect(sheet.number(`${methodColumn("prioryear")}${totalRow}`)).toBeCloseTo(
      (actualsToDate * prior.reduce((a, b) => a + b)) / -900,
      9,
    );
    expect(sheet.number(`${methodColumn("auto")}${totalRow}`)).toBeCloseTo(
      figures.auto.forecast,
      9,
    );
  });

  test("the prior year and the full-year budget are references: edits flow through", () => {
    const live = planFor(selections).sheet;
    const priorRow = rowLabelled(plan, "Utfall 2023");
    expect(plan.rows[priorRow - 1][1].formula).toEqual({
      kind: "ref",
      sheet: "Blad1",
      address: cellAddress(defined(selections.priorYears).top, defined(selections.priorYears).left),
    });
    // a prior January 90 worse (−290 → −380): the prior-year phasing's share to March grows, so its forecast shrinks in size
    const priorSum = prior.reduce((a, b) => a + b);
    live.set(
      `Blad1!${cellAddress(defined(selections.priorYears).top, defined(selections.priorYears).left)}`,
      -380,
    );
    expect(live.number(`${methodColumn("prioryear")}${totalRow}`)).toBeCloseTo(
      (actualsToDate * (priorSum - 90)) / -990,
      9,
    );
    // the full-year budget −3 352 → −3 400: the stated forecast's gap improves by 48
    const gapBefore = live.number(`${GAP}${totalRow}`);
    live.set(
      `Blad1!${cellAddress(defined(selections.budget).top, defined(selections.budget).left)}`,
      -3400,
    );
    expect(live.number(`${GAP}${totalRow}`) - gapBefore).toBeCloseTo(48, 9);
  });

  test("every method the pane shows, the sheet shows, with the same figure", () => {
    for (const method of METHODS.filter((m) => m !== "auto")) {
      const cell = `${methodColumn(method)}${totalRow}`;
      const expected = figures.forecasts.find((entry) => entry.method === method)?.forecast;
      if (expected === undefined) expect(sheet.value(cell)).toBe("");
      else expect(sheet.number(cell)).toBeCloseTo(expected, 9);
    }
    expect(sheet.number(`${GAP}${totalRow}`)).toBeCloseTo(-300, 9);
  });

  test("references stay on the plan's own rows or the tables pointed at", () => {
    expect(referencesOutsidePlan(plan, sourcesOf(selections))).toEqual([]);
  });
});
