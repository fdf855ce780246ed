/**
 * A measure's status on the follow-up sheet, by the pane's rule (engine statusOf): from the performance
 * 1 + deviation / |expected| against the thresholds; with nothing expected yet (performance blank), not
 * started when nothing is achieved, else on track or behind by the deviation's sign. One condition per
 * status, so the status text column and the colours are the same formulas and cannot disagree.
 */
import { FormulaNode, StatusKey, StatusRule } from "../workbook/types";
import { call, compare, num, ref } from "./nodes";

export const STATUS_COLOURS: Record<StatusKey, { fill: string; font: string }> = {
  onTrack: { fill: "#DFF6DD", font: "#0E700E" },
  atRisk: { fill: "#FFF4CE", font: "#8A5300" },
  behind: { fill: "#FDE7E9", font: "#A4262C" },
  notStarted: { fill: "#F0F0F0", font: "#424242" },
};

export const STATUS_ORDER: readonly StatusKey[] = ["onTrack", "atRisk", "behind", "notStarted"];

/** Where a row's status reads from: columns of the measure row, and the two threshold cells. */
export interface StatusCells {
  /** Column letters of performance, achieved and deviation. */
  performance: string;
  achieved: string;
  deviation: string;
  /** Absolute addresses of the thresholds, e.g. "$B$3". */
  onTrackFrom: string;
  atRiskFrom: string;
}

/**
 * The condition that row `row` has `status`, TRUE or FALSE. Text (the blank "" of a measure with
 * nothing expected) never reaches a comparison: Excel ranks text above every number.
 */
export function statusCondition(status: StatusKey, cells: StatusCells, row: number): FormulaNode {
  const performance = ref(`$${cells.performance}${row}`);
  const achieved = ref(`$${cells.achieved}${row}`);
  const deviation = ref(`$${cells.deviation}${row}`);
  const rated = call("ISNUMBER", performance);
  const started = compare(achieved, "<>", num(0));
  switch (status) {
    case "onTrack":
      return call(
        "IF",
        rated,
        compare(performance, ">=", ref(cells.onTrackFrom)),
        call("AND", started, compare(deviation, ">=", num(0))),
      );
    case "atRisk":
      return call(
        "AND",
        rated,
        compare(performance, ">=", ref(cells.atRiskFrom)),
        compare(performance, "<", ref(cells.onTrackFrom)),
      );
    case "behind":
      return call(
        "IF",
        rated,
        compare(performance, "<", ref(cells.atRiskFrom)),
        call("AND", started, compare(deviation, "<", num(0))),
      );
    case "notStarted":
      return call("AND", call("NOT", rated), compare(achieved, "=", num(0)));
  }
}

/** The colour rules for a range whose first row is `firstRow`: one per status, never overlapping. */
export function statusRules(cells: StatusCells, firstRow: number): StatusRule[] {
  return STATUS_ORDER.map((status) => ({
    status,
    formula: statusCondition(status, cells, firstRow),
    ...STATUS_COLOURS[status],
  }));
}

/** The status as text, from the same conditions as the colours: IF(onTrack; …; IF(atRisk; …; …)). */
export function statusText(
  cells: StatusCells,
  row: number,
  words: Record<StatusKey, string>,
): FormulaNode {
  const [last, ...rest] = [...STATUS_ORDER].reverse();
  return rest.reduce<FormulaNode>(
    (otherwise, status) =>
      call(
        "IF",
        statusCondition(status, cells, row),
        { kind: "text", value: words[status] },
        otherwise,
      ),
    { kind: "text", value: words[last] },
  );
}
