import { readSelection } from "../../src/excel/readTable";

/**
 * A selection of one cell inside an Excel table (ListObject) reads the whole table, with its name and
 * whether it shows a header and a total row. A fake of the few Office.js objects the reader touches.
 */
const TABLE_VALUES = [
  ["Åtgärd", "Effekt", "Jan", "Feb"],
  ["Hyrstopp", 32, -0.9, 2],
  ["", 32, -0.9, 2],
];

function fakeRange(
  extent: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number },
  values: unknown[][] = [],
) {
  return {
    ...extent,
    address: `Blad1!C3:F5`,
    worksheet: { name: "Blad1" },
    values,
    valueTypes: values.map((row) => row.map(() => "String")),
    numberFormat: values.map((row) => row.map(() => "General")),
    load: jest.fn(),
    getMergedAreasOrNullObject: () => ({ isNullObject: true }),
    getTables: jest.fn(),
  };
}

test("one cell inside a table reads the whole table, its name and its total row", async () => {
  const tableRange = fakeRange(
    { rowIndex: 2, columnIndex: 2, rowCount: 3, columnCount: 4 },
    TABLE_VALUES,
  );
  const table = {
    name: "Handlingsplan",
    showHeaders: true,
    showTotals: true,
    getRange: () => tableRange,
  };
  const selected = fakeRange({ rowIndex: 3, columnIndex: 3, rowCount: 1, columnCount: 1 }, [[32]]);
  selected.getTables.mockReturnValue({ items: [table], load: jest.fn() });
  const context = {
    workbook: { getSelectedRange: () => selected },
    sync: jest.fn().mockResolvedValue(undefined),
  };
  (globalThis as { Office?: unknown }).Office = {
    context: { requirements: { isSetSupported: () => true } },
  };

  const snapshot = await readSelection(context as unknown as Excel.RequestContext);

  expect(snapshot.values).toEqual(TABLE_VALUES);
  expect(snapshot.table).toEqual({ name: "Handlingsplan", hasHeader: true, hasTotals: true });
  expect(snapshot.top).toBe(2);
  // tables at the selection, the table's extent, its size, its values: four syncs
  expect(context.sync).toHaveBeenCalledTimes(4);
  delete (globalThis as { Office?: unknown }).Office;
});

test("a selection reaching outside the table is read as selected", async () => {
  const tableRange = fakeRange(
    { rowIndex: 2, columnIndex: 2, rowCount: 3, columnCount: 4 },
    TABLE_VALUES,
  );
  const table = {
    name: "Handlingsplan",
    showHeaders: true,
    showTotals: false,
    getRange: () => tableRange,
  };
  const selected = fakeRange({ rowIndex: 0, columnIndex: 0, rowCount: 6, columnCount: 7 }, [["x"]]);
  selected.getTables.mockReturnValue({ items: [table], load: jest.fn() });
  const context = {
    workbook: { getSelectedRange: () => selected },
    sync: jest.fn().mockResolvedValue(undefined),
  };
  (globalThis as { Office?: unknown }).Office = {
    context: { requirements: { isSetSupported: () => true } },
  };

  const snapshot = await readSelection(context as unknown as Excel.RequestContext);

  expect(snapshot.values).toEqual([["x"]]);
  expect(snapshot.table).toBeUndefined();
  delete (globalThis as { Office?: unknown }).Office;
});
