/** @jest-environment jsdom */
import { fireEvent } from "@testing-library/react";
import type { Cell } from "../../src/engine";
import type { TableSnapshot } from "../../src/workbook/types";
import { snapshotOf } from "../support/actionPlanTable";
import { figureValue, messageText, renderPane, screen, settled } from "../support/jsdomSetup";
import { createMemoryWorkbook } from "../support/memoryWorkbook";

/**
 * The measures view on a plan grouped in sections (issue 15): the sums are not counted as measures,
 * the pane says what it found (unit, year, the Excel table's name), names bad structure by its rows
 * and lets the user set a row's role.
 */

// Leaves 6 + 3 + 12 + 4,5 = 25,5 mkr; achieved Jan–Mar 1,6 + 0,7 + 3,1 + 1,1 = 6,5.
const SECTIONED: Cell[][] = [
  ["Handlingsplan 2025 (mkr)", "", "", "", ""],
  ["Åtgärd", "Helårseffekt", "Jan", "Feb", "Mar"],
  ["Vårdval", "", "", "", ""],
  ["Minskad hyrpersonal", 6, 0.5, 0.5, 0.6],
  ["Översyn läkemedel", 3, 0.2, 0.3, 0.2],
  ["Summa Vårdval", 9, 0.7, 0.8, 0.8],
  ["Slutenvård", "", "", "", ""],
  ["Färre vårdplatser", 12, 1.0, 1.0, 1.1],
  ["Schemaläggning", 4.5, 0.3, 0.4, 0.4],
  ["Summa Slutenvård", 16.5, 1.3, 1.4, 1.5],
  ["Totalt", 25.5, 2.0, 2.2, 2.3],
];

async function readSelected(selection: TableSnapshot) {
  const workbook = createMemoryWorkbook({ selection });
  renderPane(workbook);
  fireEvent.click(screen.getByRole("button", { name: "Läs markerad tabell" }));
  await settled();
  return workbook;
}

test("a plan in sections: planned 25,5 mkr, not doubled; unit and year from the title", async () => {
  await readSelected(snapshotOf(SECTIONED));
  expect(figureValue("Planerad effekt")).toBe("25,5 mkr");
  expect(figureValue("Uppnått hittills")).toBe("6,5 mkr");
  expect(screen.getByText("Enhet: mkr (från tabellens rubrik)")).toBeTruthy();
  expect(screen.getByText("År: 2025 (från tabellens rubrik)")).toBeTruthy();
});

test("an Excel table's name is shown", async () => {
  await readSelected({
    ...snapshotOf(SECTIONED.slice(1)),
    table: { name: "Handlingsplan", hasHeader: true, hasTotals: true },
  });
  expect(screen.getByText("Excel-tabell: Handlingsplan")).toBeTruthy();
  // No title: the year comes from the settings, and the pane says so.
  expect(screen.getByText(/^År: \d{4} \(från inställningarna/)).toBeTruthy();
});

test("a 'Summa' row that adds up to nothing is named by its row, nothing is calculated, and setting its role clears it", async () => {
  const values = SECTIONED.map((row) => [...row]);
  values[5][1] = 12; // Summa Vårdval 12 against 6 + 3 = 9
  await readSelected(snapshotOf(values));
  expect(messageText("Det går inte att läsa tabellen")).toContain("Rad 6 (Summa Vårdval)");
  expect(screen.queryByText("Planerad effekt")).toBeNull();

  fireEvent.click(screen.getByRole("button", { name: "Tolkning av tabellen" }));
  fireEvent.change(screen.getByLabelText("6 – Summa Vårdval"), { target: { value: "subtotal" } });
  await settled();
  expect(figureValue("Planerad effekt")).toBe("25,5 mkr");
  // The user's subtotal is checked against its rows: 12 against 9 is more than rounding.
  expect(
    screen.getByText(/Rad 6 \(Summa Vårdval\), kolumn B: 12.*9.*större än avrundning/),
  ).toBeTruthy();
});

test("a follow-up month after the last month with figures is warned about", async () => {
  await readSelected(snapshotOf(SECTIONED));
  fireEvent.change(screen.getByLabelText("Uppföljningsmånad"), { target: { value: "5" } });
  await settled();
  expect(
    screen.getByText(/Uppföljningsmånad 5 ligger efter tabellens sista månad med siffror \(3\)/),
  ).toBeTruthy();
});
