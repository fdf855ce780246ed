import type { Cell, CellValue, Worksheet } from "exceljs";
import { parseRange } from "../engine";
import { SampleSheet } from "./sampleWorkbook";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** What a date cell without a format of its own shows, as Swedish Excel's short date. */
const DATE_FORMAT = "yyyy-mm-dd";
/** Excel's built-in format 14 (ExcelJS names it "mm-dd-yy") is the system's short date: Swedish here. */
const SHORT_DATE = "mm-dd-yy";
/** Excel's column width unit (characters of the default font) in points, near enough for a preview. */
const POINTS_PER_CHARACTER = 5.6;

const ERROR_FORMULAS: Record<string, string> = {
  "#N/A": "=NA()",
  "#DIV/0!": "=1/0",
};

/** One ExcelJS value as the preview takes it: a number, text, or a formula in Excel's English notation. */
function valueInput(value: CellValue): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "=TRUE()" : "=FALSE()";
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH_MS) / DAY_MS; // as Excel stores it: a serial
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("text" in value) return String(value.text);
  if ("error" in value) return ERROR_FORMULAS[String(value.error)] ?? String(value.error);
  return null;
}

/** A cell's content: its formula (a shared formula translated to this cell), else its value. */
function cellInput(cell: Cell): string | number | null {
  const value = cell.value;
  if (
    value !== null &&
    typeof value === "object" &&
    ("formula" in value || "sharedFormula" in value)
  ) {
    const formula = cell.formula;
    if (formula) return `=${formula}`;
    return valueInput((value as { result?: CellValue }).result ?? null);
  }
  return valueInput(value);
}

/** Why a file could not be opened; the page words it in the user's language. */
export class XlsxImportError extends Error {
  constructor(
    readonly code: "notAWorkbook",
    options?: { cause?: unknown },
  ) {
    super(code, options);
    this.name = "XlsxImportError";
  }
}

/** The frozen rows of a sheet's first view. */
function frozenRows(worksheet: Worksheet): number {
  const view = worksheet.views?.[0];
  return view?.state === "frozen" ? (view.ySplit ?? 0) : 0;
}

/**
 * A workbook the user opens in the preview, read in the browser with ExcelJS (loaded only when
 * needed): every sheet's values and formulas, number formats (dates shown as dates), merged areas
 * (kept merged, so the pane refuses them as it does in Excel), frozen rows and column widths.
 * The file never leaves the browser.
 */
export async function importXlsx(file: ArrayBuffer): Promise<SampleSheet[]> {
  const { default: ExcelJS } = await import(/* webpackChunkName: "exceljs" */ "exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file);
  } catch (error) {
    // JSZip's and ExcelJS's own words are English and technical; the page words the reason itself.
    throw new XlsxImportError("notAWorkbook", { cause: error });
  }
  return workbook.worksheets.map((worksheet) => {
    const cells: (string | number | null)[][] = [];
    const numberFormats: (string | undefined)[][] = [];
    worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const values: (string | number | null)[] = [];
      const formats: (string | undefined)[] = [];
      row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
        // A merged area's content is its top-left cell's; ExcelJS repeats it in every cell of the area.
        const covered = cell.isMerged && cell.master !== cell;
        values[columnNumber - 1] = covered ? null : cellInput(cell);
        const isDate =
          cell.value instanceof Date ||
          (typeof cell.result === "object" && cell.result instanceof Date);
        const format =
          cell.numFmt === SHORT_DATE
            ? DATE_FORMAT
            : cell.numFmt || (isDate ? DATE_FORMAT : undefined);
        if (format && format !== "General") formats[columnNumber - 1] = format;
      });
      cells[rowNumber - 1] = Array.from(values, (value) => value ?? null);
      numberFormats[rowNumber - 1] = Array.from(formats);
    });
    const merges = worksheet.model.merges.flatMap((address) => {
      const range = parseRange(address);
      return range
        ? [{ top: range.top, left: range.left, bottom: range.bottom, right: range.right }]
        : [];
    });
    const columnWidths = Array.from({ length: worksheet.columnCount }, (_, index) => {
      const width = worksheet.getColumn(index + 1).width;
      return width === undefined ? undefined : width * POINTS_PER_CHARACTER;
    });
    return {
      name: worksheet.name,
      cells: Array.from(cells, (row) => row ?? []),
      numberFormats: Array.from(numberFormats, (row) => row ?? []),
      merges,
      freezeRows: frozenRows(worksheet),
      columnWidths,
    };
  });
}
