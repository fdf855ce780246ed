/**
 * A mock Excel workbook built on office-addin-mock's OfficeMockObject, for the src/excel modules.
 * It counts `context.sync()` calls, can make a given sync fail, and records what is asked of Excel:
 * sheets added and deleted, and every range, conditional format and chart requested on a new sheet.
 *
 * OfficeMockObject models properties, load and sync; methods that return new proxies (add, getRange,
 * getItemOrNullObject, …) are functions in the mock data, as its documentation suggests.
 */
import { OfficeMockObject } from "office-addin-mock";
import { WorkbookError } from "../../src/workbook/errors";

// office-addin-mock compares hosts with office-addin-manifest's OfficeApp, which jest.config.js maps
// to an empty stub; it needs the one value it reads.
jest.mock("office-addin-manifest", () => ({ OfficeApp: { Excel: "excel", Outlook: "outlook" } }));

/** The value office-addin-mock gives a property that was never loaded. */
export const NOT_LOADED = "Error, property was not loaded";

export interface MockRange {
  address: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  values: unknown[][];
  valueTypes: string[][];
  numberFormat: string[][];
  sheet: string;
  hasMergedAreas?: boolean;
}

export interface MockWorkbookOptions {
  sheets?: string[];
  /** The selection, also returned for any range read by address. */
  range?: MockRange;
  workbookProtected?: boolean;
  /** Excel's decimal separator and the system's (Application.decimalSeparator, cultureInfo). */
  decimalSeparator?: string;
  systemDecimalSeparator?: string;
  /** Syncs (1-based) that reject, with the error they reject with. */
  failingSyncs?: Record<number, unknown>;
}

/** Something requested on a sheet Balans added. */
export interface RequestedRange {
  address: string;
  /** The sync (1-based) whose request carries what was set on it: the next one when it was asked for. */
  sync: number;
  // A mock range proxy: what the writer set on it is read back in the tests.
  range: OfficeMockObject;
  conditionalFormats: { type: string; format: OfficeMockObject }[];
}

export interface RequestedChart {
  type: string;
  sourceAddress: string | undefined;
  seriesBy: string;
  chart: OfficeMockObject;
  position?: string;
}

export interface AddedSheet {
  name: string;
  ranges: RequestedRange[];
  charts: RequestedChart[];
  frozenRows?: number;
  activated: boolean;
  /** Custom properties added to the sheet, by key. */
  properties: Record<string, string>;
}

export interface MockWorkbook {
  context: Excel.RequestContext;
  /** The proxy of `options.range`, to check what was loaded. */
  range: OfficeMockObject;
  syncCount(): number;
  added: AddedSheet[];
  deleted: string[];
  /** Sheets asked for by name (getItem), and whether the active sheet was asked for. */
  sheetsAskedFor: string[];
  rangeIndexesAskedFor: number[][];
}

/** An Office.js-style error, as context.sync() rejects with. */
export function officeError(code: string, errorLocation?: string): Error {
  return Object.assign(new Error(`${code} (mock)`), { code, debugInfo: { code, errorLocation } });
}

function addedSheet(
  name: string,
  syncsSoFar: () => number,
): { proxy: OfficeMockObject; record: AddedSheet } {
  const record: AddedSheet = { name, ranges: [], charts: [], activated: false, properties: {} };
  const getRange = (address: string): OfficeMockObject => {
    const requested: RequestedRange = {
      address,
      sync: syncsSoFar() + 1,
      range: undefined as unknown as OfficeMockObject,
      conditionalFormats: [],
    };
    requested.range = new OfficeMockObject({
      format: { font: {}, fill: {} },
      conditionalFormats: {
        add: (type: string) => {
          const format = new OfficeMockObject({
            custom: { rule: {}, format: { fill: {}, font: {} } },
          });
          requested.conditionalFormats.push({ type, format });
          return format;
        },
      },
    });
    record.ranges.push(requested);
    return requested.range;
  };
  const proxy = new OfficeMockObject({
    getRange,
    charts: {
      add: (type: string, source: OfficeMockObject, seriesBy: string) => {
        const requested: RequestedChart = {
          type,
          seriesBy,
          sourceAddress: record.ranges.find((range) => range.range === source)?.address,
          chart: new OfficeMockObject({
            title: {},
            setPosition: (startCell: string) => {
              requested.position = startCell;
            },
          }),
        };
        record.charts.push(requested);
        return requested.chart;
      },
    },
    freezePanes: {
      freezeRows: (count: number) => {
        record.frozenRows = count;
      },
    },
    activate: () => {
      record.activated = true;
    },
    customProperties: {
      add: (key: string, value: string) => {
        record.properties[key] = value;
      },
    },
  });
  return { proxy, record };
}

