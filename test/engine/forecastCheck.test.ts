import {
  checkForecast,
  ForecastCheckResult,
  ForecastFigures,
  ForecastLineCheck,
  ForecastLineError,
  isCheckError,
  monthlyBudget,
} from "../../src/engine";
import { incomeStatement2024 } from "../../src/samples/seeds";
import { defined } from "../support/defined";

const { invented, statedForecast, fullYearBudget, actualsToDate } = incomeStatement2024;

function lineCheck(outcome: ForecastLineCheck | ForecastLineError | undefined): ForecastLineCheck {
  if (!outcome || isCheckError(outcome))
    throw new Error(`expected a checked line, got ${JSON.stringify(outcome)}`);
  return outcome;
}

function totalCheck(total: ForecastCheckResult["total"]): ForecastFigures {
  if (!total || isCheckError(total))
    throw new Error(`expected a checked total, got ${JSON.stringify(total)}`);
  return total;
}

const forecastOf = (figures: ForecastFigures, method: string) =>
  figures.forecasts.find((entry) => entry.method === method)?.forecast;

describe("seed 004: net costs after March, stated forecast −3 652 mkr (DOMAIN §2)", () => {
  const netCosts = {
    name: "Nettokostnader",
    actuals: invented.actuals,
    budget: monthlyBudget(invented.budget),
    statedForecast,
  };
  const result = checkForecast([netCosts], 3);
  const line = lineCheck(result.lines[0]);

  test("the invented months add up to the report's −939,241 to date", () => {
    expect(line.toDate).toBeCloseTo(actualsToDate, 9);
  });

  test("the methods give the table's forecasts", () => {
    expect(forecastOf(line, "runrate")).toBeCloseTo(-3757.0, 1);
    expect(forecastOf(line, "budget")).toBeCloseTo(-3456.5, 1);
    expect(forecastOf(line, "budgetratio")).toBeCloseTo(-3771.4, 1);
    expect(forecastOf(line, "prioryear")).toBeUndefined(); // no prior year given
  });

  test("the full-year budget is −3 352 and the stated forecast is 300 worse", () => {
    expect(line.budgetFullYear).toBeCloseTo(fullYearBudget, 9);
    expect(line.statedGap).toBeCloseTo(-300, 9);
  });

  test("auto takes the budget's phasing (monthly budget, no history) and its gap to budget", () => {
    expect(line.auto.method).toBe("budgetratio");
    expect(line.auto.forecast).toBeCloseTo(-3771.4, 1);
    expect(line.gapToBudget).toBeCloseTo(-3771.4 - fullYearBudget, 1);
  });

  test("−3 652 lies inside the methods' range and assumes 11,7 mkr a month better than −313,1 so far", () => {
    expect(line.low).toBeLessThanOrEqual(-3771.4);
    expect(line.high).toBeCloseTo(-3456.5, 1);
    expect(line.runSoFar).toBeCloseTo(-313.1, 1);
    expect(line.verdict.position).toBe("inside");
    expect(line.verdict.impliedChange).toBeCloseTo(11.7, 1);
    expect(line.verdict.direction).toBe("better");
  });

  test("without prior years nothing is backtested", () => {
    expect(line.backtests).toEqual([]);
  });

  test("one line: the total is that line, and complete", () => {
    expect(result.totalIncomplete).toBe(false);
    expect(totalCheck(result.total).statedGap).toBeCloseTo(-300, 9);
  });
});

