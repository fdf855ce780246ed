/**
 * Renders a formula tree as the text Excel's API takes. English names with "," and "." go through
 * `Range.formulas`; a Swedish Excel gets Swedish names and its own separators through
 * `Range.formulasLocal`, because English custom-function names written through `formulas` can show
 * #NAME? in a localized Excel (office-js issue #891).
 */
import swedish from "../functions/sv-se.json";
import { FormulaDialect, FormulaNode } from "../workbook/types";

/** The notation `Range.formulas` takes, whatever the user's locale. */
export const INVARIANT_DIALECT: FormulaDialect = {
  functionLanguage: "en",
  decimalSeparator: ".",
  listSeparator: ",",
};

const NAMESPACE = "BALANS";

const BALANS_SWEDISH_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries(swedish.functions).map(([id, entry]) => [id, entry.name]),
);

/** The only Excel built-ins a Balans sheet uses, with their Swedish names. */
const BUILT_IN_SWEDISH_NAMES: ReadonlyMap<string, string> = new Map([
  ["SUM", "SUMMA"],
  ["IFERROR", "OMFEL"],
  ["IF", "OM"],
  ["ABS", "ABS"],
  ["MIN", "MIN"],
  ["COUNT", "ANTAL"],
  ["AND", "OCH"],
  ["NOT", "ICKE"],
  ["ISNUMBER", "ÄRTAL"],
  ["ISBLANK", "ÄRTOM"],
  ["SUMIF", "SUMMA.OM"],
]);

const isBalansFunction = (fn: string): boolean => BALANS_SWEDISH_NAMES.has(fn);

// Excel refuses a text constant longer than this inside a formula.
const MAX_TEXT_LITERAL = 255;

// Comparisons bind loosest in Excel: "=A1+1>=B1" compares the sum.
const PRECEDENCE = {
  "=": 0,
  "<>": 0,
  "<": 0,
  "<=": 0,
  ">": 0,
  ">=": 0,
  "+": 1,
  "-": 1,
  "*": 2,
  "/": 2,
} as const;

function functionName(fn: string, language: FormulaDialect["functionLanguage"]): string {
  const balansName = BALANS_SWEDISH_NAMES.get(fn);
  if (balansName !== undefined) return `${NAMESPACE}.${language === "sv" ? balansName : fn}`;
  const builtInName = BUILT_IN_SWEDISH_NAMES.get(fn);
  if (builtInName !== undefined) return language === "sv" ? builtInName : fn;
  throw new Error(`renderFormula: unknown function "${fn}"`);
}

function renderNumber(value: number, dialect: FormulaDialect): string {
  if (!Number.isFinite(value))
    throw new Error(`renderFormula: ${value} is not a number Excel can hold`);
  // JavaScript switches to exponent notation only below 1e-6 and from 1e21; Excel reads "1E-7" too.
  return String(value).replace("e", "E").replace(".", dialect.decimalSeparator);
}

function renderText(value: string): string {
  if (value.length > MAX_TEXT_LITERAL) {
    throw new Error(
      `renderFormula: text longer than ${MAX_TEXT_LITERAL} characters cannot be a formula constant`,
    );
  }
  return `"${value.replace(/"/g, '""')}"`;
}

// A sheet name needs no quotes only when it is a plain identifier that cannot be read as a cell
// ("AB12") or R1C1 reference; quoting is always allowed, so anything else is quoted.
const PLAIN_SHEET_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const LOOKS_LIKE_REFERENCE = /^([A-Za-z]{1,3}\d+|[Rr]\d*([Cc]\d*)?|[Cc]\d*)$/;

function sheetPrefix(sheet: string): string {
  const plain = PLAIN_SHEET_NAME.test(sheet) && !LOOKS_LIKE_REFERENCE.test(sheet);
  return plain ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

function renderOperand(
  node: FormulaNode,
  parent: keyof typeof PRECEDENCE,
  side: "left" | "right",
  dialect: FormulaDialect,
) {
  const text = renderNode(node, dialect);
  if (node.kind !== "op") return text;
  const inner = PRECEDENCE[node.op];
  const outer = PRECEDENCE[parent];
  // a-(b-c), a/(b*c) and a=(b=c) keep their parentheses; (a-b)-c and a-b*c need none.
  const needed =
    inner < outer || (side === "right" && inner === outer && parent !== "+" && parent !== "*");
  return needed ? `(${text})` : text;
}

/**
 * A call's arguments with the omitted ones (null) at the end dropped: Excel documents null only for an
 * omitted argument, and an empty one ("F(a,)") may arrive as 0 (a start month 0). An omitted argument
 * before a given one is written as "", which every BALANS function reads as "not given".
 */
function renderArguments(
  fn: string,
  args: readonly (FormulaNode | null)[],
  dialect: FormulaDialect,
): string[] {
  let count = args.length;
  while (count > 0 && args[count - 1] === null) count--;
  return args.slice(0, count).map((arg) => {
    if (arg !== null) return renderNode(arg, dialect);
    if (!isBalansFunction(fn))
      throw new Error(`renderFormula: ${fn} cannot take an omitted argument before a given one`);
    return renderText("");
  });
}

function renderNode(node: FormulaNode, dialect: FormulaDialect): string {
  switch (node.kind) {
    case "call": {
      const args = renderArguments(node.fn, node.args, dialect);
      return `${functionName(node.fn, dialect.functionLanguage)}(${args.join(dialect.listSeparator)})`;
    }
    case "ref":
      return node.sheet === undefined ? node.address : sheetPrefix(node.sheet) + node.address;
    case "number":
      return renderNumber(node.value, dialect);
    case "text":
      return renderText(node.value);
    case "op":
      return `${renderOperand(node.left, node.op, "left", dialect)}${node.op}${renderOperand(node.right, node.op, "right", dialect)}`;
  }
}

/** "=BALANS.EFFECT.EXPECTED(B3,3,1)" in English, "=BALANS.EFFEKT.FÖRVÄNTAD(B3;3;1)" in Swedish. */
export function renderFormula(node: FormulaNode, dialect: FormulaDialect): string {
  return `=${renderNode(node, dialect)}`;
}

/** Whether the formula calls a Balans worksheet function: such a cell shows #NAME? where Excel does not know its names. */
export function usesCustomFunction(node: FormulaNode): boolean {
  switch (node.kind) {
    case "call":
      return (
        isBalansFunction(node.fn) ||
        node.args.some((arg) => arg !== null && usesCustomFunction(arg))
      );
    case "op":
      return usesCustomFunction(node.left) || usesCustomFunction(node.right);
    default:
      return false;
  }
}
