/**
 * A crash is a defect, never a refused input. Every engine call a worksheet function makes is made to
 * throw a TypeError in turn (jest mocks the engine module): the user still gets #VALUE! with a
 * message, but the error is marked as a defect, and the checks the property tests, the fuzz script
 * and the held error-code tests use (`behaves`, `excelError`) all fail on it.
 */
import { isDefect } from "../../src/functions/arguments";
import * as fn from "../../src/functions/functions";
import { CustomFunctionError } from "../../src/preview/customFunctionsRuntime";
import { behaves, excelError, inLanguage, row } from "../support/excel";

let crashing: string | undefined;
const called = new Set<string>();

jest.mock("../../src/engine", () => {
  const actual = jest.requireActual<Record<string, unknown>>("../../src/engine");
  const wrapped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(actual)) {
    // Classes (BalansError) and the test that tells engine failures from bugs stay as they are.
    const injectable =
      typeof value === "function" && /^[a-z]/.test(name) && name !== "isBalansError";
    wrapped[name] = injectable
      ? (...args: unknown[]) => {
          called.add(name);
          if (crashing === name) throw new TypeError(`injected crash in ${name}`);
          return (value as (...a: unknown[]) => unknown)(...args);
        }
      : value;
  }
  return wrapped;
});

const months = (value: number) => Array<number>(12).fill(value);

/** One ordinary call of each worksheet function, with figures from DOMAIN.md. */
const CALLS: Record<keyof typeof fn, () => unknown> = {
  effectExpected: () => fn.effectExpected(-47.6, 3, 2),
  effectAchieved: () => fn.effectAchieved(row([1.3, -1.6, -1.1])),
  effectRate: () => fn.effectRate(34, 274, 4),
  effectForecastFn: () => fn.effectForecastFn(34, 274, 4, "takt"),
  effectYoy: () => fn.effectYoy(-3121, -3474),
  gapBalance: () => fn.gapBalance(-215, row([215.1])),
  forecastFn: () => fn.forecastFn(row([-310, -312, -317]), 3, row(months(-279)), "budgetkvot"),
  forecastMethods: () =>
    fn.forecastMethods(row([-310, -312, -317]), 3, row(months(-279)), [months(-250), months(-270)]),
  forecastImplied: () => fn.forecastImplied(-3652, row([-310, -312, -317]), 3),
  forecastAccuracyFn: () => fn.forecastAccuracyFn([months(-250), months(-270)], 3, "runrate"),
  gap: () => fn.gap(-3652, -3352),
  fte: () => fn.fte(59400, 3),
  fteFromCostFn: () => fn.fteFromCostFn(-48, 0.0008, 3),
  agencyShareFn: () => fn.agencyShareFn(-89945, -686374),
};

/** The engine functions one call goes through. */
function engineCallsOf(call: () => unknown): string[] {
  called.clear();
  crashing = undefined;
  behaves(call); // the ordinary call itself works
  return [...called].sort();
}

beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
afterEach(() => {
  crashing = undefined;
  jest.restoreAllMocks();
});

test("every worksheet function has an ordinary call here", () => {
  expect(Object.keys(CALLS).sort()).toEqual(Object.keys(fn).sort());
});

test.each(Object.entries(CALLS))(
  "%s: a crash in any engine call it makes is a flagged #VALUE! the tests fail on",
  (_name, call) => {
    const engineCalls = engineCallsOf(call);
    expect(engineCalls.length).toBeGreaterThan(0);
    for (const name of engineCalls) {
      crashing = name;
      let raised: unknown;
      try {
        inLanguage("en-US", call);
      } catch (error) {
        raised = error;
      }
      // What the user sees: #VALUE! saying it is Balans's fault, with the exception's text.
      expect(raised).toBeInstanceOf(CustomFunctionError);
      const { code, message } = raised as CustomFunctionError;
      expect([name, code, message]).toEqual([
        name,
        "#VALUE!",
        `internal error in Balans, not in your data: injected crash in ${name}. Please report it.`,
      ]);
      // What the tests see: a defect.
      expect([name, isDefect(raised)]).toEqual([name, true]);
      expect(() => behaves(call)).toThrow("defect");
      expect(() => excelError(call)).toThrow("a defect, not a refused input");
    }
  },
);

test("an engine failure for bad input is no defect", () => {
  const refused = excelError(() => fn.fte("many"));
  expect(isDefect(refused)).toBe(false);
  expect(refused.code).toBe("#VALUE!");
});

test("the message of a defect is Swedish in Swedish Excel", () => {
  crashing = "fteFromHours";
  expect(() => inLanguage("sv-SE", () => fn.fte(59400, 3))).toThrow(
    expect.objectContaining({
      message:
        "internt fel i Balans, inte i dina data: injected crash in fteFromHours. Rapportera det gärna.",
    }),
  );
});
