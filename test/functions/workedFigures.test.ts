/**
 * Every worked figure of shared/DOMAIN.md, reproduced through the worksheet functions as Excel calls
 * them, with method names in English and in Swedish.
 */
import * as fn from "../../src/functions/functions";
import {
  actionPlan002,
  actionPlan003,
  actionPlan2024,
  agencyHours2023,
  agencyTable2024,
  incomeStatement2024,
  yearOverYear2024,
} from "../../src/samples/seeds";
import { column, excelError, inLanguage, row } from "../support/excel";
import { defined } from "../support/defined";

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

describe("measure effect (DOMAIN §1)", () => {
  const obTillagg = defined(actionPlan2024.rows.find((r) => r.name === "OB-tillägg"));

  test("the raised OB-tillägg, from February, is expected at −8,65 mkr by March", () => {
    expect(fn.effectExpected(obTillagg.fullYearEffect, 3, 2)).toBeCloseTo(-8.6545, 4);
    expect(fn.effectAchieved(row(obTillagg.months))).toBeCloseTo(-6.8, 10);
  });

  test("a cost-increasing measure is judged by its deviation: OB-tillägg is 1,85 better than plan", () => {
    const achieved = fn.effectAchieved(row(obTillagg.months));
    expect(achieved - fn.effectExpected(obTillagg.fullYearEffect, 3, 2)).toBeCloseTo(1.8545, 4);
    expect(fn.effectRate(achieved, obTillagg.fullYearEffect, 3, 2)).toBeCloseTo(-6.8 / -8.6545, 4);
  });

  test("seed 003: 274 mkr of measures, 91,3 expected after April, 34 achieved = 37 %", () => {
    const { fullYearEffect, month, achieved } = actionPlan003;
    expect(fn.effectExpected(fullYearEffect, month)).toBeCloseTo(91.333, 3);
    expect(fn.effectRate(achieved, fullYearEffect, month)).toBeCloseTo(0.372, 3);
  });

  test("a month may be given as an Excel date or a month name", () => {
    const april2023 = 45046; // 2023-04-30
    expect(fn.effectExpected(274, april2023)).toBeCloseTo(91.333, 3);
    expect(fn.effectExpected(274, "april")).toBeCloseTo(91.333, 3);
    expect(fn.effectExpected(274, "2023-04")).toBeCloseTo(91.333, 3);
  });

  test("a 12-month phasing profile replaces the even spread", () => {
    const summerHeavy = [1, 1, 1, 1, 1, 2, 2, 2, 1, 1, 1, 1];
    expect(fn.effectExpected(150, 6, 1, row(summerHeavy))).toBeCloseTo((150 * 7) / 15, 10);
  });

  test("seed 000 achieved by March: 59,8 from the months, the cumulative rows counted once", () => {
    const achieved = actionPlan2024.rows.map((r) =>
      fn.effectAchieved(row(r.months), r.cumulative ?? false),
    );
    expect(oneDecimal(achieved.reduce((a, b) => a + b, 0))).toBe(59.8);
    expect(oneDecimal(actionPlan2024.rows.reduce((sum, r) => sum + r.accumulated, 0))).toBe(60);
  });

  test("row 2 sums to −1,4 against its stated −1,3 (rounded display figures)", () => {
    const incitament = defined(actionPlan2024.rows.find((r) => r.name === "2 Incitamentsmodell"));
    expect(fn.effectAchieved(row(incitament.months))).toBeCloseTo(-1.4, 10);
  });

  test("a running total counts its latest value, not a sum, also when desktop Excel passes blanks as 0", () => {
    const runningTotal = [2.1, 5.3, 14.7, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(fn.effectAchieved(row(runningTotal), true)).toBe(14.7);
    expect(fn.effectAchieved(row(runningTotal), "SANT", 2)).toBe(5.3);
    expect(fn.effectAchieved(row(runningTotal), false)).toBeCloseTo(22.1, 10);
  });

  test("full-year effect forecast: run-rate and plan, in English and Swedish method names", () => {
    const { fullYearEffect, month, achieved } = actionPlan003;
    expect(fn.effectForecastFn(achieved, fullYearEffect, month)).toBeCloseTo(102, 10);
    expect(fn.effectForecastFn(achieved, fullYearEffect, month, "runrate")).toBeCloseTo(102, 10);
    expect(fn.effectForecastFn(achieved, fullYearEffect, month, "Takt")).toBeCloseTo(102, 10);
    expect(fn.effectForecastFn(achieved, fullYearEffect, month, "plan")).toBeCloseTo(
      34 + 274 - 91.333,
      2,
    );
    expect(fn.effectForecastFn(-6.8, -47.6, 3, "takt", 2)).toBeCloseTo((-6.8 * 11) / 2, 10);
  });

  test("effect as year-over-year change (tkr): travel +353, income +10 265, agency staff −15 447", () => {
    for (const line of yearOverYear2024.lines) {
      expect(fn.effectYoy(line.current, line.prior)).toBeCloseTo(line.effect, 6);
    }
  });

  test("a price index lifts the prior year before the comparison", () => {
    expect(fn.effectYoy(-3121, -3474, "3 %")).toBeCloseTo(-3121 + 3474 * 1.03, 6);
  });

  test("gap to balance: seed 000 −215 + 215,1 = +0,1; seed 002 −55 + 52,5 = −2,5", () => {
    const effects = column(actionPlan2024.rows.map((r) => r.fullYearEffect));
    expect(fn.gapBalance(actionPlan2024.startingDeficit, effects)).toBeCloseTo(0.1, 10);
    expect(fn.gapBalance(actionPlan002.startingPosition, row(actionPlan002.effects))).toBeCloseTo(
      -2.5,
      10,
    );
  });
});

describe("forecast and gap to budget (DOMAIN §2, seed 004, m = 3)", () => {
  const { invented, statedForecast, fullYearBudget } = incomeStatement2024;
  const actuals = row(invented.actuals);
  const budget = row(invented.budget);

  test.each([
    ["runrate", -3757.0],
    ["takt", -3757.0],
    ["budget", -3456.5],
    ["budgetratio", -3771.4],
    ["budgetkvot", -3771.4],
  ])("method %s gives %d mkr", (method, expected) => {
    expect(oneDecimal(fn.forecastFn(actuals, 3, budget, method))).toBe(expected);
  });

  test("the month is inferred from the last reported month when left out", () => {
    const year = row([...invented.actuals, null, null, null, null, null, null, null, null, null]);
    expect(oneDecimal(fn.forecastFn(year, null, budget, "runrate"))).toBe(-3757.0);
    const desktopYear = row([...invented.actuals, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(oneDecimal(fn.forecastFn(desktopYear, null, budget, "runrate"))).toBe(-3757.0);
  });

  test("auto takes budgetratio with a monthly budget, run-rate with nothing else", () => {
    expect(fn.forecastFn(actuals, 3, budget)).toBeCloseTo(
      fn.forecastFn(actuals, 3, budget, "budgetratio"),
      10,
    );
    expect(fn.forecastFn(actuals, 3)).toBeCloseTo(
      fn.forecastFn(actuals, 3, undefined, "runrate"),
      10,
    );
  });

  test("a full-year budget figure is phased evenly", () => {
    expect(fn.forecastFn(actuals, 3, [[fullYearBudget]], "budget")).toBeCloseTo(
      -939.241 - 3352 * 0.75,
      6,
    );
  });

  test("FORECAST.METHODS spills every method the data allows, named in Excel's language", () => {
    const table = fn.forecastMethods(actuals, 3, budget);
    expect(table.map(([name]) => name)).toEqual(["takt", "budget", "budgetkvot", "trend"]);
    expect(oneDecimal(table[2][1] as number)).toBe(-3771.4);
  });

  test("the stated −3 652 assumes about 11,7 mkr a month better than the run so far", () => {
    expect(oneDecimal(fn.forecastImplied(statedForecast, actuals, 3))).toBe(11.7);
  });

  test("the stated forecast lies between the methods' figures", () => {
    const figures = fn.forecastMethods(actuals, 3, budget).map(([, value]) => value as number);
    expect(Math.min(...figures)).toBeLessThan(statedForecast);
    expect(Math.max(...figures)).toBeGreaterThan(statedForecast);
  });

  test("deviation: −3 652 − (−3 352) = −300; seed 001: −3 235 − (−2 895) = −340", () => {
    expect(fn.gap(statedForecast, fullYearBudget)).toBe(-300);
    expect(fn.gap(agencyHours2023.forecast, agencyHours2023.budget)).toBe(-340);
    expect(fn.gap("−3 652", "−3 352")).toBe(-300);
  });
});

describe("agency staff in FTE (DOMAIN §3)", () => {
  test("seed 001: 59 400 hours over January–March at 165 h/month = 120 FTE", () => {
    expect(fn.fte(agencyHours2023.hours, agencyHours2023.months)).toBe(agencyHours2023.fte);
    expect(fn.fte(agencyHours2023.hours, 3, 165)).toBe(120);
  });

  test("FTE from cost: nurses' 40,9 mkr at 685,7 kr/h (about 690) = 120,5; 31,5 mkr at 809,6 kr/h (about 810) = 78,6", () => {
    const nurses = defined(agencyTable2024.rows.find((r) => r.category === "Sjuksköterskor"));
    expect(oneDecimal(fn.fteFromCostFn(-nurses.cost2024 * 1e6, 685.7, 3))).toBe(nurses.fte2024);
    expect(oneDecimal(fn.fteFromCostFn(nurses.cost2023 * 1e6, 809.6, 3))).toBe(nurses.fte2023);
  });

  test("FTE from a cost in mkr at a price in kr: 40 900 000 / 685,7 / (3 × 165) = 120,499… ≈ 120,5", () => {
    expect(fn.fteFromCostFn(40.9, 685.7, 3, 165, "mkr")).toBeCloseTo(40_900_000 / 685.7 / 495, 9);
    expect(oneDecimal(fn.fteFromCostFn(40.9, 685.7, 3, 165, "mkr"))).toBe(120.5);
    expect(oneDecimal(fn.fteFromCostFn(-40_900, "685,7", 3, null, "TKR"))).toBe(120.5); // costs negative, tkr, default 165 h
    expect(oneDecimal(fn.fteFromCostFn(40_900_000, 685.7, 3, 165, "kr"))).toBe(120.5);
    // Without cost_unit cost and price are in one unit, as before: 40,9 at 685,7 is 0,00012 FTE.
    expect(fn.fteFromCostFn(40.9, 685.7, 3)).toBeCloseTo(40.9 / 685.7 / 495, 12);
  });

  test("an unknown cost_unit is refused with #VALUE!, naming the argument", () => {
    const english = inLanguage("en-US", () =>
      excelError(() => fn.fteFromCostFn(40.9, 685.7, 3, 165, "kronor")),
    );
    expect(english.code).toBe("#VALUE!");
    expect(english.message).toBe("cost_unit: 'kronor' is not a unit; use kr, tkr or mkr");
    const swedish = inLanguage("sv-SE", () =>
      excelError(() => fn.fteFromCostFn(40.9, 685.7, 3, 165, 1000)),
    );
    expect(swedish.message).toBe("kostnadsenhet: '1000' är ingen enhet; använd kr, tkr eller mkr");
  });

  test("agency share of own staff cost: 89 945 / 686 374 tkr = 13,1 %", () => {
    const { agencyCostToDate, staffCostToDate } = yearOverYear2024;
    expect(Math.round(fn.agencyShareFn(agencyCostToDate, staffCostToDate) * 1000) / 10).toBe(13.1);
  });
});
