import { useState } from "react";
import { TableSnapshot } from "../../workbook/types";
import { useBalans } from "../BalansContext";
import { useWorkbookAction } from "./useWorkbookAction";

/** Named selections the user points at one by one ("use selection as budget"), read from the workbook. */
export function useSelections<Role extends string>() {
  const { workbook, t } = useBalans();
  const action = useWorkbookAction();
  const [selections, setSelections] = useState<Partial<Record<Role, TableSnapshot>>>({});

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

  return { selections, take, clear, busy: action.busy, failure: action.failure, run: action.run };
}
