import { AgencyAssembly, AgencyValues, AmountUnit, isSubtotalName } from "../engine";
import { Translate } from "../i18n/ui";
import { FormulaNode, PlannedCell, SheetPlan, TableSnapshot } from "../workbook/types";
import { call, constant, formula, FTE_FORMAT, label, minus, MONEY_FORMAT, NumberOrCellSource, PERCENT_FORMAT, ref, ScaledSource, scaledNumberOrCell, text } from "./nodes";
import { uniqueSheetName } from "./sheetName";
import { refuseFiguresStoredAsText, sourceCell, sourceMonths } from "./source";

export interface StaffingSheetInput {
  table: Pick<TableSnapshot, "sheet" | "top" | "left" | "values">;
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
 * and the FTE they equal, as BALANS formulas; the prior year's FTE where given; the total without
 * the "varav" rows; and the agency share of own staff cost against the target.
 */
export function staffingSheetPlan(input: StaffingSheetInput, takenNames: readonly string[]): SheetPlan {
  const { assembly, t, table } = input;
  refuseFiguresStoredAsText(table, assembly.layout, assembly.categoryRows);
  const period = String(input.year);
  const fteOf = (amount: FormulaNode) =>
    input.values === "hours"
      ? call("FTE", amount, ref(MONTHS_CELL), ref(HOURS_PER_MONTH_CELL))
      : call("FTE.FROMCOST", amount, ref(PRICE_CELL), ref(MONTHS_CELL), ref(HOURS_PER_MONTH_CELL), input.costUnit ? text(input.costUnit) : null);
  const withUnit = (word: string) => (input.costUnit ? `${word} (${input.costUnit})` : word);
  const rows: PlannedCell[][] = [
    [label(t("sheetStaffingTitle", { period }), true)],
    [
      label(t("hoursPerMonth")),
      constant(input.hoursPerMonth),
      label(t("months")),
      constant(input.months),
      ...(input.values === "cost" ? [label(t("hourlyPrice")), constant(input.hourlyPrice ?? 0)] : []),
    ],
    [label(t("sheetSource", { source: table.sheet }))],
    [t("category"), input.values === "hours" ? t("hours") : withUnit(t("cost")), t("fte"), t("priorYearFte"), t("deviation")].map((h) => label(h, true)),
  ];
  const counted: number[] = [];
  assembly.categories.forEach((category, index) => {
    const r = FIRST_ROW + index;
    if (!isSubtotalName(category.name)) counted.push(r);
    // A prior cost is not turned into FTE: the hourly price differs by year (as the pane, analyseAgency).
    const priorAmount = category.prior?.hours;
    rows.push([
      formula(sourceCell(table, assembly.categoryRows[index], assembly.layout.nameColumn)),
      formula(call("SUM", sourceMonths(table, assembly.layout, assembly.categoryRows[index])), MONEY_FORMAT),
      formula(fteOf(ref(`B${r}`)), FTE_FORMAT),
      priorAmount === undefined ? label("") : formula(fteOf({ kind: "number", value: priorAmount }), FTE_FORMAT),
      priorAmount === undefined ? label("") : formula(minus(ref(`C${r}`), ref(`D${r}`)), FTE_FORMAT),
    ]);
  });
  const totalRow = FIRST_ROW + assembly.categories.length;
  const sumOf = (column: string) => call("SUM", ...counted.map((row) => ref(`${column}${row}`)));
  rows.push([label(t("total"), true), formula(sumOf("B"), MONEY_FORMAT, true), formula(sumOf("C"), FTE_FORMAT, true)]);
  rows.push([]);
  const shareRow = totalRow + 2;
  rows.push([label(withUnit(t("agencyCostShort"))), scaledNumberOrCell(input.agencyCost, MONEY_FORMAT)]);
  rows.push([label(withUnit(t("ownStaffCostShort"))), scaledNumberOrCell(input.ownStaffCost, MONEY_FORMAT)]);
  rows.push([label(t("targetShare")), constant(input.targetShare, PERCENT_FORMAT)]);
  if (input.agencyCost !== undefined && input.ownStaffCost !== undefined) {
    rows.push([label(t("shareLabel"), true), formula(call("AGENCY.SHARE", ref(`B${shareRow}`), ref(`B${shareRow + 1}`)), PERCENT_FORMAT, true)]);
  }
  return {
    name: uniqueSheetName(t("sheetStaffingName", { period }), takenNames),
    rows,
    columnWidths: [220, 100, 100, 100, 100, 100],
    freezeRows: 4,
  };
}
