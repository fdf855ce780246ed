import { useState } from "react";
import { sheetToUpdate } from "../../workbook/marks";
import { CreatedSheet, SheetPlan } from "../../workbook/types";
import { useBalans } from "../BalansContext";
import { readBack } from "../readBack";
import { SheetWrite } from "../viewModel";
import { useWorkbookAction } from "./useWorkbookAction";

/** How many broken cells a warning names before it says "…". */
const MAX_CELLS_NAMED = 5;

/** Asynchronous where the view's sheet code is fetched only for its first write. */
type PlanFor = (takenNames: readonly string[]) => SheetPlan | Promise<SheetPlan>;

/** What the writer needs of the view's readings: the reading itself, and a check that it still stands. */
interface Source {
  selections: object;
  verify(): Promise<void>;
}

interface Outcome {
  notice?: string;
  warning?: string;
}

/**
 * Creates a sheet from a plan, one at a time, and says what came of it. Before writing it checks that
 * the cells read are still what they were; after, it reads the written figures back once, and says
 * so when a formula shows an error instead of "created". Writing fails for its own reasons (a
 * protected workbook), so its failure is kept apart from problems reading the selections. The outcome
 * belongs to the reading it was written from: a new reading forgets it, so an old "created" notice
 * never stands under new figures. When Balans already made a sheet from the same table (found by its
 * mark, whatever it is called now), the user chooses: update that sheet, or a new one.
 */
export function useSheetWriter(source: Source) {
  const { workbook, t } = useBalans();
  const action = useWorkbookAction();
  const [outcome, setOutcome] = useState<{ source: object } & Outcome>();
  const [choice, setChoice] = useState<{ source: object; sheetName: string; planFor: PlanFor }>();

  /** Reads the written sheet back once: "created"/"updated", or a warning naming the broken cells. */
  async function checked(
    plan: SheetPlan,
    sheet: CreatedSheet,
    doneKey: "sheetCreated" | "sheetUpdated",
  ): Promise<Outcome> {
    const broken = await readBack(workbook, plan, sheet.name);
    if (broken.length === 0)
      return { notice: t(doneKey, { name: sheet.name, count: String(sheet.cellCount) }) };
    const named = broken.slice(0, MAX_CELLS_NAMED).map(({ cell, error }) => `${cell} ${error}`);
    const more = broken.length > MAX_CELLS_NAMED ? ` (+${broken.length - MAX_CELLS_NAMED})` : "";
    return {
      warning: t("sheetCreatedWithErrors", {
        name: sheet.name,
        count: String(broken.length),
        cells: named.join(", ") + more,
      }),
    };
  }

  async function create(plan: SheetPlan): Promise<Outcome> {
    return checked(plan, await workbook.createSheet(plan), "sheetCreated");
  }

  async function createNew(planFor: PlanFor): Promise<Outcome> {
    return create(await planFor(await workbook.sheetNames()));
  }

  /** `planFor` gets the names already taken, so that the new sheet's name is unique. */
  async function write(planFor: PlanFor): Promise<void> {
    const reading = source.selections;
    setOutcome(undefined);
    setChoice(undefined);
    const result = await action.run(t("writing"), async (): Promise<Outcome | undefined> => {
      await source.verify();
      const [names, marked] = await Promise.all([workbook.sheetNames(), workbook.markedSheets()]);
      // Planned once from the names just read: a new sheet is written from this very plan.
      const plan = await planFor(names);
      const existing = sheetToUpdate(marked, plan.mark);
      if (!existing) return create(plan);
      setChoice({ source: reading, sheetName: existing.name, planFor });
      return undefined;
    });
    setOutcome({ source: reading, ...result });
  }

  async function decide(update: boolean): Promise<void> {
    if (!choice) return;
    const { sheetName, planFor } = choice;
    const reading = source.selections;
    setChoice(undefined);
    const result = await action.run(t("writing"), async () => {
      // The user may have edited the source while deciding: check it again before writing.
      await source.verify();
      if (!update) return createNew(planFor);
      const plan = await planFor(await workbook.sheetNames());
      return checked(plan, await workbook.updateSheet(sheetName, plan), "sheetUpdated");
    });
    setOutcome({ source: reading, ...result });
  }

  const current = outcome?.source === source.selections;
  const pending = choice?.source === source.selections ? choice : undefined;
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
        ...(pending &&
          create && {
            choice: {
              sheetName: pending.sheetName,
              update: () => decide(true),
              createNew: () => decide(false),
            },
          }),
      };
    },
  };
}
