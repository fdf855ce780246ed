/** The argument rules every worksheet function follows: text numbers, blanks, months, errors. */
import * as fn from "../../src/functions/functions";
import { column, excelError, inLanguage, row } from "../support/excel";

describe("numbers written as Swedish text", () => {
  test.each([
    ["1 234,5", 1234.5],
    ["1\u00a0234,5", 1234.5],
    ["\u221212,3", -12.3],
    ["-12,3", -12.3],
    ["12 %", 0.12],
    ["(12,5)", -12.5],
    ["12.5", 12.5],
    [",5", 0.5],
  ])("'%s' is read as %d", (text, expected) => {
    expect(fn.gap(text, 0)).toBeCloseTo(expected, 12);
  });

  test("text numbers inside ranges are read too", () => {
    expect(fn.gapBalance("−215", row(["215,1", null]))).toBeCloseTo(0.1, 10);
  });

  test.each(["n/a", "1,234.5", "12 mkr", "1 2", "--3"])(
    "'%s' is refused with #VALUE! naming argument and item",
    (text) => {
      const error = inLanguage("en-US", () =>
        excelError(() => fn.gapBalance(-215, row([1, 2, 3, text]))),
      );
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toBe(`effects, item 4: '${text}' is not a number`);
    },
  );

  test("the message is in Swedish, with the Swedish argument name, in Swedish Excel", () => {
    const error = inLanguage("sv-SE", () => excelError(() => fn.forecastFn(row([1, "n/a"]), 2)));
    expect(error.message).toBe("utfall, post 2: 'n/a' är inte ett tal");
  });

  test("a boolean or an Excel error value in a range is refused", () => {
    expect(excelError(() => fn.gapBalance(0, row([true]))).code).toBe("#VALUE!");
    expect(excelError(() => fn.gapBalance(0, row([{ code: "#N/A" }]))).message).toContain("#N/A");
  });
});

describe("ranges", () => {
  test("a row and a column give the same result", () => {
    const months = [-310, -312, -317];
    expect(fn.forecastFn(row(months), 3)).toBe(fn.forecastFn(column(months), 3));
  });

  test("a block of several rows and columns is refused where a series is wanted", () => {
    const error = inLanguage("en", () =>
      excelError(() =>
        fn.forecastFn(
          [
            [1, 2],
            [3, 4],
          ],
          2,
        ),
      ),
    );
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("actuals must be a single row or column");
  });

  test("more than 12 months of actuals is refused", () => {
    expect(excelError(() => fn.forecastFn(row(Array(13).fill(1)), 3)).code).toBe("#VALUE!");
  });

  test("a budget of neither 12 months nor one figure is refused with #VALUE!", () => {
    const error = inLanguage("en", () =>
      excelError(() => fn.forecastFn(row([1, 2, 3]), 3, row([1, 2, 3, 4, 5]))),
    );
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe(
      "budget has 5 values; give 12 monthly values or one full-year figure",
    );
  });

  test("prior years must have 12 months each; a single year may be a column", () => {
    const year = [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 20];
    expect(fn.forecastFn(row([10, 10, 10]), 3, undefined, "prioryear", column(year))).toBeCloseTo(
      130,
      10,
    );
    const error = inLanguage("en", () =>
      excelError(() => fn.forecastFn(row([1, 2, 3]), 3, undefined, "fgår", row([1, 2]))),
    );
    expect(error.message).toBe("prior_years, item 1 has 2 months; each year needs 12");
  });
});

describe("blank means not reported", () => {
  test("a required argument left blank gives #N/A, never zero", () => {
    const error = inLanguage("en", () => excelError(() => fn.fte(null)));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe("hours is blank");
  });

  test("a blank among the months a forecast uses gives #N/A and says what to do", () => {
    const error = inLanguage("en", () =>
      excelError(() => fn.forecastFn(row([-300, null, -310]), 3)),
    );
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe(
      "actuals, item 2 is blank, but the calculation uses months 1–3; enter 0 if nothing was booked",
    );
  });

  test("web (null) and desktop (0) blanks after the last month give the same forecast", () => {
    const web = fn.forecastFn(row([-300, -310, -320, null, null, null]));
    const desktop = fn.forecastFn(row([-300, -310, -320, 0, 0, 0]));
    expect(web).toBe(desktop);
    expect(web).toBeCloseTo(-3720, 10);
  });

  test("actuals with no reported month give #N/A", () => {
    expect(excelError(() => fn.forecastFn(row([null, null]))).code).toBe("#N/A");
    expect(excelError(() => fn.forecastImplied(-100, row([0, 0, 0]))).code).toBe("#N/A");
  });

  test("a month past the data gives #N/A", () => {
    const error = inLanguage("en", () => excelError(() => fn.forecastFn(row([1, 2, 3]), 5)));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe("month 5 is past the 3 months in actuals");
  });
});

