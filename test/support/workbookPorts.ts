/**
 * The three WorkbookPort implementations, each opened on the same starting workbook, for the contract
 * suite (test/workbook/workbookPort.contract.test.ts): Office.js on office-addin-mock, the preview on
 * HyperFormula, and the in-memory port of the component tests.
 *
 * The starting workbook: the sheets `setup.sheets` (default Blad1, Plan), the first one active, with
 * TABLE at B2:D3 of the first sheet and selected.
 */
import { HyperFormula } from "hyperformula";
import { parseRange } from "../../src/engine/addresses";
import { createOfficeWorkbook } from "../../src/excel/officeWorkbook";
import { PreviewWorkbook } from "../../src/preview/workbench";
import { WorkbookError } from "../../src/workbook/errors";
import type { TableSnapshot, WorkbookPort } from "../../src/workbook/types";
import { officeError, mockWorkbook } from "./excelMock";
import { createMemoryWorkbook } from "./memoryWorkbook";

/** B2:D3 of the first sheet: a header row, then a measure with its effect and a flag; D2 is empty. */
export const TABLE = {
  address: "B2:D3",
  top: 1,
  left: 1,
  values: [
    ["Åtgärd", "Effekt", ""],
    ["Hyrstopp", 12.5, true],
  ],
  valueTypes: [
    ["String", "String", "Empty"],
    ["String", "Double", "Boolean"],
  ],
};

export interface PortSetup {
  sheets?: string[];
  /** The workbook's structure is protected: no sheet can be added. */
  structureProtected?: boolean;
}

export interface PortUnderTest {
  port: WorkbookPort;
  /** Makes the next createSheet fail while it writes, after its sheet was added. */
  failNextWrite(): void;
  /**
   * The user types `value` into cell `address` ("C3") of the first sheet. Absent for Office.js:
   * office-addin-mock models no events; test/excel/watchRanges.test.ts plays Excel's events instead.
   */
  edit?(address: string, value: number): void;
  /**
   * The user renames a sheet. Absent for Office.js on office-addin-mock: the mock holds no sheet's
   * custom properties to find again, so the mark cases are skipped for it (test/excel/writeSheet.test.ts
   * checks there that the mark is written with the sheet).
   */
  rename?(name: string, newName: string): void;
}

export interface PortImplementation {
  name: string;
  open(setup?: PortSetup): PortUnderTest;
}

const DEFAULT_SHEETS = ["Blad1", "Plan"];
const FORMATS = TABLE.values.map((row) => row.map(() => "General"));

function tableSnapshot(sheet: string): TableSnapshot {
  return { sheet, ...TABLE, numberFormats: FORMATS, hasMergedCells: false };
}

const scope = globalThis as { Excel?: unknown; Office?: unknown };

/** Office.js: Excel.run hands out an office-addin-mock workbook; document settings live in a Map. */
function openOffice({
  sheets = DEFAULT_SHEETS,
  structureProtected = false,
}: PortSetup = {}): PortUnderTest {
  const failingSyncs: Record<number, unknown> = {};
  const workbook = mockWorkbook({
    sheets,
    workbookProtected: structureProtected,
    failingSyncs,
    range: {
      address: `${sheets[0]}!${TABLE.address}`,
      rowIndex: TABLE.top,
      columnIndex: TABLE.left,
      rowCount: TABLE.values.length,
      columnCount: TABLE.values[0].length,
      values: TABLE.values,
      valueTypes: TABLE.valueTypes,
      numberFormat: FORMATS,
      sheet: sheets[0],
    },
  });
  const settings = new Map<string, unknown>();
  scope.Excel = {
    run: (_options: unknown, batch: (context: Excel.RequestContext) => Promise<unknown>) =>
      batch(workbook.context),
  };
  scope.Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      displayLanguage: "sv-SE",
      requirements: { isSetSupported: () => true },
      document: {
        settings: {
          get: (name: string) => settings.get(name),
          set: (name: string, value: unknown) => settings.set(name, value),
          saveAsync: (callback: (result: { status: string }) => void) =>
            callback({ status: "succeeded" }),
        },
      },
    },
  };
  return {
    port: createOfficeWorkbook(),
    // createSheet syncs three times: the dialect, the check, the write.
    failNextWrite: () => (failingSyncs[workbook.syncCount() + 3] = officeError("GeneralException")),
  };
}

