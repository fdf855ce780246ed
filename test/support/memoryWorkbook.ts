import { WorkbookError } from "../../src/workbook/errors";
import { INVARIANT_DIALECT, renderFormula } from "../../src/sheets/formula";
import { checkNewSheet, checkSheetPlan, plannedCellCount } from "../../src/workbook/newSheet";
import { parseRange, rangeAddress } from "../../src/engine/addresses";
import { touches } from "../../src/workbook/ranges";
import type {
  CreatedSheet,
  MarkedSheet,
  RangeRef,
  SheetPlan,
  TableSnapshot,
  WorkbookPort,
} from "../../src/workbook/types";

/**
 * A WorkbookPort held in memory for component tests: the selection is whatever the test last
 * selected, ranges are looked up by address, created sheets are recorded instead of written.
 */

export interface MemoryWorkbookOptions {
  selection?: TableSnapshot;
  /** Snapshots readRange finds by their key, or by their own address with or without its sheet ("Blad1!B2", "B2"). */
  ranges?: Record<string, TableSnapshot>;
  sheetNames?: string[];
  settings?: Record<string, unknown>;
  protected?: boolean;
  /**
   * What a written formula shows when its sheet is read back (this workbook calculates nothing): by
   * default its English text, as a string; "#REF!" or "#NAME?" to see what the pane makes of a broken sheet.
   */
  formulaValue?: (formula: string) => string | number;
  /** Sheets (among `sheetNames`) that carry a Balans mark from the start. */
  marked?: MarkedSheet[];
}

export interface MemoryWorkbook extends WorkbookPort {
  /** Every sheet plan createSheet accepted, in order. */
  readonly created: SheetPlan[];
  /** Every update updateSheet made, in order: the sheet's name and the plan written on it. */
  readonly updated: { name: string; plan: SheetPlan }[];
  /** The user renames a sheet; its mark follows it. */
  rename(name: string, newName: string): void;
  /** Every settings object saveSettings stored, in order. */
  readonly savedSettings: Record<string, unknown>[];
  /** Makes `snapshot` the user's selection. */
  select(snapshot: TableSnapshot): void;
  /** Makes every later createSheet that passes the checks fail with `error` (until called again with undefined), or only the next one. */
  failCreate(error: Error | undefined, options?: { once?: boolean }): void;
  /** Makes every later saveSettings fail with `error` (until called again with undefined). */
  failSaveSettings(error: Error | undefined): void;
  /** Holds every selection read until the returned function is called, to see the pane while it waits. */
  holdReads(): () => void;
  /** The user changes the cells of `snapshot`'s range to what it holds; watchers of those cells are told. */
  change(snapshot: TableSnapshot): void;
  /** The user deletes sheet `name`: its ranges can no longer be read; watchers of them are told. */
  deleteSheet(name: string): void;
  /** How many watchRanges calls are still watching. */
  watching(): number;
}

/** An empty selection: one blank cell at A1 of Blad1. */
export const EMPTY_SELECTION: TableSnapshot = {
  sheet: "Blad1",
  address: "A1",
  top: 0,
  left: 0,
  values: [[""]],
  valueTypes: [["Empty"]],
  numberFormats: [["General"]],
  hasMergedCells: false,
};

const key = (address: string) => address.replace(/\$/g, "").toUpperCase();

function writtenAddress(plan: SheetPlan): string {
  const width = plan.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  return rangeAddress(0, 0, Math.max(plan.rows.length, 1) - 1, Math.max(width, 1) - 1);
}

/** A written sheet as readRange gives it back, from A1. */
function writtenSnapshot(
  plan: SheetPlan,
  formulaValue: (formula: string) => string | number,
): TableSnapshot {
  const width = plan.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const values = plan.rows.map((cells) =>
    Array.from({ length: width }, (_, column): string | number | boolean => {
      const cell = cells[column];
      if (cell?.formula) return formulaValue(renderFormula(cell.formula, INVARIANT_DIALECT));
      return cell?.value ?? "";
    }),
  );
  const valueTypes = values.map((row) =>
    row.map((value) =>
      typeof value === "number"
        ? "Double"
        : typeof value === "boolean"
          ? "Boolean"
          : value === ""
            ? "Empty"
            : value.startsWith("#")
              ? "Error"
              : "String",
    ),
  );
  return {
    sheet: plan.name,
    address: writtenAddress(plan),
    top: 0,
    left: 0,
    values,
    valueTypes,
    numberFormats: values.map((row) => row.map(() => "General")),
    hasMergedCells: false,
  };
}

