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
/** BALANS.FORECAST against the native formula of the same meaning: no slower. */
const METHOD_TARGET = 1;
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
    ...Array.from({ length: MONTHS }, (_, month) =>
      month < LAST_MONTH ? -Math.round(100 + next() * 900) / 10 : null,
    ),
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
    if (typeof value !== "number" || !Number.isFinite(value))
      throw new Error(`${what}: row ${row + 1} computed ${JSON.stringify(value)}`);
  }
}

export async function recalculation(rows = 10_000, runs = 5): Promise<Figure[]> {
  const functions = balansFunctionSet();
  const balansSheet = sheet(rows, (row, index) =>
    BALANS_FORMULAS[index % BALANS_FORMULAS.length](row),
  );
  const nativeSheet = sheet(rows, nativeFormula);

  const build = (contents: unknown[][]) =>
    createBalansHyperFormula({ [SHEET]: contents }, functions);
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
    workbook.setCellContents(
      { sheet: sheetId(workbook), row: 0, col: LAST_MONTH },
      newMonth(rows, paste),
    );
    return workbook.getCellValue({ sheet: sheetId(workbook), row: rows - 1, col: MONTHS });
  };
  const recalculated = await alternate(
    runs,
    () => pasteMonth(balansBook),
    () => pasteMonth(nativeBook),
    1,
  );
  checkComputed(balansBook, rows, "BALANS after the paste");
  balansBook.destroy();
  nativeBook.destroy();
  // The same paste into the sheet without its formulas: HyperFormula's own share of the figures above.
  const bareBook = build(sheet(rows, () => ""));
  const bare = median(
    (
      await alternate(
        runs,
        () => pasteMonth(bareBook),
        () => undefined,
        1,
      )
    ).figure,
  );
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

// ---------------------------------------------------------------------------------------------
// Each forecast method against the native formulas a controller would write for it instead.

/**
 * Row 1 holds the month numbers (1–12, the x of the trend); each row below holds 12 months of actuals
 * (11 reported, month 12 blank) in A:L, its formula in M, and its monthly budget (or prior year) in N:Y.
 * The native formulas take the months reported as BALANS does: the non-blank cells of A:L.
 * HyperFormula has no FORECAST.LINEAR nor INTERCEPT and computes arrays inside SUMPRODUCT only in
 * ARRAYFORMULA, so the trend is written with SLOPE and AVERAGE, and the masks with ARRAYFORMULA.
 */
const METHOD_FORMULAS: {
  method: string;
  balans: (row: number) => string;
  native: (row: number) => string;
  nativeText: string;
}[] = [
  {
    method: "runrate",
    balans: (r) => `=BALANS.FORECAST(A${r}:L${r},,,"runrate")`,
    native: (r) => `=SUM(A${r}:L${r})*12/COUNT(A${r}:L${r})`,
    nativeText: "SUM(A:L)*12/COUNT(A:L)",
  },
  {
    method: "budget",
    balans: (r) => `=BALANS.FORECAST(A${r}:L${r},,N${r}:Y${r},"budget")`,
    native: (r) => `=SUM(A${r}:L${r})+SUMPRODUCT(N${r}:Y${r},ARRAYFORMULA(--ISBLANK(A${r}:L${r})))`,
    nativeText: "SUM(A:L)+SUMPRODUCT(N:Y,--ISBLANK(A:L))",
  },
  {
    method: "budgetratio",
    balans: (r) => `=BALANS.FORECAST(A${r}:L${r},,N${r}:Y${r},"budgetratio")`,
    native: (r) =>
      `=SUM(A${r}:L${r})*SUM(N${r}:Y${r})/SUMPRODUCT(N${r}:Y${r},ARRAYFORMULA(--ISNUMBER(A${r}:L${r})))`,
    nativeText: "SUM(A:L)*SUM(N:Y)/SUMPRODUCT(N:Y,--ISNUMBER(A:L))",
  },
  {
    method: "prioryear",
    balans: (r) => `=BALANS.FORECAST(A${r}:L${r},,,"prioryear",N${r}:Y${r})`,
    native: (r) =>
      `=SUM(A${r}:L${r})*SUM(N${r}:Y${r})/SUMPRODUCT(N${r}:Y${r},ARRAYFORMULA(--ISNUMBER(A${r}:L${r})))`,
    nativeText: "the same with the prior year in N:Y",
  },
  {
    method: "trend",
    balans: (r) => `=BALANS.FORECAST(A${r}:L${r},,,"trend")`,
    native: (r) =>
      `=SUM(A${r}:L${r})+(12-COUNT(A${r}:L${r}))*(AVERAGE(A${r}:L${r})-SLOPE(A${r}:L${r},$A$1:$L$1)*AVERAGEIF(A${r}:L${r},"<>",$A$1:$L$1))+SLOPE(A${r}:L${r},$A$1:$L$1)*SUMIF(A${r}:L${r},"",$A$1:$L$1)`,
    nativeText:
      "SUM + (12−COUNT)×intercept + SLOPE×Σ remaining months, the line FORECAST.LINEAR fits",
  },
];

