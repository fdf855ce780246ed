/** @jest-environment jsdom */
/**
 * "Skapa" again for the same table: the pane offers to update the sheet Balans made from it (found by
 * its mark, also after a rename) or to create a new one, and writes only the sheet chosen.
 */
import { fireEvent } from "@testing-library/react";
import { buildActionPlanTable, snapshotOf } from "../support/actionPlanTable";
import { renderPane, screen, settled } from "../support/jsdomSetup";
import { createMemoryWorkbook } from "../support/memoryWorkbook";

const SEED_AT_B3 = snapshotOf(buildActionPlanTable(), { top: 2, left: 1 });

async function click(name: string | RegExp) {
  fireEvent.click(screen.getByRole("button", { name }));
  await settled();
}

async function readAndCreate() {
  const workbook = createMemoryWorkbook({
    selection: SEED_AT_B3,
    sheetNames: ["Blad1", "Egen sammanställning"],
  });
  renderPane(workbook);
  await click("Läs markerad tabell");
  await click("Skapa uppföljningsblad");
  expect(workbook.created).toHaveLength(1);
  return workbook;
}

test("the first sheet is marked with its kind and source table", async () => {
  const workbook = await readAndCreate();
  expect(await workbook.markedSheets()).toEqual([
    { name: workbook.created[0].name, mark: { kind: "followUp", source: "Blad1!B3:G30" } },
  ]);
});

test("again for the same table: 'Uppdatera' rewrites that sheet, renamed meanwhile, and adds none", async () => {
  const workbook = await readAndCreate();
  workbook.rename(workbook.created[0].name, "Min uppföljning");

  await click("Skapa uppföljningsblad");
  expect(
    screen.getByRole("group", {
      name: 'Balans har redan skapat bladet "Min uppföljning" från den här tabellen.',
    }),
  ).toBeTruthy();
  expect(workbook.created).toHaveLength(1);

  await click('Uppdatera "Min uppföljning"');
  expect(workbook.updated.map((update) => update.name)).toEqual(["Min uppföljning"]);
  expect(workbook.updated[0].plan.mark).toEqual({ kind: "followUp", source: "Blad1!B3:G30" });
  expect(workbook.created).toHaveLength(1);
  expect(await workbook.sheetNames()).toEqual(["Blad1", "Egen sammanställning", "Min uppföljning"]);
  expect(screen.getByText(/Bladet "Min uppföljning" skrevs om med \d+ celler/)).toBeTruthy();
});

test("or a new sheet, with a name of its own, the first one left as it is", async () => {
  const workbook = await readAndCreate();
  await click("Skapa uppföljningsblad");
  await click("Skapa ett nytt blad");
  expect(workbook.created.map((plan) => plan.name)).toEqual([
    workbook.created[0].name,
    `${workbook.created[0].name} (2)`,
  ]);
  expect(workbook.updated).toEqual([]);
});
