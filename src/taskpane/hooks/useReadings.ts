import { useEffect, useState } from "react";
import { isWorkbookError } from "../../workbook/errors";
import { formatNumber } from "../../i18n/language";
import { CellValue, qualifiedAddress, readingChange } from "../../workbook/ranges";
import { TableSnapshot, WorkbookPort } from "../../workbook/types";
import { useBalans } from "../BalansContext";
import { failureMessage, InputProblem } from "../problems";
import { nextTask } from "../../workbook/steps";
import { useWorkbookAction } from "./useWorkbookAction";

export type Selections<Role extends string> = Partial<Record<Role, TableSnapshot>>;

/** Where each view's readings are remembered in the workbook, so a reloaded pane can read them again. */
export const READINGS_KEY = "balans.readings";
type StoredReadings = Record<string, Record<string, string>>;

const snapshotsOf = <Role extends string>(selections: Selections<Role>) =>
  Object.entries(selections) as [Role, TableSnapshot][];

/** Reads `address` again; a sheet that is gone (renamed, deleted) is said so, with the address. */
async function readAgain(
  workbook: WorkbookPort,
  address: string,
  t: ReturnType<typeof useBalans>["t"],
): Promise<TableSnapshot> {
  try {
    return await workbook.readRange(address);
  } catch (error) {
    throw isWorkbookError(error) && error.code === "invalidAddress"
      ? new InputProblem(t("sourceGone", { address }))
      : error;
  }
}

/**
 * The ranges a view read from the workbook, by role ("actuals", "budget", …), each taken from the
 * user's selection. A new reading is a new `selections` object, so what was shown or written for the
 * old one can be told apart. While shown, the ranges are watched: a change marks the reading stale
 * until it is read again. Their addresses are kept in the workbook under the view's name (`view`),
 * and read again when the pane opens anew on the same workbook. `prepare` computes a new reading's
 * figures ahead, in tasks of their own, before the view renders them (see remembered.ts).
 */
export function useReadings<Role extends string>(
  view: string,
  prepare?: (next: Selections<Role>) => Promise<void>,
) {
  const { workbook, t, language } = useBalans();
  const action = useWorkbookAction();
  const [selections, setSelections] = useState<Selections<Role>>({});
  const [staleReading, setStaleReading] = useState<Selections<Role>>();
  const [addressesProblem, setAddressesProblem] = useState<string>();

  useEffect(() => {
    const ranges = snapshotsOf(selections).map(([, { sheet, address }]) => ({ sheet, address }));
    if (ranges.length === 0) return undefined;
    let stop: (() => void) | undefined;
    let ended = false;
    const markStale = () => setStaleReading(selections);
    workbook.watchRanges(ranges, markStale).then(
      (stopWatching) => (ended ? stopWatching() : (stop = stopWatching)),
      // Not knowing whether the cells change is treated as if they may have.
      markStale,
    );
    return () => {
      ended = true;
      stop?.();
    };
  }, [workbook, selections]);

  // Once, when the view opens: the readings it had when the pane was last open on this workbook.
  useEffect(() => {
    let ended = false;
    void (async () => {
      const stored = ((await workbook.loadSettings())[READINGS_KEY] ?? {}) as StoredReadings;
      const addresses = Object.entries(stored[view] ?? {});
      if (addresses.length === 0 || ended) return;
      const restored: Selections<Role> = {};
      for (const [role, address] of addresses) {
        try {
          restored[role as Role] = await readAgain(workbook, address, t);
        } catch (error) {
          if (!ended)
            setAddressesProblem(
              t("restoreFailed", { address, text: failureMessage(error, t, language) }),
            );
        }
      }
      if (!ended)
        setSelections((current) => (snapshotsOf(current).length === 0 ? restored : current));
    })();
    return () => {
      ended = true;
    };
    // Only when the view opens on a workbook: later readings are the user's. The words of a restore
    // problem are those of the moment it happened.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- t and language must not restore again
  }, [workbook, view]);

  async function remember(next: Selections<Role>) {
    const stored = ((await workbook.loadSettings())[READINGS_KEY] ?? {}) as StoredReadings;
    const addresses = Object.fromEntries(
      snapshotsOf(next).map(([role, snapshot]) => [role, qualifiedAddress(snapshot)]),
    );
    await workbook.saveSettings({ [READINGS_KEY]: { ...stored, [view]: addresses } });
  }

  /** A new reading: shown at once; its addresses are kept in the workbook meanwhile. */
  function replace(next: Selections<Role>) {
    setSelections(next);
    setAddressesProblem(undefined);
    remember(next).catch((error: unknown) =>
      setAddressesProblem(failureMessage(error, t, language)),
    );
  }

  /** A new reading, its figures computed ahead, then shown. */
  async function prepared(next: Selections<Role>): Promise<void> {
    await nextTask();
    await prepare?.(next);
    replace(next);
  }

  async function take(role: Role) {
    await action.run(t("reading"), async () => {
      const snapshot = await workbook.readSelection();
      await prepared({ ...selections, [role]: snapshot });
    });
  }

  function clear(role: Role) {
    const next = { ...selections };
    delete next[role];
    replace(next);
  }

  /** Reads every range again at the address it was read from. */
  async function reread() {
    await action.run(t("rereading"), async () => {
      const next: Selections<Role> = {};
      for (const [role, snapshot] of snapshotsOf(selections))
        next[role] = await readAgain(workbook, qualifiedAddress(snapshot), t);
      await prepared(next);
    });
  }

  const shown = (value: CellValue) =>
    typeof value === "number" ? formatNumber(value, language, 6) : String(value);

  /** Before a write: every range still holds what was read (same sheet, same cells), or says why not. */
  async function verify(): Promise<void> {
    for (const [, snapshot] of snapshotsOf(selections)) {
      const address = qualifiedAddress(snapshot);
      const change = readingChange(snapshot, await readAgain(workbook, address, t));
      if (change?.kind === "shape") throw new InputProblem(t("sourceReshaped", { address }));
      if (change)
        throw new InputProblem(
          t("sourceChanged", {
            address,
            cell: change.cell,
            before: shown(change.before),
            after: shown(change.after),
          }),
        );
    }
  }

  return {
    selections,
    take,
    clear,
    reread,
    verify,
    stale: staleReading !== undefined && staleReading === selections,
    busy: action.busy,
    failure: action.failure ?? addressesProblem,
  };
}