describe("months", () => {
  test.each([
    [12.5, "12.5"],
    [-1, "-1"],
    [2.5, "2.5"],
    [3e6, "3,000,000"],
  ])("month %d is refused with #VALUE! and a message Excel shows", (month, written) => {
    const error = inLanguage("en", () => excelError(() => fn.effectExpected(100, month)));
    expect([error.code, error.message]).toEqual([
      "#VALUE!",
      `month: ${written} is not a month (1–12) or a date`,
    ]);
  });

  test("the refused month is written the Swedish way in Swedish Excel: 2,5, not 2.5", () => {
    const error = inLanguage("sv-SE", () => excelError(() => fn.effectExpected(100, 2.5)));
    expect(error.message).toBe("månad: 2,5 är ingen månad (1–12) och inget datum");
  });

  test("a required month of 0 (a blank cell on Excel for desktop) gets its own message, in Swedish too", () => {
    const en = inLanguage("en", () => excelError(() => fn.effectExpected(100, 0)));
    expect([en.code, en.message]).toEqual([
      "#N/A",
      "month is 0 (or a blank cell); give a month 1–12, a date or a month name",
    ]);
    const sv = inLanguage("sv-SE", () =>
      excelError(() => fn.forecastAccuracyFn(row(Array(12).fill(1)), 0)),
    );
    expect([sv.code, sv.message]).toEqual([
      "#N/A",
      "månad är 0 (eller en tom cell); ange en månad 1–12, ett datum eller ett månadsnamn",
    ]);
  });

  test("an optional month of 0 is a blank cell from Excel for desktop: not given, as null is on the web", () => {
    // Start month not given: from January, 120 × 3/12 = 30.
    expect(fn.effectExpected(120, 3, 0)).toBeCloseTo(30, 10);
    expect(fn.effectExpected(120, 3, null)).toBeCloseTo(30, 10);
    // Month not given: the last reported month (3); run-rate −930 × 12/3 = −3 720.
    expect(fn.forecastFn(row([-300, -310, -320]), 0)).toBeCloseTo(-3720, 10);
    // Month not given for achieved: every reported month, 1 + 2 + 3 = 6.
    expect(fn.effectAchieved(row([1, 2, 3]), false, 0)).toBe(6);
    // FTE's months is a count, not a month: 0 stays refused.
    expect(excelError(() => fn.fte(100, 0)).code).toBe("#VALUE!");
  });

  test("an Excel date counts as its month, including Excel's 29 February 1900", () => {
    expect(fn.effectExpected(120, 45382)).toBeCloseTo(30, 10); // 2024-03-31
    expect(fn.effectExpected(120, 60)).toBeCloseTo(20, 10); // 1900-02-29 in Excel
    expect(fn.effectExpected(120, 61)).toBeCloseTo(30, 10); // 1900-03-01
  });

  test("Swedish and English month names and ISO months", () => {
    for (const name of [
      "mars",
      "Mars",
      "mar",
      "March",
      "2024-03",
      "2024-03-31",
      "03/2024",
      "mar-24",
    ]) {
      expect(fn.effectExpected(120, name)).toBeCloseTo(30, 10);
    }
  });

  test("a measure not started yet is expected to have delivered nothing", () => {
    expect(fn.effectExpected(-47.6, 1, 2)).toBe(0);
  });
});

