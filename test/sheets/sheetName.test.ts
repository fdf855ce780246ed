import { isSheetNameTaken, isValidSheetName, uniqueSheetName } from "../../src/sheets/sheetName";

describe("uniqueSheetName", () => {
  it("keeps a free name as it is", () => {
    expect(uniqueSheetName("Uppföljning 2024-03", ["Blad1"])).toBe("Uppföljning 2024-03");
  });

  it("numbers a taken name, ignoring case as Excel does", () => {
    expect(uniqueSheetName("Uppföljning 2024-03", ["UPPFÖLJNING 2024-03"])).toBe(
      "Uppföljning 2024-03 (2)",
    );
    expect(uniqueSheetName("Uppföljning", ["Uppföljning", "uppföljning (2)"])).toBe(
      "Uppföljning (3)",
    );
  });

  it("replaces the characters Excel forbids", () => {
    expect(uniqueSheetName("Prognos 2024/03: [v1]?*\\", [])).toBe("Prognos 2024-03- -v1----");
  });

  it("keeps within 31 characters, numbered names included", () => {
    const long = "Uppföljning av handlingsplanen för 2024";
    const first = uniqueSheetName(long, []);
    expect(first).toBe("Uppföljning av handlingsplanen");
    expect(first.length).toBeLessThanOrEqual(31);
    const second = uniqueSheetName(long, [first]);
    expect(second).toBe("Uppföljning av handlingspla (2)");
    expect(second.length).toBe(31);
  });

  it("never ends in an apostrophe or starts with one, and avoids the reserved name History", () => {
    expect(uniqueSheetName("'Plan'", [])).toBe("Plan");
    expect(uniqueSheetName("history", [])).toBe("history (2)");
  });

  it("refuses a base with nothing usable as a programming error", () => {
    expect(() => uniqueSheetName("  ", [])).toThrow();
    expect(() => uniqueSheetName("''", [])).toThrow();
  });

  it("gives names Excel accepts", () => {
    for (const base of ["Blad", " x ", "a/b", "'q'", "x".repeat(40), "History"]) {
      expect(isValidSheetName(uniqueSheetName(base, []))).toBe(true);
    }
  });
});

describe("isValidSheetName", () => {
  it("applies Excel's rules", () => {
    expect(isValidSheetName("Blad 1")).toBe(true);
    expect(isValidSheetName("x".repeat(31))).toBe(true);
    expect(isValidSheetName("x".repeat(32))).toBe(false);
    expect(isValidSheetName("")).toBe(false);
    expect(isValidSheetName("   ")).toBe(false);
    expect(isValidSheetName("a:b")).toBe(false);
    expect(isValidSheetName("a[1]")).toBe(false);
    expect(isValidSheetName("'a")).toBe(false);
    expect(isValidSheetName("HISTORY")).toBe(false);
  });
});

describe("isSheetNameTaken", () => {
  it("ignores case", () => {
    expect(isSheetNameTaken("blad1", ["Blad1"])).toBe(true);
    expect(isSheetNameTaken("Åtgärder", ["ÅTGÄRDER"])).toBe(true);
    expect(isSheetNameTaken("Blad2", ["Blad1"])).toBe(false);
  });
});
