import { useMemo, useState } from "react";
import { assembleForecast, checkForecast, ForecastSelections, SelectionRole } from "../../engine";
import { forecastSheetPlan } from "../../sheets/forecastSheet";
import { useBalans } from "../BalansContext";
import { inputProblemMessage, roleDetectionMessage } from "../problems";
import { useSelections } from "./useSelections";
import { useSheetWriter } from "./useSheetWriter";

/** The forecast check: actuals, budget, prior years and stated forecast from selections, checked per line and in total. */
export function useForecastCheck() {
  const { settings, t, language } = useBalans();
  const picks = useSelections<SelectionRole>();
  const writer = useSheetWriter();
  const [month, setMonth] = useState<number>();
  const { actuals } = picks.selections;

  const assembly = useMemo(
    () => (actuals ? assembleForecast({ ...picks.selections, actuals } as ForecastSelections) : undefined),
    [actuals, picks.selections],
  );
  const detection = assembly && "detection" in assembly ? assembly : undefined;
  const assembled = assembly && !("detection" in assembly) ? assembly : undefined;
  const checkMonth = month ?? assembled?.lastMonth ?? 1;
  const inputProblems = assembled?.problems ?? [];
  const result = useMemo(
    () => (assembled && inputProblems.length === 0 && assembled.lines.length > 0 ? checkForecast(assembled.lines, checkMonth, assembled.total) : undefined),
    [assembled, inputProblems.length, checkMonth],
  );

  async function createSheet() {
    if (!actuals || !assembled || !result) return;
    await writer.write((takenNames) =>
      forecastSheetPlan(
        { selections: { ...picks.selections, actuals }, assembly: assembled, month: checkMonth, unit: settings.unit, year: settings.followUpYear, language, t },
        takenNames,
      ),
    );
  }

  const problems = [
    ...(detection && actuals ? [roleDetectionMessage(detection.role, detection.detection, picks.selections[detection.role] ?? actuals, t)] : []),
    ...inputProblems.map((problem) => inputProblemMessage(problem, t)),
    ...(picks.failure ? [picks.failure] : []),
  ];

  async function take(role: SelectionRole) {
    writer.clearFailure();
    await picks.take(role);
  }

  return {
    ...picks,
    take,
    busy: picks.busy ?? writer.busy,
    month: checkMonth,
    setMonth,
    result,
    problems,
    writeProblems: writer.problems,
    createSheet,
    created: writer.created,
  };
}
