import { watchRanges, WatchSupport } from "../../src/excel/watchRanges";

/**
 * The Office module on a hand-made context: worksheets found by name, their event hubs recording the
 * handlers added, and `fire` playing the events Excel would send. What Excel really sends on a given
 * user action (an address for an inserted row, events while a cell is edited) is not verified here.
 */

type Handler = (event: Record<string, unknown>) => Promise<void>;

function fakeContext(sheets: Record<string, string>) {
  const handlers: Record<string, Handler[]> = {};
  const hub = (name: string) => ({
    add(handler: Handler) {
      (handlers[name] ??= []).push(handler);
      return { context: "the context", remove: () => undefined };
    },
  });
  let syncs = 0;
  const context = {
    sync: async () => {
      syncs++;
    },
    workbook: {
      worksheets: {
        getItemOrNullObject: (name: string) => ({
          load() {
            const id = sheets[name];
            return {
              id,
              isNullObject: id === undefined,
              onChanged: hub(`changed:${name}`),
              onNameChanged: hub(`renamed:${name}`),
            };
          },
        }),
        onDeleted: hub("deleted"),
      },
    },
  } as unknown as Excel.RequestContext;
  const fire = async (hubName: string, event: Record<string, unknown>) => {
    for (const handler of handlers[hubName] ?? []) await handler(event);
  };
  return { context, fire, handlers, syncs: () => syncs };
}

const ALL: WatchSupport = { changes: true, renames: true };
const PLAN = [{ sheet: "Blad1", address: "B3:G30" }];

test("an edit inside the range read is a change, one beside it is not", async () => {
  const { context, fire, syncs } = fakeContext({ Blad1: "{sheet-1}" });
  const onChange = jest.fn();
  await watchRanges(context, PLAN, onChange, ALL);
  expect(syncs()).toBe(2);

  await fire("changed:Blad1", { changeType: "RangeEdited", address: "H5" });
  expect(onChange).not.toHaveBeenCalled();
  await fire("changed:Blad1", { changeType: "RangeEdited", address: "D4" });
  expect(onChange).toHaveBeenCalledTimes(1);
});

test("rows inserted anywhere on the sheet may shift the range: a change", async () => {
  const { context, fire } = fakeContext({ Blad1: "{sheet-1}" });
  const onChange = jest.fn();
  await watchRanges(context, PLAN, onChange, ALL);
  await fire("changed:Blad1", { changeType: "RowInserted", address: "A40:XFD40" });
  expect(onChange).toHaveBeenCalledTimes(1);
});

test("the sheet renamed or deleted is a change; another sheet deleted is not", async () => {
  const { context, fire } = fakeContext({ Blad1: "{sheet-1}", Plan: "{sheet-2}" });
  const onChange = jest.fn();
  await watchRanges(context, PLAN, onChange, ALL);
  await fire("deleted", { worksheetId: "{sheet-2}" });
  expect(onChange).not.toHaveBeenCalled();
  await fire("renamed:Blad1", { nameBefore: "Blad1", nameAfter: "Budget" });
  await fire("deleted", { worksheetId: "{sheet-1}" });
  expect(onChange).toHaveBeenCalledTimes(2);
});

test("a sheet already gone is a change at once", async () => {
  const { context } = fakeContext({ Plan: "{sheet-2}" });
  const onChange = jest.fn();
  await watchRanges(context, PLAN, onChange, ALL);
  expect(onChange).toHaveBeenCalledTimes(1);
});

test("without ExcelApi 1.7 nothing is registered (the check before a write still guards); without 1.17 no rename handler", async () => {
  const bare = fakeContext({ Blad1: "{sheet-1}" });
  expect(
    await watchRanges(bare.context, PLAN, jest.fn(), { changes: false, renames: false }),
  ).toEqual([]);
  expect(bare.syncs()).toBe(0);

  const older = fakeContext({ Blad1: "{sheet-1}" });
  await watchRanges(older.context, PLAN, jest.fn(), { changes: true, renames: false });
  expect(older.handlers["renamed:Blad1"]).toBeUndefined();
  expect(older.handlers["changed:Blad1"]).toHaveLength(1);
});
