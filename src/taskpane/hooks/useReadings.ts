import { useState } from "react";
import { TableSnapshot } from "../../workbook/types";
import { useBalans } from "../BalansContext";
import { useWorkbookAction } from "./useWorkbookAction";

export type Selections<Role extends string> = Partial<Record<Role, TableSnapshot>>;

/**
 * The ranges a view read from the workbook, by role ("actuals", "budget", …), each taken from the
 * user's selection. A new reading is a new `selections` object, so what was shown or written for the
 * old one can be told apart.
 */
export function useReadings<Role extends string>() {
  const { workbook, t } = useBalans();
  const action = useWorkbookAction();
  const [selections, setSelections] = useState<Selections<Role>>({});

  async function take(role: Role) {
    await action.run(t("reading"), async () => {
      const snapshot = await workbook.readSelection();
      setSelections((current) => ({ ...current, [role]: snapshot }));
    });
  }

  function clear(role: Role) {
    setSelections((current) => {
      const next = { ...current };
      delete next[role];
      return next;
    });
  }

  return { selections, take, clear, busy: action.busy, failure: action.failure };
}
