import { functionLanguageOf, readDialect } from "../../src/excel/dialect";
import { mockWorkbook } from "../support/excelMock";

describe("readDialect", () => {
  it("takes Swedish names and Swedish separators in a Swedish Excel, in one sync", async () => {
    const workbook = mockWorkbook({ decimalSeparator: ",", systemDecimalSeparator: "," });
    expect(await readDialect(workbook.context, "sv-SE")).toEqual({
      functionLanguage: "sv",
      decimalSeparator: ",",
      listSeparator: ";",
    });
    expect(workbook.syncCount()).toBe(1);
  });

  it("takes English names and separators in an English Excel", async () => {
    const workbook = mockWorkbook({ decimalSeparator: ".", systemDecimalSeparator: "." });
    expect(await readDialect(workbook.context, "en-US")).toEqual({
      functionLanguage: "en",
      decimalSeparator: ".",
      listSeparator: ",",
    });
  });

  it("keeps the names of the display language and the separators of the locale apart", async () => {
    const englishInSweden = mockWorkbook({ decimalSeparator: ",", systemDecimalSeparator: "," });
    expect(await readDialect(englishInSweden.context, "en-GB")).toEqual({
      functionLanguage: "en",
      decimalSeparator: ",",
      listSeparator: ";",
    });
  });

  it("uses Excel's own decimal separator when its options override the system's", async () => {
    const overridden = mockWorkbook({ decimalSeparator: ".", systemDecimalSeparator: "," });
    expect(await readDialect(overridden.context, "sv-SE")).toEqual({
      functionLanguage: "sv",
      decimalSeparator: ".",
      listSeparator: ";",
    });
  });

  it("writes Swedish names only where the manifest serves the Swedish metadata", async () => {
    const workbook = mockWorkbook({ decimalSeparator: ",", systemDecimalSeparator: "," });
    expect((await readDialect(workbook.context, "sv-FI")).functionLanguage).toBe("sv");
    // Åland's Swedish has no override: Excel loads the English names there, so formulas use them.
    expect((await readDialect(workbook.context, "sv-AX")).functionLanguage).toBe("en");
    expect((await readDialect(workbook.context, "sv")).functionLanguage).toBe("en");
  });
});

describe("functionLanguageOf", () => {
  it.each([
    ["sv-SE", "sv"],
    ["SV-se", "sv"],
    ["sv-FI", "sv"],
    ["sv-AX", "en"],
    ["en-US", "en"],
    ["fi-FI", "en"],
    ["", "en"],
  ])("%s → %s", (locale, language) => {
    expect(functionLanguageOf(locale)).toBe(language);
  });
});
