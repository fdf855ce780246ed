import { useMemo, useState } from "react";
import {
  ActionPlanLayout,
  ActionPlanReading,
  ActionPlanSummary,
  AmountUnit,
  analyseActionPlan,
  convertAmount,
  inResultTerms,
  detectActionPlan,
  isDetectionProblem,
  lastReportedMonth,
  readActionPlan,
  sumReported,
  unitOrFallback,
  RowRole,
  StatusThresholds,
  withRowRoles,
} from "../../engine";
import { formatAmount } from "../../i18n/format";
import { formatNumber } from "../../i18n/language";
import { monthName } from "../../i18n/months";
import { TableSnapshot } from "../../workbook/types";
import { useBalans } from "../BalansContext";
import { cellProblemMessage, detectionMessage, structureProblemMessage } from "../problems";
import { FieldMessage } from "../components/NumberOrCellField";
import { nextTask } from "../../workbook/steps";
import { remembered } from "../remembered";
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
  /** Sets a row's role (leaf, subtotal, total, heading, of-which, ignore): the structure is read again around it. */
  setRowRole(row: number, role: RowRole): void;
  cumulative: ReadonlySet<number>;
  toggleCumulative(row: number): void;
  month: number;
  setMonth(month: number): void;
  deficit: ReturnType<typeof useNumberOrCell>;
  /** A question or problem about the deficit, for its field ("Menar du −215?"). */
  deficitMessage?: DeficitMessage;
  /** The unit the deficit is in; the plan's unless the user chose another. */
  deficitUnit: AmountUnit;
  /** A question about the follow-up month, for its field. */
  monthMessage?: FieldMessage;
  /** The unit the figures are in: the table's, else the settings'. */
  unit: AmountUnit;
  /** The year the plan is for: the table's, else the settings'. */
  year: number;
}

/** The deficit's question, with the answers the user can give on the field. */
export interface DeficitMessage extends FieldMessage {
  /** "Använd −215": the deficit with the other sign. */
  suggestion?: { label: string; accept(): void; keep: { label: string; accept(): void } };
}

const NO_ROWS: ReadonlySet<number> = new Set();

// Each step of the analysis, remembered, so a reading prepared ahead renders without computing again.
const detectPlan = remembered((snapshot: TableSnapshot) =>
  detectActionPlan(snapshot.values, { table: snapshot.table }),
);
const cumulativeRowsOf = remembered(
  (layout: ActionPlanLayout): ReadonlySet<number> => new Set(layout.cumulativeRows),
);
const readPlan = remembered(
  (snapshot: TableSnapshot, layout: ActionPlanLayout, cumulative: ReadonlySet<number>) =>
    readActionPlan(snapshot, layout, cumulative),
);
const analysePlan = remembered(
  (
    reading: ActionPlanReading,
    month: number,
    deficit: number | undefined,
    thresholds: StatusThresholds,
  ) => analyseActionPlan(reading.measures, { month, deficit, thresholds }, reading.totals),
);
const canAnalyse = (reading: ActionPlanReading) =>
  reading.problems.length === 0 &&
  reading.structureProblems.length === 0 &&
  reading.measures.length > 0;

/** A new plan's detection, reading and analysis, a task each, as the view will ask for them. */
async function preparePlan(snapshot: TableSnapshot, thresholds: StatusThresholds): Promise<void> {
  const detected = detectPlan(snapshot);
  if (isDetectionProblem(detected)) return;
  await nextTask();
  const reading = readPlan(snapshot, detected, cumulativeRowsOf(detected));
  if (!canAnalyse(reading)) return;
  await nextTask();
  analysePlan(reading, lastReportedMonth(reading.measures) ?? 1, undefined, thresholds);
}