describe("errors the calculations raise", () => {
  test("achievement before anything is expected is #N/A with its reason", () => {
    const error = inLanguage("en", () => excelError(() => fn.effectRate(-0.2, -47.6, 1, 2)));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe("nothing is expected by month 1, so no achievement can be computed");
  });

  test("a run-rate before the measure starts is #N/A", () => {
    expect(excelError(() => fn.effectForecastFn(0, -47.6, 1, "takt", 2)).code).toBe("#N/A");
  });

  test("an unknown method is #VALUE! listing the methods in both languages", () => {
    const error = inLanguage("en", () =>
      excelError(() => fn.forecastFn(row([1, 2, 3]), 3, undefined, "guess")),
    );
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain(
      "'guess' is not a method; use runrate/takt, budget/budget, budgetratio/budgetkvot",
    );
  });

  test("a method whose data is missing is #N/A saying what it needs", () => {
    const en = inLanguage("en", () =>
      excelError(() => fn.forecastFn(row([1, 2, 3]), 3, undefined, "budgetratio")),
    );
    expect([en.code, en.message]).toEqual(["#N/A", "method budgetratio needs a budget (budget)"]);
    const sv = inLanguage("sv-SE", () =>
      excelError(() => fn.forecastFn(row([1, 2, 3]), 3, undefined, "fgår")),
    );
    expect(sv.message).toBe("metoden fgår kräver föregående års månader (fg_år)");
    expect(excelError(() => fn.forecastFn(row([5]), 1, undefined, "trend")).code).toBe("#N/A");
  });

  test("a zero budget to date is #VALUE! for budgetratio, saying so", () => {
    const budget = row([0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    const error = inLanguage("en", () =>
      excelError(() => fn.forecastFn(row([1, 2, 3]), 3, budget, "budgetratio")),
    );
    expect([error.code, error.message]).toEqual([
      "#VALUE!",
      "budget is zero up to month 3; cannot divide by zero",
    ]);
  });

  test("the implied monthly change after December is #N/A: no months remain", () => {
    const error = inLanguage("en", () =>
      excelError(() => fn.forecastImplied(-100, row(Array(12).fill(-8)), 12)),
    );
    expect([error.code, error.message]).toEqual(["#N/A", "no months remain after month 12"]);
  });

  test("hours per month and hourly price must be positive (#VALUE! with the argument named)", () => {
    const hours = inLanguage("en", () => excelError(() => fn.fte(100, 1, 0)));
    expect([hours.code, hours.message]).toEqual([
      "#VALUE!",
      "hours_per_month must be greater than zero, not 0",
    ]);
    const price = inLanguage("sv-SE", () => excelError(() => fn.fteFromCostFn(100, -5)));
    expect([price.code, price.message]).toEqual([
      "#VALUE!",
      "timpris måste vara större än noll, inte \u22125",
    ]);
  });

  test("agency share: zero staff cost is #DIV/0! (plainly a division by zero); costs of different signs are #VALUE!", () => {
    expect(excelError(() => fn.agencyShareFn(5, 0)).code).toBe("#DIV/0!");
    expect(excelError(() => fn.agencyShareFn(-5, 100)).code).toBe("#VALUE!");
  });

  test("a result too large for a cell is #VALUE! saying so, never Infinity", () => {
    const error = inLanguage("en", () => excelError(() => fn.gap(1.7e308, -1.7e308)));
    expect([error.code, error.message]).toEqual(["#VALUE!", "the result is too large to show"]);
  });

  test("negative, all-zero or too few phasing weights are #VALUE! with a message", () => {
    const weights = Array(12).fill(1);
    const negative = inLanguage("en", () =>
      excelError(() => fn.effectExpected(10, 3, 1, row([...weights.slice(1), -1]))),
    );
    expect([negative.code, negative.message]).toEqual([
      "#VALUE!",
      "phasing, item 12 is negative; weights must be zero or more",
    ]);
    const zero = inLanguage("en", () =>
      excelError(() => fn.effectExpected(10, 3, 7, row([1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0]))),
    );
    expect([zero.code, zero.message]).toEqual([
      "#VALUE!",
      "phasing: every weight from start month 7 on is zero; give at least one of those months a weight",
    ]);
    const noll = inLanguage("sv-SE", () =>
      excelError(() => fn.effectExpected(10, 3, 1, row(Array(12).fill(0)))),
    );
    expect(noll.message).toBe(
      "periodisering: alla vikter från startmånad 1 är noll; ge minst en av de månaderna en vikt",
    );
    expect(excelError(() => fn.effectExpected(10, 3, 1, row([1, 2]))).code).toBe("#VALUE!");
  });
});