function methodSheet(rows: number, formula: (row: number) => string): unknown[][] {
  const next = random(47);
  const header = [
    ...Array.from({ length: MONTHS }, (_, month) => month + 1),
    null,
    ...Array.from({ length: MONTHS }, () => null),
  ];
  return [
    header,
    ...Array.from({ length: rows }, (_, index) => [
      ...Array.from({ length: MONTHS }, (_, month) =>
        month < LAST_MONTH ? -Math.round(100 + next() * 900) / 10 : null,
      ),
      formula(index + 2),
      ...Array.from({ length: MONTHS }, () => -Math.round(100 + next() * 900) / 10),
    ]),
  ];
}

/** The forecasts in column M, every one a finite number and equal (to 1e-9 of its size) on both sheets. */
function checkSameMeaning(
  balans: HyperFormula,
  native: HyperFormula,
  rows: number,
  method: string,
): void {
  const ours = balans.getSheetValues(sheetId(balans));
  const theirs = native.getSheetValues(sheetId(native));
  for (let row = 1; row <= rows; row++) {
    const [a, b] = [ours[row][MONTHS], theirs[row][MONTHS]];
    if (
      typeof a !== "number" ||
      typeof b !== "number" ||
      !Number.isFinite(a) ||
      Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(b))
    ) {
      throw new Error(
        `${method}: row ${row + 1} computed ${JSON.stringify(a)} with BALANS and ${JSON.stringify(b)} natively`,
      );
    }
  }
}

export async function forecastMethodsAgainstNative(rows = 10_000, runs = 5): Promise<Figure[]> {
  const functions = balansFunctionSet();
  const build = (contents: unknown[][]) =>
    createBalansHyperFormula({ [SHEET]: contents }, functions);
  const figures: Figure[] = [];
  for (const { method, balans, native, nativeText } of METHOD_FORMULAS) {
    const balansBook = build(methodSheet(rows, balans));
    const nativeBook = build(methodSheet(rows, native));
    checkSameMeaning(balansBook, nativeBook, rows, method);
    // Each book gets the same figures in the same turn, so their results can be compared row by row.
    const pastes = new Map<HyperFormula, number>();
    const pasteMonth = (workbook: HyperFormula) => {
      const paste = (pastes.get(workbook) ?? 0) + 1;
      pastes.set(workbook, paste);
      workbook.setCellContents(
        { sheet: sheetId(workbook), row: 1, col: LAST_MONTH },
        newMonth(rows, paste),
      );
      return workbook.getCellValue({ sheet: sheetId(workbook), row: rows, col: MONTHS });
    };
    const recalculated = await alternate(
      runs,
      () => pasteMonth(balansBook),
      () => pasteMonth(nativeBook),
      1,
    );
    checkSameMeaning(balansBook, nativeBook, rows, `${method} after the paste`);
    balansBook.destroy();
    nativeBook.destroy();
    const ratio = median(recalculated.figure) / median(recalculated.baseline);
    figures.push({
      section: "Recalculation (HyperFormula)",
      name: `recalculate after pasting a month: ${count(rows)} × BALANS.FORECAST(…, "${method}")`,
      measured: ms(median(recalculated.figure)),
      baseline: `native ${nativeText} ${ms(median(recalculated.baseline))}`,
      ratio,
      target: `≤ ${METHOD_TARGET}×`,
      met: ratio <= METHOD_TARGET,
      note: `${ratio <= METHOD_TARGET ? "" : `${ratioText(ratio)} of the native formula. Every BALANS call goes through HyperFormula's plugin interface: its ranges are copied into fresh arrays of arrays in Excel's shape and each cell read and checked, where the built-ins run HyperFormula's own loops over cached ranges. `}Both sheets give the same forecast on every row, before and after the paste (checked to 1e-9).`,
    });
  }
  return figures;
}
