import {
  backtestError,
  chooseMethod,
  forecast,
  forecastAccuracy,
  forecastBy,
  monthlyBudget,
} from "../../src/engine";

const flat = Array(12).fill(10);
const frontLoaded = [20, 20, 20, 10, 10, 10, 10, 10, 10, 10, 10, 10]; // total 150
const seasonal = (scale: number) =>
  [30, 28, 26, 10, 10, 10, 5, 5, 10, 10, 12, 14].map((v) => v * scale);

describe("backtest", () => {
  test("run-rate on a flat year is exact; on a front-loaded year it is 60 % off", () => {
    expect(backtestError([flat], 3, "runrate")).toBe(0);
    expect(backtestError([frontLoaded], 3, "runrate")).toBeCloseTo(90 / 150, 12);
    expect(backtestError([flat, frontLoaded], 3, "runrate")).toBeCloseTo(0.3, 12);
  });

  test("prioryear needs a year before the one it is tested on", () => {
    expect(() => backtestError([flat], 3, "prioryear")).toThrow("historyTooShort");
    expect(backtestError([seasonal(1), seasonal(1.1)], 3, "prioryear")).toBeCloseTo(0, 12);
  });

  test("the budget method cannot be backtested: past budgets are unknown", () => {
    expect(() => backtestError([flat, flat], 3, "budget")).toThrow("methodNeedsBudget");
  });

  test("FORECAST.ACCURACY with auto tests the method auto would choose", () => {
    const history = [seasonal(1), seasonal(1.05), seasonal(1.1)];
    expect(forecastAccuracy(history, 3, "auto")).toBeCloseTo(0, 12);
    expect(forecastAccuracy(history, 3, "runrate")).toBeGreaterThan(0.3);
  });
});

describe("auto", () => {
  const actuals = seasonal(1.2).slice(0, 3);

  test("with two or more prior years it takes the method with the lowest backtest error", () => {
    const input = { actuals, month: 3, priorYears: [seasonal(1), seasonal(1.1)] };
    expect(chooseMethod(input)).toBe("prioryear");
    expect(forecast("auto", input)).toBeCloseTo(forecastBy("prioryear", input), 12);
    expect(forecast("auto", input)).toBeCloseTo(
      seasonal(1.2).reduce((a, b) => a + b, 0),
      9,
    );
  });

  test("a monthly budget shaped like the seasons wins the backtest over a flat run-rate", () => {
    const budget = monthlyBudget(seasonal(1.15));
    const noisy = [seasonal(1).map((v, i) => v + (i % 2 ? 1 : -1)), seasonal(1.1)];
    const choice = chooseMethod({ actuals, month: 3, budget, priorYears: noisy });
    expect(["budgetratio", "prioryear"]).toContain(choice);
    expect(choice).not.toBe("runrate");
  });

  test("on flat past years run-rate is as good as any, and ties go to the budget's phasing", () => {
    const budget = monthlyBudget(Array(12).fill(-10));
    expect(
      chooseMethod({ actuals: [-10, -10, -10], month: 3, budget, priorYears: [flat, flat] }),
    ).toBe("budgetratio");
  });

  test("without history: budgetratio with a monthly budget, prioryear with one prior year, else run-rate", () => {
    expect(chooseMethod({ actuals, month: 3, budget: monthlyBudget(seasonal(1)) })).toBe(
      "budgetratio",
    );
    expect(chooseMethod({ actuals, month: 3, budget: monthlyBudget([-1200]) })).toBe("runrate");
    expect(chooseMethod({ actuals, month: 3, priorYears: [flat] })).toBe("prioryear");
    expect(chooseMethod({ actuals, month: 3 })).toBe("runrate");
  });
});

test("trend follows a straight line exactly", () => {
  const line = [-100, -102, -104, -106]; // next months −108 … −122
  const expected =
    line.reduce((a, b) => a + b, 0) +
    Array.from({ length: 8 }, (_, k) => -108 - 2 * k).reduce((a, b) => a + b, 0);
  expect(forecastBy("trend", { actuals: line, month: 4 })).toBeCloseTo(expected, 9);
});
