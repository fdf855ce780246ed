import {
  columnLetters,
  FORECAST_METHODS,
  ForecastAssembly,
  ForecastSelections,
  MONTHS_IN_YEAR,
  SourceCell,
} from "../engine";
import { Language } from "../i18n/language";
import { forecastMethodName } from "../i18n/methodNames";
import { Translate } from "../i18n/ui";
import { FormulaNode, PlannedCell, SheetPlan } from "../workbook/types";
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
  orBlank,
  plus,
  ref,
  text,
  times,
} from "./nodes";
import { shortMonthName } from "./monthNames";
import { uniqueSheetName } from "./sheetName";
import { refuseFiguresStoredAsText, snapshotSource, sourceCell } from "./source";

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
const monthRange = (row: number) =>
  ref(`${monthColumn(1)}${row}:${monthColumn(MONTHS_IN_YEAR)}${row}`);
const METHOD_COLUMNS = [...FORECAST_METHODS, "auto"] as const;
const STATED_COLUMN = columnLetters(METHOD_COLUMNS.length + 1);
const AUTO_COLUMN = columnLetters(METHOD_COLUMNS.length);
const sourceRef = (cell: SourceCell) => ref(cell.address, cell.sheet);

/** A budget row of the sheet; a full-year budget (no phasing) goes into the forecast as one figure, its source cell where there is one. */
interface BudgetSpec {
  row: number;
  monthly: boolean;
  fullYear?: SourceCell;
}

/** A column's cells over consecutive rows, blank (not 0) while none of them holds a figure: a month not yet reported. */
const reportedSum = (column: string, rows: readonly number[]): FormulaNode => {
  const range = ref(`${column}${rows[0]}:${column}${rows[rows.length - 1]}`);
  return call("IF", compare(call("COUNT", range), "=", num(0)), text(""), call("SUM", range));
};

/**
 * A month of the controller's table: blank while the cell is blank (a reference to an empty cell
 * shows 0 in Excel, and 0 is not "not reported").
 */
const reportedCell = (cell: FormulaNode): FormulaNode =>
  call("IF", call("ISBLANK", cell), text(""), cell);

/**
 * The forecast sheet. Every figure from the controller's cells is a reference to them — actuals,
 * budget, prior years, stated forecasts — so an edit there flows through; every forecast is a BALANS
 * formula over them; totals are Excel sums. Last, the cumulative path the chart draws: actual,
 * budget and the total's automatic forecast.
 */
