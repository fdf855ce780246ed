/** The follow-up sheet the pane plans for seed 000's action plan repeated to `measures` rows. */
import { detectActionPlan, isDetectionProblem, readActionPlan } from "../../src/engine";
import { translator } from "../../src/i18n/ui";
import { followUpSheetPlan } from "../../src/sheets/followUpSheet";
import { SheetPlan } from "../../src/workbook/types";
import { buildActionPlanTable, manyMeasures, snapshotOf } from "./actionPlanTable";

export function followUpSheetFor(measures: number): SheetPlan {
  const snapshot = snapshotOf(buildActionPlanTable({ rows: manyMeasures(measures) }));
  const layout = detectActionPlan(snapshot.values);
  if (isDetectionProblem(layout))
    throw new Error(`the repeated action plan was not detected: ${layout.problem}`);
  const reading = readActionPlan(snapshot, layout);
  if (reading.measures.length !== measures)
    throw new Error(`read ${reading.measures.length} measures, expected ${measures}`);
  return followUpSheetPlan(
    {
      snapshot,
      layout,
      measures: reading.measures,
      month: 3,
      unit: "mkr",
      year: 2024,
      thresholds: { onTrack: 0.9, atRisk: 0.7 },
      t: translator("sv"),
    },
    [],
  );
}
