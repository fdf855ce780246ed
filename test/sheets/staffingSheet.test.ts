/**
 * The staffing sheet as Excel would calculate it: agency hours (or costs) per category from the
 * controller's table, in FTE at 165 hours a month, through the real BALANS functions.
 */
import {
  AgencyAssembly,
  AgencyValues,
  analyseAgency,
  assembleAgency,
  Cell,
  cellAddress,
} from "../../src/engine";
import { translator } from "../../src/i18n/ui";
import { yearOverYear2024 } from "../../src/samples/seeds";
import { SheetPlanError } from "../../src/sheets/errors";
import { renderFormula } from "../../src/sheets/formula";
import { formatValue } from "../../src/preview/numberFormat";
import { staffingSheetPlan, StaffingSheetInput } from "../../src/sheets/staffingSheet";
import { FormulaDialect, SheetPlan, TableSnapshot } from "../../src/workbook/types";
import { snapshotOf } from "../support/actionPlanTable";
import { evaluatePlan, EvaluatedPlan, referencesOutsidePlan } from "../support/evaluatePlan";
import { defined } from "../support/defined";

const SWEDISH: FormulaDialect = {
  functionLanguage: "sv",
  decimalSeparator: ",",
  listSeparator: ";",
};
const t = translator("sv");
const HOURS_PER_MONTH = 165;
const FIRST_ROW = 5; // title, parameters, source, header
const { agencyCostToDate, staffCostToDate } = yearOverYear2024; // −89 945 and −686 374 tkr

/** Agency hours January–March: nurses 19 800 a month, 59 400 in all (DOMAIN §3: 120 FTE). */
const HOURS: Cell[][] = [
  ["Timmar", "Januari", "Februari", "Mars"],
  ["Läkare", 8000, 8500, 9000],
  ["varav primärvård", 3000, 3100, 3200],
  ["Sjuksköterskor", 19800, 19800, 19800],
  ["Övriga", 300, 250, 400],
];

function build(
  values: AgencyValues,
  table: TableSnapshot,
  options: Partial<StaffingSheetInput> & { prior?: TableSnapshot } = {},
): { plan: SheetPlan; assembly: AgencyAssembly; sheet: EvaluatedPlan; input: StaffingSheetInput } {
  const assembly = assembleAgency(table, values, options.hourlyPrice, options.prior);
  if ("detection" in assembly) throw new Error(`not assembled: ${JSON.stringify(assembly)}`);
  expect(assembly.problems).toEqual([]);
  const input: StaffingSheetInput = {
    table,
    assembly,
    values,
    hoursPerMonth: HOURS_PER_MONTH,
    months: 3,
    targetShare: 0.02,
    year: 2024,
    t,
    ...(options.prior && { priorTable: options.prior }),
    ...options,
  };
  const plan = staffingSheetPlan(input, ["Blad1"]);
  return {
    plan,
    assembly,
    input,
    sheet: evaluatePlan(plan, options.prior ? [table, options.prior] : [table]),
  };
}

const row = (name: string) => FIRST_ROW + HOURS.slice(1).findIndex((cells) => cells[0] === name);
const TOTAL_ROW = FIRST_ROW + HOURS.length - 1;