export function createMemoryWorkbook(options: MemoryWorkbookOptions = {}): MemoryWorkbook {
  let selection = options.selection ?? EMPTY_SELECTION;
  let createFailure: Error | undefined;
  let createFailsOnce = false;
  let settingsFailure: Error | undefined;
  let held: Promise<void> | undefined;
  const watchers = new Set<{ ranges: readonly RangeRef[]; onChange: () => void }>();
  const tell = (sheet: string, address: string) =>
    [...watchers]
      .filter((watcher) => watcher.ranges.some((range) => touches(range, sheet, address)))
      .forEach((watcher) => watcher.onChange());
  const ranges = new Map(
    Object.entries(options.ranges ?? {}).map(([address, snapshot]) => [key(address), snapshot]),
  );
  const selectionKey = key(`${selection.sheet}!${selection.address}`);
  if (!ranges.has(selectionKey)) ranges.set(selectionKey, selection);
  const names = [...(options.sheetNames ?? ["Blad1"])];
  let settings: Record<string, unknown> = { ...(options.settings ?? {}) };
  const created: SheetPlan[] = [];
  const updated: { name: string; plan: SheetPlan }[] = [];
  const marks: MarkedSheet[] = (options.marked ?? []).map((sheet) => ({ ...sheet }));
  const savedSettings: Record<string, unknown>[] = [];
  const rendered = (plan: SheetPlan) => {
    checkSheetPlan(plan);
    // Rendered as the other ports render them, so a formula Excel could not take is refused here too.
    plan.rows.forEach((cells) =>
      cells.forEach((cell) => cell.formula && renderFormula(cell.formula, INVARIANT_DIALECT)),
    );
  };
  const failIfAsked = () => {
    if (createFailure) {
      const failure = createFailure;
      if (createFailsOnce) createFailure = undefined;
      throw failure;
    }
  };

  return {
    created,
    updated,
    rename(name, newName) {
      const index = names.indexOf(name);
      if (index < 0) throw new Error(`no sheet ${name}`);
      names[index] = newName;
      marks.filter((sheet) => sheet.name === name).forEach((sheet) => (sheet.name = newName));
    },
    savedSettings,
    select(snapshot) {
      selection = snapshot;
      // What is selected is in the workbook: readRange finds it by its address.
      ranges.set(key(`${snapshot.sheet}!${snapshot.address}`), snapshot);
    },
    change(snapshot) {
      ranges.set(key(`${snapshot.sheet}!${snapshot.address}`), snapshot);
      if (selection.sheet === snapshot.sheet && selection.address === snapshot.address)
        selection = snapshot;
      tell(snapshot.sheet, snapshot.address);
    },
    deleteSheet(name) {
      names.splice(names.indexOf(name), 1);
      for (const [address, snapshot] of [...ranges])
        if (snapshot.sheet === name) ranges.delete(address);
      [...watchers]
        .filter((watcher) => watcher.ranges.some((range) => range.sheet === name))
        .forEach((watcher) => watcher.onChange());
    },
    watching: () => watchers.size,
    async watchRanges(watched, onChange) {
      const watcher = { ranges: watched, onChange };
      watchers.add(watcher);
      return () => {
        watchers.delete(watcher);
      };
    },
    failCreate(error, { once = false } = {}) {
      createFailure = error;
      createFailsOnce = once;
    },
    failSaveSettings(error) {
      settingsFailure = error;
    },
    holdReads() {
      let release!: () => void;
      held = new Promise((resolve) => (release = resolve));
      return () => {
        held = undefined;
        release();
      };
    },
    async readSelection() {
      await held;
      return selection;
    },
    async readRange(address) {
      const wanted = key(address);
      const found =
        ranges.get(wanted) ??
        [...ranges.values()].find(
          (snapshot) =>
            key(`${snapshot.sheet}!${snapshot.address}`) === wanted ||
            key(snapshot.address) === wanted,
        ) ??
        [...ranges.values()].find((snapshot) => {
          // A quoted sheet name ("'Uppföljning 2024-03'!A1:J30"), as the pane writes addresses.
          const range = parseRange(address);
          return (
            range?.sheet === snapshot.sheet &&
            rangeAddress(range.top, range.left, range.bottom, range.right) === snapshot.address
          );
        });
      if (!found) throw new WorkbookError("invalidAddress", { address });
      return found;
    },
    async createSheet(plan): Promise<CreatedSheet> {
      rendered(plan);
      checkNewSheet(plan, { structureProtected: options.protected ?? false, sheetNames: names });
      failIfAsked();
      created.push(plan);
      names.push(plan.name);
      ranges.set(
        key(`${plan.name}!${writtenAddress(plan)}`),
        writtenSnapshot(plan, options.formulaValue ?? ((text) => text)),
      );
      if (plan.mark) marks.push({ name: plan.name, mark: plan.mark });
      return { name: plan.name, cellCount: plannedCellCount(plan.rows) };
    },
    async markedSheets() {
      return marks.map((sheet) => ({ ...sheet }));
    },
    async updateSheet(name, plan): Promise<CreatedSheet> {
      rendered(plan);
      const marked = marks.find((sheet) => sheet.name === name);
      if (!marked || marked.mark.kind !== plan.mark?.kind)
        throw new WorkbookError("notBalansSheet", { sheetName: name });
      if (options.protected) throw new WorkbookError("workbookProtected", { sheetName: name });
      failIfAsked();
      marked.mark = plan.mark;
      updated.push({ name, plan });
      const written = writtenSnapshot(plan, options.formulaValue ?? ((text) => text));
      ranges.set(key(`${name}!${writtenAddress(plan)}`), { ...written, sheet: name });
      return { name, cellCount: plannedCellCount(plan.rows) };
    },
    async sheetNames() {
      return [...names];
    },
    async loadSettings() {
      return { ...settings };
    },
    async saveSettings(values) {
      if (settingsFailure) throw settingsFailure;
      settings = { ...settings, ...values };
      savedSettings.push(values);
    },
  };
}
