import { useMemo, useState } from "react";
import { AgencyAnalysis, AgencyValues, analyseAgency, assembleAgency, parseNumberText } from "../../engine";
import { staffingSheetPlan } from "../../sheets/staffingSheet";
import { useBalans } from "../BalansContext";
import { cellProblemMessage, detectionMessage } from "../problems";
import { ViewModel } from "../viewModel";
import { useNumberOrCell } from "./useNumberOrCell";
import { Selections, useReadings } from "./useReadings";
import { useSheetWriter } from "./useSheetWriter";

export type AgencyRole = "table" | "prior";

export interface AgencyInputs {
  selections: Selections<AgencyRole>;
  take(role: AgencyRole): Promise<void>;
  clear(role: AgencyRole): void;
  values: AgencyValues;
  setValues(values: AgencyValues): void;
  priceText: string;
  setPriceText(text: string): void;
  ownStaffCost: ReturnType<typeof useNumberOrCell>;
  agencyCost: ReturnType<typeof useNumberOrCell>;
  unit: string;
}

/** Agency hours or costs per category and month, in FTE, and their share of own staff cost. */
export function useAgency(): ViewModel<AgencyInputs, AgencyAnalysis> {
  const { settings, t } = useBalans();
  const readings = useReadings<AgencyRole>();
  const { selections } = readings;
  const writer = useSheetWriter(selections);
  const [values, setValues] = useState<AgencyValues>("hours");
  const [priceText, setPriceText] = useState("");
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
  const analysis = useMemo(
    () =>
      assembled && assembled.problems.length === 0
        ? analyseAgency(assembled.categories, {
            hoursPerMonth: settings.hoursPerMonth,
            ownStaffCost: ownStaffCost.resolved?.value,
            agencyCostTotal: agencyCost.resolved?.value,
            targetShare: settings.targetShare,
          })
        : undefined,
    [assembled, settings.hoursPerMonth, settings.targetShare, ownStaffCost.resolved, agencyCost.resolved],
  );

  async function createSheet() {
    if (!table || !assembled || !analysis) return;
    await writer.write((takenNames) =>
      staffingSheetPlan(
        {
          table,
          assembly: assembled,
          values,
          hourlyPrice,
          hoursPerMonth: settings.hoursPerMonth,
          months: analysis.months,
          ownStaffCost: ownStaffCost.resolved?.cell ?? ownStaffCost.resolved?.value,
          agencyCost: agencyCost.resolved?.cell ?? agencyCost.resolved?.value,
          targetShare: settings.targetShare,
          year: settings.followUpYear,
          t,
        },
        takenNames,
      ),
    );
  }

  const detectedIn = detection && (detection.prior ? prior : table);
  const problems = [
    ...(detection && detectedIn ? [detectionMessage(detection.detection, detectedIn, t)] : []),
    ...(assembled?.problems ?? []).map((problem) => cellProblemMessage(problem, t)),
    ...(readings.failure ? [readings.failure] : []),
    ...[ownStaffCost.problem, agencyCost.problem].filter((problem): problem is string => problem !== undefined),
  ];

  return {
    inputs: {
      selections,
      take: readings.take,
      clear: readings.clear,
      values,
      setValues,
      priceText,
      setPriceText,
      ownStaffCost,
      agencyCost,
      unit: settings.unit,
    },
    busy: readings.busy ?? writer.busy,
    problems,
    result: analysis,
    write: writer.outcome(analysis ? createSheet : undefined),
  };
}
