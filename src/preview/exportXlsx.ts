import type { CellErrorValue, CellValue } from "exceljs";
import { rangeAddress } from "../engine";
import { INVARIANT_DIALECT, renderFormula } from "../sheets/formula";
import { ExportedCell, ExportedSheet } from "./workbench";

/** The error values an .xlsx can cache for a formula (HyperFormula's own #ERROR! and #CYCLE! are not among them). */
const FILE_ERRORS = new Set(["#N/A", "#REF!", "#NAME?", "#DIV/0!", "#NULL!", "#VALUE!", "#NUM!"]);
const POINTS_PER_CHARACTER = 5.6;
const argb = (colour: string) => `FF${colour.replace("#", "").toUpperCase()}`;

function constant(value: ExportedCell["value"]): CellValue {
  if (value !== null && typeof value === "object")
    return FILE_ERRORS.has(value.error) ? { error: value.error as CellErrorValue["error"] } : null;
  return value;
}

/** A cell as ExcelJS writes it: a formula with its computed value cached, as Excel saves one, or a constant. */
function cellValue(cell: ExportedCell): CellValue {
  if (cell.formula === undefined) return constant(cell.value);
  const result = constant(cell.value);
  return (
    result === null ? { formula: cell.formula } : { formula: cell.formula, result }
  ) as CellValue;
}

/**
 * The preview's workbook as an .xlsx, made in the browser with ExcelJS (loaded only when needed):
 * every sheet with its formulas in Excel's invariant notation and their computed values cached,
 * number formats, bold, merged areas, frozen rows, column widths and the conditional formats.
 * ExcelJS writes no charts: a Balans sheet's chart is not in the file.
 */
export async function exportXlsx(sheets: readonly ExportedSheet[]): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import(/* webpackChunkName: "exceljs" */ "exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Balans";
  for (const sheet of sheets) {
    const { layout } = sheet;
    const worksheet = workbook.addWorksheet(sheet.name, {
      views:
        layout.freezeRows > 0
          ? [{ state: "frozen", ySplit: layout.freezeRows, xSplit: 0 }]
          : undefined,
    });
    layout.columnWidths.forEach((points, index) => {
      if (points !== undefined)
        worksheet.getColumn(index + 1).width = points / POINTS_PER_CHARACTER;
    });
    for (const cell of sheet.cells) {
      const target = worksheet.getCell(cell.row + 1, cell.column + 1);
      target.value = cellValue(cell);
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
      if (cell.bold) target.font = { bold: true };
    }
    for (const merge of layout.merges)
      worksheet.mergeCells(merge.top + 1, merge.left + 1, merge.bottom + 1, merge.right + 1);
    for (const { range, rules } of layout.conditionalFormats) {
      worksheet.addConditionalFormatting({
        ref: rangeAddress(range.top, range.left, range.bottom, range.right),
        rules: rules.map((rule, index) => ({
          type: "expression",
          priority: index + 1,
          formulae: [renderFormula(rule.formula, INVARIANT_DIALECT).slice(1)],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
            font: { color: { argb: argb(rule.font) } },
          },
        })),
      });
    }
  }
  return workbook.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}

/** Offers the bytes as a download: made in the page, never sent anywhere. */
export function download(bytes: ArrayBuffer, fileName: string): void {
  const url = URL.createObjectURL(
    new Blob([bytes], {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }),
  );
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
