/**
 * Engine throughput: 100 000 FORECAST evaluations (12-month rows, `auto` with a monthly budget, so
 * budgetratio) and 100 000 EFFECT.RATE evaluations, each against a hand-written Float64Array loop
 * doing the same arithmetic in the same order (the results are checked to be identical).
 *
 * FORECAST is measured twice: as Excel calls the worksheet function (ranges as matrices, blanks as
 * null, the month inferred, the method parsed) and as the engine call behind it on parsed input, so
 * the table shows where the time goes.
 */
import { forecast, ForecastInput } from "../src/engine";
import { effectRate, forecastFn } from "../src/functions/functions";
import { Figure, ms, ratioText } from "./report";
import { alternate, median, random } from "./timing";

const MONTHS = 12;

interface ForecastCases {
  /** As Excel passes them: one row of 12 cells each, null for a month not reported yet. */
  actualRows: (number | null)[][][];
  budgetRows: number[][][];
  /** The same figures, parsed, for the engine call. */
  inputs: ForecastInput[];
  /** The same figures in flat typed arrays, NaN for a blank, for the loop. */
  actuals: Float64Array;
  budget: Float64Array;
}

function forecastCases(count: number): ForecastCases {
  const next = random(2024);
  const actuals = new Float64Array(count * MONTHS);
  const budget = new Float64Array(count * MONTHS);
  const actualRows: (number | null)[][][] = [];
  const budgetRows: number[][][] = [];
  const inputs: ForecastInput[] = [];
  for (let item = 0; item < count; item++) {
    const reported = 1 + (item % MONTHS);
    const actualRow: (number | null)[] = [];
    const budgetRow: number[] = [];
    for (let month = 0; month < MONTHS; month++) {
      // Costs are negative; figures in tkr with one decimal, never exactly zero.
      const actual = month < reported ? -Math.round(400 + next() * 200) / 10 - 0.1 : null;
      const planned = -Math.round(450 + next() * 100) / 10 - 0.1;
      actualRow.push(actual);
      budgetRow.push(planned);
      actuals[item * MONTHS + month] = actual ?? NaN;
      budget[item * MONTHS + month] = planned;
    }
    actualRows.push([actualRow]);
    budgetRows.push([budgetRow]);
    inputs.push({
      actuals: actualRow,
      month: reported,
      budget: { months: budgetRow, monthly: true },
    });
  }
  return { actualRows, budgetRows, inputs, actuals, budget };
}

/** budgetratio by hand: the month is the last non-blank, non-zero one; Σa × Σb / Σb(1..m). */
function forecastLoop(
  actuals: Float64Array,
  budget: Float64Array,
  out: Float64Array,
): Float64Array {
  const count = out.length;
  for (let item = 0; item < count; item++) {
    const base = item * MONTHS;
    let month = 0;
    for (let index = MONTHS - 1; index >= 0; index--) {
      const value = actuals[base + index];
      if (value === value && value !== 0) {
        month = index + 1;
        break;
      }
    }
    let toDate = 0;
    let budgetToDate = 0;
    let budgetTotal = 0;
    for (let index = 0; index < MONTHS; index++) {
      const planned = budget[base + index];
      budgetTotal += planned;
      if (index < month) {
        toDate += actuals[base + index];
        budgetToDate += planned;
      }
    }
    out[item] = (toDate * budgetTotal) / budgetToDate;
  }
  return out;
}

interface RateCases {
  achieved: Float64Array;
  fullYear: Float64Array;
  month: Float64Array;
  start: Float64Array;
}

function rateCases(count: number): RateCases {
  const next = random(1177);
  const cases: RateCases = {
    achieved: new Float64Array(count),
    fullYear: new Float64Array(count),
    month: new Float64Array(count),
    start: new Float64Array(count),
  };
  for (let item = 0; item < count; item++) {
    const month = 1 + (item % MONTHS);
    cases.achieved[item] = Math.round((next() - 0.3) * 200) / 10;
    cases.fullYear[item] = Math.round(10 + next() * 190) / 10;
    cases.month[item] = month;
    cases.start[item] = 1 + Math.floor(next() * month); // started by the follow-up month: something is due
  }
  return cases;
}

