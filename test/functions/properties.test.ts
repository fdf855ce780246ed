/**
 * Property-based tests: whatever Excel passes — numbers huge and tiny, blanks, zeros, text, booleans,
 * error values, ranges of any shape — every worksheet function returns a finite number (or a table
 * of names and finite numbers) or raises a CustomFunctions.Error with a message (#VALUE!, #N/A;
 * #DIV/0! only for a plain division by zero). A defect — an unexpected exception, which the user sees
 * as #VALUE! — fails the property. Nothing else.
 * BALANS_FUZZ_RUNS sets the number of cases per function (1 000 here; `npm run fuzz` runs 100 000).
 */
import fc from "fast-check";
import { excelCall } from "../../src/functions/arguments";
import * as fn from "../../src/functions/functions";
import { behaves } from "../support/excel";

const RUNS = Number(process.env.BALANS_FUZZ_RUNS ?? 1000);

const finiteNumber = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(0, -0, 1e-300, 1e300, -1e300, Number.MAX_VALUE, Number.MIN_VALUE),
);
const swedishText = finiteNumber.map((value) => value.toLocaleString("sv-SE"));
const cell = fc.oneof(
  { weight: 6, arbitrary: finiteNumber },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "12 %", "−3,5", "(4,2)") },
  { weight: 1, arbitrary: swedishText },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant({ code: "#N/A" }) },
);
const cells = (max: number) => fc.array(cell, { minLength: 0, maxLength: max });
const range = fc.oneof(
  cells(14).map((values) => [values]),
  cells(14).map((values) => values.map((value) => [value])),
  fc.array(fc.array(cell, { minLength: 12, maxLength: 12 }), { minLength: 1, maxLength: 4 }),
  fc.array(fc.array(cell, { minLength: 2, maxLength: 3 }), { minLength: 2, maxLength: 3 }),
);
const monthArg = fc.oneof(
  fc.integer({ min: -2, max: 14 }),
  fc.integer({ min: 13, max: 3_000_000 }),
  finiteNumber,
  fc.constant(null),
  fc.constantFrom("mars", "Januari", "2024-03", "dec", "x", true),
);
const methodArg = fc.oneof(
  fc.constant(null),
  fc.constantFrom(
    "auto",
    "runrate",
    "takt",
    "budget",
    "budgetratio",
    "budgetkvot",
    "prioryear",
    "fgår",
    "trend",
    "plan",
    "?",
  ),
  fc.string({ maxLength: 6 }),
);
const scalar = fc.oneof(cell, monthArg);
const unitArg = fc.oneof(
  fc.constant(null),
  fc.constantFrom("kr", "tkr", "mkr", "Mkr", "mnkr", "kronor", ""),
  cell,
);

const check = <T extends unknown[]>(
  arbitraries: { [K in keyof T]: fc.Arbitrary<T[K]> },
  call: (...args: T) => unknown,
) =>
  fc.assert(
    fc.property(...(arbitraries as unknown as [fc.Arbitrary<unknown>]), (...args: unknown[]) =>
      behaves(() => call(...(args as T))),
    ),
    { numRuns: RUNS },
  );

const cases: [string, () => void][] = [
  ["EFFECT.EXPECTED", () => check([scalar, monthArg, monthArg, range], fn.effectExpected)],
  ["EFFECT.ACHIEVED", () => check([range, scalar, monthArg], fn.effectAchieved)],
  ["EFFECT.RATE", () => check([scalar, scalar, monthArg, monthArg, range], fn.effectRate)],
  [
    "EFFECT.FORECAST",
    () => check([scalar, scalar, monthArg, methodArg, monthArg, range], fn.effectForecastFn),
  ],
  ["EFFECT.YOY", () => check([scalar, scalar, scalar], fn.effectYoy)],
  ["GAP.BALANCE", () => check([scalar, range], fn.gapBalance)],
  ["FORECAST", () => check([range, monthArg, range, methodArg, range], fn.forecastFn)],
  ["FORECAST.METHODS", () => check([range, monthArg, range, range], fn.forecastMethods)],
  ["FORECAST.IMPLIED", () => check([scalar, range, monthArg], fn.forecastImplied)],
  ["FORECAST.ACCURACY", () => check([range, monthArg, methodArg], fn.forecastAccuracyFn)],
  ["GAP", () => check([scalar, scalar], fn.gap)],
  ["FTE", () => check([scalar, scalar, scalar], fn.fte)],
  ["FTE.FROMCOST", () => check([scalar, scalar, scalar, scalar, unitArg], fn.fteFromCostFn)],
  ["AGENCY.SHARE", () => check([scalar, scalar], fn.agencyShareFn)],
];

test.each(cases)(`%s: ${RUNS} random calls give a finite result or an Excel error`, (_id, run) =>
  run(),
);

test("the property really fails on a NaN, #NUM!, a stray exception or a defect", () => {
  expect(() => behaves(() => NaN)).toThrow("unacceptable result");
  expect(() => behaves(() => [["takt", Infinity]])).toThrow("unacceptable result");
  expect(() =>
    behaves(() => {
      throw new TypeError("boom");
    }),
  ).toThrow("boom");
  expect(() =>
    behaves(() => {
      throw new CustomFunctions.Error("#NUM!" as CustomFunctions.ErrorCode, "unseen message");
    }),
  ).toThrow();
  const crashing = () =>
    excelCall(() => {
      throw new TypeError("boom");
    });
  expect(() => behaves(crashing)).toThrow("defect");
});

test("realistic forecasts succeed most of the time, so the property is not vacuous", () => {
  const months = fc.array(fc.double({ min: -500, max: -1, noNaN: true }), {
    minLength: 3,
    maxLength: 12,
  });
  fc.assert(
    fc.property(months, (values) => {
      expect(Number.isFinite(fn.forecastFn([values], null, undefined, "trend"))).toBe(true);
    }),
    { numRuns: 200 },
  );
});
