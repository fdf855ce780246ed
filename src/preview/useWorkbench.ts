import { useSyncExternalStore } from "react";
import { PreviewWorkbook } from "./workbench";

/** Re-renders the caller whenever the preview workbook changes (an edit, a selection, a new sheet). */
export function useWorkbench(workbook: PreviewWorkbook): number {
  return useSyncExternalStore(
    (listener) => workbook.subscribe(listener),
    () => workbook.version,
  );
}
