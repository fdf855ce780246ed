import { useMemo, useState } from "react";
import { assembleForecast, checkForecast, ForecastSelections, SelectionRole } from "../../engine";
import { forecastSheetPlan } from "../../sheets/forecastSheet";
import { useBalans } from "../BalansContext";
import { inputProblemMessage, roleDetectionMessage } from "../problems";
import { useSelections } from "./useSelections";
import { useWorkbookAction } from "./useWorkbookAction";

/** The forecast check: actuals, budget, prior years and stated forecast from selections, checked per line and in total. */
export function useForecastCheck() {
  const { workbook, settings, t, language } = useBalans();
  const picks = useSelections<SelectionRole>();
  // Writing fails for its own reasons (a protected workbook), shown apart from problems reading the selections.
  const writer = useWorkbookAction();
  const [month, setMonth] = useState<number>();
  const [created, setCreated] = useState<string>();
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
    setCreated(undefined);
    await writer.run(t("writing"), async () => {
      const plan = forecastSheetPlan(
        { selections: { ...picks.selections, actuals }, assembly: assembled, month: checkMonth, unit: settings.unit, year: settings.followUpYear, language, t },
        await workbook.sheetNames(),
      );
      const sheet = await workbook.createSheet(plan);
      setCreated(t("sheetCreated", { name: sheet.name, count: String(sheet.cellCount) }));
    });
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

  const writeProblems = writer.failure ? [writer.failure] : [];
  return { ...picks, take, busy: picks.busy ?? writer.busy, month: checkMonth, setMonth, result, problems, writeProblems, createSheet, created };
}
