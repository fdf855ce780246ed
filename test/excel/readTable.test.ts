import { readRangeByAddress, readSelection } from "../../src/excel/readTable";
import { mockWorkbook, MockRange, NOT_LOADED, officeError, rejection } from "../support/excelMock";

const COLUMNS = 7;

/** B3:H10002 on Blad1: a header row, then measures with six months of figures. */
function bigTable(rows = 10_000): MockRange {
  const values = Array.from({ length: rows }, (_, row) =>
    row === 0
      ? ["Åtgärd", "jan", "feb", "mar", "apr", "maj", "jun"]
      : [
          `Åtgärd ${row}`,
          ...Array.from({ length: COLUMNS - 1 }, (_, month) => row * 10 + month + 0.5),
        ],
  );
  return {
    address: `Blad1!B3:H${rows + 2}`,
    rowIndex: 2,
    columnIndex: 1,
    rowCount: rows,
    columnCount: COLUMNS,
    values,
    valueTypes: values.map((row) =>
      row.map((value) => (typeof value === "number" ? "Double" : "String")),
    ),
    numberFormat: values.map((row) =>
      row.map((value) => (typeof value === "number" ? "#,##0.0" : "General")),
    ),
    sheet: "Blad1",
  };
}

describe("readSelection", () => {
  it("reads a 10 000-row selection in two syncs", async () => {
    const table = bigTable();
    const workbook = mockWorkbook({ range: table });

    const snapshot = await readSelection(workbook.context);

    expect(workbook.syncCount()).toBe(2);
    expect(snapshot).toEqual({
      sheet: "Blad1",
      address: "B3:H10002",
      top: 2,
      left: 1,
      values: table.values,
      valueTypes: table.valueTypes,
      numberFormats: table.numberFormat,
      hasMergedCells: false,
    });
    expect(snapshot.values[9_999][6]).toBe(99_995.5);
  });

  it("reports merged cells", async () => {
    const workbook = mockWorkbook({ range: { ...bigTable(3), hasMergedAreas: true } });
    expect((await readSelection(workbook.context)).hasMergedCells).toBe(true);
  });

  it("strips a quoted sheet name from the address", async () => {
    const workbook = mockWorkbook({
      range: { ...bigTable(3), address: "'Blad 1!'!B3:H5", sheet: "Blad 1!" },
    });
    const snapshot = await readSelection(workbook.context);
    expect(snapshot).toMatchObject({ sheet: "Blad 1!", address: "B3:H5" });
  });

  it("refuses a selection over the limit after one sync, before any value is loaded", async () => {
    const workbook = mockWorkbook({ range: bigTable() });

    const error = await rejection(readSelection(workbook.context, { maxCells: 50_000 }));

    expect(error).toMatchObject({
      code: "tooLarge",
      cellCount: 70_000,
      maxCells: 50_000,
      address: "B3:H10002",
    });
    expect(workbook.syncCount()).toBe(1);
    expect(workbook.range.values).toBe(NOT_LOADED);
  });

  it("refuses whole columns by default", async () => {
    const workbook = mockWorkbook({
      range: {
        ...bigTable(1),
        address: "Blad1!B:C",
        rowIndex: 0,
        rowCount: 1_048_576,
        columnCount: 2,
      },
    });
    expect(await rejection(readSelection(workbook.context))).toMatchObject({
      code: "tooLarge",
      cellCount: 2_097_152,
      maxCells: 500_000,
    });
  });

  it("maps Office's errors: too much data to send is tooLarge, anything unknown readFailed", async () => {
    const payload = officeError("ResponsePayloadSizeLimitExceeded");
    const tooMuch = await rejection(
      readSelection(mockWorkbook({ range: bigTable(), failingSyncs: { 2: payload } }).context),
    );
    expect(tooMuch).toMatchObject({
      code: "tooLarge",
      officeCode: "ResponsePayloadSizeLimitExceeded",
    });
    expect(tooMuch.cause).toBe(payload);

    const general = await rejection(
      readSelection(mockWorkbook({ failingSyncs: { 1: officeError("GeneralException") } }).context),
    );
    expect(general).toMatchObject({ code: "readFailed", officeCode: "GeneralException" });

    const editing = await rejection(
      readSelection(
        mockWorkbook({ failingSyncs: { 1: officeError("InvalidOperationInCellEditMode") } })
          .context,
      ),
    );
    expect(editing.code).toBe("cellEditMode");
  });
});

describe("readRangeByAddress", () => {
  it("reads a range on a named sheet by its indexes", async () => {
    const workbook = mockWorkbook({
      sheets: ["Blad 1"],
      range: { ...bigTable(8), address: "'Blad 1'!B2:H9", rowIndex: 1, sheet: "Blad 1" },
    });

    const snapshot = await readRangeByAddress(workbook.context, "'Blad 1'!B2:H9");

    expect(workbook.sheetsAskedFor).toEqual(["Blad 1"]);
    expect(workbook.rangeIndexesAskedFor).toEqual([[1, 1, 8, 7]]);
    expect(snapshot).toMatchObject({ sheet: "Blad 1", address: "B2:H9", top: 1, left: 1 });
    expect(workbook.syncCount()).toBe(2);
  });

  it("reads an address without a sheet on the active sheet", async () => {
    const workbook = mockWorkbook({
      range: {
        ...bigTable(1),
        address: "Blad1!$C$5",
        rowIndex: 4,
        columnIndex: 2,
        columnCount: 1,
        values: [[7]],
      },
    });

    const snapshot = await readRangeByAddress(workbook.context, "$C$5");

    expect(workbook.sheetsAskedFor).toEqual(["(active)"]);
    expect(workbook.rangeIndexesAskedFor).toEqual([[4, 2, 1, 1]]);
    expect(snapshot.address).toBe("$C$5");
  });

  it("refuses an address that is no range without asking Excel", async () => {
    const workbook = mockWorkbook();
    expect(await rejection(readRangeByAddress(workbook.context, "Prognos"))).toMatchObject({
      code: "invalidAddress",
      address: "Prognos",
    });
    expect(workbook.syncCount()).toBe(0);
  });

  it("calls a sheet Excel cannot find an invalid address", async () => {
    const workbook = mockWorkbook({ failingSyncs: { 1: officeError("ItemNotFound") } });
    expect(await rejection(readRangeByAddress(workbook.context, "Saknas!B2"))).toMatchObject({
      code: "invalidAddress",
      officeCode: "ItemNotFound",
    });
  });
});
