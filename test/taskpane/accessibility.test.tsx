/** @jest-environment jsdom */
import { fireEvent } from "@testing-library/react";
import { axe } from "jest-axe";
import { incomeStatement2024 } from "../../src/samples/seeds";
import type { TableSnapshot } from "../../src/workbook/types";
import { buildActionPlanTable, snapshotOf } from "../support/actionPlanTable";
import { renderPane, screen, selectTab, settled } from "../support/jsdomSetup";
import { createMemoryWorkbook, MemoryWorkbook } from "../support/memoryWorkbook";

/** jest-axe over every view of the pane, before and after it shows results. */

const ACTION_PLAN = snapshotOf(buildActionPlanTable(), { top: 2, left: 1 });
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"];
const ACTUALS = snapshotOf([
  ["Rad", "Jan", "Feb", "Mar"],
  ["Nettokostnader", ...incomeStatement2024.invented.actuals],
]);
const BUDGET = snapshotOf(
  [
    ["Rad", ...MONTHS],
    ["Nettokostnader", ...incomeStatement2024.invented.budget],
  ],
  { top: 5 },
);
const STATED = snapshotOf([[incomeStatement2024.statedForecast]], { top: 9, left: 1 });
const AGENCY_HOURS = snapshotOf([
  ["Kategori", "Jan", "Feb", "Mar"],
  ["Sjuksköterskor", 19_800, 19_800, 19_800],
]);

async function openTab(workbook: MemoryWorkbook, tab: string): Promise<HTMLElement> {
  const { container } = renderPane(workbook);
  await selectTab(tab);
  return container;
}

async function take(
  workbook: MemoryWorkbook,
  label: string,
  snapshot: TableSnapshot,
): Promise<void> {
  workbook.select(snapshot);
  fireEvent.click(screen.getByRole("button", { name: `Använd markering ${label}` }));
  await settled();
}

describe.each(["Åtgärder", "Prognos", "Hyrpersonal", "Inställningar"])("the %s view", (tab) => {
  test("has no accessibility violations before anything is read", async () => {
    const container = await openTab(createMemoryWorkbook(), tab);
    expect(await axe(container)).toHaveNoViolations();
  });
});

test("the measures view with results, the mapping open and a deficit", async () => {
  const container = await openTab(createMemoryWorkbook({ selection: ACTION_PLAN }), "Åtgärder");
  fireEvent.click(screen.getByRole("button", { name: "Läs markerad tabell" }));
  await settled();
  expect(screen.getByRole("table", { name: "Åtgärder efter plan, sämst först" })).toBeTruthy();
  expect(await axe(container)).toHaveNoViolations();

  fireEvent.click(screen.getByRole("button", { name: "Tolkning av tabellen" }));
  expect(await screen.findByText("Månadskolumner: D, E, F")).toBeTruthy();
  const deficit = screen.getByLabelText("Ingångsläge/underskott (tal eller cell, t.ex. B1)");
  fireEvent.change(deficit, { target: { value: "-215" } });
  fireEvent.blur(deficit);
  await screen.findByText("Överskott efter åtgärderna");
  expect(await axe(container)).toHaveNoViolations();
});

test("the measures view with a problem and while reading", async () => {
  const workbook = createMemoryWorkbook({ selection: snapshotOf([[42]]) });
  const container = await openTab(workbook, "Åtgärder");
  fireEvent.click(screen.getByRole("button", { name: "Läs markerad tabell" }));
  await settled();
  expect(screen.getByRole("group", { name: "Det går inte att läsa tabellen" })).toBeTruthy();
  expect(await axe(container)).toHaveNoViolations();

  const release = workbook.holdReads();
  fireEvent.click(screen.getByRole("button", { name: "Läs markerad tabell" }));
  expect(screen.getByRole("progressbar")).toBeTruthy();
  expect(await axe(container)).toHaveNoViolations();
  release();
  await settled();
});

test("the measures view after a sheet could not be created", async () => {
  const container = await openTab(
    createMemoryWorkbook({ selection: ACTION_PLAN, protected: true }),
    "Åtgärder",
  );
  fireEvent.click(screen.getByRole("button", { name: "Läs markerad tabell" }));
  await settled();
  fireEvent.click(screen.getByRole("button", { name: "Skapa uppföljningsblad" }));
  await settled();
  expect(screen.getByRole("group", { name: "Bladet skapades inte" })).toBeTruthy();
  expect(await axe(container)).toHaveNoViolations();
});

test("the forecast view after the check", async () => {
  const workbook = createMemoryWorkbook();
  const container = await openTab(workbook, "Prognos");
  await take(workbook, "Utfall (rader × månader)", ACTUALS);
  await take(workbook, "Budget (per månad, eller en helårskolumn)", BUDGET);
  await take(workbook, "Lämnad helårsprognos (en cell eller en kolumn)", STATED);
  expect(screen.getByText(/förutsätter 11,7 mkr bättre/)).toBeTruthy();
  expect(await axe(container)).toHaveNoViolations();
});

test("the agency view with results", async () => {
  const workbook = createMemoryWorkbook();
  const container = await openTab(workbook, "Hyrpersonal");
  await take(workbook, "Hyrpersonal", AGENCY_HOURS);
  fireEvent.click(screen.getByRole("radio", { name: "Kostnad" }));
  expect(screen.getByLabelText("Timpris (kr per timme)")).toBeTruthy();
  expect(screen.getByRole("table", { name: "Hyrpersonal" })).toBeTruthy();
  expect(await axe(container)).toHaveNoViolations();
});

test("the settings view with a problem and after saving", async () => {
  const container = await openTab(createMemoryWorkbook(), "Inställningar");
  fireEvent.change(screen.getByLabelText("Timmar per månad och heltid"), {
    target: { value: "abc" },
  });
  fireEvent.click(screen.getByRole("button", { name: "Spara i arbetsboken" }));
  await screen.findByRole("group", { name: "Inställningarna sparades inte" });
  expect(await axe(container)).toHaveNoViolations();

  fireEvent.change(screen.getByLabelText("Timmar per månad och heltid"), {
    target: { value: "165" },
  });
  fireEvent.click(screen.getByRole("button", { name: "Spara i arbetsboken" }));
  await screen.findByText("Inställningarna sparades i arbetsboken.");
  expect(await axe(container)).toHaveNoViolations();
});