describe("hours: nurses 19 800 × 3 months", () => {
  const table = snapshotOf(HOURS, { top: 3, left: 2 });
  const { plan, sheet, assembly } = build("hours", table, {
    agencyCost: agencyCostToDate,
    ownStaffCost: staffCostToDate,
  });

  test("59 400 hours are 120 FTE at 165 hours a month", () => {
    const nurses = row("Sjuksköterskor");
    expect(sheet.value(`A${nurses}`)).toBe("Sjuksköterskor");
    expect(sheet.number(`B${nurses}`)).toBe(59400);
    expect(sheet.number(`C${nurses}`)).toBeCloseTo(120, 10);
    expect(sheet.number("B2")).toBe(HOURS_PER_MONTH);
    expect(sheet.number("D2")).toBe(3);
  });

  test("the total leaves 'varav primärvård' out", () => {
    const counted = ["Läkare", "Sjuksköterskor", "Övriga"];
    const hours = counted.reduce((sum, name) => sum + sheet.number(`B${row(name)}`), 0);
    expect(sheet.value(`A${TOTAL_ROW}`)).toBe(t("total"));
    expect(sheet.number(`B${TOTAL_ROW}`)).toBe(hours);
    expect(sheet.number(`C${TOTAL_ROW}`)).toBeCloseTo(hours / (3 * HOURS_PER_MONTH), 10);
    const all = HOURS.slice(1).reduce(
      (sum, cells) => sum + (cells.slice(1) as number[]).reduce((a, b) => a + b),
      0,
    );
    expect(sheet.number(`B${TOTAL_ROW}`)).toBeLessThan(all);
  });

  test("every FTE is the pane's", () => {
    const analysis = analyseAgency(assembly.categories, {
      hoursPerMonth: HOURS_PER_MONTH,
      ownStaffCost: staffCostToDate,
      agencyCostTotal: agencyCostToDate,
    });
    analysis.categories.forEach((category, index) => {
      expect(sheet.number(`B${FIRST_ROW + index}`)).toBeCloseTo(defined(category.hours), 10);
      expect(sheet.number(`C${FIRST_ROW + index}`)).toBeCloseTo(defined(category.fte), 10);
    });
    expect(sheet.number(`C${TOTAL_ROW}`)).toBeCloseTo(defined(analysis.total.fte), 10);
    expect(sheet.number(`B${TOTAL_ROW + 5}`)).toBeCloseTo(defined(analysis.share).share, 10);
  });

  test("agency share: 89 945 / 686 374 = 13,1 % when the costs are given as numbers", () => {
    const shareRow = TOTAL_ROW + 5;
    expect(plan.rows[shareRow - 1][0].value).toBe(t("shareLabel"));
    expect(sheet.number(`B${shareRow}`)).toBeCloseTo(89945 / 686374, 12);
    expect(Math.round(sheet.number(`B${shareRow}`) * 1000) / 10).toBe(13.1);
    // shown as the pane shows it, to one decimal: 13,1 %, not 13 %
    expect(
      formatValue(sheet.number(`B${shareRow}`), plan.rows[shareRow - 1][1].numberFormat, "sv").text,
    ).toMatch(/^13,1\s?%$/);
  });

  test("the formulas are live: 200 more nurse hours in March", () => {
    const live = build("hours", table).sheet;
    const march = `Blad1!${cellAddress(table.top + 3, table.left + 3)}`;
    expect(live.value(march)).toBe(19800);
    live.set(march, 20000);
    expect(live.number(`C${row("Sjuksköterskor")}`)).toBeCloseTo(59600 / 495, 10);
  });

  test("in a Swedish Excel: Swedish names and semicolons (structure)", () => {
    const nurses = plan.rows[row("Sjuksköterskor") - 1];
    expect(renderFormula(defined(nurses[1].formula), SWEDISH)).toMatch(
      /^=SUMMA\(Blad1!D\d+:F\d+\)$/,
    );
    expect(renderFormula(defined(nurses[2].formula), SWEDISH)).toMatch(
      /^=BALANS\.[A-ZÅÄÖ]+\(B\d+;\$D\$2;\$B\$2\)$/,
    );
    expect(renderFormula(defined(plan.rows[TOTAL_ROW + 4][1].formula), SWEDISH)).toMatch(
      /^=BALANS\.[A-ZÅÄÖ.]+\(B\d+;B\d+\)$/,
    );
    // One SUMIF over the rows marked "ja" in the "I totalen" column: one range whatever the number of categories.
    expect(renderFormula(defined(plan.rows[TOTAL_ROW - 1][2].formula), SWEDISH)).toBe(
      `=SUMMA.OM(F5:F8;"ja";C5:C8)`,
    );
    expect([5, 6, 7, 8].map((r) => sheet.value(`F${r}`))).toEqual(["ja", "nej", "ja", "ja"]);
  });

  test("references stay on the plan's own rows or the table", () => {
    expect(referencesOutsidePlan(plan, [table])).toEqual([]);
  });

  test("a taken name gets a number", () => {
    expect(plan.name).toBe("Bemanning 2024");
    expect(build("hours", table).plan.name).toBe("Bemanning 2024");
    const again = staffingSheetPlan(
      {
        table,
        assembly,
        values: "hours",
        hoursPerMonth: HOURS_PER_MONTH,
        months: 3,
        targetShare: 0.02,
        year: 2024,
        t,
      },
      ["Bemanning 2024", "Bemanning 2024 (2)"],
    );
    expect(again.name).toBe("Bemanning 2024 (3)");
  });
});

