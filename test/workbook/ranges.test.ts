import { qualifiedAddress, readingChange, touches } from "../../src/workbook/ranges";
import type { TableSnapshot } from "../../src/workbook/types";

const READ = { sheet: "Blad1", address: "B3:G30" };

const snapshot = (values: (string | number)[][]): TableSnapshot => ({
  sheet: "Blad1",
  address: "B3:C4",
  top: 2,
  left: 1,
  values,
  valueTypes: values.map((row) =>
    row.map((value) => (typeof value === "number" ? "Double" : "String")),
  ),
  numberFormats: values.map((row) => row.map(() => "General")),
  hasMergedCells: false,
});

describe("touches", () => {
  test("an edit inside, on the edge of, or across the range read", () => {
    expect(touches(READ, "Blad1", "D4")).toBe(true);
    expect(touches(READ, "blad1", "G30")).toBe(true); // sheet names compare without case, as Excel's
    expect(touches(READ, "Blad1", "A1:B3")).toBe(true);
  });

  test("an edit beside it or on another sheet", () => {
    expect(touches(READ, "Blad1", "H3")).toBe(false);
    expect(touches(READ, "Blad1", "B31")).toBe(false);
    expect(touches(READ, "Plan", "D4")).toBe(false);
  });

  test("an address it cannot read counts as touching: better read again than trust", () => {
    expect(touches(READ, "Blad1", "4:4")).toBe(true);
  });
});

describe("readingChange", () => {
  test("the first cell that differs, by its sheet address", () => {
    const before = snapshot([
      ["Åtgärd", "Effekt"],
      ["Hyrstopp", 12.5],
    ]);
    expect(
      readingChange(
        before,
        snapshot([
          ["Åtgärd", "Effekt"],
          ["Hyrstopp", 12.5],
        ]),
      ),
    ).toBeUndefined();
    expect(
      readingChange(
        before,
        snapshot([
          ["Åtgärd", "Effekt"],
          ["Hyrstopp", 13],
        ]),
      ),
    ).toEqual({ kind: "cell", cell: "C4", before: 12.5, after: 13 });
  });

  test("a range of another size", () => {
    const before = snapshot([
      ["Åtgärd", "Effekt"],
      ["Hyrstopp", 12.5],
    ]);
    expect(readingChange(before, snapshot([["Åtgärd", "Effekt"]]))).toEqual({ kind: "shape" });
  });
});

test("qualifiedAddress quotes a sheet name that needs it", () => {
  expect(qualifiedAddress({ sheet: "Blad1", address: "B3:G30" })).toBe("Blad1!B3:G30");
  expect(qualifiedAddress({ sheet: "Uppföljning 2024-03", address: "A1" })).toBe(
    "'Uppföljning 2024-03'!A1",
  );
  expect(qualifiedAddress({ sheet: "Per's", address: "A1" })).toBe("'Per''s'!A1");
});
