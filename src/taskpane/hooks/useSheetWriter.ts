import { useState } from "react";
import { SheetPlan } from "../../workbook/types";
import { useBalans } from "../BalansContext";
import { SheetWrite } from "../viewModel";
import { useWorkbookAction } from "./useWorkbookAction";

/**
 * Creates a sheet from a plan, one at a time, and says what came of it. Writing fails for its own
 * reasons (a protected workbook), so its failure is kept apart from problems reading the selections.
 * The outcome belongs to the reading it was written from (`source`): a new reading forgets it, so an
 * old "created" notice never stands under new figures.
 */
export function useSheetWriter(source: object) {
  const { workbook, t } = useBalans();
  const action = useWorkbookAction();
  const [outcome, setOutcome] = useState<{ source: object; notice?: string }>();

  /** `planFor` gets the names already taken, so that the new sheet's name is unique. */
  async function write(planFor: (takenNames: readonly string[]) => SheetPlan): Promise<void> {
    setOutcome(undefined);
    const notice = await action.run(t("writing"), async () => {
      const sheet = await workbook.createSheet(planFor(await workbook.sheetNames()));
      return t("sheetCreated", { name: sheet.name, count: String(sheet.cellCount) });
    });
    setOutcome({ source, notice });
  }

  const current = outcome?.source === source;
  return {
    write,
    busy: action.busy,
    /** What to show of the last write; `create` is the view's own. */
    outcome(create: SheetWrite["create"]): SheetWrite {
      return {
        create,
        notice: current ? outcome?.notice : undefined,
        problems: current && action.failure ? [action.failure] : [],
      };
    },
  };
}
