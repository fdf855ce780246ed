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
  numberOrCell,
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
  deficit?: NumberOrCellSource;
  unit: string;
  year: number;
  thresholds: { onTrack: number; atRisk: number };
  t: Translate;
}

const FIRST_MEASURE_ROW = 6; // 1-based: title, month/deficit, thresholds, source, header, then the measures
const MONTH_CELL = "$B$2";
const DEFICIT_CELL = "$D$2";
const STATUS_CELLS: StatusCells = { performance: "G", achieved: "C", deviation: "E", onTrackFrom: "$B$3", atRiskFrom: "$D$3" };

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
    const achievement = call("IF", compare(cell("D"), "<", num(0)), text(""), orBlank(call("EFFECT.RATE", cell("C"), cell("D"), ref(MONTH_CELL), start)));
    return [
      formula(source(measure.row, layout.nameColumn)),
      formula(call("EFFECT.EXPECTED", cell("D"), ref(MONTH_CELL), start), MONEY_FORMAT),
      formula(call("EFFECT.ACHIEVED", monthly, num(measure.cumulative ? 1 : 0), achievedMonth), MONEY_FORMAT),
      formula(fullYearEffectFormula(source(measure.row, layout.effectColumn), typeof cellAt(snapshot.values, measure.row, layout.effectColumn) === "string"), MONEY_FORMAT),
      formula(minus(cell("C"), cell("B")), MONEY_FORMAT),
      formula(achievement, PERCENT_FORMAT),
      formula(orBlank(plus(num(1), divide(cell("E"), call("ABS", cell("B"))))), PERCENT_FORMAT),
      formula(statusText(STATUS_CELLS, r, statusWords)),
      formula(effectForecastFormula(cell("C"), cell("D"), start), MONEY_FORMAT),
    ];
  };

  const last = FIRST_MEASURE_ROW + measures.length - 1;
  const total = last + 1;
  const column = (letter: string) => ref(`${letter}${FIRST_MEASURE_ROW}:${letter}${last}`);
  const sum = (letter: string) => formula(call("SUM", column(letter)), MONEY_FORMAT, true);
  const deficitCell = numberOrCell(input.deficit, MONEY_FORMAT);
  // Blank, not #N/A, until a deficit is entered in its input cell; then the gap follows it.
  const gap = (effects: string) =>
    formula(call("IF", call("ISNUMBER", ref(DEFICIT_CELL)), call("GAP.BALANCE", ref(DEFICIT_CELL), column(effects)), text("")), MONEY_FORMAT, true);
  const noDeficitNote = input.deficit === undefined ? [label(t("sheetNoDeficit", { cell: DEFICIT_CELL.replace(/\$/g, "") }))] : [];
  const costIncreasing = measures.some((measure) => measure.fullYearEffect < 0);

  const rows: PlannedCell[][] = [
    [label(t("sheetFollowUpTitle", { period, unit: input.unit }), true)],
    [label(t("sheetMonth")), constant(month), label(t("sheetDeficit")), deficitCell],
    [label(t("sheetOnTrackFrom")), constant(input.thresholds.onTrack, PERCENT_FORMAT), label(t("sheetAtRiskFrom")), constant(input.thresholds.atRisk, PERCENT_FORMAT)],
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
    ...measures.map(measureRow),
    [
      label(t("total"), true),
      sum("B"),
      sum("C"),
      sum("D"),
      formula(minus(ref(`C${total}`), ref(`B${total}`)), MONEY_FORMAT, true),
      formula(orBlank(divide(ref(`C${total}`), ref(`B${total}`))), PERCENT_FORMAT, true),
      formula(orBlank(plus(num(1), divide(ref(`E${total}`), call("ABS", ref(`B${total}`))))), PERCENT_FORMAT, true),
      label(""),
      sum("I"),
    ],
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
    conditionalFormats: [{ range: `G${FIRST_MEASURE_ROW}:H${last}`, rules: statusRules(STATUS_CELLS, FIRST_MEASURE_ROW) }],
    chart: { type: "ColumnClustered", title: t("chartFollowUp"), source: `A${FIRST_MEASURE_ROW - 1}:C${last}`, anchor: "K5" },
    freezeRows: FIRST_MEASURE_ROW - 1,
  };
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
function effectForecastFormula(achieved: FormulaNode, fullYear: FormulaNode, start: FormulaNode | null): FormulaNode {
  return call(
    "IFERROR",
    call("EFFECT.FORECAST", achieved, fullYear, ref(MONTH_CELL), text("runrate"), start),
    call("EFFECT.FORECAST", achieved, fullYear, ref(MONTH_CELL), text("plan"), start),
  );
}