describe("costs given as cells", () => {
  test("the share follows the cells it points at", () => {
    const table = snapshotOf(HOURS, { top: 3, left: 2 });
    const { sheet } = build("hours", table, {
      agencyCost: { sheet: "Blad1", address: "A1" },
      ownStaffCost: { sheet: "Blad1", address: "A2" },
    });
    sheet.set("Blad1!A1", agencyCostToDate);
    sheet.set("Blad1!A2", staffCostToDate);
    expect(sheet.number(`B${TOTAL_ROW + 5}`)).toBeCloseTo(89945 / 686374, 12);
  });
});

describe("a prior year's hours", () => {
  const prior = snapshotOf(
    [
      ["Timmar 2023", "Januari", "Februari", "Mars"],
      ["Sjuksköterskor", 13000, 13000, 12900],
      ["Läkare", 8000, 8000, 8000],
    ],
    { top: 12, left: 2 },
  );
  const table = snapshotOf(HOURS, { top: 3, left: 2 });
  const { sheet, assembly } = build("hours", table, { prior });

  test("the prior FTE are formulas on the prior-year table's cells: an edit there flows through", () => {
    const live = build("hours", table, { prior }).sheet;
    const nursesJanuary = `Blad1!${cellAddress(prior.top + 1, prior.left + 1)}`;
    expect(live.value(nursesJanuary)).toBe(13000);
    live.set(nursesJanuary, 13495);
    expect(live.number(`D${row("Sjuksköterskor")}`)).toBeCloseTo((38900 + 495) / 495, 10);
    expect(live.number(`E${row("Sjuksköterskor")}`)).toBeCloseTo((59400 - 38900 - 495) / 495, 10);
  });

  test("no prior total while a counted category ('Övriga') has no prior year, as in the pane", () => {
    const analysis = analyseAgency(assembly.categories, { hoursPerMonth: HOURS_PER_MONTH });
    expect(analysis.total.priorFte).toBeUndefined();
    expect(sheet.value(`D${TOTAL_ROW}`)).toBeNull();
  });

  test("is matched by name and turned into FTE over the same months", () => {
    expect(sheet.number(`D${row("Sjuksköterskor")}`)).toBeCloseTo(38900 / 495, 10);
    expect(sheet.number(`E${row("Sjuksköterskor")}`)).toBeCloseTo((59400 - 38900) / 495, 10);
    expect(sheet.value(`D${row("Övriga")}`)).toBeNull();
    const analysis = analyseAgency(assembly.categories, { hoursPerMonth: HOURS_PER_MONTH });
    analysis.categories.forEach((category, index) => {
      if (category.priorFte === undefined) expect(sheet.value(`D${FIRST_ROW + index}`)).toBeNull();
      else expect(sheet.number(`D${FIRST_ROW + index}`)).toBeCloseTo(category.priorFte, 10);
    });
  });
});

