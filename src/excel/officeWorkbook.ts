/** The WorkbookPort on Excel: each call one Excel.run around the modules beside this one. */
import { WorkbookPort } from "../workbook/types";
import { readDialect } from "./dialect";
import { readRangeByAddress, readSelection } from "./readTable";
import { loadSettings, saveSettings } from "./settings";
import { readSheetNames } from "./sheetNames";
import { readMarkedSheets } from "./sheetMarks";
import { watchRanges } from "./watchRanges";

// While the user edits a cell Excel refuses every batch; this makes it wait until the edit ends.
const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
  Excel.run({ delayForCellEdit: true }, batch);

// Writing sheets is a chunk of its own, fetched for the first write: the pane starts without it.
const sheetWriting = () =>
  Promise.all([
    import(/* webpackChunkName: "write-sheet" */ "./writeSheet"),
    import(/* webpackChunkName: "write-sheet" */ "./functionNames"),
  ]).then(([writing, names]) => ({ ...writing, ...names }));

// Read afresh each time: the user can change Excel's separators while the pane is open.
function currentDialect(context: Excel.RequestContext) {
  return readDialect(context, Office.context.displayLanguage);
}

export function createOfficeWorkbook(): WorkbookPort {
  return {
    readSelection: () => run((context) => readSelection(context)),
    readRange: (address) => run((context) => readRangeByAddress(context, address)),
    createSheet: async (plan) => {
      const { writeSheet, rewriteIfNamesUnknown } = await sheetWriting();
      return run(async (context) => {
        const dialect = await currentDialect(context);
        const created = await writeSheet(context, plan, dialect);
        await rewriteIfNamesUnknown(context, plan, dialect);
        return created;
      });
    },
    updateSheet: async (name, plan) => {
      const { updateSheet, rewriteIfNamesUnknown } = await sheetWriting();
      return run(async (context) => {
        const dialect = await currentDialect(context);
        const updated = await updateSheet(context, name, plan, dialect);
        await rewriteIfNamesUnknown(context, { ...plan, name: updated.name }, dialect);
        return updated;
      });
    },
    sheetNames: () => run(readSheetNames),
    markedSheets: () => run(readMarkedSheets),
    loadSettings: async () => loadSettings(Office.context.document.settings),
    saveSettings: (values) => saveSettings(Office.context.document.settings, values),
    async watchRanges(ranges, onChange) {
      const support = {
        changes: Office.context.requirements.isSetSupported("ExcelApi", "1.7"),
        renames: Office.context.requirements.isSetSupported("ExcelApi", "1.17"),
      };
      const handlers = await run((context) => watchRanges(context, ranges, onChange, support));
      return () => {
        if (handlers.length === 0) return;
        // Handlers are removed in the context that added them. Should that fail, they stop with the
        // pane anyway, and a change they still report only asks for a reading that is already gone.
        void Excel.run(handlers[0].context, async (context) => {
          handlers.forEach((handler) => handler.remove());
          await context.sync();
        }).catch(() => undefined);
      };
    },
  };
}
