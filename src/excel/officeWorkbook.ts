/** The WorkbookPort on Excel: each call one Excel.run around the modules beside this one. */
import { WorkbookPort } from "../workbook/types";
import { readDialect } from "./dialect";
import { readRangeByAddress, readSelection } from "./readTable";
import { loadSettings, saveSettings } from "./settings";
import { readSheetNames } from "./sheetNames";
import { writeSheet } from "./writeSheet";

// While the user edits a cell Excel refuses every batch; this makes it wait until the edit ends.
const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => Excel.run({ delayForCellEdit: true }, batch);

export function createOfficeWorkbook(): WorkbookPort {
  return {
    readSelection: () => run((context) => readSelection(context)),
    readRange: (address) => run((context) => readRangeByAddress(context, address)),
    createSheet: (plan) =>
      run(async (context) => {
        // Read afresh each time: the user can change Excel's separators while the pane is open.
        const dialect = await readDialect(context, Office.context.displayLanguage);
        return writeSheet(context, plan, dialect);
      }),
    sheetNames: () => run(readSheetNames),
    loadSettings: async () => loadSettings(Office.context.document.settings),
    saveSettings: (values) => saveSettings(Office.context.document.settings, values),
  };
}
