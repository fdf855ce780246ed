import { useMemo, useState } from "react";
import {
  ActionPlanLayout,
  analyseActionPlan,
  detectActionPlan,
  isDetectionProblem,
  lastReportedMonth,
  readActionPlan,
} from "../../engine";
import { followUpSheetPlan } from "../../sheets/followUpSheet";
import { TableSnapshot } from "../../workbook/types";
import { useBalans } from "../BalansContext";
import { cellProblemMessage, detectionMessage } from "../problems";
import { useNumberOrCell } from "./useNumberOrCell";
import { useSheetWriter } from "./useSheetWriter";
import { useWorkbookAction } from "./useWorkbookAction";

/** Reads an action-plan table from the selection, lets the user correct the mapping, and analyses it. */
export function useActionPlan() {
  const { workbook, settings, t } = useBalans();
  const action = useWorkbookAction();
  const writer = useSheetWriter();
  const [snapshot, setSnapshot] = useState<TableSnapshot>();
  const [layout, setLayout] = useState<ActionPlanLayout>();
  const [detectionProblem, setDetectionProblem] = useState<string>();
  const [cumulative, setCumulative] = useState<Set<number>>(new Set());
  const [month, setMonth] = useState<number>();
  const deficitInput = useNumberOrCell("deficitShort");
  const deficit = deficitInput.resolved;

  const reading = useMemo(
    () => (snapshot && layout ? readActionPlan(snapshot, layout, cumulative) : undefined),
    [snapshot, layout, cumulative],
  );
  const followUpMonth = month ?? (reading && lastReportedMonth(reading.measures)) ?? 1;
  const blocking = reading?.problems ?? [];
  const summary = useMemo(
    () =>
      reading && blocking.length === 0 && reading.measures.length > 0
        ? analyseActionPlan(reading.measures, { month: followUpMonth, deficit: deficit?.value, thresholds: settings.thresholds }, reading.totals)
        : undefined,
    [reading, blocking.length, followUpMonth, deficit, settings.thresholds],
  );

  async function readSelection() {
    writer.reset();
    await action.run(t("reading"), async () => {
      const table = await workbook.readSelection();
      const detected = detectActionPlan(table.values);
      setSnapshot(table);
      setMonth(undefined);
      if (isDetectionProblem(detected)) {
        setLayout(undefined);
        setDetectionProblem(detectionMessage(detected, table, t));
        return;
      }
      setDetectionProblem(undefined);
      setLayout(detected);
      setCumulative(new Set(detected.cumulativeRows));
    });
  }

  async function createFollowUpSheet() {
    if (!snapshot || !layout || !reading || !summary) return;
    await writer.write((takenNames) =>
      followUpSheetPlan(
        {
          snapshot,
          layout,
          measures: reading.measures,
          month: followUpMonth,
          deficit: deficit?.cell ?? deficit?.value,
          unit: layout.unit ?? settings.unit,
          year: settings.followUpYear,
          thresholds: settings.thresholds,
          t,
        },
        takenNames,
      ),
    );
  }

  const problems = [
    ...(detectionProblem ? [detectionProblem] : []),
    ...blocking.map((problem) => cellProblemMessage(problem, t)),
    ...(action.failure ? [action.failure] : []),
    ...(deficitInput.problem ? [deficitInput.problem] : []),
  ];

  return {
    snapshot,
    layout,
    setLayout,
    reading,
    summary,
    cumulative,
    toggleCumulative(row: number) {
      const next = new Set(cumulative);
      if (next.has(row)) next.delete(row);
      else next.add(row);
      setCumulative(next);
    },
    month: followUpMonth,
    setMonth,
    deficitInput,
    readSelection,
    createFollowUpSheet,
    busy: action.busy ?? writer.busy,
    problems,
    writeProblems: writer.problems,
    created: writer.created,
  };
}
