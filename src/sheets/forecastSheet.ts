import { columnLetters, FORECAST_METHODS, ForecastAssembly, ForecastSelections, MONTHS_IN_YEAR, MonthlyBudget } from "../engine";
import { Language } from "../i18n/language";
import { forecastMethodName } from "../i18n/methodNames";
import { Translate } from "../i18n/ui";
import { FormulaNode, PlannedCell, SheetPlan } from "../workbook/types";
import { call, constant, divide, formula, label, minus, MONEY_FORMAT, num, orBlank, plus, ref, text, times } from "./nodes";
import { uniqueSheetName } from "./sheetName";
import { refuseFiguresStoredAsText, sourceCell } from "./source";

export interface ForecastSheetInput {
  selections: ForecastSelections;
  assembly: ForecastAssembly;
  month: number;
  unit: string;
  year: number;
  language: Language;
  t: Translate;
}

const MONTH_CELL = "$B$2";
const monthColumn = (month: number) => columnLetters(month); // months run B..M
const monthRange = (row: number) => ref(`${monthColumn(1)}${row}:${monthColumn(MONTHS_IN_YEAR)}${row}`);
/** The sum of a column over consecutive rows. */
const columnSum = (column: string, rows: readonly number[]) => call("SUM", ref(`${column}${rows[0]}:${column}${rows[rows.length - 1]}`));
const monthHeader = (first: string) => [label(first, true), ...Array.from({ length: MONTHS_IN_YEAR }, (_, i) => label(String(i + 1), true))];
const budgetCells = (budget: MonthlyBudget) => budget.months.map((value) => constant(value, MONEY_FORMAT));
const METHOD_COLUMNS = [...FORECAST_METHODS, "auto"] as const;
const STATED_COLUMN = columnLetters(METHOD_COLUMNS.length + 1);
const AUTO_COLUMN = columnLetters(METHOD_COLUMNS.length);

/**
 * The forecast sheet. Actuals are live references to the controller's table; the budget, prior
 * years and stated forecasts are written as the figures pointed at, for the user to edit; every
 * forecast is a BALANS formula over them; totals are Excel sums. Last, the cumulative path the
 * chart draws: actual, budget and the total's automatic forecast.
 */