/** The preview: sheets in HyperFormula (no BALANS functions needed here), TABLE typed into its cells. */
function openPreview({
  sheets = DEFAULT_SHEETS,
  structureProtected = false,
}: PortSetup = {}): PortUnderTest {
  const tableCells = [
    [],
    ...TABLE.values.map((row) => [null, ...row.map((value) => (value === "" ? null : value))]),
  ];
  const workbook = new PreviewWorkbook(
    sheets.map((name, index) => ({
      name,
      cells: index === 0 ? (tableCells as (string | number | null)[][]) : [],
    })),
    { metadata: [], implementations: new Map() },
  );
  workbook.select({ sheet: sheets[0], top: 1, left: 1, bottom: 2, right: 3 });
  workbook.protectStructure(structureProtected);
  return {
    port: workbook,
    edit: (address, value) => {
      const range = parseRange(address);
      const cell = range && { row: range.top, column: range.left };
      if (!cell) throw new Error(`edit: ${address} is no cell`);
      workbook.setInput(sheets[0], cell.row, cell.column, String(value));
    },
    rename: (name, newName) => workbook.renameSheet(name, newName),
    failNextWrite: () =>
      jest.spyOn(HyperFormula.prototype, "setSheetContent").mockImplementationOnce(() => {
        throw new Error("HyperFormula could not take the cells (mock)");
      }),
  };
}

/** The in-memory port: TABLE is the selection and the one range it finds. */
function openMemory({
  sheets = DEFAULT_SHEETS,
  structureProtected = false,
}: PortSetup = {}): PortUnderTest {
  const snapshot = tableSnapshot(sheets[0]);
  const workbook = createMemoryWorkbook({
    sheetNames: sheets,
    protected: structureProtected,
    selection: snapshot,
    ranges: { [`${sheets[0]}!${TABLE.address}`]: snapshot },
  });
  return {
    port: workbook,
    edit: (address, value) => {
      const range = parseRange(address);
      const cell = range && { row: range.top, column: range.left };
      if (!cell) throw new Error(`edit: ${address} is no cell`);
      const values = snapshot.values.map((row, r) =>
        row.map((old, c) =>
          r === cell.row - snapshot.top && c === cell.column - snapshot.left ? value : old,
        ),
      );
      const inside =
        cell.row >= snapshot.top &&
        cell.row < snapshot.top + values.length &&
        cell.column >= snapshot.left &&
        cell.column < snapshot.left + values[0].length;
      // An edit outside TABLE lands on a one-cell range of its own.
      workbook.change(
        inside
          ? { ...snapshot, values }
          : {
              ...snapshot,
              address,
              top: cell.row,
              left: cell.column,
              values: [[value]],
              valueTypes: [["Double"]],
              numberFormats: [["General"]],
            },
      );
    },
    rename: (name, newName) => workbook.rename(name, newName),
    failNextWrite: () =>
      workbook.failCreate(new WorkbookError("writeFailed", { sheetName: "(the next sheet)" }), {
        once: true,
      }),
  };
}

export const PORT_IMPLEMENTATIONS: PortImplementation[] = [
  { name: "Office.js (office-addin-mock)", open: openOffice },
  { name: "preview (HyperFormula)", open: openPreview },
  { name: "in memory", open: openMemory },
];

/** Undoes what opening a port installed: the Office globals and any spied-on HyperFormula method. */
export function closePorts(): void {
  delete scope.Excel;
  delete scope.Office;
  jest.restoreAllMocks();
}
