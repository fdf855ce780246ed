import { rowBands, utf8Length } from "../../src/excel/requestSize";

describe("utf8Length", () => {
  it("counts bytes as UTF-8 sends them: Swedish letters two, the euro sign three, an emoji four", () => {
    expect(utf8Length("Åtgärd")).toBe(8);
    expect(utf8Length("€")).toBe(3);
    expect(utf8Length("😀")).toBe(4);
    expect(utf8Length("=SUMMA(B2:B9)")).toBe(13);
  });
});

describe("rowBands", () => {
  // Rows of two matrices written to the same cells: formulas and number formats.
  const formulas = Array.from({ length: 9 }, (_, index) => [`'Åtgärd ${index + 1}`, index + 1]);
  const formats = formulas.map(() => ["General", "0.0"]);
  const sliceBytes = (start: number, end: number) =>
    Buffer.byteLength(JSON.stringify(formulas.slice(start, end))) +
    Buffer.byteLength(JSON.stringify(formats.slice(start, end)));

  it("keeps every row in one band when the whole fits, with the bytes its JSON takes", () => {
    expect(rowBands([formulas, formats])).toEqual([{ start: 0, end: 9, bytes: sliceBytes(0, 9) }]);
  });

  it("splits into consecutive bands each within the budget, as few as fit, of about equal size", () => {
    const budget = sliceBytes(0, 4); // four rows fit, five do not
    expect(sliceBytes(0, 5)).toBeGreaterThan(budget);
    const bands = rowBands([formulas, formats], budget);
    // Nine rows, at most four a band: three bands, of three rows each rather than 4 + 4 + 1.
    expect(bands.map(({ start, end }) => [start, end])).toEqual([
      [0, 3],
      [3, 6],
      [6, 9],
    ]);
    for (const band of bands) expect(band.bytes).toBe(sliceBytes(band.start, band.end));
  });

  it("gives a row larger than the budget a band of its own", () => {
    expect(rowBands([formulas], 10).map(({ start, end }) => end - start)).toEqual(Array(9).fill(1));
  });

  it("has no band for no rows", () => {
    expect(rowBands([[]])).toEqual([]);
  });
});
