/**
 * The bridge between HyperFormula (GPL-3.0: development, preview and tests only, never in the
 * production bundle) and the BALANS worksheet functions: formulas in a HyperFormula workbook can call
 * `BALANS.<id>(...)`, evaluated by the functions' own code with Excel's argument conventions.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  ImplementedFunctions,
  SimpleRangeValue,
} from "hyperformula";
import type { CustomFunction } from "./customFunctionsRuntime";

/** The part of a functions.json entry the bridge needs (custom-functions-metadata's format). */
export interface CustomFunctionMetadata {
  id: string;
  parameters: { name: string; optional?: boolean; dimensionality?: string }[];
  result?: { dimensionality?: string };
}

export interface CustomFunctionSet {
  /** functions.json's `functions`. */
  metadata: readonly CustomFunctionMetadata[];
  /** Implementations by id, as `CustomFunctions.associate` keeps them (ids upper-case). */
  implementations: ReadonlyMap<string, CustomFunction>;
}

/** The namespace Excel puts before every id (manifest: `<Namespace>`). */
export const BALANS_NAMESPACE = "BALANS";

/** Formulas are written as `Range.formulas` takes them: English names, "." and ",". */
const FORMULA_LANGUAGE = "enGB";

/** Excel's error codes, as `CustomFunctions.Error` carries them, for the errors Balans raises. */
const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#NUM!": ErrorType.NUM,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
};

/** HyperFormula's AST type of an argument left empty, "f(a,,b)" (AstNodeType.EMPTY, not exported). */
const EMPTY_ARGUMENT = "EMPTY";

const isMatrix = (dimensionality: string | undefined) => dimensionality === "matrix";

/** A HyperFormula value as Excel hands it to a custom function: a blank as null. */
function toExcelScalar(value: unknown): unknown {
  return value === EmptyValue ? null : value;
}

type Converted = { value: unknown } | { error: CellError };

/**
 * One argument as Excel passes it: a range parameter as a 2-D array (a single value as [[value]]),
 * a scalar parameter as a value; an omitted argument as undefined, an empty one ("f(a,,b)") as null.
 * An error in an argument is the function's result, as in Excel.
 */
function toExcelArgument(value: unknown, matrix: boolean, empty: boolean): Converted {
  if (value instanceof CellError) return { error: value };
  if (value === undefined) return { value: undefined };
  if (empty) return { value: null };
  if (value instanceof SimpleRangeValue) {
    const cells = value.data;
    const error = cells.flat().find((cell): cell is CellError => cell instanceof CellError);
    if (error) return { error };
    if (matrix) return { value: cells.map((row) => row.map(toExcelScalar)) };
    if (value.width() === 1 && value.height() === 1) return { value: toExcelScalar(cells[0][0]) };
    return { error: new CellError(ErrorType.VALUE, "A range where one value is expected") };
  }
  return { value: matrix ? [[toExcelScalar(value)]] : toExcelScalar(value) };
}

/** A thrown `CustomFunctions.Error` as the matching cell error; anything else as #VALUE!, as Excel shows it. */
function toCellError(thrown: unknown): CellError {
  const code = (thrown as { code?: unknown } | null)?.code;
  const message =
    thrown instanceof Object && "message" in thrown ? String(thrown.message) : String(thrown);
  return new CellError((typeof code === "string" && ERROR_TYPES[code]) || ErrorType.VALUE, message);
}

/** A function's result as a cell value, or a matrix as an array that spills. */
function fromExcelResult(result: unknown): unknown {
  if (Array.isArray(result))
    return SimpleRangeValue.onlyValues(
      result.map((row: unknown[]) => row.map((cell) => cell ?? EmptyValue)) as never,
    );
  return result ?? EmptyValue;
}

/**
 * A HyperFormula workbook whose formulas can call `BALANS.<id>(...)` for every function of `functions`,
 * evaluated by its own implementation with Excel's argument conventions. `sheets` maps each sheet name to
 * its raw contents from A1: numbers, text, booleans, null (or "") for blank, "=..." for a formula in
 * Excel's English notation.
 */
