import { ActionPlanLayout, cellAt, Measure, MONTHS_IN_YEAR } from "../engine";
import { Translate } from "../i18n/ui";
import { FormulaNode, PlannedCell, SheetPlan, StatusKey, TableSnapshot } from "../workbook/types";
import {
  call,
  compare,
  constant,
  divide,
  formula,
  label,
  minus,
  MONEY_FORMAT,
  num,
  NumberOrCellSource,
  ScaledSource,
  scaledNumberOrCell,
  orBlank,
  PERCENT_FORMAT,
  plus,
  ref,
  text,
} from "./nodes";
import { snapshotSource, sourceCell, sourceMonths } from "./source";
import { StatusCells, statusRules, statusText } from "./status";
import { uniqueSheetName } from "./sheetName";

export interface FollowUpInput {
  snapshot: Pick<TableSnapshot, "sheet" | "top" | "left" | "values">;
  layout: ActionPlanLayout;
  measures: readonly Measure[];
  month: number;
  /** The deficit as typed or pointed at; scaled into the plan's unit and result terms (negative = deficit). */
  deficit?: NumberOrCellSource | ScaledSource;
  unit: string;
  year: number;
  thresholds: { onTrack: number; atRisk: number };
  t: Translate;
}

const FIRST_MEASURE_ROW = 6; // 1-based: title, month/deficit, thresholds, source, header, then the measures
const MONTH_CELL = "$B$2";
const DEFICIT_CELL = "$D$2";
const STATUS_CELLS: StatusCells = {
  performance: "G",
  achieved: "C",
  deviation: "E",
  onTrackFrom: "$B$3",
  atRiskFrom: "$D$3",
};

/**
 * The follow-up sheet: one row per measure, every figure a live BALANS formula on the controller's
 * own cells, so an edit in the plan flows through; what was typed in the pane (month, deficit,
 * thresholds) sits in labelled input cells the formulas read. Columns: measure, expected, achieved
 * (the chart's source, side by side), full-year effect, deviation, achievement, against plan, status
 * (text and colours from one rule, the pane's), forecast.
 */
