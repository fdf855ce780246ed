import { forecastsByEveryMethod } from "../../src/engine";

/** Every method the data allows, by hand: January–March actuals 10, 12, 14 (36 to date). */
const actuals = [10, 12, 14, null, null, null, null, null, null, null, null, null];
const figures = (input: Parameters<typeof forecastsByEveryMethod>[0]) =>
  Object.fromEntries(
    forecastsByEveryMethod(input).map(({ method, forecast }) => [method, forecast]),
  );

test("no budget, no prior year: run-rate and trend only", () => {
  // Run-rate 36 × 12 / 3 = 144. Trend: the line 8 + 2·month through the three months gives April–
  // December 9 × 8 + 2 × (4 + … + 12) = 72 + 144 = 216, so 36 + 216 = 252.
  const byMethod = figures({ actuals, month: 3 });
  expect(Object.keys(byMethod).sort()).toEqual(["runrate", "trend"]);
  expect(byMethod.runrate).toBeCloseTo(144, 9);
  expect(byMethod.trend).toBeCloseTo(252, 9);
});

test("a monthly budget of 10 a month adds budget (36 + 9 × 10 = 126) and budget ratio (36 × 120 / 30 = 144)", () => {
  const byMethod = figures({
    actuals,
    month: 3,
    budget: { months: Array(12).fill(10), monthly: true },
  });
  expect(Object.keys(byMethod).sort()).toEqual(["budget", "budgetratio", "runrate", "trend"]);
  expect(byMethod.budget).toBeCloseTo(126, 9);
  expect(byMethod.budgetratio).toBeCloseTo(144, 9);
});

test("a prior year adds prior-year phasing; one month of actuals leaves the trend out", () => {
  // Prior year 5 a month: 10 × 60 / 5 = 120 from January alone.
  const byMethod = figures({
    actuals: [10, ...Array(11).fill(null)],
    month: 1,
    priorYears: [Array(12).fill(5)],
  });
  expect(Object.keys(byMethod).sort()).toEqual(["prioryear", "runrate"]);
  expect(byMethod.prioryear).toBeCloseTo(120, 9);
  expect(byMethod.runrate).toBeCloseTo(120, 9);
});
