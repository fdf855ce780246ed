import fc from "fast-check";
import {
  analyseActionPlan,
  Cell,
  detectActionPlan,
  isDetectionProblem,
  readActionPlan,
} from "../../src/engine";
import { snapshotOf, swedishText } from "../support/actionPlanTable";

/**
 * Metamorphic properties of the table reader (issue 15): laying the same plan out differently —
 * blank rows, section headings with correct subtotals, a unit row, the totals row at the top or in
 * the middle, descriptor columns, figures as Swedish text, dashes for blanks — changes no figure the
 * measures view shows.
 */

// Figures in tenths, as plans show them with one decimal; never zero, so no row is empty by chance.
const tenths = fc.integer({ min: 1, max: 400 }).chain((size) => fc.constantFrom(size, -size));
const measure = fc.record({
  effect: tenths,
  months: fc.array(fc.option(tenths, { nil: null, freq: 4 }), { minLength: 3, maxLength: 3 }),
});
const plan = fc.array(measure, { minLength: 2, maxLength: 8 });
type Plan = { effect: number; months: (number | null)[] }[];

const HEADER: Cell[] = ["Åtgärd", "Helårseffekt", "Jan", "Feb", "Mar"];
const figure = (value: number | null, text = false): Cell =>
  value === null ? "" : text ? swedishText(value / 10) : value / 10;
const row = (name: string, effect: number, months: (number | null)[], text = false): Cell[] => [
  name,
  figure(effect, text),
  ...months.map((m) => figure(m, text)),
];
const sum = (values: (number | null)[]) =>
  values.reduce<number>((total, value) => total + (value ?? 0), 0);
const totalRow = (name: string, measures: Plan): Cell[] =>
  row(
    name,
    sum(measures.map((m) => m.effect)),
    [0, 1, 2].map((i) =>
      measures.some((m) => m.months[i] !== null) ? sum(measures.map((m) => m.months[i])) : null,
    ),
  );
const rows = (measures: Plan, text = false) =>
  measures.map((m, index) => row(`Åtgärd ${index + 1}`, m.effect, m.months, text));

function figures(values: Cell[][]) {
  const layout = detectActionPlan(values);
  if (isDetectionProblem(layout)) throw new Error(JSON.stringify(layout));
  const reading = readActionPlan(snapshotOf(values), layout);
  expect(reading.problems).toEqual([]);
  expect(reading.structureProblems).toEqual([]);
  const summary = analyseActionPlan(reading.measures, { month: 3 }, reading.totals);
  return {
    names: reading.measures.map((m) => m.name),
    planned: Math.round(summary.plannedTotal * 10),
    expected: Math.round(summary.expectedToDate * 1000),
    achieved: Math.round(summary.achievedToDate * 10),
  };
}

const base = (measures: Plan) => figures([HEADER, ...rows(measures), totalRow("Totalt", measures)]);

const layouts: [string, (measures: Plan) => Cell[][]][] = [
  [
    "blank rows between the measures",
    (m) => [HEADER, ...rows(m).flatMap((r) => [r, []]), totalRow("Totalt", m)],
  ],
  [
    "two sections with headings and correct 'Summa' rows",
    (m) => {
      const half = Math.ceil(m.length / 2);
      const [first, second] = [m.slice(0, half), m.slice(half)];
      const all = rows(m);
      return [
        HEADER,
        ["Vårdval"],
        ...all.slice(0, half),
        totalRow("Summa Vårdval", first),
        ["Slutenvård"],
        ...all.slice(half),
        ...(second.length > 0 ? [totalRow("Summa Slutenvård", second)] : []),
        totalRow("Totalt", m),
      ];
    },
  ],
  [
    "a unit row under the header",
    (m) => [HEADER, ["", "mkr", "mkr", "mkr", "mkr"], ...rows(m), totalRow("Totalt", m)],
  ],
  ["the totals row at the top", (m) => [HEADER, totalRow("Totalt", m), ...rows(m)]],
  [
    "the totals row in the middle",
    (m) => {
      const all = rows(m);
      const at = Math.floor(all.length / 2);
      return [HEADER, ...all.slice(0, at), totalRow("Totalt", m), ...all.slice(at)];
    },
  ],
  [
    "descriptor columns",
    (m) => [
      ["Verksamhetsområde", ...HEADER, "Ansvarig"],
      ...rows(m).map((r) => ["Kirurgi", ...r, "Anna"]),
      ["", ...totalRow("Totalt", m), ""],
    ],
  ],
  ["figures as Swedish text", (m) => [HEADER, ...rows(m, true), totalRow("Totalt", m)]],
  [
    "dashes for blanks",
    (m) => [
      HEADER,
      ...rows(m).map((r) => r.map((cell) => (cell === "" ? "–" : cell))),
      totalRow("Totalt", m),
    ],
  ],
];

test.each(layouts)("%s changes no figure", (_, layout) => {
  fc.assert(
    fc.property(plan, (measures) => {
      expect(figures(layout(measures))).toEqual(base(measures));
    }),
    { numRuns: 60 },
  );
});