export function mockWorkbook(options: MockWorkbookOptions = {}): MockWorkbook {
  // The sheet list Excel would load: add() appends and delete() removes, as once the batch has run.
  const sheetItems = (options.sheets ?? ["Blad1"]).map((name) => ({ name }));
  const table = options.range ?? emptyRange();
  const added: AddedSheet[] = [];
  const deleted: string[] = [];
  const sheetsAskedFor: string[] = [];
  const rangeIndexesAskedFor: number[][] = [];
  let syncs = 0;
  // What the next sync rejects with, as Excel rejects a batch that asked for a sheet that does not exist.
  let pendingFailure: unknown;

  const existingSheet = {
    getRangeByIndexes: (...indexes: number[]) => {
      rangeIndexesAskedFor.push(indexes);
      return mock.workbook.range;
    },
    // The range read back after a write (src/excel/functionNames.ts): the table's values, no #NAME?.
    getRange: () => mock.workbook.range,
  };
  const mock: OfficeMockObject = new OfficeMockObject({
    workbook: {
      range: {
        address: table.address,
        rowIndex: table.rowIndex,
        columnIndex: table.columnIndex,
        rowCount: table.rowCount,
        columnCount: table.columnCount,
        values: table.values,
        valueTypes: table.valueTypes,
        numberFormat: table.numberFormat,
        worksheet: { name: table.sheet },
        getMergedAreasOrNullObject: () => {
          // Office.js fills in isNullObject at every sync without a load.
          const areas = new OfficeMockObject({});
          areas.isNullObject = !table.hasMergedAreas;
          return areas;
        },
        // No Excel table (ListObject) at the selection: it is read as selected.
        getTables: () =>
          new OfficeMockObject({
            items: [],
            load(this: OfficeMockObject) {
              return OfficeMockObject.prototype.load.call(this, "items");
            },
          }),
      },
      getSelectedRange: () => mock.workbook.range,
      protection: { protected: options.workbookProtected ?? false },
      worksheets: {
        items: sheetItems,
        // office-addin-mock cannot follow a path into a collection's items ("items/name"): load them whole.
        load(this: OfficeMockObject) {
          return OfficeMockObject.prototype.load.call(this, "items");
        },
        add: (name: string) => {
          const { proxy, record } = addedSheet(name, () => syncs);
          added.push(record);
          sheetItems.push({ name });
          return proxy;
        },
        getItemOrNullObject: (name: string) => ({
          delete: () => {
            deleted.push(name);
            const index = sheetItems.findIndex((item) => item.name === name);
            if (index >= 0) sheetItems.splice(index, 1);
          },
        }),
        getItem: (name: string) => {
          sheetsAskedFor.push(name);
          if (!sheetItems.some((item) => item.name.toUpperCase() === name.toUpperCase()))
            pendingFailure ??= officeError("ItemNotFound", "WorksheetCollection.getItem");
          return existingSheet;
        },
        getActiveWorksheet: () => {
          sheetsAskedFor.push("(active)");
          return existingSheet;
        },
      },
    },
    application: {
      decimalSeparator: options.decimalSeparator ?? ",",
      cultureInfo: {
        numberFormat: { numberDecimalSeparator: options.systemDecimalSeparator ?? "," },
      },
    },
  });

  const mockSync = mock.sync.bind(mock);
  mock.sync = async () => {
    syncs += 1;
    const failure = options.failingSyncs?.[syncs] ?? pendingFailure;
    pendingFailure = undefined;
    if (failure !== undefined) throw failure;
    await mockSync();
  };

  return {
    context: mock as unknown as Excel.RequestContext,
    range: mock.workbook.range,
    syncCount: () => syncs,
    added,
    deleted,
    sheetsAskedFor,
    rangeIndexesAskedFor,
  };
}

function emptyRange(): MockRange {
  return {
    address: "Blad1!A1",
    rowIndex: 0,
    columnIndex: 0,
    rowCount: 1,
    columnCount: 1,
    values: [[""]],
    valueTypes: [["Empty"]],
    numberFormat: [["General"]],
    sheet: "Blad1",
  };
}

/** The WorkbookError a promise rejects with; fails when it resolves or rejects with anything else. */
export async function rejection(promise: Promise<unknown>): Promise<WorkbookError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof WorkbookError))
    throw new Error(`expected a WorkbookError, got ${String(error)}`);
  return error;
}