describe("the stated forecast against the range", () => {
  const base = {
    name: "Nettokostnader",
    actuals: invented.actuals,
    budget: monthlyBudget(invented.budget),
  };
  const verdictFor = (stated?: number) =>
    lineCheck(checkForecast([{ ...base, statedForecast: stated }], 3).lines[0]).verdict;

  test("above every method (−3 000): position above, a much better rest of the year", () => {
    const verdict = verdictFor(-3000);
    expect(verdict.position).toBe("above");
    expect(verdict.impliedChange).toBeCloseTo((-3000 - actualsToDate) / 9 - actualsToDate / 3, 9);
    expect(verdict.direction).toBe("better");
  });

  test("below every method (−4 200): position below, a worse rest of the year", () => {
    const verdict = verdictFor(-4200);
    expect(verdict.position).toBe("below");
    expect(verdict.impliedChange).toBeLessThan(0);
    expect(verdict.direction).toBe("worse");
  });

  test("the run-rate itself assumes no change", () => {
    const verdict = verdictFor(actualsToDate * 4);
    expect(verdict.position).toBe("inside");
    expect(verdict.impliedChange).toBeCloseTo(0, 9);
    expect(verdict.direction).toBe("same");
  });

  test("a change under 0,5 % of the run so far counts as the same; just over it does not", () => {
    const runSoFar = actualsToDate / 3; // −313,08
    const statedWithChange = (change: number) => actualsToDate + 9 * (runSoFar + change);
    expect(verdictFor(statedWithChange(0.004 * Math.abs(runSoFar))).direction).toBe("same");
    expect(verdictFor(statedWithChange(-0.006 * Math.abs(runSoFar))).direction).toBe("worse");
  });

  test("no stated forecast: noStated, no implied change, no stated gap", () => {
    const line = lineCheck(checkForecast([base], 3).lines[0]);
    expect(line.verdict).toEqual({
      position: "noStated",
      impliedChange: undefined,
      direction: "same",
    });
    expect(line.statedGap).toBeUndefined();
    expect(line.gapToBudget).toBeDefined();
  });
});

describe("several lines and their total", () => {
  // mkr, January–March; costs negative
  const staff = {
    name: "Personalkostnader",
    actuals: [-200, -210, -205, null, null],
    budget: monthlyBudget([-2400]),
    statedForecast: -2500,
  };
  const purchased = {
    name: "Köpt vård",
    actuals: [-50, -60, -55],
    budget: monthlyBudget([-600]),
    statedForecast: -680,
  };

  test("the total adds actuals, budgets and stated forecasts line by line", () => {
    const result = checkForecast([staff, purchased], 3);
    const total = totalCheck(result.total);
    expect(result.totalIncomplete).toBe(false);
    expect(total.toDate).toBe(-615 - 165);
    expect(total.budgetFullYear).toBe(-3000);
    expect(total.stated).toBe(-3180);
    expect(total.statedGap).toBe(-180);
    expect(forecastOf(total, "runrate")).toBeCloseTo(-780 * 4, 9);
    // actual + remaining budget: −780 + 9/12 × −3 000
    expect(forecastOf(total, "budget")).toBeCloseTo(-780 - 2250, 9);
    // implied: (−3 180 + 780)/9 − (−780/3) = −266,67 + 260
    expect(total.verdict.impliedChange).toBeCloseTo(-2400 / 9 + 260, 9);
    expect(total.verdict.direction).toBe("worse");
  });

  test("a budget or stated forecast that not every line has is left out of the total", () => {
    const total = totalCheck(
      checkForecast([staff, { ...purchased, budget: undefined, statedForecast: undefined }], 3)
        .total,
    );
    expect(total.budgetFullYear).toBeUndefined();
    expect(forecastOf(total, "budget")).toBeUndefined();
    expect(total.verdict.position).toBe("noStated");
  });

  test("a blank inside months 1..3 fails that line only, and the total says it is incomplete", () => {
    const gappy = { name: "Läkemedel", actuals: [-30, null, -31], statedForecast: -370 };
    const result = checkForecast([staff, gappy, purchased], 3);
    const failed = result.lines[1];
    expect(isCheckError(failed)).toBe(true);
    expect(failed).toMatchObject({
      name: "Läkemedel",
      error: { code: "blankInsideReported", params: { item: 2 } },
    });
    expect(lineCheck(result.lines[0]).toDate).toBe(-615);
    expect(result.totalIncomplete).toBe(true);
    expect(totalCheck(result.total).toDate).toBe(-780);
    expect(totalCheck(result.total).stated).toBe(-3180);
  });

  test("when every line fails there is no total", () => {
    const result = checkForecast([{ name: "Tom", actuals: [null, null, null] }], 3);
    expect(result.total).toBeUndefined();
    expect(result.totalIncomplete).toBe(true);
  });

  test("a month outside 1–12 is refused for the whole check", () => {
    expect(() => checkForecast([staff], 0)).toThrow("notAMonth");
  });
});

