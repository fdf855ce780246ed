import { readDialect } from "../../src/excel/dialect";
import { mockWorkbook } from "../support/excelMock";

describe("readDialect", () => {
  it("takes Swedish names and Swedish separators in a Swedish Excel, in one sync", async () => {
    const workbook = mockWorkbook({ decimalSeparator: ",", systemDecimalSeparator: "," });
    expect(await readDialect(workbook.context, "sv-SE", true)).toEqual({ functionLanguage: "sv", decimalSeparator: ",", listSeparator: ";" });
    expect(workbook.syncCount()).toBe(1);
  });

  it("takes English names and separators in an English Excel", async () => {
    const workbook = mockWorkbook({ decimalSeparator: ".", systemDecimalSeparator: "." });
    expect(await readDialect(workbook.context, "en-US", true)).toEqual({ functionLanguage: "en", decimalSeparator: ".", listSeparator: "," });
  });

  it("keeps the names of the display language and the separators of the locale apart", async () => {
    const englishInSweden = mockWorkbook({ decimalSeparator: ",", systemDecimalSeparator: "," });
    expect(await readDialect(englishInSweden.context, "en-GB", true)).toEqual({ functionLanguage: "en", decimalSeparator: ",", listSeparator: ";" });
  });

  it("uses Excel's own decimal separator when its options override the system's", async () => {
    const overridden = mockWorkbook({ decimalSeparator: ".", systemDecimalSeparator: "," });
    expect(await readDialect(overridden.context, "sv-SE", true)).toEqual({ functionLanguage: "sv", decimalSeparator: ".", listSeparator: ";" });
  });

  it("follows the display language in an Excel without cultureInfo, asking Excel nothing", async () => {
    const workbook = mockWorkbook();
    expect(await readDialect(workbook.context, "sv-FI", false)).toEqual({ functionLanguage: "sv", decimalSeparator: ",", listSeparator: ";" });
    expect(await readDialect(workbook.context, "de-DE", false)).toEqual({ functionLanguage: "en", decimalSeparator: ".", listSeparator: "," });
    expect(workbook.syncCount()).toBe(0);
  });
});