export function forecastSheetPlan(input: ForecastSheetInput, takenNames: readonly string[]): SheetPlan {
  const { assembly, month, t, selections } = input;
  const { lines } = assembly;
  refuseFiguresStoredAsText(selections.actuals, assembly.layout, assembly.lineRows);
  const period = `${input.year}-${String(month).padStart(2, "0")}`;
  const rows: PlannedCell[][] = [];
  /** Appends a row and returns its 1-based number. */
  const add = (cells: PlannedCell[]) => rows.push(cells);

  add([label(t("sheetForecastTitle", { period, unit: input.unit }), true)]);
  add([label(t("months")), constant(month)]);
  add([label(t("sheetSource", { source: selections.actuals.sheet }))]);
  add([]);

  add(monthHeader(t("actuals")));
  const actualRows = lines.map((line, index) =>
    add([
      label(line.name),
      ...Array.from({ length: MONTHS_IN_YEAR }, (_, m) => {
        const column = assembly.layout.monthColumns.find((c) => c.month === m + 1);
        return column ? formula(sourceCell(selections.actuals, assembly.lineRows[index], column.column), MONEY_FORMAT) : label("");
      }),
    ]),
  );
  const monthTotals = (lineRows: number[]) =>
    Array.from({ length: MONTHS_IN_YEAR }, (_, m) => formula(columnSum(monthColumn(m + 1), lineRows), MONEY_FORMAT, true));
  const totalActualRow = add([label(t("total"), true), ...monthTotals(actualRows)]);
  add([]);

  const budgetRows = new Map<number, number>();
  if (lines.some((line) => line.budget) || assembly.total.budget) add(monthHeader(t("budget")));
  lines.forEach((line, index) => line.budget && budgetRows.set(index, add([label(line.name), ...budgetCells(line.budget)])));
  const everyLineBudgeted = budgetRows.size === lines.length;
  const totalBudgetRow = assembly.total.budget
    ? add([label(t("total"), true), ...budgetCells(assembly.total.budget)])
    : everyLineBudgeted
      ? add([label(t("total"), true), ...monthTotals([...budgetRows.values()])])
      : undefined;
  const priorRows = (assembly.total.priorYears ?? []).map((year, index) =>
    add([label(`${t("priorYears")} ${index + 1}`), ...year.map((value) => constant(value, MONEY_FORMAT))]),
  );
  add([]);

  add([
    label(t("forecast"), true),
    ...METHOD_COLUMNS.map((method) => label(forecastMethodName(method, input.language), true)),
    label(t("statedForecast"), true),
    label(t("gapToBudget"), true),
    label(t("impliedChange"), true),
  ]);
  const resultRow = (
    name: string,
    actualsRow: number,
    budgetRow: number | undefined,
    monthlyBudget: boolean,
    stated: PlannedCell | undefined,
    total: boolean,
  ) => {
    const r = rows.length + 1;
    const budgetRange = budgetRow === undefined ? null : monthRange(budgetRow);
    // A full-year figure spread evenly goes in as that one figure: it has no phasing of its own, as the pane reads it.
    const budgetArg = budgetRange && !monthlyBudget ? call("SUM", budgetRange) : budgetRange;
    const priorArg = total && priorRows.length > 0 ? ref(`B${priorRows[0]}:M${priorRows[priorRows.length - 1]}`) : null;
    const forecastBy = (method: string) => orBlank(call("FORECAST", monthRange(actualsRow), ref(MONTH_CELL), budgetArg, text(method), priorArg));
    const statedCell = ref(`${STATED_COLUMN}${r}`);
    add([
      label(name, total),
      ...METHOD_COLUMNS.map((method) => formula(forecastBy(method), MONEY_FORMAT, total)),
      stated ?? label(""),
      stated && budgetRange ? formula(call("GAP", statedCell, call("SUM", budgetRange)), MONEY_FORMAT, total) : label(""),
      stated ? formula(call("FORECAST.IMPLIED", statedCell, monthRange(actualsRow), ref(MONTH_CELL)), MONEY_FORMAT, total) : label(""),
    ]);
    return r;
  };
  const lineResultRows = lines.map((line, index) =>
    resultRow(
      line.name,
      actualRows[index],
      budgetRows.get(index),
      line.budget?.monthly === true,
      line.statedForecast === undefined ? undefined : constant(line.statedForecast, MONEY_FORMAT),
      false,
    ),
  );
  const totalStated =
    assembly.total.statedForecast !== undefined
      ? constant(assembly.total.statedForecast, MONEY_FORMAT)
      : lines.every((line) => line.statedForecast !== undefined)
        ? formula(columnSum(STATED_COLUMN, lineResultRows), MONEY_FORMAT, true)
        : undefined;
  const totalMonthly = assembly.total.budget ? assembly.total.budget.monthly : lines.every((line) => line.budget?.monthly === true);
  const totalResultRow = resultRow(t("total"), totalActualRow, totalBudgetRow, totalMonthly, totalStated, true);
  add([]);

  const chartTop = add([label(t("sheetMonth"), true), label(t("cumulativeActual"), true), label(t("cumulativeBudget"), true), label(t("forecast"), true)]);
  const cumulative = (row: number, k: number) => call("SUM", ref(`${monthColumn(1)}${row}:${monthColumn(k)}${row}`));
  const autoCell = ref(`${AUTO_COLUMN}${totalResultRow}`);
  for (let k = 1; k <= MONTHS_IN_YEAR; k++) {
    const toDate = cumulative(totalActualRow, month);
    // A straight path from the actual to date to the forecast at year end.
    const path: FormulaNode = plus(toDate, times(minus(autoCell, toDate), divide(num(k - month), num(MONTHS_IN_YEAR - month))));
    add([
      constant(k),
      k <= month ? formula(cumulative(totalActualRow, k), MONEY_FORMAT) : label(""),
      totalBudgetRow === undefined ? label("") : formula(cumulative(totalBudgetRow, k), MONEY_FORMAT),
      k >= month && month < MONTHS_IN_YEAR ? formula(path, MONEY_FORMAT) : label(""),
    ]);
  }

  return {
    name: uniqueSheetName(t("sheetForecastName", { period }), takenNames),
    rows,
    columnWidths: [200, ...Array<number>(MONTHS_IN_YEAR).fill(80)],
    chart: { type: "Line", title: t("chartForecast"), source: `A${chartTop}:D${chartTop + MONTHS_IN_YEAR}`, anchor: `F${chartTop}` },
  };
}
