import { parseMark, sameSource, serializeMark, sheetToUpdate } from "../../src/workbook/marks";

describe("Balans's sheet marks", () => {
  test("round-trip, and anything else stored under the key is no mark", () => {
    const mark = { kind: "staffing" as const, source: "'Hyr 2024'!B2:E9" };
    expect(parseMark(serializeMark(mark))).toEqual(mark);
    for (const text of [
      "",
      "Balans",
      "{}",
      '{"kind":"budget","source":"A1"}',
      '{"kind":"followUp"}',
      "[1]",
      "null",
      undefined,
      42,
    ]) {
      expect(parseMark(text)).toBeUndefined();
    }
  });

  test("the same source is the same kind from the same sheet and top-left cell: a table that grew is the same", () => {
    const plan = { kind: "followUp" as const, source: "Blad1!B3:G30" };
    expect(sameSource(plan, { kind: "followUp", source: "blad1!B3:G31" })).toBe(true);
    expect(sameSource(plan, { kind: "followUp", source: "Blad1!B4:G31" })).toBe(false);
    expect(sameSource(plan, { kind: "forecast", source: "Blad1!B3:G30" })).toBe(false);
    expect(sameSource(plan, { kind: "followUp", source: "Blad2!B3:G30" })).toBe(false);
    const marked = [
      { name: "Bemanning 2024", mark: { kind: "staffing" as const, source: "Blad1!B3:G30" } },
      { name: "Mars", mark: plan },
    ];
    expect(sheetToUpdate(marked, plan)?.name).toBe("Mars");
    expect(sheetToUpdate(marked, undefined)).toBeUndefined();
  });
});
