/** @jest-environment jsdom */
import { fireEvent, within } from "@testing-library/react";
import { buildActionPlanTable, snapshotOf } from "../support/actionPlanTable";
import { plain, renderPane, screen, selectTab, settled } from "../support/jsdomSetup";
import { createMemoryWorkbook } from "../support/memoryWorkbook";

/** Long lists are capped in the pane, with a note that says how many and where all of them are. */

const tableRows = (name: string) => within(screen.getByRole("table", { name })).getAllByRole("row");

test("the measures behind plan: 25 of 1 200 listed, and the note says the follow-up sheet has all", async () => {
  // 1 200 measures of 12 mkr, nothing achieved by March (3 mkr expected each): every one is behind plan.
  const rows = Array.from({ length: 1_200 }, (_, index) => ({
    name: `Åtgärd ${index + 1}`,
    fullYearEffect: 12,
    months: [0, 0, 0],
    accumulated: 0,
  }));
  renderPane(createMemoryWorkbook({ selection: snapshotOf(buildActionPlanTable({ rows })) }));
  fireEvent.click(screen.getByRole("button", { name: "Läs markerad tabell" }));
  await settled();

  expect(tableRows("Åtgärder efter plan, sämst först")).toHaveLength(1 + 25);
  expect(plain(screen.getByRole("note").textContent ?? "")).toBe(
    "Visar 25 av 1 200 — alla finns på uppföljningsbladet.",
  );
});

test("no note when every measure behind plan is listed", async () => {
  const rows = Array.from({ length: 3 }, (_, index) => ({
    name: `Åtgärd ${index + 1}`,
    fullYearEffect: 12,
    months: [0, 0, 0],
    accumulated: 0,
  }));
  renderPane(createMemoryWorkbook({ selection: snapshotOf(buildActionPlanTable({ rows })) }));
  fireEvent.click(screen.getByRole("button", { name: "Läs markerad tabell" }));
  await settled();

  expect(tableRows("Åtgärder efter plan, sämst först")).toHaveLength(1 + 3);
  expect(screen.queryByRole("note")).toBeNull();
});

test("the agency table: 50 of 500 categories listed, the total over all 500", async () => {
  // 500 categories of 1 650 hours a month: 1 650 / 165 = 10 FTE each, 5 000 FTE in all.
  const categories = Array.from({ length: 500 }, (_, index) => [
    `Kategori ${index + 1}`,
    1_650,
    1_650,
    1_650,
  ]);
  const workbook = createMemoryWorkbook({
    selection: snapshotOf([["Kategori", "Jan", "Feb", "Mar"], ...categories]),
  });
  renderPane(workbook);
  await selectTab("Hyrpersonal");
  fireEvent.click(await screen.findByRole("button", { name: "Använd markering Hyrpersonal" }));
  await settled();

  const rows = tableRows("Hyrpersonal");
  expect(rows).toHaveLength(1 + 50 + 1);
  expect(plain(rows[rows.length - 1].textContent ?? "")).toContain("5 000");
  expect(plain(screen.getByRole("note").textContent ?? "")).toBe(
    "Visar 50 av 500 kategorier — alla finns på bemanningsbladet.",
  );
});

test("rows that do not add up exactly: 25 of 300 named, the real error first, the note counts them all", async () => {
  // Each row's "Ack" is 0,1 above its months (1 + 1 + 1 = 3, stated 3,1: display rounding over three
  // months of one decimal); row 250's is 5 above (8): an error, named before every rounding.
  const rows = Array.from({ length: 300 }, (_, index) => ({
    name: `Åtgärd ${index + 1}`,
    fullYearEffect: 12,
    months: [1, 1, 1],
    accumulated: index === 249 ? 8 : 3.1,
  }));
  renderPane(createMemoryWorkbook({ selection: snapshotOf(buildActionPlanTable({ rows })) }));
  fireEvent.click(screen.getByRole("button", { name: "Läs markerad tabell" }));
  await settled();

  const checks = within(screen.getByRole("list", { name: "Kontroll av totalrad" })).getAllByRole(
    "listitem",
  );
  const rowItems = checks.filter((item) => /Åtgärd \d+/.test(item.textContent ?? ""));
  expect(rowItems).toHaveLength(25);
  expect(rowItems[0].textContent).toContain("Åtgärd 250");
  expect(rowItems[1].textContent).toContain("Åtgärd 1");
  expect(
    screen
      .getAllByRole("note")
      .map((note) => plain(note.textContent ?? ""))
      .filter((text) => text.includes("stämmer exakt")),
  ).toEqual(["Visar 25 av 300 rader som inte stämmer exakt — fel först, sedan avrundningar."]);
});
