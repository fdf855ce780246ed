import { cellAddress, columnLetters, parseRange, rangeAddress } from "../../src/engine";

describe("column letters", () => {
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %d is %s", (index, letters) => expect(columnLetters(index)).toBe(letters));
});

describe("addresses from numbers", () => {
  test("a cell is its column letters and 1-based row", () => {
    expect(cellAddress(6, 2)).toBe("C7");
    expect(cellAddress(0, 0)).toBe("A1");
  });

  test("a range joins its corners; one cell stays one cell", () => {
    expect(rangeAddress(2, 1, 30, 7)).toBe("B3:H31");
    expect(rangeAddress(2, 1, 2, 1)).toBe("B3");
  });
});

describe("addresses to numbers", () => {
  test("a plain, absolute or lower-case cell", () => {
    expect(parseRange("B3")).toEqual({ top: 2, left: 1, bottom: 2, right: 1 });
    expect(parseRange("$B$3")).toEqual({ top: 2, left: 1, bottom: 2, right: 1 });
    expect(parseRange("aa10")).toEqual({ top: 9, left: 26, bottom: 9, right: 26 });
  });

  test("a sheet prefix, quoted or not, is returned as the sheet name", () => {
    expect(parseRange("Blad1!C7")).toEqual({
      sheet: "Blad1",
      top: 6,
      left: 2,
      bottom: 6,
      right: 2,
    });
    expect(parseRange("'Blad 1'!$C$7")).toEqual({
      sheet: "Blad 1",
      top: 6,
      left: 2,
      bottom: 6,
      right: 2,
    });
    expect(parseRange("'Mårtens ''plan'''!A1")).toEqual({
      sheet: "Mårtens 'plan'",
      top: 0,
      left: 0,
      bottom: 0,
      right: 0,
    });
  });

  test("a range, in either corner order", () => {
    expect(parseRange("B3:H31")).toEqual({ top: 2, left: 1, bottom: 30, right: 7 });
    expect(parseRange("'Blad 1'!$H$31:B3")).toEqual({
      sheet: "Blad 1",
      top: 2,
      left: 1,
      bottom: 30,
      right: 7,
    });
    expect(parseRange("B3")).toEqual({ top: 2, left: 1, bottom: 2, right: 1 });
  });

  test.each(["", "B", "3", "B0", "XFE1", "A1048577", "B3:", "A1:B2:C3", "B3:H", "Blad 1!B3", "1B"])(
    "'%s' is no address",
    (text) => {
      expect(parseRange(text)).toBeUndefined();
    },
  );

  test("numbers and addresses go round", () => {
    for (const [row, column] of [
      [0, 0],
      [30, 7],
      [1048575, 16383],
      [99, 702],
    ]) {
      expect(parseRange(cellAddress(row, column))).toEqual({
        top: row,
        left: column,
        bottom: row,
        right: column,
      });
    }
  });
});
