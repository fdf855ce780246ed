/**
 * The one shape every view's hook returns (useActionPlan, useForecastCheck, useAgency): what the user
 * gave, what is wrong with it, what follows from it, and the sheet it can write. A view only lays
 * these out; the hook reads, checks and calculates.
 */
export interface ViewModel<Inputs, Result> {
  /** The view's inputs and how to change them: readings of the workbook, typed figures, choices. */
  inputs: Inputs;
  /** The label of what is running (reading, writing), while it runs. */
  busy?: string;
  /** Why there is no result, worded for the user: what and where. */
  problems: string[];
  /** The figures, once the inputs allow them. */
  result?: Result;
  /** Whether the cells read have changed since, and how to read them again. */
  reading: ReadingState;
  write: SheetWrite;
}

export interface ReadingState {
  /** A cell that was read has changed: the figures may be out of date until read again. */
  stale: boolean;
  reread(): Promise<void>;
}

/** Writing the view's sheet, and what came of the last write for the inputs shown. */
export interface SheetWrite {
  /** Writes the sheet; absent while the inputs give nothing to write. */
  create?: () => Promise<void>;
  /** Why the last write failed. */
  problems: string[];
  /** The sheet the last write created. */
  notice?: string;
  /** The sheet was created, but some of its formulas show errors. */
  warning?: string;
  /** Balans already made a sheet from this table: update it (rewritten whole) or create a new one. */
  choice?: { sheetName: string; update: () => Promise<void>; createNew: () => Promise<void> };
}
