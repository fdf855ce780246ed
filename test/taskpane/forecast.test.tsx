/** @jest-environment jsdom */
import { fireEvent, within } from "@testing-library/react";
import { incomeStatement2024 } from "../../src/samples/seeds";
import { settingsFrom } from "../../src/taskpane/settings";
import { READINGS_KEY } from "../../src/taskpane/hooks/useReadings";
import type { TableSnapshot } from "../../src/workbook/types";
import { snapshotOf, swedishText } from "../support/actionPlanTable";
import {
  figureValue,
  messageText,
  plain,
  renderPane,
  screen,
  selectTab,
  settled,
} from "../support/jsdomSetup";
import { createMemoryWorkbook, MemoryWorkbook } from "../support/memoryWorkbook";

/** Seed 004 (mkr): net costs January–March, the year's budget by month, and the stated forecast. */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"];
const ACTUALS = snapshotOf(
  [
    ["Rad", "Jan", "Feb", "Mar"],
    ["Nettokostnader", ...incomeStatement2024.invented.actuals],
  ],
  { top: 4 },
);
const BUDGET = snapshotOf(
  [
    ["Rad", ...MONTHS],
    ["Nettokostnader", ...incomeStatement2024.invented.budget],
  ],
  { top: 10 },
);
const STATED = snapshotOf([[incomeStatement2024.statedForecast]], { top: 1, left: 5 });

const LABELS = {
  actuals: "Utfall (rader × månader)",
  budget: "Budget (per månad, eller en helårskolumn)",
  stated: "Lämnad helårsprognos (en cell eller en kolumn)",
};

/** Selects `snapshot` in the workbook and clicks the picker's "Använd markering". */
async function useSelectionAs(
  workbook: MemoryWorkbook,
  label: string,
  snapshot: TableSnapshot,
): Promise<void> {
  workbook.select(snapshot);
  fireEvent.click(screen.getByRole("button", { name: `Använd markering ${label}` }));
  await settled();
}

async function openForecast(workbook: MemoryWorkbook): Promise<void> {
  renderPane(workbook);
  await selectTab("Prognos");
  await screen.findByRole("tabpanel", { name: "Prognos" });
}

async function checkSeed004(workbook = createMemoryWorkbook()): Promise<MemoryWorkbook> {
  await openForecast(workbook);
  await useSelectionAs(workbook, LABELS.actuals, ACTUALS);
  await useSelectionAs(workbook, LABELS.budget, BUDGET);
  await useSelectionAs(workbook, LABELS.stated, STATED);
  return workbook;
}

test("says in one sentence what seed 004's stated forecast assumes", async () => {
  await checkSeed004();

  const line = screen.getByRole("region", { name: "Nettokostnader" });
  const verdict = plain(within(line).getByText(/Den lämnade prognosen/).textContent ?? "");
  expect(verdict).toContain("-3 652");
  expect(verdict).toContain("ligger inom metodernas spann");
  expect(verdict).toMatch(/förutsätter 11,7 mkr bättre per månad än takten hittills/);

  const range = figureValue("Spann", line);
  expect(range).toMatch(/^-[\d ]+,\d mkr – -[\d ]+,\d mkr$/);
  expect(verdict).toContain(`spann (${range.replace(/ mkr/g, "").replace(" – ", " till ")})`);
  // The range holds every method's forecast, among them actual + remaining budget: −939,2 − 2 517,3 = −3 456,5.
  expect(range.endsWith("-3 456,5 mkr")).toBe(true);
  expect(figureValue("Lämnad prognos", line)).toBe("-3 652,0 mkr");
  expect(figureValue("Förutsatt förändring per månad", line)).toBe("11,7 mkr");

  const methods = within(
    screen.getByRole("table", { name: "Prognos: Nettokostnader" }),
  ).getAllByRole("row");
  expect(methods.map((row) => plain(row.textContent ?? ""))).toEqual(
    expect.arrayContaining([expect.stringMatching(/^takt.*-3 757,0$/)]),
  );
});

test("each picker shows the address it took, and a cleared stated forecast leaves the range alone", async () => {
  await checkSeed004();
  expect(screen.getByText("Blad1!A5:D6")).toBeTruthy();
  expect(screen.getByText("Blad1!A11:M12")).toBeTruthy();
  expect(screen.getByText("Blad1!F2")).toBeTruthy();

  fireEvent.click(screen.getByRole("button", { name: `Rensa ${LABELS.stated}` }));
  expect(screen.queryByText("Blad1!F2")).toBeNull();
  expect(plain(screen.getByText(/Ingen lämnad prognos att pröva/).textContent ?? "")).toMatch(
    /metoderna ger -[\d ]+,\d till -3 456,5\./,
  );
});

test("a stated forecast that is no number is named by its cell, and nothing is checked", async () => {
  const workbook = createMemoryWorkbook();
  await openForecast(workbook);
  await useSelectionAs(workbook, LABELS.actuals, ACTUALS);
  await useSelectionAs(workbook, LABELS.stated, snapshotOf([["n/a"]], { top: 1, left: 5 }));

  expect(messageText("Det går inte att läsa tabellen")).toContain(
    "Cell F2: 'n/a' är inte ett tal.",
  );
  expect(screen.queryByText(/Den lämnade prognosen/)).toBeNull();
  expect(screen.queryByRole("button", { name: "Skapa prognosblad" })).toBeNull();
});

