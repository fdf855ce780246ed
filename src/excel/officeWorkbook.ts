/** The WorkbookPort on Excel: each call one Excel.run around the modules beside this one. */
import { WorkbookPort } from "../workbook/types";
import { readDialect } from "./dialect";
import { readRangeByAddress, readSelection } from "./readTable";
import { loadSettings, saveSettings } from "./settings";
import { readSheetNames } from "./sheetNames";
import { readMarkedSheets } from "./sheetMarks";
import { updateSheet, writeSheet } from "./writeSheet";

// While the user edits a cell Excel refuses every batch; this makes it wait until the edit ends.
const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => Excel.run({ delayForCellEdit: true }, batch);

// Read afresh each time: the user can change Excel's separators while the pane is open.
function currentDialect(context: Excel.RequestContext) {
  return readDialect(context, Office.context.displayLanguage);
}

export function createOfficeWorkbook(): WorkbookPort {
  return {
    readSelection: () => run((context) => readSelection(context)),
    readRange: (address) => run((context) => readRangeByAddress(context, address)),
    createSheet: (plan) => run(async (context) => writeSheet(context, plan, await currentDialect(context))),
    updateSheet: (name, plan) => run(async (context) => updateSheet(context, name, plan, await currentDialect(context))),
    sheetNames: () => run(readSheetNames),
    markedSheets: () => run(readMarkedSheets),
    loadSettings: async () => loadSettings(Office.context.document.settings),
    saveSettings: (values) => saveSettings(Office.context.document.settings, values),
  };
}
