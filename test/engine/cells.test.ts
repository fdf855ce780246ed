import {
  BalansError,
  monthFromLabel,
  monthOfExcelDate,
  parseNumberText,
  readNumber,
} from "../../src/engine";

describe("number text", () => {
  test.each([
    ["1 234 567,25", 1234567.25],
    ["\u2212 12,5", -12.5],
    ["+7", 7],
    ["12,5 %", 0.125],
    ["(1 000)", -1000],
    ["0", 0],
  ])("'%s' → %d", (text, expected) => expect(parseNumberText(text)).toBeCloseTo(expected, 12));

  test.each(["", "abc", "1.234,5", "12 34", "1,2,3", "%", "()"])("'%s' is no number", (text) => {
    expect(parseNumberText(text)).toBeUndefined();
  });

  test("blank text is blank, not zero", () => {
    expect(readNumber("  ", "x")).toBeNull();
    expect(readNumber(undefined, "x")).toBeNull();
  });

  test("refused text carries its position", () => {
    try {
      readNumber("n/a", "actuals", 4);
      throw new Error("readNumber accepted 'n/a'");
    } catch (error) {
      expect(error).toBeInstanceOf(BalansError);
      expect((error as BalansError).params).toEqual({ arg: "actuals", item: 4, text: "n/a" });
      expect((error as BalansError).kind).toBe("value");
    }
  });
});

describe("months", () => {
  test.each([
    ["jan", 1],
    ["Januari", 1],
    ["feb.", 2],
    ["MAJ", 5],
    ["May", 5],
    ["okt", 10],
    ["October", 10],
    ["Sept", 9],
    ["2024-03", 3],
    ["2024-12-31", 12],
    ["03/2024", 3],
    ["jan 2024", 1],
    ["Mar-24", 3],
  ])("'%s' is month %d", (label, month) => expect(monthFromLabel(label)).toBe(month));

  test.each(["Mkr", "Totalt", "ma", "2024-13", "Åtgärd", "Helårseffekt", "Ack"])(
    "'%s' is no month",
    (label) => {
      expect(monthFromLabel(label)).toBeUndefined();
    },
  );

  test("Excel date serials", () => {
    expect(monthOfExcelDate(45292)).toBe(1); // 2024-01-01
    expect(monthOfExcelDate(45382.75)).toBe(3); // 2024-03-31 18:00
    expect(monthOfExcelDate(45657)).toBe(12); // 2024-12-31
  });
});