/** Reads an action-plan table from the selection, lets the user correct the mapping, and analyses it. */
export function useActionPlan(): ViewModel<ActionPlanInputs, ActionPlanSummary> {
  const { settings, t, language } = useBalans();
  const readings = useReadings<"plan">("measures", async ({ plan }) => {
    if (plan) await preparePlan(plan, settings.thresholds);
  });
  const writer = useSheetWriter(readings);
  const snapshot = readings.selections.plan;
  const [corrections, setCorrections] = useState<Corrections>();
  const deficitInput = useNumberOrCell("deficitShort");
  const { resolved: deficit, setText: setDeficitText, resolve: resolveDeficit } = deficitInput;
  // A deficit whose sign the user confirmed against the question, by the value it was asked about.
  const [confirmedDeficit, setConfirmedDeficit] = useState<number>();

  const detected = snapshot && detectPlan(snapshot);
  const detectedLayout = detected && !isDetectionProblem(detected) ? detected : undefined;
  const defaultCumulative = detectedLayout ? cumulativeRowsOf(detectedLayout) : NO_ROWS;
  const own = snapshot && corrections?.snapshot === snapshot ? corrections : undefined;
  const layout = own?.layout ?? detectedLayout;
  const cumulative = own?.cumulative ?? defaultCumulative;
  const correct = (change: Omit<Corrections, "snapshot">) =>
    snapshot && setCorrections({ ...own, ...change, snapshot });

  const reading = snapshot && layout ? readPlan(snapshot, layout, cumulative) : undefined;
  const lastReported = reading && lastReportedMonth(reading.measures);
  const month = own?.month ?? lastReported ?? 1;
  const structureProblems = reading?.structureProblems ?? [];
  // The seam for the table's unit: what the table says, else the settings.
  const unit = unitOrFallback(layout?.unit, settings.unit).unit;
  const deficitUnit = deficitInput.unit ?? unit;
  // The deficit where it meets the plan: in the plan's unit, and in result terms (negative is a deficit) whatever the convention.
  const deficitValue = deficit?.value;
  const deficitInPlan = useMemo(
    () =>
      deficitValue === undefined
        ? undefined
        : inResultTerms(convertAmount(deficitValue, deficitUnit, unit), settings.signConvention),
    [deficitValue, deficitUnit, unit, settings.signConvention],
  );
  const plannedTotal = sumReported(
    reading?.measures.map((measure) => measure.fullYearEffect) ?? [],
  );
  // A deficit on the measures' side of zero would be added to them, not covered by them: asked, never guessed.
  const signInDoubt =
    deficitInPlan !== undefined &&
    deficitInPlan > 0 &&
    plannedTotal > 0 &&
    confirmedDeficit !== deficitValue;
  const usedDeficit = signInDoubt ? undefined : deficitInPlan;
  const summary =
    reading && canAnalyse(reading)
      ? analysePlan(reading, month, signInDoubt ? undefined : deficitInPlan, settings.thresholds)
      : undefined;

  // What the sheet's deficit cell multiplies the user's figure by: the unit's factor, negated when costs are written positive.
  const deficitFactor = inResultTerms(convertAmount(1, deficitUnit, unit), settings.signConvention);
  const year = layout?.year ?? settings.followUpYear;

  async function createFollowUpSheet() {
    if (!snapshot || !layout || !reading || !summary) return;
    // The sheet's code is fetched with the first write (inside it, so a failed fetch is reported).
    await writer.write(async (takenNames) =>
      (
        await import(/* webpackChunkName: "follow-up-sheet" */ "../../sheets/followUpSheet")
      ).followUpSheetPlan(
        {
          snapshot,
          layout,
          measures: reading.measures,
          month,
          deficit:
            usedDeficit === undefined || !deficit
              ? undefined
              : { source: deficit.cell ?? deficit.value, factor: deficitFactor },
          unit,
          year,
          thresholds: settings.thresholds,
          t,
        },
        takenNames,
      ),
    );
  }

  const problems = [
    ...(snapshot && detected && isDetectionProblem(detected)
      ? [detectionMessage(detected, snapshot, t)]
      : []),
    ...(reading?.problems ?? []).map((problem) => cellProblemMessage(problem, t, language)),
    ...(snapshot && layout
      ? structureProblems.map((problem) =>
          structureProblemMessage(problem, snapshot, layout.nameColumn, t),
        )
      : []),
    ...(readings.failure ? [readings.failure] : []),
  ];

  // The figure as the user typed it ("215 mkr"), not padded to the column's decimals.
  const typedAmount = (value: number, amountUnit: string) =>
    `${formatNumber(value, language, 6)}\u00a0${amountUnit}`;
  const deficitMessage: DeficitMessage | undefined = deficitInput.problem
    ? { state: "error", text: deficitInput.problem }
    : signInDoubt && deficit
      ? {
          state: "warning",
          text: t("deficitSignQuestion", {
            typed: typedAmount(deficit.value, deficitUnit),
            planned: formatAmount(plannedTotal, language, unit, unit === "mkr" ? 1 : 0),
            suggested: typedAmount(-deficit.value, deficitUnit),
          }),
          suggestion: {
            label: t("deficitUseSuggested", {
              suggested: typedAmount(-deficit.value, deficitUnit),
            }),
            accept: () => {
              // Typed as a plain number, which reads the same in either language ("-215").
              const flipped = String(-deficit.value);
              setDeficitText(flipped);
              void resolveDeficit(flipped);
            },
            keep: {
              label: t("deficitKeep", { typed: typedAmount(deficit.value, deficitUnit) }),
              accept: () => setConfirmedDeficit(deficit.value),
            },
          },
        }
      : undefined;
  const monthMessage: FieldMessage | undefined =
    reading && lastReported !== undefined && month > lastReported
      ? {
          state: "warning",
          text: t("monthAfterData", {
            month: monthName(month, language),
            last: monthName(lastReported, language),
          }),
        }
      : undefined;

  return {
    inputs: {
      snapshot,
      readSelection: () => readings.take("plan"),
      layout,
      reading,
      setLayout: (next) => correct({ layout: next }),
      setRowRole(row, role) {
        if (!snapshot || !layout) return;
        const roles = new Map(layout.roleOverrides).set(row, role);
        correct({
          layout: { ...layout, ...withRowRoles(snapshot.values, layout, roles, snapshot.table) },
        });
      },
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
      deficitMessage,
      deficitUnit,
      monthMessage,
      unit,
      year,
    },
    busy: readings.busy ?? writer.busy,
    problems,
    result: summary,
    reading: { stale: readings.stale, reread: readings.reread },
    write: writer.outcome(summary ? createFollowUpSheet : undefined),
  };
}
