import { checkTotal, decimalsShown } from "../../src/engine";
import { actionPlan2024 } from "../../src/samples/seeds";

const { rows, totals } = actionPlan2024;

describe("totals check (DOMAIN §1, seed 000)", () => {
  test("the accumulated column sums to 60,0 against the stated 59,9: a rounding difference", () => {
    const check = checkTotal(
      totals.accumulated,
      rows.map((r) => r.accumulated),
    );
    expect(check.sum).toBeCloseTo(60.0, 10);
    expect(check.difference).toBeCloseTo(-0.1, 10);
    expect(check.decimals).toBe(1);
    expect(check.verdict).toBe("rounding");
  });

  test("February sums to 20,4 against the stated 20,5: rounding", () => {
    const check = checkTotal(
      totals.months[1],
      rows.map((r) => r.months[1]),
    );
    expect(check.sum).toBeCloseTo(20.4, 10);
    expect(check.verdict).toBe("rounding");
  });

  test("the full-year effects add up exactly to 215,1", () => {
    expect(
      checkTotal(
        totals.fullYearEffect,
        rows.map((r) => r.fullYearEffect),
      ).verdict,
    ).toBe("match");
  });

  test("a difference larger than rounding can explain is a real error", () => {
    const withTypo = rows.map((r, index) => (index === 3 ? 31.2 : r.accumulated)); // 13,2 typed as 31,2
    const check = checkTotal(totals.accumulated, withTypo);
    expect(check.difference).toBeCloseTo(-18.1, 10);
    expect(check.verdict).toBe("mismatch");
  });

  test("the tolerance is half a unit in the last place for each reported figure and the total", () => {
    expect(checkTotal(3, [1, 1, null]).tolerance).toBeCloseTo(1.5, 10);
    expect(checkTotal(3.05, [1.5, 1.5]).verdict).toBe("mismatch"); // two decimals: tolerance 0,015
    expect(checkTotal(3.01, [1.5, 1.5]).verdict).toBe("rounding");
  });

  test("decimals shown are read from the figures", () => {
    expect([
      decimalsShown(59.9),
      decimalsShown(215),
      decimalsShown(-8.65),
      decimalsShown(1 / 3),
    ]).toEqual([1, 0, 2, 6]);
  });
});