export function forecastSheetPlan(
  input: ForecastSheetInput,
  takenNames: readonly string[],
): SheetPlan {
  const { assembly, month, t, selections, language } = input;
  const { lines, sources } = assembly;
  refuseFiguresStoredAsText(selections.actuals, assembly.layout, assembly.lineRows);
  const period = `${input.year}-${String(month).padStart(2, "0")}`;
  const rows: PlannedCell[][] = [];
  /** Appends a row and returns its 1-based number. */
  const add = (cells: PlannedCell[]) => rows.push(cells);
  const monthHeader = (first: string) => [
    label(first, true),
    ...Array.from({ length: MONTHS_IN_YEAR }, (_, i) =>
      label(shortMonthName(i + 1, language), true),
    ),
  ];
  /** 12 month cells from the controller's cells: monthly cells as they are, one full-year cell spread evenly. */
  const budgetCells = (cells: readonly (SourceCell | null)[]) =>
    Array.from({ length: MONTHS_IN_YEAR }, (_, m) => {
      if (cells.length === 1 && cells[0])
        return formula(divide(sourceRef(cells[0]), num(MONTHS_IN_YEAR)), MONEY_FORMAT);
      const cell = cells[m];
      return cell ? formula(sourceRef(cell), MONEY_FORMAT) : label("");
    });

  add([label(t("sheetForecastTitle", { period, unit: input.unit }), true)]);
  add([label(t("months")), constant(month)]);
  add([label(t("sheetSource", { source: snapshotSource(selections.actuals) }))]);
  add([]);

  add(monthHeader(t("sheetActuals")));
  const actualRows = lines.map((line, index) =>
    add([
      label(line.name),
      ...Array.from({ length: MONTHS_IN_YEAR }, (_, m) => {
        const column = assembly.layout.monthColumns.find((c) => c.month === m + 1);
        return column
          ? formula(
              reportedCell(sourceCell(selections.actuals, assembly.lineRows[index], column.column)),
              MONEY_FORMAT,
            )
          : label("");
      }),
    ]),
  );
  const monthTotals = (lineRows: number[]) =>
    Array.from({ length: MONTHS_IN_YEAR }, (_, m) =>
      formula(reportedSum(monthColumn(m + 1), lineRows), MONEY_FORMAT, true),
    );
  const totalActualRow = add([label(t("total"), true), ...monthTotals(actualRows)]);
  add([]);

  const budgetRows = new Map<number, number>();
  if (lines.some((line) => line.budget) || assembly.total.budget)
    add(monthHeader(t("sheetBudget")));
  lines.forEach((line, index) => {
    const cells = sources.lineBudgets[index];
    if (line.budget && cells) budgetRows.set(index, add([label(line.name), ...budgetCells(cells)]));
  });
  const everyLineBudgeted = budgetRows.size === lines.length;
  const totalBudgetRow = sources.totalBudget
    ? add([label(t("total"), true), ...budgetCells(sources.totalBudget)])
    : everyLineBudgeted
      ? add([label(t("total"), true), ...monthTotals([...budgetRows.values()])])
      : undefined;
  const priorYears = sources.priorYears ?? [];
  const priorRows = priorYears.map((year, index) =>
    // Most recent last: with two prior years for 2024, 2022 then 2023.
    add([
      label(t("sheetPriorYear", { year: String(input.year - priorYears.length + index) })),
      ...year.map((cell) => (cell ? formula(sourceRef(cell), MONEY_FORMAT) : label(""))),
    ]),
  );
  add([]);

  add([
    label(t("forecast"), true),
    ...METHOD_COLUMNS.map((method) => label(forecastMethodName(method, language), true)),
    label(t("sheetStated"), true),
    label(t("gapToBudget"), true),
    label(t("impliedChange"), true),
  ]);
  const resultRow = (
    name: string,
    actualsRow: number,
    budget: BudgetSpec | undefined,
    stated: PlannedCell | undefined,
    total: boolean,
  ) => {
    const r = rows.length + 1;
    const budgetRange = budget === undefined ? null : monthRange(budget.row);
    // A full-year figure goes in as that one figure: it has no phasing of its own, as the pane reads it.
    const budgetArg =
      !budget || !budgetRange
        ? null
        : budget.monthly
          ? budgetRange
          : budget.fullYear
            ? sourceRef(budget.fullYear)
            : call("SUM", budgetRange);
    const priorArg =
      total && priorRows.length > 0
        ? ref(`B${priorRows[0]}:M${priorRows[priorRows.length - 1]}`)
        : null;
    const forecastBy = (method: string) =>
      orBlank(
        call(
          "FORECAST",
          monthRange(actualsRow),
          ref(MONTH_CELL),
          budgetArg,
          text(method),
          priorArg,
        ),
      );
    const statedCell = ref(`${STATED_COLUMN}${r}`);
    add([
      label(name, total),
      ...METHOD_COLUMNS.map((method) => formula(forecastBy(method), MONEY_FORMAT, total)),
      stated ?? label(""),
      stated && budgetRange
        ? formula(call("GAP", statedCell, call("SUM", budgetRange)), MONEY_FORMAT, total)
        : label(""),
      stated
        ? formula(
            call("FORECAST.IMPLIED", statedCell, monthRange(actualsRow), ref(MONTH_CELL)),
            MONEY_FORMAT,
            total,
          )
        : label(""),
    ]);
    return r;
  };
  const fullYearCell = (cells: readonly (SourceCell | null)[] | undefined) =>
    cells?.length === 1 && cells[0] ? cells[0] : undefined;
  const lineResultRows = lines.map((line, index) => {
    const budgetRow = budgetRows.get(index);
    const statedSource = sources.lineStated[index];
    return resultRow(
      line.name,
      actualRows[index],
      budgetRow === undefined
        ? undefined
        : {
            row: budgetRow,
            monthly: line.budget?.monthly === true,
            fullYear: fullYearCell(sources.lineBudgets[index]),
          },
      statedSource === undefined ? undefined : formula(sourceRef(statedSource), MONEY_FORMAT),
      false,
    );
  });
  const totalStated = sources.totalStated
    ? formula(sourceRef(sources.totalStated), MONEY_FORMAT, true)
    : lines.every((_, index) => sources.lineStated[index] !== undefined)
      ? formula(
          call(
            "SUM",
            ref(
              `${STATED_COLUMN}${lineResultRows[0]}:${STATED_COLUMN}${lineResultRows[lineResultRows.length - 1]}`,
            ),
          ),
          MONEY_FORMAT,
          true,
        )
      : undefined;
  // The total's budget keeps its phasing when it has one: the lines' full-year figures summed have none.
  const totalMonthly = assembly.total.budget
    ? assembly.total.budget.monthly
    : lines.every((line) => line.budget?.monthly === true);
  const totalBudget: BudgetSpec | undefined =
    totalBudgetRow === undefined
      ? undefined
      : { row: totalBudgetRow, monthly: totalMonthly, fullYear: fullYearCell(sources.totalBudget) };
  const totalResultRow = resultRow(t("total"), totalActualRow, totalBudget, totalStated, true);
  add([]);

  const chartTop = add([
    label(t("sheetMonth"), true),
    label(t("cumulativeActual"), true),
    label(t("cumulativeBudget"), true),
    label(t("forecast"), true),
  ]);
  const cumulative = (row: number, k: number) =>
    call("SUM", ref(`${monthColumn(1)}${row}:${monthColumn(k)}${row}`));
  const autoCell = ref(`${AUTO_COLUMN}${totalResultRow}`);
  for (let k = 1; k <= MONTHS_IN_YEAR; k++) {
    const toDate = cumulative(totalActualRow, month);
    // A straight path from the actual to date to the forecast at year end.
    const path: FormulaNode = plus(
      toDate,
      times(minus(autoCell, toDate), divide(num(k - month), num(MONTHS_IN_YEAR - month))),
    );
    add([
      label(shortMonthName(k, language)),
      k <= month ? formula(cumulative(totalActualRow, k), MONEY_FORMAT) : label(""),
      totalBudgetRow === undefined
        ? label("")
        : formula(cumulative(totalBudgetRow, k), MONEY_FORMAT),
      k >= month && month < MONTHS_IN_YEAR ? formula(path, MONEY_FORMAT) : label(""),
    ]);
  }

  return {
    name: uniqueSheetName(t("sheetForecastName", { period }), takenNames),
    mark: { kind: "forecast", source: snapshotSource(selections.actuals) },
    rows,
    columnWidths: [200, ...Array<number>(MONTHS_IN_YEAR).fill(80)],
    chart: {
      type: "Line",
      title: t("chartForecast"),
      source: `A${chartTop}:D${chartTop + MONTHS_IN_YEAR}`,
      anchor: `F${chartTop}`,
    },
  };
}
