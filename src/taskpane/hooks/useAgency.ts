import { useMemo, useState } from "react";
import {
  AgencyAnalysis,
  AgencyValues,
  AmountInUnit,
  AmountUnit,
  analyseAgency,
  assembleAgency,
  BalansError,
  convertAmount,
  MonthTableLayout,
  parseNumberText,
  unitOrFallback,
} from "../../engine";
import { staffingSheetPlan } from "../../sheets/staffingSheet";
import { useBalans } from "../BalansContext";
import { FieldMessage } from "../components/NumberOrCellField";
import {
  cellProblemMessage,
  detectionMessage,
  engineMessage,
  structureProblemMessage,
} from "../problems";
import { ViewModel } from "../viewModel";
import { NumberOrCell, useNumberOrCell } from "./useNumberOrCell";
import { Selections, useReadings } from "./useReadings";
import { useSheetWriter } from "./useSheetWriter";

export type AgencyRole = "table" | "prior";

type AmountInput = ReturnType<typeof useNumberOrCell>;

export interface AgencyInputs {
  selections: Selections<AgencyRole>;
  /** The table as read, for what the reader found (name, unit and year with their source). */
  layout?: MonthTableLayout;
  year: number;
  take(role: AgencyRole): Promise<void>;
  clear(role: AgencyRole): void;
  values: AgencyValues;
  setValues(values: AgencyValues): void;
  priceText: string;
  setPriceText(text: string): void;
  /** A question or problem about the hourly price, for its field. */
  priceMessage?: FieldMessage;
  ownStaffCost: AmountInput;
  agencyCost: AmountInput;
  ownStaffCostMessage?: FieldMessage;
  agencyCostMessage?: FieldMessage;
  /** The unit of the table's costs, in which every amount of the view is shown. */
  unit: AmountUnit;
  setUnit(unit: AmountUnit): void;
  /** The table names no unit and the user has not chosen one: the settings' unit is only a guess. */
  unitAssumed: boolean;
  unitFromTable: boolean;
}

const inUnit = (amount: NumberOrCell | undefined, unit: AmountUnit): AmountInUnit | undefined =>
  amount && { value: amount.value, unit };

const isMissingPrice = (error: BalansError | undefined) =>
  error?.code === "blankRequired" && error.params.arg === "hourly_price";

const fieldMessage = (input: AmountInput): FieldMessage | undefined =>
  input.problem ? { state: "error", text: input.problem } : undefined;