test("actuals with no month header are refused, naming the selection", async () => {
  const workbook = createMemoryWorkbook();
  await openForecast(workbook);
  await useSelectionAs(
    workbook,
    LABELS.actuals,
    snapshotOf([
      ["Rad", "Utfall"],
      ["Nettokostnader", -939.2],
    ]),
  );

  expect(messageText("Det går inte att läsa tabellen")).toContain(
    "Utfall (rader × månader): Ingen rubrikrad med månader",
  );
  expect(screen.queryByRole("button", { name: "Skapa prognosblad" })).toBeNull();
});

test("creates a forecast sheet of formulas", async () => {
  const workbook = await checkSeed004();
  fireEvent.click(screen.getByRole("button", { name: "Skapa prognosblad" }));
  await settled();

  expect(workbook.created.map((plan) => plan.name)).toEqual([
    expect.stringMatching(/^Prognos \d{4}-03$/),
  ]);
  expect(workbook.created[0].rows.flat().some((cell) => cell.formula?.kind === "call")).toBe(true);
  // Only where the readings came from is kept in the workbook's settings, nothing else.
  expect(
    workbook.savedSettings.flatMap(Object.keys).filter((name) => name !== READINGS_KEY),
  ).toEqual([]);
});

test("says why no forecast sheet was created when the workbook is protected", async () => {
  const workbook = await checkSeed004(createMemoryWorkbook({ protected: true }));
  fireEvent.click(screen.getByRole("button", { name: "Skapa prognosblad" }));
  await settled();

  expect(messageText("Bladet skapades inte")).toContain("Arbetsboken är skyddad");
  expect(screen.queryByRole("group", { name: "Det går inte att läsa tabellen" })).toBeNull();
  expect(workbook.created).toEqual([]);
});

test("actuals stored as text are checked, but no sheet is written whose SUMs would skip them", async () => {
  const [january, february, march] = incomeStatement2024.invented.actuals;
  const asText = snapshotOf(
    [
      ["Rad", "Jan", "Feb", "Mar"],
      ["Nettokostnader", swedishText(january), february, swedishText(march)],
    ],
    { top: 4 },
  );
  const workbook = createMemoryWorkbook();
  await openForecast(workbook);
  await useSelectionAs(workbook, LABELS.actuals, asText);
  await useSelectionAs(workbook, LABELS.budget, BUDGET);
  await useSelectionAs(workbook, LABELS.stated, STATED);
  // The pane reads "−312,4" as the number it is: the same verdict as with numbers.
  expect(
    figureValue(
      "Förutsatt förändring per månad",
      screen.getByRole("region", { name: "Nettokostnader" }),
    ),
  ).toBe("11,7 mkr");

  fireEvent.click(screen.getByRole("button", { name: "Skapa prognosblad" }));
  await settled();

  // Rows 5–6 of the sheet hold the table (top 4, 0-based): January is B6, March D6.
  expect(messageText("Bladet skapades inte")).toContain(
    "Tal lagrade som text i Blad1!B6, Blad1!D6.",
  );
  expect(workbook.created).toEqual([]);
});

describe("the sign convention, through one rule for markers and verdict alike", () => {
  const negated = (snapshot: TableSnapshot): TableSnapshot => ({
    ...snapshot,
    values: snapshot.values.map((row) =>
      row.map((value) => (typeof value === "number" ? -value : value)),
    ),
  });
  const worseMarked = (label: string, line: HTMLElement) =>
    within(line)
      .getByText((_, element) => element?.getAttribute("data-figure") === label)
      .getAttribute("data-worse");

  test("costs negative (seed 004 as written): the stated forecast's −300 against budget is marked worse", async () => {
    await checkSeed004();
    const line = screen.getByRole("region", { name: "Nettokostnader" });
    expect(figureValue("Lämnad prognos mot budget", line)).toBe("-300,0 mkr");
    expect(worseMarked("Lämnad prognos mot budget", line)).toBe("true");
  });

  test("costs positive (seed 004 with every sign turned): +300 against budget is marked worse, and 11,7 a month lower is better", async () => {
    const workbook = createMemoryWorkbook();
    renderPane(workbook, { settings: { ...settingsFrom({}), signConvention: "costsPositive" } });
    await selectTab("Prognos");
    await useSelectionAs(workbook, LABELS.actuals, negated(ACTUALS));
    await useSelectionAs(workbook, LABELS.budget, negated(BUDGET));
    await useSelectionAs(workbook, LABELS.stated, negated(STATED));

    const line = screen.getByRole("region", { name: "Nettokostnader" });
    expect(figureValue("Lämnad prognos mot budget", line)).toBe("300,0 mkr");
    expect(worseMarked("Lämnad prognos mot budget", line)).toBe("true");
    expect(plain(within(line).getByText(/Den lämnade prognosen/).textContent ?? "")).toMatch(
      /förutsätter 11,7 mkr bättre per månad/,
    );
  });
});
