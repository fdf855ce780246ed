import { WorkbookError } from "../../src/workbook/errors";
import { INVARIANT_DIALECT, renderFormula } from "../../src/sheets/formula";
import { checkNewSheet, checkSheetPlan, plannedCellCount } from "../../src/workbook/newSheet";
import type { CreatedSheet, MarkedSheet, SheetPlan, TableSnapshot, WorkbookPort } from "../../src/workbook/types";

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

export function createMemoryWorkbook(options: MemoryWorkbookOptions = {}): MemoryWorkbook {
  let selection = options.selection ?? EMPTY_SELECTION;
  let createFailure: Error | undefined;
  let createFailsOnce = false;
  let settingsFailure: Error | undefined;
  let held: Promise<void> | undefined;
  const ranges = new Map(Object.entries(options.ranges ?? {}).map(([address, snapshot]) => [key(address), snapshot]));
  const names = [...(options.sheetNames ?? ["Blad1"])];
  let settings: Record<string, unknown> = { ...(options.settings ?? {}) };
  const created: SheetPlan[] = [];
  const updated: { name: string; plan: SheetPlan }[] = [];
  const marks: MarkedSheet[] = (options.marked ?? []).map((sheet) => ({ ...sheet }));
  const savedSettings: Record<string, unknown>[] = [];
  const rendered = (plan: SheetPlan) => {
    checkSheetPlan(plan);
    // Rendered as the other ports render them, so a formula Excel could not take is refused here too.
    plan.rows.forEach((cells) => cells.forEach((cell) => cell.formula && renderFormula(cell.formula, INVARIANT_DIALECT)));
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
        [...ranges.values()].find((snapshot) => key(`${snapshot.sheet}!${snapshot.address}`) === wanted || key(snapshot.address) === wanted);
      if (!found) throw new WorkbookError("invalidAddress", { address });
      return found;
    },
    async createSheet(plan): Promise<CreatedSheet> {
      rendered(plan);
      checkNewSheet(plan, { structureProtected: options.protected ?? false, sheetNames: names });
      failIfAsked();
      created.push(plan);
      names.push(plan.name);
      if (plan.mark) marks.push({ name: plan.name, mark: plan.mark });
      return { name: plan.name, cellCount: plannedCellCount(plan.rows) };
    },
    async markedSheets() {
      return marks.map((sheet) => ({ ...sheet }));
    },
    async updateSheet(name, plan): Promise<CreatedSheet> {
      rendered(plan);
      const marked = marks.find((sheet) => sheet.name === name);
      if (!marked || marked.mark.kind !== plan.mark?.kind) throw new WorkbookError("notBalansSheet", { sheetName: name });
      if (options.protected) throw new WorkbookError("workbookProtected", { sheetName: name });
      failIfAsked();
      marked.mark = plan.mark;
      updated.push({ name, plan });
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
