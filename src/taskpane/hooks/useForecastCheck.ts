import { useMemo, useState } from "react";
import {
  assembleForecast,
  checkForecast,
  ForecastCheckResult,
  lastMonthWithData,
  MonthTableLayout,
  SelectionRole,
} from "../../engine";
import { forecastSheetPlan } from "../../sheets/forecastSheet";
import { useBalans } from "../BalansContext";
import { inputProblemMessage, roleDetectionMessage, structureProblemMessage } from "../problems";
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

/** The forecast check: actuals, budget, prior years and stated forecast from selections, checked per line and in total. */
export function useForecastCheck(): ViewModel<ForecastInputs, ForecastCheckResult> {
  const { settings, t, language } = useBalans();
  const readings = useReadings<SelectionRole>("forecast");
  const { selections } = readings;
  const writer = useSheetWriter(readings);
  const [month, setMonth] = useState<number>();
  const { actuals } = selections;

  const assembly = useMemo(
    () => (actuals ? assembleForecast({ ...selections, actuals }) : undefined),
    [actuals, selections],
  );
  const detection = assembly && "detection" in assembly ? assembly : undefined;
  const assembled = assembly && !("detection" in assembly) ? assembly : undefined;
  const checkMonth = month ?? assembled?.lastMonth ?? 1;
  const inputProblems = assembled?.problems ?? [];
  const structureProblems = assembled?.layout.structure.problems ?? [];
  const unit = assembled?.layout.unit ?? settings.unit;
  const year = assembled?.layout.year ?? settings.followUpYear;
  const result = useMemo(
    () =>
      assembled &&
      inputProblems.length === 0 &&
      structureProblems.length === 0 &&
      assembled.lines.length > 0
        ? checkForecast(assembled.lines, checkMonth, assembled.total)
        : undefined,
    [assembled, inputProblems.length, structureProblems.length, checkMonth],
  );

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