describe("prior-year hours for every category", () => {
  // DOMAIN §3's FTE 2023 for doctors 53,7, primary care 20,8, nurses 78,6, others 1,9, as hours over three months at 165.
  const PRIOR_FTE: [string, number][] = [
    ["Läkare", 53.7],
    ["varav primärvård", 20.8],
    ["Sjuksköterskor", 78.6],
    ["Övriga", 1.9],
  ];
  const prior = snapshotOf(
    [
      ["Timmar 2023", "Jan", "Feb", "Mar"],
      ...PRIOR_FTE.map(([name, fte]): Cell[] => [name, fte * 495, 0, 0]),
    ],
    { top: 12, left: 2 },
  );
  const table = snapshotOf(HOURS, { top: 3, left: 2 });
  const { sheet, assembly } = build("hours", table, { prior });

  test("the prior year and the change have totals, without the 'varav' row: 134,2 FTE in 2023", () => {
    expect(sheet.number(`D${TOTAL_ROW}`)).toBeCloseTo(53.7 + 78.6 + 1.9, 9);
    expect(sheet.number(`E${TOTAL_ROW}`)).toBeCloseTo(
      sheet.number(`C${TOTAL_ROW}`) - (53.7 + 78.6 + 1.9),
      9,
    );
    const analysis = analyseAgency(assembly.categories, { hoursPerMonth: HOURS_PER_MONTH });
    expect(sheet.number(`D${TOTAL_ROW}`)).toBeCloseTo(defined(analysis.total.priorFte), 9);
    expect(sheet.number(`E${TOTAL_ROW}`)).toBeCloseTo(defined(analysis.total.change), 9);
  });
});

describe("costs at an hourly price", () => {
  // Nurses January–March 2024: 40,9 mkr at about 690 kr an hour (DOMAIN §3), in kr.
  const COSTS: Cell[][] = [
    ["Kostnad", "Jan", "Feb", "Mar"],
    ["Sjuksköterskor", -13_500_000, -13_600_000, -13_800_000],
    ["Läkare", -15_000_000, -16_000_000, -17_000_000],
  ];
  const PRIOR_COSTS: Cell[][] = [
    ["Kostnad 2023", "Jan", "Feb", "Mar"],
    ["Sjuksköterskor", -10_500_000, -10_500_000, -10_500_000],
  ];
  const table = snapshotOf(COSTS, { top: 3, left: 2 });
  const prior = snapshotOf(PRIOR_COSTS, { top: 10, left: 2 });
  const { sheet, assembly, plan } = build("cost", table, { hourlyPrice: 690, prior });

  test("the hourly price typed in the pane is an input cell: 690 → 720 flows through", () => {
    const live = build("cost", table, { hourlyPrice: 690, prior }).sheet;
    expect(live.value("E2")).toBe(t("hourlyPrice"));
    live.set("F2", 720);
    expect(live.number(`C${FIRST_ROW}`)).toBeCloseTo(40_900_000 / 720 / 495, 10);
  });

  test("FTE from cost: 40,9 mkr at 690 kr/h over three months", () => {
    expect(plan.rows[1][5].value).toBe(690);
    expect(sheet.number(`B${FIRST_ROW}`)).toBe(-40_900_000);
    expect(sheet.number(`C${FIRST_ROW}`)).toBeCloseTo(40_900_000 / 690 / 495, 10);
  });

  test("a prior cost is not turned into FTE at this year's price, as in the pane", () => {
    const analysis = analyseAgency(assembly.categories, { hoursPerMonth: HOURS_PER_MONTH });
    expect(analysis.categories[0].priorFte).toBeUndefined();
    expect(sheet.value(`D${FIRST_ROW}`)).toBeNull();
    expect(sheet.value(`E${FIRST_ROW}`)).toBeNull();
    analysis.categories.forEach((category, index) =>
      expect(sheet.number(`C${FIRST_ROW + index}`)).toBeCloseTo(defined(category.fte), 10),
    );
  });
});

describe("months the formulas cannot cover", () => {
  test("hours stored as text are refused, each cell named: SUM would skip them", () => {
    const asText = HOURS.map((cells, row) =>
      row === 3 ? [cells[0], "19 800", cells[2], "19 800"] : cells,
    );
    const table = snapshotOf(asText, { top: 3, left: 2 });
    let refusal: unknown;
    try {
      build("hours", table);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(SheetPlanError);
    expect(refusal).toMatchObject({ code: "figuresStoredAsText", cells: ["Blad1!D7", "Blad1!F7"] });
  });

  test("a table from February is refused as monthsNotContiguous", () => {
    const table = snapshotOf([
      ["Timmar", "Februari", "Mars"],
      ["Sjuksköterskor", 19800, 19800],
    ]);
    expect(() => build("hours", table)).toThrow(new SheetPlanError("monthsNotContiguous"));
  });
});