export function createBalansHyperFormula(
  sheets: Record<string, unknown[][]>,
  functions: CustomFunctionSet,
): HyperFormula {
  const implementedFunctions: ImplementedFunctions = {};
  const byMethod = new Map<
    string,
    { metadata: CustomFunctionMetadata; implementation: CustomFunction }
  >();
  for (const metadata of functions.metadata) {
    const implementation = functions.implementations.get(metadata.id.toUpperCase());
    if (!implementation)
      throw new Error(`createBalansHyperFormula: no implementation for ${metadata.id}`);
    const method = `balans_${metadata.id.replace(/\W/g, "_")}`;
    byMethod.set(method, { metadata, implementation });
    implementedFunctions[`${BALANS_NAMESPACE}.${metadata.id}`.toUpperCase()] = {
      method,
      // Every argument reaches the implementation as given (a range stays a range); Excel's own conversions follow.
      parameters: metadata.parameters.map((parameter) => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: parameter.optional === true,
      })),
      vectorizationForbidden: true,
      ...(isMatrix(metadata.result?.dimensionality) && {
        sizeOfResultArrayMethod: `${method}_size`,
      }),
    };
  }

  class BalansFunctionPlugin extends FunctionPlugin {
    static implementedFunctions = implementedFunctions;

    /** Runs one function: arguments converted as Excel passes them, a thrown error as a cell error. */
    evaluate(method: string, ast: { args: unknown[] }, state: unknown): unknown {
      const registered = byMethod.get(method);
      if (!registered) throw new Error(`BalansFunctionPlugin: no function behind ${method}`);
      const { metadata, implementation } = registered;
      const id = `${BALANS_NAMESPACE}.${metadata.id}`.toUpperCase();
      const empty = ast.args.map((arg) => (arg as { type?: string }).type === EMPTY_ARGUMENT);
      const run = (...values: unknown[]): unknown => {
        const args: unknown[] = [];
        for (const [index, value] of values.entries()) {
          const converted = toExcelArgument(
            value,
            isMatrix(metadata.parameters[index]?.dimensionality),
            empty[index] === true,
          );
          if ("error" in converted) return converted.error;
          args.push(converted.value);
        }
        try {
          return fromExcelResult(implementation(...args));
        } catch (thrown) {
          return toCellError(thrown);
        }
      };
      // HyperFormula does not export its AST, state and value types: these are passed through as they came.
      return this.runFunction(ast.args as never, state as never, this.metadata(id), run as never);
    }

    /** The size a spilling function's result takes: HyperFormula must know it before it writes the array. */
    sizeOf(method: string, ast: { args: unknown[] }, state: unknown): ArraySize {
      const result = this.evaluate(method, ast, state);
      return result instanceof SimpleRangeValue
        ? new ArraySize(result.width(), result.height())
        : ArraySize.scalar();
    }
  }
  const prototype = BalansFunctionPlugin.prototype as unknown as Record<string, unknown>;
  for (const method of byMethod.keys()) {
    prototype[method] = function (
      this: BalansFunctionPlugin,
      ast: { args: unknown[] },
      state: unknown,
    ) {
      return this.evaluate(method, ast, state);
    };
    prototype[`${method}_size`] = function (
      this: BalansFunctionPlugin,
      ast: { args: unknown[] },
      state: unknown,
    ) {
      return this.sizeOf(method, ast, state);
    };
  }

  const contents = Object.fromEntries(
    Object.entries(sheets).map(([name, rows]) => [
      name,
      rows.map((row) => row.map((cell) => (cell === "" || cell === undefined ? null : cell))),
    ]),
  );
  // HyperFormula knows a function only by a name in the formula language; the English names are the ids.
  HyperFormula.getLanguage(FORMULA_LANGUAGE).extendFunctions(
    Object.fromEntries(Object.keys(implementedFunctions).map((id) => [id, id])),
  );
  return HyperFormula.buildFromSheets(contents as never, {
    licenseKey: "gpl-v3",
    language: FORMULA_LANGUAGE,
    precisionRounding: 15, // Excel keeps 15 significant digits; HyperFormula's default shows 10
    functionPlugins: [...HyperFormula.getAllFunctionPlugins(), BalansFunctionPlugin],
  });
}