export function followUpSheetPlan(input: FollowUpInput, takenNames: readonly string[]): SheetPlan {
  const { snapshot, layout, measures, month, t } = input;
  const source = (row: number, column: number) => sourceCell(snapshot, row, column);
  const period = `${input.year}-${String(month).padStart(2, "0")}`;
  const startMonth = (row: number): FormulaNode | null =>
    layout.startMonthColumn === undefined ? null : source(row, layout.startMonthColumn);
  const statusWords: Record<StatusKey, string> = {
    onTrack: t("statusOnTrack"),
    atRisk: t("statusAtRisk"),
    behind: t("statusBehind"),
    notStarted: t("statusNotStarted"),
  };

  // Months after the table's last column are unreported, as the pane reads them, not beyond the data.
  const achievedMonth = call("MIN", ref(MONTH_CELL), num(layout.monthColumns.length));

  const measureRow = (measure: Measure, index: number): PlannedCell[] => {
    const r = FIRST_MEASURE_ROW + index;
    const cell = (column: string) => ref(`${column}${r}`);
    const monthly = sourceMonths(snapshot, layout, measure.row);
    const start = startMonth(measure.row);
    // A cost-increasing measure's ratio reads backwards: the pane shows none, and judges it by deviation.
    const achievement = call(
      "IF",
      compare(cell("D"), "<", num(0)),
      text(""),
      orBlank(call("EFFECT.RATE", cell("C"), cell("D"), ref(MONTH_CELL), start)),
    );
    return [
      formula(source(measure.row, layout.nameColumn)),
      formula(call("EFFECT.EXPECTED", cell("D"), ref(MONTH_CELL), start), MONEY_FORMAT),
      formula(
        call("EFFECT.ACHIEVED", monthly, num(measure.cumulative ? 1 : 0), achievedMonth),
        MONEY_FORMAT,
      ),
      formula(
        fullYearEffectFormula(
          source(measure.row, layout.effectColumn),
          typeof cellAt(snapshot.values, measure.row, layout.effectColumn) === "string",
        ),
        MONEY_FORMAT,
      ),
      formula(minus(cell("C"), cell("B")), MONEY_FORMAT),
      formula(achievement, PERCENT_FORMAT),
      formula(orBlank(plus(num(1), divide(cell("E"), call("ABS", cell("B"))))), PERCENT_FORMAT),
      formula(statusText(STATUS_CELLS, r, statusWords)),
      formula(effectForecastFormula(cell("C"), cell("D"), start), MONEY_FORMAT),
    ];
  };

  // The table's own structure: its measures in order, each subtotal where it stood, summing its written rows.
  const blocks = writtenBlocks(layout, measures);
  const writtenRow = new Map(blocks.map((block, index) => [block.row, FIRST_MEASURE_ROW + index]));
  const last = FIRST_MEASURE_ROW + blocks.length - 1;
  const total = last + 1;
  // The grand total adds the measures only: a subtotal in between would count its rows twice.
  const measureRuns = runs(
    blocks.flatMap((block, index) =>
      block.measure === undefined ? [] : [FIRST_MEASURE_ROW + index],
    ),
  );
  const sum = (letter: string) => formula(sumOver(letter, measureRuns), MONEY_FORMAT, true);
  // GAP.BALANCE takes one range: the measures' own when they stand together, else the total over them.
  const effectsOf = (letter: string) =>
    measureRuns.length === 1 ? runRange(letter, measureRuns[0]) : ref(`${letter}${total}`);
  const subtotalRow = (block: Block, r: number): PlannedCell[] => {
    const childRuns = runs(
      (block.children ?? [])
        .map((child) => writtenRow.get(child))
        .filter((row): row is number => row !== undefined),
    );
    const childSum = (letter: string) => formula(sumOver(letter, childRuns), MONEY_FORMAT, true);
    // The section's status in words, as its colours already say it (the status range covers the row).
    return [
      formula(source(block.row, layout.nameColumn), undefined, true),
      ...summaryCells(
        r,
        childSum,
        formula(statusText(STATUS_CELLS, r, statusWords), undefined, true),
      ),
    ];
  };
  const deficitCell = scaledNumberOrCell(input.deficit, MONEY_FORMAT);
  // Blank, not #N/A, until a deficit is entered in its input cell; then the gap follows it.
  const gap = (effects: string) =>
    formula(
      call(
        "IF",
        call("ISNUMBER", ref(DEFICIT_CELL)),
        call("GAP.BALANCE", ref(DEFICIT_CELL), effectsOf(effects)),
        text(""),
      ),
      MONEY_FORMAT,
      true,
    );
  const noDeficitNote =
    input.deficit === undefined
      ? [label(t("sheetNoDeficit", { cell: DEFICIT_CELL.replace(/\$/g, "") }))]
      : [];
  const costIncreasing = measures.some((measure) => measure.fullYearEffect < 0);

  const rows: PlannedCell[][] = [
    [label(t("sheetFollowUpTitle", { period, unit: input.unit }), true)],
    [label(t("sheetMonth")), constant(month), label(t("sheetDeficit")), deficitCell],
    [
      label(t("sheetOnTrackFrom")),
      constant(input.thresholds.onTrack, PERCENT_FORMAT),
      label(t("sheetAtRiskFrom")),
      constant(input.thresholds.atRisk, PERCENT_FORMAT),
    ],
    [label(t("sheetSource", { source: snapshotSource(snapshot) }))],
    [
      t("measure"),
      t("expectedToDate"),
      t("achievedToDate"),
      t("effectColumn"),
      t("deviation"),
      t("achievement"),
      t("sheetPerformance"),
      t("status"),
      t("forecastFullYear"),
    ].map((h) => label(h, true)),
    ...blocks.map((block, index) =>
      block.measure === undefined
        ? subtotalRow(block, FIRST_MEASURE_ROW + index)
        : measureRow(block.measure, index),
    ),
    [label(t("total"), true), ...summaryCells(total, sum, label(""))],
    [],
    [label(t("gapToBalance"), true), gap("D"), ...noDeficitNote],
    [label(t("gapAfterForecast"), true), gap("I")],
    ...(costIncreasing ? [[], [label(t("sheetCostIncreasingNote"))]] : []),
  ];

  return {
    name: uniqueSheetName(t("sheetFollowUpName", { period }), takenNames),
    mark: { kind: "followUp", source: snapshotSource(snapshot) },
    rows,
    columnWidths: [260, 90, 90, 90, 90, 80, 80, 80, 100],
    conditionalFormats: [
      {
        range: `G${FIRST_MEASURE_ROW}:H${last}`,
        rules: statusRules(STATUS_CELLS, FIRST_MEASURE_ROW),
      },
    ],
    chart: {
      type: "ColumnClustered",
      title: t("chartFollowUp"),
      source: `A${FIRST_MEASURE_ROW - 1}:C${last}`,
      anchor: "K5",
    },
    freezeRows: FIRST_MEASURE_ROW - 1,
  };
}

