import { parseNumberText } from "./cells";
import { Cell, CellMatrix, cellAt, isBlankCell, isNameCell } from "./grid";
import { checkTotal, decimalsShown, TotalsCheck } from "./totals";

/**
 * What a row of a table is. Calculations use the leaves only; subtotals and totals are checked
 * against their rows; the rest carries no figures of its own.
 */
export type RowRole =
  "leaf" | "heading" | "subtotal" | "total" | "ofWhich" | "unit" | "note" | "blank" | "ignore";

/** How a row's role was decided, so the pane can say it. */
export type RoleSource = "content" | "name" | "arithmetic" | "position" | "table" | "user";

export interface RowReading {
  row: number;
  role: RowRole;
  source: RoleSource;
  /** For a subtotal or total: the rows it adds up (leaves and nested subtotals), in row order. */
  children?: number[];
}

export type StructureProblemCode = "unmatchedSubtotal" | "totalsDisagree";

/** Structure that cannot be trusted, naming the rows concerned; nothing is calculated from it. */
export interface StructureProblem {
  code: StructureProblemCode;
  rows: number[];
}

/** A subtotal's or total's stated figure in one column against the sum of its rows. */
export interface LevelCheck {
  row: number;
  role: "subtotal" | "total";
  column: number;
  check: TotalsCheck;
}

export interface TableStructure {
  rows: RowReading[];
  /** The rows calculations use, in row order. */
  leaves: number[];
  /** The grand total: the one total over all the leaves, when the table has one. */
  totalsRow?: number;
  unitRow?: number;
  problems: StructureProblem[];
  checks: LevelCheck[];
}

export interface StructureInput {
  values: CellMatrix;
  /** Rows from here to the end are read; the header is above. */
  firstRow: number;
  nameColumn: number;
  /** Columns holding figures: what subtotals are checked on, and what makes a row more than a heading. */
  figureColumns: readonly number[];
  /** Roles already known: set by the user, or an Excel table's total row. */
  fixed?: ReadonlyMap<number, { role: RowRole; source: RoleSource }>;
}

// "Summa …", "S:a …", "Delsumma", "Subtotal", "Totalt …", "… totalt", or a bare "Total"/"Sum".
const STRONG_TOTAL =
  /^(summa|s:a|s\.a\.?|delsumma|delsummor|subtotal|sub-total|sub total|totalsumma|grand total|totalt)(?![\p{L}])|^(total|totals|sum|σ)\s*:?\s*$|(?<![\p{L}])(totalt|summa)\s*:?\s*$/iu;
// "Total …" may be a measure's name ("Total översyn av lokaler"): a total only when its figures say so.
const WEAK_TOTAL = /^(total|totals|sum)(?![\p{L}])/iu;
const OF_WHICH = /^[\s\-–]*(varav|därav|thereof|of which)(?![\p{L}])/iu;
const NOTE = /^(not|anm|anmärkning|källa|source|note|kommentar)\s*[:.]|^\*/iu;
const UNIT_WORD = /^\(?(mnkr|mkr|tkr|kr|msek|ksek|tsek|sek)\)?\.?$/i;

export type TotalName = "strong" | "weak" | "none";

export function totalName(name: string): TotalName {
  const text = name.trim();
  if (STRONG_TOTAL.test(text)) return "strong";
  return WEAK_TOTAL.test(text) ? "weak" : "none";
}

export function isOfWhichName(name: string): boolean {
  return OF_WHICH.test(name);
}

export function isUnitWord(value: Cell): boolean {
  return typeof value === "string" && UNIT_WORD.test(value.trim());
}

/** A cell as a figure for structure finding: numbers and Swedish number text; anything else counts as nothing. */
function figure(value: Cell): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string" || isBlankCell(value)) return null;
  return parseNumberText(value) ?? null;
}

type Figures = (number | null)[];

interface Item {
  row: number;
  figures: Figures;
}

/** Where a pass found what. */
interface PassResult {
  roles: Map<number, RowReading>;
  /** Items left at the top level when the pass ends, in pass order. */
  top: Item[];
  unresolved: number[];
  matchedByName: number;
  matchedByArithmetic: number;
}

/**
 * The positions `start` at which items[start..] add up to the stated figures, within display
 * rounding, in every column the total states. One sweep from the end, so a table of thousands of
 * rows is read in linear time per total.
 */
