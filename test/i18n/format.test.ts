import { formatAmount, formatPercent } from "../../src/i18n/format";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ").replace(/\u2212/g, "-");

describe("formatAmount", () => {
  test("one decimal rule for a column: seed 004's run-rate and budget forecasts line up", () => {
    expect(plain(formatAmount(-3757, "sv", "mkr"))).toBe("-3 757,0 mkr");
    expect(plain(formatAmount(-3456.5, "sv", "mkr"))).toBe("-3 456,5 mkr");
    expect(plain(formatAmount(-3456.5, "en"))).toBe("-3,456.5");
  });

  test("whole units where asked, and a dash for no figure", () => {
    expect(plain(formatAmount(-89945, "sv", "tkr", 0))).toBe("-89 945 tkr");
    expect(formatAmount(undefined, "sv", "mkr")).toBe("–");
    expect(formatAmount(Number.NaN, "sv")).toBe("–");
  });

  test("rounded as Excel shows it: seed 000's measure 10 deviates −0,9 − 0,65 = −1,55, shown −1,6 on the sheet", () => {
    expect(-0.7 + 0.3 - 0.5 - (2.6 * 3) / 12).toBeGreaterThan(-1.55); // binary arithmetic: −1,5499999999999998
    expect(plain(formatAmount(-0.7 + 0.3 - 0.5 - (2.6 * 3) / 12, "sv"))).toBe("-1,6");
  });

  test("the unit never wraps away from its figure", () => {
    expect(formatAmount(0.1, "sv", "mkr")).toBe("0,1\u00a0mkr");
  });
});

describe("formatPercent", () => {
  test("a fraction as a percentage: seed 004's agency share 89 945 / 686 374 = 13,1 %", () => {
    expect(plain(formatPercent(89945 / 686374, "sv"))).toBe("13,1 %");
    expect(plain(formatPercent(0.02, "en"))).toBe("2.0 %");
    expect(plain(formatPercent(34 / ((274 * 4) / 12), "sv", 0))).toBe("37 %"); // seed 003
  });

  test("no ratio, no figure", () => {
    expect(formatPercent(null, "sv")).toBe("–");
    expect(formatPercent(undefined, "sv")).toBe("–");
  });
});
