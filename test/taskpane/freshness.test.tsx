/** @jest-environment jsdom */
import { act, fireEvent } from "@testing-library/react";
import { READINGS_KEY } from "../../src/taskpane/hooks/useReadings";
import type { TableSnapshot } from "../../src/workbook/types";
import { buildActionPlanTable, snapshotOf } from "../support/actionPlanTable";
import { figureValue, messageText, renderPane, screen, settled } from "../support/jsdomSetup";
import {
  createMemoryWorkbook,
  MemoryWorkbook,
  MemoryWorkbookOptions,
} from "../support/memoryWorkbook";

/**
 * Readings never go stale unseen: a change to the cells read marks the figures out of date with
 * "Läs om"; a write first checks that the source still holds what was read; the written sheet is read
 * back and a formula error is said, not "created"; a reloaded pane reads its ranges again.
 */

/** Seed 000 at B3: header on row 3, the first measure on row 4 with January in D4. */
const SEED_000 = snapshotOf(buildActionPlanTable(), { top: 2, left: 1 });
const STALE = "Cellerna som lästes har ändrats sedan dess: siffrorna kan vara inaktuella.";

/** Seed 000 with `delta` added to the first measure's January (D4). */
function withJanuaryRaised(delta: number): TableSnapshot {
  const values = SEED_000.values.map((row) => [...row]);
  values[1][2] = (values[1][2] as number) + delta;
  return { ...SEED_000, values };
}

async function readPlan(options: MemoryWorkbookOptions = {}): Promise<MemoryWorkbook> {
  const workbook = createMemoryWorkbook({ selection: SEED_000, ...options });
  renderPane(workbook);
  fireEvent.click(screen.getByRole("button", { name: "Läs markerad tabell" }));
  await settled();
  expect(figureValue("Uppnått hittills")).toBe("59,8 mkr");
  return workbook;
}

async function createFollowUpSheet(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: "Skapa uppföljningsblad" }));
  await settled();
}

test("an edit in the cells read marks the figures out of date, and Läs om shows the new ones", async () => {
  const workbook = await readPlan();
  expect(screen.queryByText(STALE)).toBeNull();
  expect(workbook.watching()).toBe(1);

  act(() => workbook.change(withJanuaryRaised(1)));
  await settled();
  expect(screen.getByText(STALE)).toBeTruthy();
  expect(figureValue("Uppnått hittills")).toBe("59,8 mkr"); // still the old reading, marked as such

  fireEvent.click(screen.getByRole("button", { name: "Läs om" }));
  await settled();
  expect(screen.queryByText(STALE)).toBeNull();
  expect(figureValue("Uppnått hittills")).toBe("60,8 mkr"); // 59,8 + 1
  expect(workbook.watching()).toBe(1); // the old reading is no longer watched, the new one is
});

test("an edit elsewhere on the sheet leaves the reading as it is", async () => {
  const workbook = await readPlan();
  act(() => workbook.change(snapshotOf([[42]], { top: 0, left: 10 }))); // K1, outside B3:G30
  await settled();
  expect(screen.queryByText(STALE)).toBeNull();
});

test("a write from a source that changed since it was read is refused, naming the cell", async () => {
  const workbook = await readPlan();
  act(() => workbook.change(withJanuaryRaised(1)));
  await createFollowUpSheet();

  expect(workbook.created).toEqual([]);
  expect(messageText("Bladet skapades inte")).toContain(
    "Blad1!B3:G30 har ändrats sedan den lästes (först D4: '3,3' → '4,3')",
  );
});

test("a write from a sheet that was deleted since is refused", async () => {
  const workbook = await readPlan();
  act(() => workbook.deleteSheet("Blad1"));
  await settled();
  expect(screen.getByText(STALE)).toBeTruthy();
  await createFollowUpSheet();

  expect(workbook.created).toEqual([]);
  expect(messageText("Bladet skapades inte")).toContain("Blad1!B3:G30 finns inte längre");
});

test("a written sheet whose formulas show #REF! is said to have errors, not to be created", async () => {
  const workbook = await readPlan({ formulaValue: () => "#REF!" });
  await createFollowUpSheet();

  expect(workbook.created).toHaveLength(1);
  expect(screen.queryByText(/skapades med \d+ celler/)).toBeNull();
  expect(screen.getByText(/skapades, men \d+ celler visar fel: [A-Z]+\d+ #REF!/)).toBeTruthy();
});

test("a pane opened again on the same workbook reads the table it had read", async () => {
  const workbook = await readPlan();
  expect(await workbook.loadSettings()).toMatchObject({
    [READINGS_KEY]: { measures: { plan: "Blad1!B3:G30" } },
  });
  document.body.innerHTML = "";

  workbook.select(snapshotOf([[""]], { top: 40, left: 0 })); // the user has moved on
  renderPane(workbook);
  await settled();
  expect(figureValue("Uppnått hittills")).toBe("59,8 mkr");
  expect(screen.getByText("Markerat område: Blad1!B3:G30")).toBeTruthy();
});
