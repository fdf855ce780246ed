import {
  amountUnitOf,
  convertAmount,
  inResultTerms,
  isWorse,
  unitOrFallback,
} from "../../src/engine";

describe("amounts between units", () => {
  test("seed 004's nurses: 40,9 mkr is 40 900 000 kr", () =>
    expect(convertAmount(40.9, "mkr", "kr")).toBe(40_900_000));
  test("seed 004's agency cost: 89 945 tkr is exactly 89,945 mkr", () =>
    expect(convertAmount(89_945, "tkr", "mkr")).toBe(89.945));
  test("686 374 tkr is 686 374 000 kr", () =>
    expect(convertAmount(686_374, "tkr", "kr")).toBe(686_374_000));
  test("the same unit is left alone", () => expect(convertAmount(-215, "mkr", "mkr")).toBe(-215));
  test.each([
    ["Mkr", "mkr"],
    [" TKR ", "tkr"],
    ["mnkr", "mkr"],
    ["kr", "kr"],
    ["kronor", undefined],
    ["%", undefined],
  ])("'%s' names %s", (word, unit) => expect(amountUnitOf(word)).toBe(unit));
  test("a table's own unit wins over the settings, which are only the fallback", () => {
    expect(unitOrFallback("tkr", "mkr")).toEqual({ unit: "tkr", source: "table" });
    expect(unitOrFallback(undefined, "mkr")).toEqual({ unit: "mkr", source: "settings" });
  });
});

describe("one rule for worse, whichever way costs are written", () => {
  // Seed 004: forecast −3 652 against budget −3 352, deviation −300 with costs negative: worse.
  test("costs negative: a negative deviation is worse", () => {
    expect(isWorse(-300, "costsNegative")).toBe(true);
    expect(isWorse(300, "costsNegative")).toBe(false);
  });
  test("costs positive: the same overrun is written +300 and is worse", () => {
    expect(isWorse(300, "costsPositive")).toBe(true);
    expect(isWorse(-300, "costsPositive")).toBe(false);
  });
  test("zero is never worse", () => {
    expect(isWorse(0, "costsNegative")).toBe(false);
    expect(isWorse(0, "costsPositive")).toBe(false);
  });
  test("a deficit of 215 written with costs positive is −215 in result terms", () => {
    expect(inResultTerms(215, "costsPositive")).toBe(-215);
    expect(inResultTerms(-215, "costsNegative")).toBe(-215);
  });
});
