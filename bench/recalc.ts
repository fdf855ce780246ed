/**
 * Recalculation in the preview's formula engine: HyperFormula with the BALANS functions registered by
 * the project's bridge (src/preview/hyperformulaBridge.ts). A sheet of 10 000 rows of 12 months, with
 * a BALANS formula over each row's 12 cells, against the same sheet with SUM over the same ranges.
 *
 * Figures: recalculating every formula after a new month is pasted (one column of 10 000 cells, as a
 * controller updates the follow-up), and building the sheet with its first calculation.
 */
import type { HyperFormula } from "hyperformula";
import { createBalansHyperFormula } from "../src/preview/hyperformulaBridge";
// The functions as the build registers them: metadata parsed from functions.ts, implementations associated.
import { balansFunctionSet } from "../test/support/evaluatePlan";
import { count, Figure, ms, ratioText } from "./report";
import { alternate, median, random } from "./timing";

const MONTHS = 12;
const TARGET = 2;
const SHEET = "Uppföljning";
const LAST_MONTH = MONTHS - 1; // column L, 0-based

/** The three BALANS functions that take one 12-cell range, in turn; SUM is the native formula of the same shape. */
const BALANS_FORMULAS = [
  (row: number) => `=BALANS.EFFECT.ACHIEVED(A${row}:L${row})`,
  (row: number) => `=BALANS.FORECAST(A${row}:L${row})`,
  (row: number) => `=BALANS.GAP.BALANCE(-500,A${row}:L${row})`,
];
const nativeFormula = (row: number) => `=SUM(A${row}:L${row})`;

/** 10 000 rows of 11 months reported (month 12 still blank), each row with its formula in column M. */
function sheet(rows: number, formula: (row: number, index: number) => string): unknown[][] {
  const next = random(31);
  return Array.from({ length: rows }, (_, index) => [
    ...Array.from({ length: MONTHS }, (_, month) => (month < LAST_MONTH ? -Math.round(100 + next() * 900) / 10 : null)),
    formula(index + 1, index),
  ]);
}

const newMonth = (rows: number, seed: number): number[][] => {
  const next = random(seed);
  return Array.from({ length: rows }, () => [-Math.round(100 + next() * 900) / 10]);
};

function sheetId(workbook: HyperFormula): number {
  const id = workbook.getSheetId(SHEET);
  if (id === undefined) throw new Error(`recalc bench: no sheet "${SHEET}"`);
  return id;
}

function checkComputed(workbook: HyperFormula, rows: number, what: string): void {
  const values = workbook.getSheetValues(sheetId(workbook));
  for (let row = 0; row < rows; row++) {
    const value = values[row][MONTHS];
    if (typeof value !== "number" || !Number.isFinite(value)) throw new Error(`${what}: row ${row + 1} computed ${JSON.stringify(value)}`);
  }
}

export async function recalculation(rows = 10_000, runs = 5): Promise<Figure[]> {
  const functions = balansFunctionSet();
  const balansSheet = sheet(rows, (row, index) => BALANS_FORMULAS[index % BALANS_FORMULAS.length](row));
  const nativeSheet = sheet(rows, nativeFormula);

  const build = (contents: unknown[][]) => createBalansHyperFormula({ [SHEET]: contents }, functions);
  const built = await alternate(
    runs,
    () => build(balansSheet).destroy(),
    () => build(nativeSheet).destroy(),
    1,
  );

  // Recalculation: a workbook per side, the month pasted again with new figures each time.
  const balansBook = build(balansSheet);
  const nativeBook = build(nativeSheet);
  checkComputed(balansBook, rows, "BALANS");
  let paste = 0;
  const pasteMonth = (workbook: HyperFormula) => {
    paste += 1;
    workbook.setCellContents({ sheet: sheetId(workbook), row: 0, col: LAST_MONTH }, newMonth(rows, paste));
    return workbook.getCellValue({ sheet: sheetId(workbook), row: rows - 1, col: MONTHS });
  };
  const recalculated = await alternate(runs, () => pasteMonth(balansBook), () => pasteMonth(nativeBook), 1);
  checkComputed(balansBook, rows, "BALANS after the paste");
  balansBook.destroy();
  nativeBook.destroy();
  // The same paste into the sheet without its formulas: HyperFormula's own share of the figures above.
  const bareBook = build(sheet(rows, () => ""));
  const bare = median((await alternate(runs, () => pasteMonth(bareBook), () => undefined, 1)).figure);
  bareBook.destroy();

  const shape = `${count(rows)} formulas over 12-cell ranges (EFFECT.ACHIEVED, FORECAST, GAP.BALANCE in turn)`;
  const recalcRatio = median(recalculated.figure) / median(recalculated.baseline);
  const buildRatio = median(built.figure) / median(built.baseline);
  const limit =
    "Every BALANS call goes through HyperFormula's plugin interface: the 12 cells are copied into a fresh array of arrays in Excel's shape, then the worksheet function reads and checks each one (readNumber), where SUM runs HyperFormula's own loop over the cached range.";
  return [
    {
      section: "Recalculation (HyperFormula)",
      name: `recalculate after pasting a month: ${shape}`,
      measured: ms(median(recalculated.figure)),
      baseline: `SUM over the same ranges ${ms(median(recalculated.baseline))}`,
      ratio: recalcRatio,
      target: `≤ ${TARGET}×`,
      met: recalcRatio <= TARGET,
      note: `${recalcRatio <= TARGET ? "" : `${ratioText(recalcRatio)} of SUM. ${limit} `}The same paste into the sheet without formulas takes ${ms(bare)}; above that, the formulas themselves take ${ms(median(recalculated.figure) - bare)} (BALANS) and ${ms(median(recalculated.baseline) - bare)} (SUM), ${ratioText((median(recalculated.figure) - bare) / (median(recalculated.baseline) - bare))}.`,
    },
    {
      section: "Recalculation (HyperFormula)",
      name: "build the sheet and compute it the first time",
      measured: ms(median(built.figure)),
      baseline: `SUM over the same ranges ${ms(median(built.baseline))}`,
      ratio: buildRatio,
      target: "—",
    },
  ];
}