function matchingStarts(
  stated: Figures,
  items: readonly Item[],
  byName: boolean,
  from = 0,
): Set<number> {
  const starts = new Set<number>();
  const columns = stated.length;
  const sums = new Array<number>(columns).fill(0);
  const counts = new Array<number>(columns).fill(0);
  const decimals = stated.map((value) => (value === null ? 0 : decimalsShown(value)));
  const compared = stated.filter((value) => value !== null).length;
  const nonZero = stated.some((value) => value !== null && value !== 0);
  if (compared === 0) return starts;
  for (let start = items.length - 1; start >= from; start--) {
    const figures = items[start].figures;
    for (let column = 0; column < columns; column++) {
      const value = figures[column];
      if (value === null || value === undefined) continue;
      sums[column] += value;
      counts[column]++;
      decimals[column] = Math.max(decimals[column], decimalsShown(value));
    }
    const children = items.length - start;
    // An unnamed row is a subtotal only on real evidence: figures not all zero, over two rows or more.
    if (!byName && (!nonZero || children < 2)) continue;
    if (!counts.some((count, column) => count > 0 && stated[column] !== null)) continue;
    let holds = true;
    for (let column = 0; column < columns && holds; column++) {
      const value = stated[column];
      if (value === null) continue;
      const tolerance = (counts[column] + 1) * 0.5 * 10 ** -decimals[column] + FLOAT_SLACK;
      holds = Math.abs(value - sums[column]) <= tolerance;
    }
    if (holds) starts.add(start);
  }
  return starts;
}

const FLOAT_SLACK = 1e-9;

/**
 * The block a total closes: from the nearest boundary (a heading, a blank row, a closed subtotal)
 * where it matches, or from the first row. Only a total in the middle may close a block starting
 * anywhere else (the longest that matches): a first or last row that adds up to just some rows is no
 * total of them, more likely a grand total in error.
 */
function preferredStart(
  matches: ReadonlySet<number>,
  boundaries: readonly number[],
  itemCount: number,
  edge: boolean,
): number | undefined {
  for (let index = boundaries.length - 1; index >= 0; index--)
    if (boundaries[index] < itemCount && matches.has(boundaries[index])) return boundaries[index];
  if (matches.has(0) || edge) return matches.has(0) ? 0 : undefined;
  for (let start = 1; start < itemCount; start++) if (matches.has(start)) return start;
  return undefined;
}

interface RowKind {
  row: number;
  kind: "blank" | "unit" | "heading" | "note" | "ofWhich" | "figures";
  name: string;
  figures: Figures;
}

function rowKinds(input: StructureInput): RowKind[] {
  const { values, firstRow, nameColumn, figureColumns } = input;
  const kinds: RowKind[] = [];
  for (let row = firstRow; row < values.length; row++) {
    const cells = values[row] ?? [];
    const nameCell = cellAt(values, row, nameColumn);
    const name = isBlankCell(nameCell) ? "" : String(nameCell).trim();
    const figures = figureColumns.map((column) => figure(cellAt(values, row, column)));
    const filled = cells.filter((value) => !isBlankCell(value));
    let kind: RowKind["kind"];
    if (filled.length === 0) kind = "blank";
    else if (filled.every(isUnitWord)) kind = "unit";
    else if (isOfWhichName(name)) kind = "ofWhich";
    else if (figures.every((value) => value === null))
      kind = NOTE.test(name) || (name === "" && !filled.some(isNameCell)) ? "note" : "heading";
    else kind = "figures";
    kinds.push({ row, kind, name, figures });
  }
  return kinds;
}

/**
 * One pass over the rows in the given order: a total closes the block of items before it whose sum
 * it states. Run top-down it reads totals below their rows; run bottom-up, totals above them.
 */
