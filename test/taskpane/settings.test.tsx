/** @jest-environment jsdom */
import { fireEvent, waitFor } from "@testing-library/react";
import { WorkbookError } from "../../src/workbook/errors";
import { settingsFrom } from "../../src/taskpane/settings";
import { snapshotOf } from "../support/actionPlanTable";
import { messageText, renderPane, screen, selectTab } from "../support/jsdomSetup";
import { createMemoryWorkbook, MemoryWorkbook } from "../support/memoryWorkbook";

const HOURS_LABEL = "Timmar per månad och heltid";
const NOT_SAVED = "Inställningarna sparades inte";

async function openSettings(workbook: MemoryWorkbook): Promise<void> {
  renderPane(workbook);
  await selectTab("Inställningar");
}

function type(label: string, text: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value: text } });
}

async function save(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: "Spara i arbetsboken" }));
  await waitFor(() =>
    expect(
      screen.queryByText("Inställningarna sparades i arbetsboken.") ??
        screen.queryByRole("group", { name: NOT_SAVED }),
    ).not.toBeNull(),
  );
}

test("an invalid number of hours is refused, naming the field, and nothing is saved", async () => {
  const workbook = createMemoryWorkbook();
  await openSettings(workbook);
  type(HOURS_LABEL, "abc");
  await save();

  expect(messageText(NOT_SAVED)).toContain(`${HOURS_LABEL}: 'abc' är inte ett giltigt värde.`);
  expect(workbook.savedSettings).toEqual([]);
  expect(screen.queryByText("Inställningarna sparades i arbetsboken.")).toBeNull();
});

test.each([
  ["hours beyond a month's 744", HOURS_LABEL, "1000"],
  ["a year Excel has no dates for", "Uppföljningsår", "24"],
  ["a target share above 100 %", "Mål för andel hyrpersonal", "150"],
])("a value the workbook would not keep is refused: %s", async (_, label, text) => {
  const workbook = createMemoryWorkbook();
  await openSettings(workbook);
  type(label, text);
  await save();

  expect(messageText(NOT_SAVED)).toContain(`${label}: '${text}' är inte ett giltigt värde.`);
  expect(workbook.savedSettings).toEqual([]);
});

test("a valid save is stored in the workbook and used by the pane", async () => {
  const workbook = createMemoryWorkbook({
    selection: snapshotOf([
      ["Kategori", "Jan", "Feb", "Mar"],
      ["Sjuksköterskor", 19_800, 19_800, 19_800],
    ]),
  });
  await openSettings(workbook);
  type(HOURS_LABEL, "142");
  type("Mål för andel hyrpersonal", "2 %");
  await save();

  expect(screen.getByText("Inställningarna sparades i arbetsboken.")).toBeTruthy();
  expect(workbook.savedSettings).toHaveLength(1);
  const stored = settingsFrom(await workbook.loadSettings());
  expect(stored.hoursPerMonth).toBe(142);
  expect(stored.targetShare).toBe(0.02);

  // 59 400 hours over three months at 142 hours a month: 139,4 FTE.
  await selectTab("Hyrpersonal");
  fireEvent.click(screen.getByRole("button", { name: "Använd markering Hyrpersonal" }));
  expect(await screen.findAllByText("139,4")).toHaveLength(2); // the nurses and the total
});

test("choosing English turns the pane English", async () => {
  const workbook = createMemoryWorkbook();
  await openSettings(workbook);
  fireEvent.change(screen.getByLabelText("Språk"), { target: { value: "en" } });
  fireEvent.click(screen.getByRole("button", { name: "Spara i arbetsboken" }));

  expect(await screen.findByRole("tab", { name: "Settings" })).toBeTruthy();
  expect(screen.getByRole("button", { name: "Save in the workbook" })).toBeTruthy();
  expect(settingsFrom(await workbook.loadSettings()).language).toBe("en");
});

test("when the workbook refuses to save, the pane says so", async () => {
  const workbook = createMemoryWorkbook();
  workbook.failSaveSettings(new WorkbookError("settingsFailed"));
  await openSettings(workbook);
  type(HOURS_LABEL, "142");
  await save();

  expect(messageText(NOT_SAVED)).not.toBe(NOT_SAVED);
  expect(screen.queryByText("Inställningarna sparades i arbetsboken.")).toBeNull();
  expect(settingsFrom(await workbook.loadSettings()).hoursPerMonth).toBe(165);
});

test("shares are shown as percentages, never as fractions", async () => {
  await openSettings(createMemoryWorkbook());

  expect(
    (screen.getByLabelText("Enligt plan från (andel av förväntat)") as HTMLInputElement).value,
  ).toBe("90");
  expect((screen.getByLabelText("Risk från (andel av förväntat)") as HTMLInputElement).value).toBe(
    "70",
  );
  expect((screen.getByLabelText("Mål för andel hyrpersonal") as HTMLInputElement).value).toBe("2");
  expect(screen.getAllByText("%")).toHaveLength(3);
});

test("70 % saved is 0,7 in the workbook and 70 in the field when the settings open again", async () => {
  const workbook = createMemoryWorkbook();
  const view = renderPane(workbook);
  await selectTab("Inställningar");
  type("Risk från (andel av förväntat)", "70 %");
  type("Enligt plan från (andel av förväntat)", "95");
  await save();

  const stored = settingsFrom(await workbook.loadSettings());
  expect(stored.thresholds).toEqual({ onTrack: 0.95, atRisk: 0.7 });
  view.unmount();
  renderPane(workbook, { settings: stored });
  await selectTab("Inställningar");
  expect((screen.getByLabelText("Risk från (andel av förväntat)") as HTMLInputElement).value).toBe(
    "70",
  );
});

test("0 is accepted wherever the workbook keeps it: no at-risk band, no agency target", async () => {
  const workbook = createMemoryWorkbook();
  await openSettings(workbook);
  type("Risk från (andel av förväntat)", "0");
  type("Mål för andel hyrpersonal", "0");
  await save();

  expect(screen.getByText("Inställningarna sparades i arbetsboken.")).toBeTruthy();
  const stored = settingsFrom(await workbook.loadSettings());
  expect(stored.thresholds.atRisk).toBe(0);
  expect(stored.targetShare).toBe(0);
});

test("0 hours a month is refused, as the workbook would not keep it", async () => {
  const workbook = createMemoryWorkbook();
  await openSettings(workbook);
  type(HOURS_LABEL, "0");
  await save();

  expect(messageText(NOT_SAVED)).toContain(`${HOURS_LABEL}: '0' är inte ett giltigt värde.`);
  expect(workbook.savedSettings).toEqual([]);
});
