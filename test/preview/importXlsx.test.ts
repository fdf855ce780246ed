import { importXlsx, XlsxImportError } from "../../src/preview/importXlsx";

test("a file that is no .xlsx is refused with a code the page words, not with JSZip's English text", async () => {
  const broken = new TextEncoder().encode("this is not a zip archive").buffer;
  await expect(importXlsx(broken)).rejects.toBeInstanceOf(XlsxImportError);
  await expect(importXlsx(broken)).rejects.toMatchObject({ code: "notAWorkbook" });
});
