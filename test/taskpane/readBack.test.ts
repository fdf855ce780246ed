import { call, constant, formula, label, num, ref } from "../../src/sheets/nodes";
import { brokenCells } from "../../src/taskpane/readBack";
import type { SheetPlan, TableSnapshot } from "../../src/workbook/types";

const PLAN: SheetPlan = {
  name: "Uppföljning 2024-03",
  rows: [
    [label("Åtgärd"), label("Uppnått"), label("Andel")],
    [
      label("Hyrstopp"),
      formula(call("EFFECT.ACHIEVED", ref("D4:F4"))),
      formula(call("EFFECT.RATE", ref("B2"), num(12), num(3))),
    ],
    [label("#REF!"), formula(call("SUM", ref("B2"))), constant(1)],
  ],
};

const written = (values: (string | number)[][]): TableSnapshot => ({
  sheet: PLAN.name,
  address: "A1:C3",
  top: 0,
  left: 0,
  values,
  valueTypes: values.map((row) => row.map(() => "String")),
  numberFormats: values.map((row) => row.map(() => "General")),
  hasMergedCells: false,
});

test("formula cells showing #REF!, #NAME? or #VALUE! are named; a short-data #N/A and a text are not", () => {
  expect(
    brokenCells(
      PLAN,
      written([
        ["Åtgärd", "Uppnått", "Andel"],
        ["Hyrstopp", "#NAME?", "#N/A"],
        ["#REF!", "#REF!", 1],
      ]),
    ),
  ).toEqual([
    { cell: "B2", error: "#NAME?" },
    { cell: "B3", error: "#REF!" },
  ]);
});

test("a sheet of figures has nothing broken", () => {
  expect(
    brokenCells(
      PLAN,
      written([
        ["Åtgärd", "Uppnått", "Andel"],
        ["Hyrstopp", -6.8, 0.78],
        ["#REF!", -6.8, 1],
      ]),
    ),
  ).toEqual([]);
});