/** A written row: a measure, or a subtotal of the table over its child rows (matrix rows). */
interface Block {
  row: number;
  measure?: Measure;
  children?: readonly number[];
}

/**
 * The measures and the table's subtotals in the table's order. A total other than the grand total is
 * a level in between, written like a subtotal; the grand total is the sheet's own total row.
 */
function writtenBlocks(layout: ActionPlanLayout, measures: readonly Measure[]): Block[] {
  const levels = layout.structure.rows.filter(
    ({ row, role }) =>
      role === "subtotal" || (role === "total" && row !== layout.structure.totalsRow),
  );
  const blocks: Block[] = measures.map((measure) => ({ row: measure.row, measure }));
  // A subtotal is written when some row it adds up is: a measure, or a nested subtotal written before.
  const written = new Set(blocks.map(({ row }) => row));
  for (let added = true; added;) {
    added = false;
    for (const { row, children = [] } of levels) {
      if (written.has(row) || !children.some((child) => written.has(child))) continue;
      written.add(row);
      blocks.push({ row, children });
      added = true;
    }
  }
  return blocks.sort((a, b) => a.row - b.row);
}

/** Consecutive row numbers as [first, last] runs, so a SUM names ranges rather than every cell. */
function runs(rows: readonly number[]): [number, number][] {
  const result: [number, number][] = [];
  for (const row of rows) {
    const previous = result[result.length - 1];
    if (previous !== undefined && previous[1] === row - 1) previous[1] = row;
    else result.push([row, row]);
  }
  return result;
}

function runRange(letter: string, [from, to]: readonly [number, number]): FormulaNode {
  return ref(from === to ? `${letter}${from}` : `${letter}${from}:${letter}${to}`);
}

function sumOver(letter: string, rowRuns: readonly [number, number][]): FormulaNode {
  return call("SUM", ...rowRuns.map((run) => runRange(letter, run)));
}

/** A subtotal's or the total's figures: sums, and the deviation and ratios on them. */
function summaryCells(
  r: number,
  sum: (letter: string) => PlannedCell,
  status: PlannedCell,
): PlannedCell[] {
  return [
    sum("B"),
    sum("C"),
    sum("D"),
    formula(minus(ref(`C${r}`), ref(`B${r}`)), MONEY_FORMAT, true),
    formula(orBlank(divide(ref(`C${r}`), ref(`B${r}`))), PERCENT_FORMAT, true),
    formula(
      orBlank(plus(num(1), divide(ref(`E${r}`), call("ABS", ref(`B${r}`))))),
      PERCENT_FORMAT,
      true,
    ),
    status,
    sum("I"),
  ];
}

/**
 * The measure's full-year effect: a reference to the controller's cell. A figure stored as text
 * ("−47,6") would show as text and Excel's SUM in the total row would skip it, so such a cell is
 * read through BALANS instead: the effect expected by December is the full-year effect, as a number.
 */
function fullYearEffectFormula(effect: FormulaNode, storedAsText: boolean): FormulaNode {
  return storedAsText ? call("EFFECT.EXPECTED", effect, num(MONTHS_IN_YEAR)) : effect;
}

/** The same choice as the pane's forecast: the pace so far once the measure has delivered, else the plan. */
function effectForecastFormula(
  achieved: FormulaNode,
  fullYear: FormulaNode,
  start: FormulaNode | null,
): FormulaNode {
  return call(
    "IFERROR",
    call("EFFECT.FORECAST", achieved, fullYear, ref(MONTH_CELL), text("runrate"), start),
    call("EFFECT.FORECAST", achieved, fullYear, ref(MONTH_CELL), text("plan"), start),
  );
}
