import { Tab, TabList } from "@fluentui/react-components";
import { PreviewWorkbook } from "../workbench";

/** One tab per sheet; the sheets Balans creates appear here as they are written. */
export function SheetTabs({ workbook }: { workbook: PreviewWorkbook }) {
  return (
    <TabList
      size="small"
      aria-label="Blad"
      selectedValue={workbook.activeSheet}
      onTabSelect={(_, data) => workbook.activate(String(data.value))}
    >
      {workbook.sheetList().map((name) => (
        <Tab key={name} value={name}>
          {name}
        </Tab>
      ))}
    </TabList>
  );
}
