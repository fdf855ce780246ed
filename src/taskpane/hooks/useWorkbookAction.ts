import { useCallback, useState } from "react";
import { useBalans } from "../BalansContext";
import { failureMessage } from "../problems";

/**
 * Runs one workbook action at a time with a progress label, and turns any failure into a message
 * for the pane: nothing is swallowed, and the pane never looks frozen on a large table.
 */
export function useWorkbookAction() {
  const { t, language } = useBalans();
  const [busy, setBusy] = useState<string>();
  const [failure, setFailure] = useState<string>();

  const run = useCallback(
    async <T>(label: string, action: () => Promise<T>): Promise<T | undefined> => {
      setBusy(label);
      setFailure(undefined);
      try {
        // Let the progress bar paint before a long synchronous analysis starts.
        await new Promise((resolve) => setTimeout(resolve, 0));
        return await action();
      } catch (error) {
        setFailure(failureMessage(error, t, language));
        return undefined;
      } finally {
        setBusy(undefined);
      }
    },
    [t, language],
  );

  return { busy, failure, run, clearFailure: () => setFailure(undefined) };
}