/** Achieved / (full-year effect × the share due by the month), the share spread evenly from the start. */
function rateLoop(cases: RateCases, out: Float64Array): Float64Array {
  const { achieved, fullYear, month, start } = cases;
  for (let item = 0; item < out.length; item++) {
    const first = start[item];
    const due = Math.max(0, month[item] - first + 1);
    const share = due / (MONTHS - first + 1);
    out[item] = achieved[item] / (fullYear[item] * share);
  }
  return out;
}

function sameResults(name: string, expected: Float64Array, actual: ArrayLike<number>): void {
  for (let item = 0; item < expected.length; item++) {
    if (expected[item] !== actual[item]) {
      throw new Error(
        `${name}: the loop does not do the same arithmetic (item ${item}: ${actual[item]} ≠ ${expected[item]})`,
      );
    }
  }
}

function figure(
  name: string,
  calls: number,
  times: { figure: number[]; baseline: number[] },
  limit: string,
): Figure {
  const measured = median(times.figure);
  const baseline = median(times.baseline);
  const ratio = measured / baseline;
  return {
    section: "Engine",
    name,
    measured: ms(measured),
    baseline: `Float64Array loop ${ms(baseline)}`,
    ratio,
    // Information, not a target (issue 16): per call this is far below what Excel itself spends
    // calling a custom function.
    target: "—",
    note: `${ratioText(ratio)} of the loop, ${((measured / calls) * 1000).toFixed(2)} µs a call; information only, far below Excel's own cost of a custom-function call. ${limit}`,
  };
}

export async function engineThroughput(count = 100_000, runs = 9): Promise<Figure[]> {
  const cases = forecastCases(count);
  const loopOut = new Float64Array(count);
  const viaFunction = new Float64Array(count);
  const viaEngine = new Float64Array(count);
  const { actualRows, budgetRows, inputs } = cases;

  const callFunction = () => {
    for (let item = 0; item < count; item++)
      viaFunction[item] = forecastFn(actualRows[item], null, budgetRows[item], "auto", undefined);
    return viaFunction[count - 1];
  };
  const callEngine = () => {
    for (let item = 0; item < count; item++) viaEngine[item] = forecast("auto", inputs[item]);
    return viaEngine[count - 1];
  };
  const callLoop = () => forecastLoop(cases.actuals, cases.budget, loopOut)[count - 1];

  const functionTimes = await alternate(runs, callFunction, callLoop);
  const engineTimes = await alternate(runs, callEngine, callLoop);
  sameResults("FORECAST", loopOut, viaFunction);
  sameResults("forecast()", loopOut, viaEngine);

  const rates = rateCases(count);
  const rateOut = new Float64Array(count);
  const viaRate = new Float64Array(count);
  const callRate = () => {
    const { achieved, fullYear, month, start } = rates;
    for (let item = 0; item < count; item++)
      viaRate[item] = effectRate(
        achieved[item],
        fullYear[item],
        month[item],
        start[item],
        undefined,
      );
    return viaRate[count - 1];
  };
  const rateTimes = await alternate(runs, callRate, () => rateLoop(rates, rateOut)[count - 1]);
  sameResults("EFFECT.RATE", rateOut, viaRate);

  const n = count.toLocaleString("en-US").replace(/,/g, " ");
  return [
    figure(
      `BALANS.FORECAST worksheet function, ${n} calls (auto, monthly budget)`,
      count,
      functionTimes,
      "Per call the function reads two 1×12 ranges cell by cell into new arrays (each cell checked: number, blank, Swedish number text, or refused with its position; a range holding blanks keeps its numbers boxed), looks the method up, checks the budget and the month, then runs the engine inside a try/catch that turns failures into Excel errors; the loop reads two typed arrays in place and allocates nothing.",
    ),
    figure(
      `forecast() engine call, ${n} evaluations (parsed input)`,
      count,
      engineTimes,
      "The engine checks the input first (at most 12 months, none blank up to the month), lets chooseMethod pick the method, and guards the result against NaN and Infinity; the loop checks nothing.",
    ),
    figure(
      `BALANS.EFFECT.RATE worksheet function, ${n} calls`,
      count,
      rateTimes,
      "The loop is three divisions; each call reads its four arguments through readNumber and the month parser (a month may be a number, a date or a name), builds the phasing, and guards the result inside a try/catch that turns engine failures into Excel errors.",
    ),
  ];
}
