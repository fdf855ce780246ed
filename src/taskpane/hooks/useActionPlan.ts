import { useMemo, useState } from "react";
import {
  ActionPlanLayout,
  ActionPlanReading,
  ActionPlanSummary,
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
import { ViewModel } from "../viewModel";
import { useNumberOrCell } from "./useNumberOrCell";
import { useReadings } from "./useReadings";
import { useSheetWriter } from "./useSheetWriter";

/** What the user changed of one reading: a new reading starts again from what was detected. */
interface Corrections {
  snapshot: TableSnapshot;
  layout?: ActionPlanLayout;
  cumulative?: Set<number>;
  month?: number;
}

export interface ActionPlanInputs {
  snapshot?: TableSnapshot;
  readSelection(): Promise<void>;
  layout?: ActionPlanLayout;
  /** The measures as read with `layout`, for the mapping editor; there even when a cell blocks the figures. */
  reading?: ActionPlanReading;
  setLayout(layout: ActionPlanLayout): void;
  cumulative: ReadonlySet<number>;
  toggleCumulative(row: number): void;
  month: number;
  setMonth(month: number): void;
  deficit: ReturnType<typeof useNumberOrCell>;
  /** The unit the figures are in: the table's, else the settings'. */
  unit: string;
}

const NO_ROWS: ReadonlySet<number> = new Set();

/** Reads an action-plan table from the selection, lets the user correct the mapping, and analyses it. */
export function useActionPlan(): ViewModel<ActionPlanInputs, ActionPlanSummary> {
  const { settings, t, language } = useBalans();
  const readings = useReadings<"plan">();
  const writer = useSheetWriter(readings.selections);
  const snapshot = readings.selections.plan;
  const [corrections, setCorrections] = useState<Corrections>();
  const deficitInput = useNumberOrCell("deficitShort");
  const deficit = deficitInput.resolved;

  const detected = useMemo(() => (snapshot ? detectActionPlan(snapshot.values) : undefined), [snapshot]);
  const detectedLayout = detected && !isDetectionProblem(detected) ? detected : undefined;
  const defaultCumulative = useMemo(() => new Set(detectedLayout?.cumulativeRows ?? []), [detectedLayout]);
  const own = snapshot && corrections?.snapshot === snapshot ? corrections : undefined;
  const layout = own?.layout ?? detectedLayout;
  const cumulative = own?.cumulative ?? defaultCumulative;
  const correct = (change: Omit<Corrections, "snapshot">) => snapshot && setCorrections({ ...own, ...change, snapshot });

  const reading = useMemo(
    () => (snapshot && layout ? readActionPlan(snapshot, layout, cumulative) : undefined),
    [snapshot, layout, cumulative],
  );
  const month = own?.month ?? (reading && lastReportedMonth(reading.measures)) ?? 1;
  const blocking = reading?.problems ?? [];
  const summary = useMemo(
    () =>
      reading && blocking.length === 0 && reading.measures.length > 0
        ? analyseActionPlan(reading.measures, { month, deficit: deficit?.value, thresholds: settings.thresholds }, reading.totals)
        : undefined,
    [reading, blocking.length, month, deficit, settings.thresholds],
  );
  const unit = layout?.unit ?? settings.unit;

  async function createFollowUpSheet() {
    if (!snapshot || !layout || !reading || !summary) return;
    await writer.write((takenNames) =>
      followUpSheetPlan(
        {
          snapshot,
          layout,
          measures: reading.measures,
          month,
          deficit: deficit?.cell ?? deficit?.value,
          unit,
          year: settings.followUpYear,
          thresholds: settings.thresholds,
          t,
        },
        takenNames,
      ),
    );
  }

  const problems = [
    ...(snapshot && detected && isDetectionProblem(detected) ? [detectionMessage(detected, snapshot, t)] : []),
    ...blocking.map((problem) => cellProblemMessage(problem, t, language)),
    ...(readings.failure ? [readings.failure] : []),
    ...(deficitInput.problem ? [deficitInput.problem] : []),
  ];

  return {
    inputs: {
      snapshot,
      readSelection: () => readings.take("plan"),
      layout,
      reading,
      setLayout: (next) => correct({ layout: next }),
      cumulative: snapshot ? cumulative : NO_ROWS,
      toggleCumulative(row) {
        const next = new Set(cumulative);
        if (next.has(row)) next.delete(row);
        else next.add(row);
        correct({ cumulative: next });
      },
      month,
      setMonth: (next) => correct({ month: next }),
      deficit: deficitInput,
      unit,
    },
    busy: readings.busy ?? writer.busy,
    problems,
    result: summary,
    write: writer.outcome(summary ? createFollowUpSheet : undefined),
  };
}