describe("backtests with two prior years", () => {
  const seasonal = (scale: number) =>
    [30, 28, 26, 10, 10, 10, 5, 5, 10, 10, 12, 14].map((value) => -value * scale); // Σ 170
  const linear = (start: number) => Array.from({ length: 12 }, (_, index) => -(start + 2 * index));

  test("seasonal years: prior-year profile is exact, run-rate is off by (336 − 170)/170", () => {
    const line = lineCheck(
      checkForecast(
        [
          {
            name: "Köpt vård",
            actuals: seasonal(1.2).slice(0, 3),
            priorYears: [seasonal(1), seasonal(1.1)],
          },
        ],
        3,
      ).lines[0],
    );
    const errorOf = (method: string) =>
      line.backtests.find((entry) => entry.method === method)?.error;
    expect(errorOf("prioryear")).toBeCloseTo(0, 12);
    expect(errorOf("runrate")).toBeCloseTo(166 / 170, 12);
    expect(errorOf("budgetratio")).toBeUndefined(); // no budget
    expect(errorOf("budget")).toBeUndefined(); // past budgets are unknown
    expect(line.auto).toEqual({ method: "prioryear", forecast: expect.closeTo(-170 * 1.2, 9) });
  });

  test.each([
    ["seasonal years", seasonal(1.2).slice(0, 3), [seasonal(1), seasonal(1.1)]],
    ["straight-line years", [-30, -32, -34], [linear(10), linear(20)]],
  ])("%s: auto takes the method with the lowest backtest error", (_, actuals, priorYears) => {
    const line = lineCheck(checkForecast([{ name: "Rad", actuals, priorYears }], 3).lines[0]);
    expect(line.backtests.length).toBeGreaterThanOrEqual(3);
    const best = line.backtests.reduce((lowest, entry) =>
      entry.error < lowest.error ? entry : lowest,
    );
    expect(line.auto.method).toBe(best.method);
  });

  test("straight-line years: trend is exact, prior-year profile is 90/372 off", () => {
    // year 2 = 20, 22, …, 42 (Σ 372); from year 1 (Σ 252, first three 36): 66 × 252/36 = 462
    const line = lineCheck(
      checkForecast(
        [{ name: "Rad", actuals: [-30, -32, -34], priorYears: [linear(10), linear(20)] }],
        3,
      ).lines[0],
    );
    const errorOf = (method: string) =>
      line.backtests.find((entry) => entry.method === method)?.error;
    expect(errorOf("trend")).toBeCloseTo(0, 12);
    expect(errorOf("prioryear")).toBeCloseTo(90 / 372, 12);
    expect(line.auto.method).toBe("trend");
  });

  test("with a monthly budget, budget phasing is backtested too; with one prior year, prioryear is not", () => {
    const budget = monthlyBudget(seasonal(1.15));
    const line = lineCheck(
      checkForecast(
        [{ name: "Rad", actuals: seasonal(1.2).slice(0, 3), budget, priorYears: [seasonal(1)] }],
        3,
      ).lines[0],
    );
    expect(line.backtests.map((entry) => entry.method).sort()).toEqual([
      "budgetratio",
      "runrate",
      "trend",
    ]);
    expect(line.backtests.find((entry) => entry.method === "budgetratio")?.error).toBeCloseTo(
      0,
      12,
    );
  });

  test("the total's prior years are the lines' added year by year", () => {
    const line = {
      name: "Rad",
      actuals: seasonal(1.2).slice(0, 3),
      priorYears: [seasonal(1), seasonal(1.1)],
    };
    const total = totalCheck(checkForecast([line, line], 3).total);
    expect(total.auto).toEqual({
      method: "prioryear",
      forecast: expect.closeTo(-2 * 170 * 1.2, 9),
    });
  });
});

describe("figures given for the total as a whole", () => {
  const { invented, statedForecast } = incomeStatement2024;
  const half = (values: number[]) => values.map((value) => value / 2);

  test("one stated forecast and one full-year budget for two lines are checked against their sum", () => {
    const lines = [
      { name: "A", actuals: half(invented.actuals) },
      { name: "B", actuals: half(invented.actuals) },
    ];
    const result = checkForecast(lines, 3, {
      statedForecast,
      budget: monthlyBudget(invented.budget),
    });
    const total = result.total as ForecastFigures;
    expect(Math.round(defined(total.verdict.impliedChange) * 10) / 10).toBe(11.7);
    expect(total.statedGap).toBeCloseTo(-300, 9);
    expect(
      lines.every((_, index) => (result.lines[index] as ForecastLineCheck).stated === undefined),
    ).toBe(true);
  });
});
