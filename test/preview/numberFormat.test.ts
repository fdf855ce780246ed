import { formatValue, isDateNumberFormat } from "../../src/preview/numberFormat";

// Swedish: U+2212 minus and U+00A0 between thousands, as the pane writes figures (toLocaleString "sv-SE").
const sv = (value: number, format?: string) =>
  formatValue(value, format, "sv")
    .text.replace(/\u00a0/g, " ")
    .replace(/\u2212/g, "-");
const en = (value: number, format?: string) => formatValue(value, format, "en").text;

describe("Excel number formats in the preview", () => {
  test("the formats the Balans sheets write", () => {
    expect(sv(-226.111, "#,##0.0")).toBe("-226,1");
    expect(sv(-1.81, "#,##0.0")).toBe("-1,8");
    expect(sv(215.1, "#,##0.0")).toBe("215,1");
    expect(sv(-3652000, "#,##0.0")).toBe("-3 652 000,0");
    expect(en(-3652000, "#,##0.0")).toBe("-3,652,000.0");
    expect(sv(0.37, "0%")).toBe("37%");
    expect(sv(0.905, "0.0%")).toBe("90,5%");
    expect(sv(0.905, "0.0 %")).toBe("90,5 %");
  });

  test("General: no thousands separator, up to ten significant digits", () => {
    expect(sv(1234.5)).toBe("1234,5");
    expect(sv(1 / 3, "General")).toBe("0,3333333333");
    expect(en(1234.5, "General")).toBe("1234.5");
    expect(sv(-8.654545454545454)).toBe("-8,654545455");
  });

  test("sections, literals and colours", () => {
    expect(formatValue(-5, "#,##0;[Red]-#,##0", "sv")).toEqual({ text: "-5", color: "#C00000" });
    expect(sv(-5, "#,##0;(#,##0)")).toBe("(5)");
    expect(sv(0, '#,##0;-#,##0;"–"')).toBe("–");
    expect(sv(12.5, '#,##0.0" mkr"')).toBe("12,5 mkr");
    expect(sv(1234567, "#,##0,")).toBe("1 235");
    expect(sv(12345, "0.00E+00")).toBe("1,23E+04");
  });

  test("dates as dates: 45658 is 2025-01-01", () => {
    expect(sv(45658, "yyyy-mm-dd")).toBe("2025-01-01");
    expect(sv(45658, "mmm yyyy")).toBe("jan 2025");
    expect(en(45658, "mmmm yyyy")).toBe("January 2025");
    expect(sv(45292, "d mmmm yyyy")).toBe("1 januari 2024");
    expect(sv(45292.5, "yyyy-mm-dd hh:mm")).toBe("2024-01-01 12:00");
    expect(isDateNumberFormat("yyyy-mm-dd")).toBe(true);
    expect(isDateNumberFormat("#,##0.0")).toBe(false);
    expect(isDateNumberFormat('0" dagar"')).toBe(false);
  });
});
