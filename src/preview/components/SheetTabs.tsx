import { ViewTabs } from "../../taskpane/components/ViewTabs";
import { PreviewWorkbook } from "../workbench";

/**
 * One tab per sheet; the sheets Balans creates appear here as they are written. The pane's own tabs,
 * without Fluent's TabList, whose hidden focus guards axe reports (aria-hidden-focus).
 */
export function SheetTabs({ workbook }: { workbook: PreviewWorkbook }) {
  return (
    <ViewTabs<string>
      label={workbook.language === "sv" ? "Blad" : "Sheets"}
      views={workbook.sheetList().map((name) => ({ value: name, label: name }))}
      selected={workbook.activeSheet}
      onSelect={(name) => workbook.activate(name)}
    />
  );
}
