import { firstBalansCell, rewriteIfNamesUnknown } from "../../src/excel/functionNames";
import { call, formula, label, num, ref } from "../../src/sheets/nodes";
import type { FormulaDialect, SheetPlan } from "../../src/workbook/types";

/** office-js #891: Swedish names written through formulasLocal where Excel did not load them show #NAME?. */

const SWEDISH: FormulaDialect = {
  functionLanguage: "sv",
  decimalSeparator: ",",
  listSeparator: ";",
};
const PLAN: SheetPlan = {
  name: "Uppföljning 2024-03",
  rows: [
    [label("Åtgärd"), label("Förväntat")],
    [formula(call("SUM", ref("B3"))), formula(call("EFFECT.EXPECTED", num(-47.6), num(3), num(2)))],
  ],
};

function fakeContext(probeValue: unknown) {
  const written: Record<string, unknown> = {};
  const context = {
    sync: async () => undefined,
    workbook: {
      worksheets: {
        getItem: () => ({
          getRange: (address: string) => {
            const range = {
              load: () => ({ values: [[probeValue]], address }),
              set formulas(value: unknown) {
                written[address] = value;
              },
            };
            return range;
          },
        }),
      },
    },
  } as unknown as Excel.RequestContext;
  return { context, written };
}

test("the probe is the first cell calling a Balans function, not the first formula", () => {
  expect(firstBalansCell(PLAN)).toBe("B2");
  expect(firstBalansCell({ name: "x", rows: [[formula(call("SUM", ref("A1")))]] })).toBeUndefined();
});

test("#NAME? on the probe: the formulas are written again in English through `formulas`", async () => {
  const { context, written } = fakeContext("#NAME?");
  expect(await rewriteIfNamesUnknown(context, PLAN, SWEDISH)).toBe(true);
  expect(written["A1:B2"]).toEqual([
    ["'Åtgärd", "'Förväntat"],
    ["=SUM(B3)", "=BALANS.EFFECT.EXPECTED(-47.6,3,2)"],
  ]);
});

test("a figure (or #BUSY! while it calculates) on the probe: nothing is rewritten", async () => {
  for (const value of [-8.65, "#BUSY!"]) {
    const { context, written } = fakeContext(value);
    expect(await rewriteIfNamesUnknown(context, PLAN, SWEDISH)).toBe(false);
    expect(written).toEqual({});
  }
});

test("written in English already: no probe at all", async () => {
  const { context, written } = fakeContext("#NAME?");
  expect(
    await rewriteIfNamesUnknown(context, PLAN, {
      functionLanguage: "en",
      decimalSeparator: ".",
      listSeparator: ",",
    }),
  ).toBe(false);
  expect(written).toEqual({});
});
