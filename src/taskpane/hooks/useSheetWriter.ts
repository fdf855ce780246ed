import { useState } from "react";
import { SheetPlan } from "../../workbook/types";
import { useBalans } from "../BalansContext";
import { readBack } from "../readBack";
import { SheetWrite } from "../viewModel";
import { useWorkbookAction } from "./useWorkbookAction";

/** How many broken cells a warning names before it says "…". */
const MAX_CELLS_NAMED = 5;

/** What the writer needs of the view's readings: the reading itself, and a check that it still stands. */
interface Source {
  selections: object;
  verify(): Promise<void>;
}

/**
 * Creates a sheet from a plan, one at a time, and says what came of it. Before writing it checks that
 * the cells read are still what they were; after, it reads the written figures back once, and says
 * so when a formula shows an error instead of "created". Writing fails for its own reasons (a
 * protected workbook), so its failure is kept apart from problems reading the selections. The outcome
 * belongs to the reading it was written from: a new reading forgets it, so an old "created" notice
 * never stands under new figures.
 */
export function useSheetWriter(source: Source) {
  const { workbook, t } = useBalans();
  const action = useWorkbookAction();
  const [outcome, setOutcome] = useState<{ source: object; notice?: string; warning?: string }>();

  /** `planFor` gets the names already taken, so that the new sheet's name is unique. */
  async function write(planFor: (takenNames: readonly string[]) => SheetPlan): Promise<void> {
    const reading = source.selections;
    setOutcome(undefined);
    const result = await action.run(t("writing"), async () => {
      await source.verify();
      const plan = planFor(await workbook.sheetNames());
      const sheet = await workbook.createSheet(plan);
      const broken = await readBack(workbook, plan, sheet.name);
      if (broken.length === 0) return { notice: t("sheetCreated", { name: sheet.name, count: String(sheet.cellCount) }) };
      const named = broken.slice(0, MAX_CELLS_NAMED).map(({ cell, error }) => `${cell} ${error}`);
      const more = broken.length > MAX_CELLS_NAMED ? ` (+${broken.length - MAX_CELLS_NAMED})` : "";
      return { warning: t("sheetCreatedWithErrors", { name: sheet.name, count: String(broken.length), cells: named.join(", ") + more }) };
    });
    setOutcome({ source: reading, ...result });
  }

  const current = outcome?.source === source.selections;
  return {
    write,
    busy: action.busy,
    /** What to show of the last write; `create` is the view's own. */
    outcome(create: SheetWrite["create"]): SheetWrite {
      return {
        create,
        notice: current ? outcome?.notice : undefined,
        warning: current ? outcome?.warning : undefined,
        problems: current && action.failure ? [action.failure] : [],
      };
    },
  };
}