function pass(
  kinds: readonly RowKind[],
  fixed: StructureInput["fixed"],
  edges: ReadonlySet<number>,
): PassResult {
  const roles = new Map<number, RowReading>();
  // Whether the block ends after each row: the next row with content is blank, a heading, a total or none.
  const blockEnds = new Array<boolean>(kinds.length).fill(true);
  for (let index = kinds.length - 2; index >= 0; index--) {
    const next = kinds[index + 1];
    blockEnds[index] =
      next.kind === "unit" || next.kind === "note"
        ? blockEnds[index + 1]
        : next.kind === "blank" || next.kind === "heading" || totalName(next.name) !== "none";
  }
  let items: Item[] = [];
  let boundaries: number[] = [];
  const unresolved: number[] = [];
  let matchedByName = 0;
  let matchedByArithmetic = 0;

  const close = (entry: RowKind, start: number, role: RowRole, source: RoleSource) => {
    const children = items.slice(start);
    roles.set(entry.row, {
      row: entry.row,
      role,
      source,
      children: children.map((child) => child.row).sort((a, b) => a - b),
    });
    items = [...items.slice(0, start), { row: entry.row, figures: entry.figures }];
    boundaries = [...boundaries.filter((boundary) => boundary < start), start + 1];
  };

  kinds.forEach((entry, index) => {
    const set = fixed?.get(entry.row);
    const role = set?.role;
    if (
      role === "leaf" ||
      (role === undefined &&
        entry.kind === "figures" &&
        totalName(entry.name) === "none" &&
        !isArithmeticTotal(index))
    ) {
      roles.set(entry.row, { row: entry.row, role: "leaf", source: set ? set.source : "content" });
      items.push({ row: entry.row, figures: entry.figures });
      return;
    }
    if (role === "subtotal" || role === "total") {
      const start = preferredStart(
        matchingStarts(entry.figures, items, true),
        boundaries,
        items.length,
        edges.has(entry.row),
      );
      close(
        entry,
        start ?? (role === "total" ? 0 : (boundaries[boundaries.length - 1] ?? 0)),
        role,
        set?.source ?? "user",
      );
      return;
    }
    if (role !== undefined) {
      roles.set(entry.row, { row: entry.row, role, source: set?.source ?? "user" });
      if (role === "heading" || role === "blank") boundaries.push(items.length);
      return;
    }
    if (entry.kind !== "figures") {
      const kindRole: RowRole = entry.kind;
      roles.set(entry.row, { row: entry.row, role: kindRole, source: "content" });
      if (entry.kind === "heading" || entry.kind === "blank") boundaries.push(items.length);
      return;
    }
    const named = totalName(entry.name);
    if (named !== "none") {
      const start = preferredStart(
        matchingStarts(entry.figures, items, true),
        boundaries,
        items.length,
        edges.has(entry.row),
      );
      if (start !== undefined) {
        close(entry, start, "subtotal", "name");
        matchedByName++;
      } else if (named === "strong" || edges.has(entry.row)) {
        unresolved.push(entry.row);
        roles.set(entry.row, { row: entry.row, role: "subtotal", source: "name" });
      } else {
        // "Total översyn av lokaler" in the middle, adding up to nothing: a measure so named.
        roles.set(entry.row, { row: entry.row, role: "leaf", source: "content" });
        items.push({ row: entry.row, figures: entry.figures });
      }
      return;
    }
    // An unnamed row closing its block whose figures are its block's sum.
    const start = arithmeticStart(entry);
    if (start !== undefined) {
      close(entry, start, "subtotal", "arithmetic");
      matchedByArithmetic++;
    }
  });

  function blockEndsAfter(index: number): boolean {
    return blockEnds[index];
  }

  // The block since the last boundary; for the table's first or last row, everything.
  function arithmeticStart(entry: RowKind): number | undefined {
    const starts = [boundaries[boundaries.length - 1] ?? 0, ...(edges.has(entry.row) ? [0] : [])];
    const matches = matchingStarts(entry.figures, items, false, Math.min(...starts));
    return starts.find((start) => matches.has(start));
  }

  function isArithmeticTotal(index: number): boolean {
    return blockEndsAfter(index) && arithmeticStart(kinds[index]) !== undefined;
  }

  return { roles, top: items, unresolved, matchedByName, matchedByArithmetic };
}

function score(result: PassResult): number {
  return 3 * result.matchedByName + result.matchedByArithmetic - 3 * result.unresolved.length;
}

/** Each row's figures by its row number: looked up once per row and child, so thousands of rows stay linear. */
function figuresByRow(kinds: readonly RowKind[]): (row: number) => Figures {
  const byRow = new Map(kinds.map((entry) => [entry.row, entry.figures]));
  return (row) => byRow.get(row) ?? [];
}

