import { useState } from "react";
import {
  assembleForecast,
  AssemblyOutcome,
  checkForecast,
  ForecastAssembly,
  ForecastCheckResult,
  lastMonthWithData,
  MonthTableLayout,
  SelectionRole,
} from "../../engine";
import { forecastSheetPlan } from "../../sheets/forecastSheet";
import { useBalans } from "../BalansContext";
import { inputProblemMessage, roleDetectionMessage, structureProblemMessage } from "../problems";
import { nextTask } from "../../workbook/steps";
import { remembered } from "../remembered";
import { ViewModel } from "../viewModel";
import { Selections, useReadings } from "./useReadings";
import { useSheetWriter } from "./useSheetWriter";

export interface ForecastInputs {
  selections: Selections<SelectionRole>;
  take(role: SelectionRole): Promise<void>;
  clear(role: SelectionRole): void;
  month: number;
  setMonth(month: number): void;
  /** The actuals' unit and year: the table's, else the settings'. */
  unit: string;
  year: number;
  /** The actuals as read, for what the reader found; and their last month with figures. */
  layout?: MonthTableLayout;
  lastMonthWithData?: number;
}

// The assembly and the check, remembered, so that readings prepared ahead render without computing again.
const assembleFor = remembered(
  (selections: Selections<SelectionRole>): AssemblyOutcome | undefined =>
    selections.actuals
      ? assembleForecast({ ...selections, actuals: selections.actuals })
      : undefined,
);
const checkFor = remembered((assembled: ForecastAssembly, month: number) =>
  checkForecast(assembled.lines, month, assembled.total),
);
const assembledOf = (assembly: AssemblyOutcome | undefined) =>
  assembly && !("detection" in assembly) ? assembly : undefined;
const canCheck = (assembled: ForecastAssembly) =>
  assembled.problems.length === 0 &&
  assembled.layout.structure.problems.length === 0 &&
  assembled.lines.length > 0;

/** New readings' assembly, then their check, a task each, as the view will ask for them. */
async function prepareCheck(selections: Selections<SelectionRole>): Promise<void> {
  const assembled = assembledOf(assembleFor(selections));
  if (!assembled || !canCheck(assembled)) return;
  await nextTask();
  checkFor(assembled, assembled.lastMonth);
}

/** The forecast check: actuals, budget, prior years and stated forecast from selections, checked per line and in total. */
export function useForecastCheck(): ViewModel<ForecastInputs, ForecastCheckResult> {
  const { settings, t, language } = useBalans();
  const readings = useReadings<SelectionRole>("forecast", prepareCheck);
  const { selections } = readings;
  const writer = useSheetWriter(readings);
  const [month, setMonth] = useState<number>();
  const { actuals } = selections;

  const assembly = assembleFor(selections);
  const detection = assembly && "detection" in assembly ? assembly : undefined;
  const assembled = assembledOf(assembly);
  const checkMonth = month ?? assembled?.lastMonth ?? 1;
  const inputProblems = assembled?.problems ?? [];
  const structureProblems = assembled?.layout.structure.problems ?? [];
  const unit = assembled?.layout.unit ?? settings.unit;
  const year = assembled?.layout.year ?? settings.followUpYear;
  const result = assembled && canCheck(assembled) ? checkFor(assembled, checkMonth) : undefined;

  async function createSheet() {
    if (!actuals || !assembled) return;
    await writer.write((takenNames) =>
      forecastSheetPlan(
        {
          selections: { ...selections, actuals },
          assembly: assembled,
          month: checkMonth,
          unit,
          year,
          language,
          t,
        },
        takenNames,
      ),
    );
  }

  const problems = [
    ...(detection && actuals
      ? [
          roleDetectionMessage(
            detection.role,
            detection.detection,
            selections[detection.role] ?? actuals,
            t,
          ),
        ]
      : []),
    ...inputProblems.map((problem) => inputProblemMessage(problem, t, language)),
    ...(actuals && assembled
      ? structureProblems.map((problem) =>
          structureProblemMessage(problem, actuals, assembled.layout.nameColumn, t),
        )
      : []),
    ...(readings.failure ? [readings.failure] : []),
  ];

  return {
    inputs: {
      selections,
      take: readings.take,
      clear: readings.clear,
      month: checkMonth,
      setMonth,
      unit,
      year,
      layout: assembled?.layout,
      lastMonthWithData:
        assembled && lastMonthWithData(assembled.lines.map((line) => line.actuals)),
    },
    busy: readings.busy ?? writer.busy,
    problems,
    result,
    reading: { stale: readings.stale, reread: readings.reread },
    write: writer.outcome(result ? createSheet : undefined),
  };
}
