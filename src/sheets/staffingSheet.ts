import { AgencyAssembly, AgencyValues, AmountUnit, isSubtotalName } from "../engine";
import { Translate } from "../i18n/ui";
import { FormulaNode, PlannedCell, SheetPlan, TableSnapshot } from "../workbook/types";
import {
  call,
  constant,
  formula,
  FTE_FORMAT,
  label,
  minus,
  MONEY_FORMAT,
  NumberOrCellSource,
  PERCENT_FORMAT,
  ref,
  ScaledSource,
  scaledNumberOrCell,
  text,
} from "./nodes";
import { uniqueSheetName } from "./sheetName";
import {
  cellsAsRanges,
  refuseCellsStoredAsText,
  refuseFiguresStoredAsText,
  snapshotSource,
  sourceCell,
  sourceMonths,
} from "./source";

export interface StaffingSheetInput {
  table: Pick<TableSnapshot, "sheet" | "top" | "left" | "values">;
  /** The prior year's table the assembly matched categories in, when one was given. */
  priorTable?: Pick<TableSnapshot, "sheet" | "top" | "left" | "values">;
  assembly: AgencyAssembly;
  values: AgencyValues;
  hourlyPrice?: number;
  /** The unit of the table's costs; the hourly price is in kr an hour. */
  costUnit?: AmountUnit;
  hoursPerMonth: number;
  months: number;
  /** Own staff and agency cost, converted into the table's unit. */
  ownStaffCost?: NumberOrCellSource | ScaledSource;
  agencyCost?: NumberOrCellSource | ScaledSource;
  targetShare: number;
  year: number;
  t: Translate;
}

const HOURS_PER_MONTH_CELL = "$B$2";
const MONTHS_CELL = "$D$2";
const PRICE_CELL = "$F$2";
const FIRST_ROW = 5;

/**
 * The staffing sheet: per category the period's hours (or cost) summed from the controller's table
 * and the FTE they equal, as BALANS formulas; the prior year's FTE from the prior-year table's cells;
 * totals of every column without the "varav" rows (a column says which rows count, so the total is
 * one SUMIF whatever the number of categories); and the agency share of own staff cost against the
 * target. What was typed in the pane (hours per month, months, hourly price) sits in input cells.
 */
export function staffingSheetPlan(
  input: StaffingSheetInput,
  takenNames: readonly string[],
): SheetPlan {
  const { assembly, t, table, priorTable } = input;
  refuseFiguresStoredAsText(table, assembly.layout, assembly.categoryRows);
  const priorCells = priorTable ? (assembly.priorCells ?? []) : [];
  if (priorTable)
    refuseCellsStoredAsText(
      priorTable,
      priorCells.flatMap((cells) => cells ?? []),
    );
  const period = String(input.year);
  const fteOf = (amount: FormulaNode) =>
    input.values === "hours"
      ? call("FTE", amount, ref(MONTHS_CELL), ref(HOURS_PER_MONTH_CELL))
      : call(
          "FTE.FROMCOST",
          amount,
          ref(PRICE_CELL),
          ref(MONTHS_CELL),
          ref(HOURS_PER_MONTH_CELL),
          input.costUnit ? text(input.costUnit) : null,
        );
  const withUnit = (word: string) => (input.costUnit ? `${word} (${input.costUnit})` : word);
  const rows: PlannedCell[][] = [
    [label(t("sheetStaffingTitle", { period }), true)],
    [
      label(t("hoursPerMonth")),
      constant(input.hoursPerMonth),
      label(t("months")),
      constant(input.months),
      ...(input.values === "cost"
        ? [label(t("hourlyPrice")), constant(input.hourlyPrice ?? 0)]
        : []),
    ],
    [label(t("sheetSource", { source: snapshotSource(table) }))],
    [
      t("category"),
      input.values === "hours" ? t("hours") : withUnit(t("cost")),
      t("fte"),
      t("priorYearFte"),
      t("sheetChange"),
      t("sheetInTotal"),
    ].map((h) => label(h, true)),
  ];
  const last = FIRST_ROW + assembly.categories.length - 1;
  const counted: boolean[] = [];
  assembly.categories.forEach((category, index) => {
    const r = FIRST_ROW + index;
    counted.push(!isSubtotalName(category.name));
    // A prior cost is not turned into FTE: the hourly price differs by year (as the pane, analyseAgency).
    const cells = priorCells[index];
    const priorFte =
      input.values === "hours" && cells && cells.length > 0
        ? formula(fteOf(call("SUM", ...cellsAsRanges(cells))), FTE_FORMAT)
        : undefined;
    rows.push([
      formula(sourceCell(table, assembly.categoryRows[index], assembly.layout.nameColumn)),
      formula(
        call("SUM", sourceMonths(table, assembly.layout, assembly.categoryRows[index])),
        MONEY_FORMAT,
      ),
      formula(fteOf(ref(`B${r}`)), FTE_FORMAT),
      priorFte ?? label(""),
      priorFte ? formula(minus(ref(`C${r}`), ref(`D${r}`)), FTE_FORMAT) : label(""),
      label(counted[index] ? t("sheetYes") : t("sheetNo")),
    ]);
  });
  const totalRow = last + 1;
  const sumOf = (column: string, numberFormat: string) =>
    formula(
      call(
        "SUMIF",
        ref(`F${FIRST_ROW}:F${last}`),
        text(t("sheetYes")),
        ref(`${column}${FIRST_ROW}:${column}${last}`),
      ),
      numberFormat,
      true,
    );
  // The prior year's total only when every counted category has one, as the pane's total.
  const everyPrior = assembly.categories.every(
    (_, index) => !counted[index] || rows[FIRST_ROW - 1 + index][3].formula !== undefined,
  );
  rows.push([
    label(t("total"), true),
    sumOf("B", MONEY_FORMAT),
    sumOf("C", FTE_FORMAT),
    ...(everyPrior && priorCells.length > 0
      ? [
          sumOf("D", FTE_FORMAT),
          formula(minus(ref(`C${totalRow}`), ref(`D${totalRow}`)), FTE_FORMAT, true),
        ]
      : []),
  ]);
  rows.push([]);
  const shareRow = totalRow + 2;
  rows.push([
    label(withUnit(t("agencyCostShort"))),
    scaledNumberOrCell(input.agencyCost, MONEY_FORMAT),
  ]);
  rows.push([
    label(withUnit(t("ownStaffCostShort"))),
    scaledNumberOrCell(input.ownStaffCost, MONEY_FORMAT),
  ]);
  rows.push([label(t("targetShare")), constant(input.targetShare, PERCENT_FORMAT)]);
  if (input.agencyCost !== undefined && input.ownStaffCost !== undefined) {
    rows.push([
      label(t("shareLabel"), true),
      formula(
        call("AGENCY.SHARE", ref(`B${shareRow}`), ref(`B${shareRow + 1}`)),
        PERCENT_FORMAT,
        true,
      ),
    ]);
  }
  return {
    name: uniqueSheetName(t("sheetStaffingName", { period }), takenNames),
    mark: { kind: "staffing", source: snapshotSource(table) },
    rows,
    columnWidths: [220, 100, 100, 100, 100, 70],
    freezeRows: 4,
  };
}
