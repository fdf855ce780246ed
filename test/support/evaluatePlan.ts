/**
 * Evaluates what Balans writes, outside Excel: a controller's table and a written SheetPlan side by
 * side in a HyperFormula workbook (the preview's bridge, src/preview/hyperformulaBridge.ts), where
 * the BALANS worksheet functions run through their real code in src/functions/functions.ts.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { parseTree } from "custom-functions-metadata";
import { CellValue, DetailedCellError, HyperFormula } from "hyperformula";
import * as worksheetFunctions from "../../src/functions/functions";
import type {
  CustomFunction,
  CustomFunctionsRuntime,
} from "../../src/preview/customFunctionsRuntime";
import { createBalansHyperFormula, CustomFunctionSet } from "../../src/preview/hyperformulaBridge";
import { plannedInput } from "../../src/preview/workbench";
import { Grid, parseRange, RangePosition } from "../../src/engine";
import type { FormulaNode, SheetPlan, TableSnapshot } from "../../src/workbook/types";
import { defined } from "./defined";

let balansFunctions: CustomFunctionSet | undefined;

/**
 * The worksheet functions as Excel gets them: metadata parsed from the JSDoc as the build does, and
 * the implementations associated by id, as the metadata plugin's appended `CustomFunctions.associate`
 * calls do.
 */
export function balansFunctionSet(): CustomFunctionSet {
  if (balansFunctions) return balansFunctions;
  const file = join(__dirname, "../../src/functions/functions.ts");
  const parsed = parseTree(readFileSync(file, "utf8"), "functions.ts");
  const runtime = (globalThis as unknown as { CustomFunctions: CustomFunctionsRuntime })
    .CustomFunctions;
  const exported = worksheetFunctions as unknown as Record<string, CustomFunction>;
  for (const { id, functionName } of parsed.associate)
    runtime.associate(id, exported[functionName]);
  balansFunctions = { metadata: parsed.functions, implementations: runtime.registered };
  return balansFunctions;
}

type SourceTable = Pick<Grid, "sheet" | "top" | "left" | "values" | "valueTypes">;

/**
 * A table's values placed at its position on a sheet of blanks, each as Excel holds it: text stays
 * text ("'" keeps HyperFormula from reading "25" or "39,4" as a number), an error cell is its error.
 */
export function placeTable(snapshot: SourceTable): unknown[][] {
  const rows: unknown[][] = Array.from({ length: snapshot.top }, () => []);
  snapshot.values.forEach((values, r) => {
    const cells = values.map((value, c) =>
      typeof value !== "string" || value === "" || snapshot.valueTypes?.[r]?.[c] === "Error"
        ? value
        : `'${value}`,
    );
    rows.push([...Array<null>(snapshot.left).fill(null), ...cells]);
  });
  return rows;
}

export interface EvaluatedPlan {
  hf: HyperFormula;
  /** The plan's sheet id in `hf`. */
  sheet: number;
  /** A cell's value on the plan's sheet by A1 address ("B5"), or on another sheet ("Blad1!C3"). */
  value(address: string): CellValue;
  /** The value as a number; fails on anything else, with the error's message. */
  number(address: string): number;
  /** Sets a cell of a source sheet ("Blad1!E16") and recalculates. */
  set(address: string, content: unknown): void;
}