/** Agency hours or costs per category and month, in FTE, and their share of own staff cost. */
export function useAgency(): ViewModel<AgencyInputs, AgencyAnalysis> & {
  resultProblems: string[];
} {
  const { settings, t, language } = useBalans();
  const readings = useReadings<AgencyRole>("agency");
  const { selections } = readings;
  const writer = useSheetWriter(readings);
  const [values, setValues] = useState<AgencyValues>("hours");
  const [priceText, setPriceText] = useState("");
  const [chosenUnit, setChosenUnit] = useState<{ table: object; unit: AmountUnit }>();
  const ownStaffCost = useNumberOrCell("ownStaffCost");
  const agencyCost = useNumberOrCell("agencyCost");
  const { table, prior } = selections;
  const hourlyPrice = parseNumberText(priceText);

  const assembly = useMemo(
    () => (table ? assembleAgency(table, values, hourlyPrice, prior) : undefined),
    [table, values, hourlyPrice, prior],
  );
  const detection = assembly && "detection" in assembly ? assembly : undefined;
  const assembled = assembly && !("detection" in assembly) ? assembly : undefined;
  // The seam for the table's unit: what the table says, else the settings, until the user chooses one for this reading.
  const readUnit = unitOrFallback(assembled?.layout.unit, settings.unit);
  const chosen = chosenUnit && chosenUnit.table === table ? chosenUnit.unit : undefined;
  const costUnit = chosen ?? readUnit.unit;
  const ownStaffAmount = useMemo(
    () => inUnit(ownStaffCost.resolved, ownStaffCost.unit ?? costUnit),
    [ownStaffCost.resolved, ownStaffCost.unit, costUnit],
  );
  const agencyAmount = useMemo(
    () => inUnit(agencyCost.resolved, agencyCost.unit ?? costUnit),
    [agencyCost.resolved, agencyCost.unit, costUnit],
  );

  const analysis = useMemo(
    () =>
      assembled &&
      assembled.problems.length === 0 &&
      assembled.layout.structure.problems.length === 0
        ? analyseAgency(assembled.categories, {
            hoursPerMonth: settings.hoursPerMonth,
            costUnit,
            ownStaffCost: ownStaffAmount,
            agencyCostTotal: agencyAmount,
            targetShare: settings.targetShare,
          })
        : undefined,
    [
      assembled,
      settings.hoursPerMonth,
      settings.targetShare,
      costUnit,
      ownStaffAmount,
      agencyAmount,
    ],
  );

  async function createSheet() {
    if (!table || !assembled || !analysis) return;
    // Amounts beside the table go into the sheet in the table's unit, so the share compares like with like.
    const sheetAmount = (input: AmountInput) =>
      input.resolved && {
        source: input.resolved.cell ?? input.resolved.value,
        factor: convertAmount(1, input.unit ?? costUnit, costUnit),
      };
    await writer.write((takenNames) =>
      staffingSheetPlan(
        {
          table,
          priorTable: prior,
          assembly: assembled,
          values,
          hourlyPrice,
          costUnit,
          hoursPerMonth: settings.hoursPerMonth,
          months: analysis.months,
          ownStaffCost: sheetAmount(ownStaffCost),
          agencyCost: sheetAmount(agencyCost),
          targetShare: settings.targetShare,
          year: assembled.layout.year ?? settings.followUpYear,
          t,
        },
        takenNames,
      ),
    );
  }

  const named = (input: AmountInput, key: "ownStaffCostShort" | "agencyCostShort") => {
    const cell = input.resolved?.cell;
    return cell ? `${t(key)} (${cell.sheet ? `${cell.sheet}!` : ""}${cell.address})` : t(key);
  };
  const labels = {
    staff_cost: named(ownStaffCost, "ownStaffCostShort"),
    agency_cost: named(agencyCost, "agencyCostShort"),
  };
  const detectedIn = detection && (detection.prior ? prior : table);
  const problems = [
    ...(detection && detectedIn ? [detectionMessage(detection.detection, detectedIn, t)] : []),
    ...(assembled?.problems ?? []).map((problem) => cellProblemMessage(problem, t, language)),
    ...(table && assembled
      ? assembled.layout.structure.problems.map((problem) =>
          structureProblemMessage(problem, table, assembled.layout.nameColumn, t),
        )
      : []),
    ...(readings.failure ? [readings.failure] : []),
  ];
  // Why a category has no FTE or the share cannot be given; a missing price is asked on its own field instead.
  const resultProblems = analysis
    ? [
        ...analysis.categories.flatMap((category) =>
          category.error && !isMissingPrice(category.error)
            ? [`${category.name}: ${engineMessage(category.error, t, language, labels)}`]
            : [],
        ),
        ...(analysis.shareError ? [engineMessage(analysis.shareError, t, language, labels)] : []),
      ]
    : [];

  const priceMessage: FieldMessage | undefined =
    priceText.trim() !== "" && hourlyPrice === undefined
      ? { state: "error", text: t("hourlyPriceNotANumber", { text: priceText.trim() }) }
      : values === "cost" && analysis?.categories.some((category) => isMissingPrice(category.error))
        ? { state: "warning", text: t("hourlyPriceQuestion") }
        : undefined;

  return {
    inputs: {
      selections,
      layout: assembled?.layout,
      year: assembled?.layout.year ?? settings.followUpYear,
      take: readings.take,
      clear: readings.clear,
      values,
      setValues,
      priceText,
      setPriceText,
      priceMessage,
      ownStaffCost,
      agencyCost,
      ownStaffCostMessage: fieldMessage(ownStaffCost),
      agencyCostMessage: fieldMessage(agencyCost),
      unit: costUnit,
      setUnit: (unit) => table && setChosenUnit({ table, unit }),
      unitAssumed:
        assembled !== undefined &&
        values === "cost" &&
        readUnit.source === "settings" &&
        chosen === undefined,
      unitFromTable: assembled !== undefined && readUnit.source === "table",
    },
    busy: readings.busy ?? writer.busy,
    problems,
    result: analysis,
    resultProblems,
    reading: { stale: readings.stale, reread: readings.reread },
    write: writer.outcome(analysis ? createSheet : undefined),
  };
}