/**
 * Reads the structure of a table's rows: leaves, headings, subtotals and totals (by name and by
 * arithmetic, above or below their rows, nested), of-which rows, unit rows and notes. Of two readings
 * (totals below their rows, totals above) it takes the one whose totals check holds. A named total
 * first or last in the table that matches nothing is the grand total, checked and found wrong; one in
 * the middle is a structure problem naming the row.
 */
export function readStructure(input: StructureInput): TableStructure {
  const kinds = rowKinds(input);
  const figuresOf = figuresByRow(kinds);
  const figureRows = kinds.filter((entry) => entry.kind === "figures").map((entry) => entry.row);
  const edges = new Set(
    [figureRows[0], figureRows[figureRows.length - 1]].filter((row) => row !== undefined),
  );
  const down = pass(kinds, input.fixed, edges);
  const up = pass([...kinds].reverse(), input.fixed, edges);
  const chosen = score(up) > score(down) ? up : down;
  const roles = chosen.roles;
  const problems: StructureProblem[] = [];

  const edgeTotals: number[] = [];
  for (const row of chosen.unresolved) {
    // A total moved into the middle still adds up all the rest: it is the grand total.
    const overAll = matchingStarts(figuresOf(row), chosen.top, true).has(0);
    if (edges.has(row) || overAll) edgeTotals.push(row);
    else problems.push({ code: "unmatchedSubtotal", rows: [row] });
  }
  const topRows = chosen.top.map((item) => item.row).sort((a, b) => a - b);
  for (const row of edgeTotals)
    roles.set(row, { row, role: "total", source: "position", children: topRows });

  const disagree = (a: number, b: number) => {
    const [x, y] = [figuresOf(a), figuresOf(b)];
    return x.some(
      (value, column) =>
        value !== null &&
        y[column] !== null &&
        checkTotal(value, [y[column]]).verdict === "mismatch",
    );
  };
  // A lone item at the top that closes a block is a total over everything: the grand total, or a second one.
  const lone =
    chosen.top.length === 1 && roles.get(chosen.top[0].row)?.children
      ? chosen.top[0].row
      : undefined;
  if (lone !== undefined) {
    const reading = roles.get(lone);
    if (reading) roles.set(lone, { ...reading, role: "total" });
    const other = edgeTotals.find((row) => disagree(row, lone));
    if (other !== undefined)
      problems.push({ code: "totalsDisagree", rows: [other, lone].sort((a, b) => a - b) });
  }
  if (edgeTotals.length === 2 && disagree(edgeTotals[0], edgeTotals[1]))
    problems.push({ code: "totalsDisagree", rows: [...edgeTotals] });

  const fixedTotal = [...(input.fixed ?? [])].find(([, value]) => value.role === "total")?.[0];
  const totalsRow = fixedTotal ?? lone ?? edgeTotals[0];

  const rows = kinds.map(
    (entry) =>
      roles.get(entry.row) ?? {
        row: entry.row,
        role: "leaf" as RowRole,
        source: "content" as RoleSource,
      },
  );
  const leaves = rows.filter((reading) => reading.role === "leaf").map((reading) => reading.row);
  const unitRow = rows.find((reading) => reading.role === "unit")?.row;
  return {
    rows,
    leaves,
    ...(totalsRow !== undefined && { totalsRow }),
    ...(unitRow !== undefined && { unitRow }),
    problems,
    checks: levelChecks(rows, figuresOf, input.figureColumns),
  };
}

/** Every subtotal and total against its own rows, column by column. */
function levelChecks(
  rows: readonly RowReading[],
  figuresOf: (row: number) => Figures,
  figureColumns: readonly number[],
): LevelCheck[] {
  const checks: LevelCheck[] = [];
  for (const reading of rows) {
    if ((reading.role !== "subtotal" && reading.role !== "total") || !reading.children) continue;
    const stated = figuresOf(reading.row);
    const children = reading.children.map(figuresOf);
    figureColumns.forEach((column, index) => {
      const value = stated[index];
      if (value === null || value === undefined) return;
      checks.push({
        row: reading.row,
        role: reading.role as "subtotal" | "total",
        column,
        check: checkTotal(
          value,
          children.map((figures) => figures[index] ?? null),
        ),
      });
    });
  }
  return checks;
}
