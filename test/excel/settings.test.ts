import { WorkbookError } from "../../src/workbook/errors";
import { loadSettings, saveSettings } from "../../src/excel/settings";

type SaveOutcome =
  | { status: "succeeded" }
  | { status: "failed"; error: { name: string; message: string; code: number } };

/** Office.context.document.settings: an in-memory bag that saveAsync writes into the document. */
function documentSettings(
  stored: Record<string, unknown>,
  outcome: SaveOutcome = { status: "succeeded" },
) {
  const bag = new Map(Object.entries(stored));
  const saved: Record<string, unknown>[] = [];
  const settings = {
    get: (name: string) => (bag.has(name) ? bag.get(name) : null),
    set: (name: string, value: unknown) => bag.set(name, value),
    saveAsync: (callback: (result: SaveOutcome) => void) => {
      if (outcome.status === "succeeded") saved.push(Object.fromEntries(bag));
      callback(outcome);
    },
  };
  return { settings: settings as unknown as Office.Settings, saved };
}

beforeAll(() => {
  (globalThis as { Office?: unknown }).Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  };
});

afterAll(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("workbook settings", () => {
  it("loads nothing from a workbook that stored nothing", () => {
    expect(loadSettings(documentSettings({}).settings)).toEqual({});
  });

  it("saves values into the document and loads them back", async () => {
    const { settings, saved } = documentSettings({});
    await saveSettings(settings, { "balans.settings": { unit: "tkr" } });
    expect(saved).toHaveLength(1);
    expect(loadSettings(settings)).toEqual({ "balans.settings": { unit: "tkr" } });
  });

  it("keeps what it does not overwrite", async () => {
    const { settings } = documentSettings({ balans: { a: 1, b: 2 } });
    await saveSettings(settings, { b: 3 });
    expect(loadSettings(settings)).toEqual({ a: 1, b: 3 });
  });

  it("rejects with settingsFailed when the document refuses the save", async () => {
    const refusal = { name: "Permission Denied", message: "no", code: 5001 };
    const { settings } = documentSettings({}, { status: "failed", error: refusal });
    const error = await saveSettings(settings, { b: 3 }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({
      code: "settingsFailed",
      officeCode: "Permission Denied",
      cause: refusal,
    });
  });
});
