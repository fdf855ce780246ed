import { useState } from "react";
import { sheetToUpdate } from "../../workbook/marks";
import { SheetPlan } from "../../workbook/types";
import { useBalans } from "../BalansContext";
import { SheetWrite } from "../viewModel";
import { useWorkbookAction } from "./useWorkbookAction";

type PlanFor = (takenNames: readonly string[]) => SheetPlan;

/**
 * Creates a sheet from a plan, one at a time, and says what came of it. Writing fails for its own
 * reasons (a protected workbook), so its failure is kept apart from problems reading the selections.
 * The outcome belongs to the reading it was written from (`source`): a new reading forgets it, so an
 * old "created" notice never stands under new figures. When Balans already made a sheet from the same
 * table (found by its mark, whatever it is called now), the user chooses: update that sheet, or a new one.
 */
export function useSheetWriter(source: object) {
  const { workbook, t } = useBalans();
  const action = useWorkbookAction();
  const [outcome, setOutcome] = useState<{ source: object; notice?: string }>();
  const [choice, setChoice] = useState<{ source: object; sheetName: string; planFor: PlanFor }>();

  async function createNew(planFor: PlanFor): Promise<string> {
    const sheet = await workbook.createSheet(planFor(await workbook.sheetNames()));
    return t("sheetCreated", { name: sheet.name, count: String(sheet.cellCount) });
  }

  /** `planFor` gets the names already taken, so that the new sheet's name is unique. */
  async function write(planFor: PlanFor): Promise<void> {
    setOutcome(undefined);
    setChoice(undefined);
    const notice = await action.run(t("writing"), async () => {
      const [names, marked] = await Promise.all([workbook.sheetNames(), workbook.markedSheets()]);
      const existing = sheetToUpdate(marked, planFor(names).mark);
      if (!existing) return createNew(planFor);
      setChoice({ source, sheetName: existing.name, planFor });
      return undefined;
    });
    setOutcome({ source, notice });
  }

  async function decide(update: boolean): Promise<void> {
    if (!choice) return;
    const { sheetName, planFor } = choice;
    setChoice(undefined);
    const notice = await action.run(t("writing"), async () => {
      if (!update) return createNew(planFor);
      const sheet = await workbook.updateSheet(sheetName, planFor(await workbook.sheetNames()));
      return t("sheetUpdated", { name: sheet.name, count: String(sheet.cellCount) });
    });
    setOutcome({ source, notice });
  }

  const current = outcome?.source === source;
  const pending = choice?.source === source ? choice : undefined;
  return {
    write,
    busy: action.busy,
    /** What to show of the last write; `create` is the view's own. */
    outcome(create: SheetWrite["create"]): SheetWrite {
      return {
        create,
        notice: current ? outcome?.notice : undefined,
        problems: current && action.failure ? [action.failure] : [],
        ...(pending && create && { choice: { sheetName: pending.sheetName, update: () => decide(true), createNew: () => decide(false) } }),
      };
    },
  };
}
