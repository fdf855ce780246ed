import { useState } from "react";
import { SheetPlan } from "../../workbook/types";
import { useBalans } from "../BalansContext";
import { useWorkbookAction } from "./useWorkbookAction";

/**
 * Creates a sheet from a plan, one at a time, and says what came of it. Writing fails for its own
 * reasons (a protected workbook), so its failure is kept apart from problems reading the selections.
 */
export function useSheetWriter() {
  const { workbook, t } = useBalans();
  const writer = useWorkbookAction();
  const [created, setCreated] = useState<string>();

  /** `planFor` gets the names already taken, so that the new sheet's name is unique. */
  async function write(planFor: (takenNames: readonly string[]) => SheetPlan): Promise<void> {
    setCreated(undefined);
    await writer.run(t("writing"), async () => {
      const sheet = await workbook.createSheet(planFor(await workbook.sheetNames()));
      setCreated(t("sheetCreated", { name: sheet.name, count: String(sheet.cellCount) }));
    });
  }

  return {
    write,
    busy: writer.busy,
    created,
    problems: writer.failure ? [writer.failure] : [],
    clearFailure: writer.clearFailure,
    /** Forgets the last write's outcome: a new table is being read. */
    reset() {
      setCreated(undefined);
      writer.clearFailure();
    },
  };
}
