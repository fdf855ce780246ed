import { useMemo, useState } from "react";
import { AgencyValues, analyseAgency, assembleAgency, parseNumberText } from "../../engine";
import { staffingSheetPlan } from "../../sheets/staffingSheet";
import { useBalans } from "../BalansContext";
import { cellProblemMessage, detectionMessage } from "../problems";
import { useNumberOrCell } from "./useNumberOrCell";
import { useSelections } from "./useSelections";
import { useSheetWriter } from "./useSheetWriter";

type AgencyRole = "table" | "prior";

/** Agency hours or costs per category and month, in FTE, and their share of own staff cost. */
export function useAgency() {
  const { settings, t } = useBalans();
  const picks = useSelections<AgencyRole>();
  const writer = useSheetWriter();
  const [values, setValues] = useState<AgencyValues>("hours");
  const [priceText, setPriceText] = useState("");
  const ownStaffCost = useNumberOrCell("ownStaffCost");
  const agencyCost = useNumberOrCell("agencyCost");
  const { table, prior } = picks.selections;
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
    ...(picks.failure ? [picks.failure] : []),
    ...[ownStaffCost.problem, agencyCost.problem].filter((problem): problem is string => problem !== undefined),
  ];

  async function take(role: AgencyRole) {
    writer.clearFailure();
    await picks.take(role);
  }

  return {
    ...picks,
    take,
    busy: picks.busy ?? writer.busy,
    writeProblems: writer.problems,
    values,
    setValues,
    priceText,
    setPriceText,
    ownStaffCost,
    agencyCost,
    analysis,
    problems,
    createSheet,
    created: writer.created,
  };
}
