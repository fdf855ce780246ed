import type { CellValue } from "exceljs";
import { SampleSheet } from "./sampleWorkbook";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** One ExcelJS cell as the preview takes it: a number, text, or a formula in Excel's English notation. */
function cellInput(value: CellValue): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "=TRUE()" : "=FALSE()";
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH_MS) / DAY_MS; // as Excel stores it: a serial
  if ("formula" in value && value.formula) return `=${value.formula}`;
  if ("sharedFormula" in value && value.result !== undefined) return cellInput(value.result as CellValue);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("text" in value) return String(value.text);
  if ("error" in value) return String(value.error);
  return null;
}

/**
 * A workbook the user opens in the preview, read in the browser with ExcelJS (loaded only when
 * needed): every sheet's values and formulas. The file never leaves the browser.
 */
export async function importXlsx(file: ArrayBuffer): Promise<SampleSheet[]> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file);
  return workbook.worksheets.map((worksheet) => {
    const cells: (string | number | null)[][] = [];
    worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const values: (string | number | null)[] = [];
      row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
        values[columnNumber - 1] = cellInput(cell.value);
      });
      cells[rowNumber - 1] = Array.from(values, (value) => value ?? null);
    });
    return { name: worksheet.name, cells: Array.from(cells, (row) => row ?? []) };
  });
}