/** The plan's sheet and its source tables (one sheet per snapshot, several may share a sheet) in one workbook. */
export function evaluatePlan(plan: SheetPlan, sources: readonly SourceTable[]): EvaluatedPlan {
  const sheets: Record<string, unknown[][]> = {};
  for (const source of sources) {
    const placed = placeTable(source);
    const existing = sheets[source.sheet] ?? [];
    sheets[source.sheet] = Array.from(
      { length: Math.max(existing.length, placed.length) },
      (_, r) => {
        const merged = [...(existing[r] ?? [])];
        (placed[r] ?? []).forEach((cell, c) => cell !== null && (merged[c] = cell));
        return merged;
      },
    );
  }
  if (plan.name in sheets)
    throw new Error(`evaluatePlan: the plan's sheet "${plan.name}" is also a source sheet`);
  sheets[plan.name] = plan.rows.map((cells) => cells.map(plannedInput));
  const hf = createBalansHyperFormula(sheets, balansFunctionSet());
  const sheet = defined(hf.getSheetId(plan.name), `the sheet "${plan.name}"`);
  const address = (a1: string) => {
    const parsed = hf.simpleCellAddressFromString(a1, sheet);
    if (!parsed) throw new Error(`evaluatePlan: "${a1}" is not an address`);
    return parsed;
  };
  const value = (a1: string) => hf.getCellValue(address(a1));
  return {
    hf,
    sheet,
    value,
    number(a1) {
      const result = value(a1);
      if (typeof result !== "number") {
        const detail =
          result instanceof DetailedCellError
            ? `${result.value} ${result.message}`
            : JSON.stringify(result);
        throw new Error(
          `${a1} is not a number: ${detail} (${hf.getCellFormula(address(a1)) ?? "no formula"})`,
        );
      }
      return result;
    },
    set(a1, content) {
      hf.setCellContents(address(a1), [[content as never]]);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Where a plan's formulas point
// ---------------------------------------------------------------------------------------------

export interface PlanReference {
  /** A1 address of the formula's cell on the plan's sheet. */
  at: string;
  sheet?: string;
  address: string;
}

function referencesOf(node: FormulaNode): { sheet?: string; address: string }[] {
  switch (node.kind) {
    case "ref":
      return [{ sheet: node.sheet, address: node.address }];
    case "call":
      return node.args.flatMap((arg) => (arg === null ? [] : referencesOf(arg)));
    case "op":
      return [...referencesOf(node.left), ...referencesOf(node.right)];
    default:
      return [];
  }
}

/** Every reference of every formula of the plan, with the cell it is written in. */
export function formulaReferences(plan: SheetPlan): PlanReference[] {
  return plan.rows.flatMap((cells, r) =>
    cells.flatMap((cell, c) =>
      cell.formula
        ? referencesOf(cell.formula).map((ref) => ({
            at: `${String.fromCharCode(65 + c)}${r + 1}`,
            ...ref,
          }))
        : [],
    ),
  );
}

const inside = (range: RangePosition, area: RangePosition) =>
  range.top >= area.top &&
  range.bottom <= area.bottom &&
  range.left >= area.left &&
  range.right <= area.right;

/**
 * The references that point anywhere but at a cell the plan itself writes (same sheet, within its
 * rows and each row's cells) or into one of the source tables; `alsoAllowed` names single cells
 * elsewhere the user pointed at ("Blad1!A1").
 */
export function referencesOutsidePlan(
  plan: SheetPlan,
  sources: readonly Pick<TableSnapshot, "sheet" | "top" | "left" | "values">[],
  alsoAllowed: readonly string[] = [],
): PlanReference[] {
  const areas = [
    ...sources.map((source) => ({
      sheet: source.sheet,
      top: source.top,
      left: source.left,
      bottom: source.top + source.values.length - 1,
      right: source.left + Math.max(...source.values.map((row) => row.length)) - 1,
    })),
    ...alsoAllowed.map((address) => defined(parseRange(address), `the range ${address}`)),
  ];
  const planned = (range: RangePosition) => {
    for (let row = range.top; row <= range.bottom; row++) {
      if (row >= plan.rows.length || range.right >= plan.rows[row].length) return false;
    }
    return true;
  };
  return formulaReferences(plan).filter(({ sheet, address }) => {
    const range = parseRange(address);
    if (!range) return true;
    if (sheet === undefined) return !planned(range);
    return !areas.some((area) => area.sheet === sheet && inside(range, area));
  });
}
