/** @jest-environment jsdom */
import { fireEvent, within } from "@testing-library/react";
import type { TableSnapshot } from "../../src/workbook/types";
import { snapshotOf } from "../support/actionPlanTable";
import { messageText, plain, renderPane, screen, selectTab, settled } from "../support/jsdomSetup";
import { createMemoryWorkbook, MemoryWorkbook } from "../support/memoryWorkbook";

/** 001: agency nurses 19 800 hours a month, January–March: 59 400 h = 120 FTE at 165 h a month. */
const HOURS = snapshotOf([
  ["Kategori", "Jan", "Feb", "Mar"],
  ["Sjuksköterskor", 19_800, 19_800, 19_800],
  ["Läkare", 8_250, 8_250, 8_250],
]);
/** The same nurses as cost in kr at 690 kr an hour, the price DOMAIN.md gives for 2024. */
const PRICE = 690;
const COSTS = snapshotOf([
  ["Kategori", "Jan", "Feb", "Mar"],
  ["Sjuksköterskor", 19_800 * PRICE, 19_800 * PRICE, 19_800 * PRICE],
]);

const TABLE_LABEL = "Hyrpersonal";


async function openAgencyWith(table: TableSnapshot): Promise<MemoryWorkbook> {
  const workbook = createMemoryWorkbook({ selection: table });
  renderPane(workbook);
  await selectTab("Hyrpersonal");
  fireEvent.click(await screen.findByRole("button", { name: `Använd markering ${TABLE_LABEL}` }));
  await settled();
  return workbook;
}

/** The result table as rows of cell texts, header first. */
function resultRows(): string[][] {
  const table = screen.getByRole("table", { name: "Hyrpersonal" });
  return within(table)
    .getAllByRole("row")
    .map((row) => [...row.querySelectorAll("th, td")].map((cell) => plain(cell.textContent ?? "")));
}

function type(label: string, text: string): void {
  const field = screen.getByLabelText(label);
  fireEvent.change(field, { target: { value: text } });
  fireEvent.blur(field);
}

test("hours per category become FTE at 165 hours a month", async () => {
  await openAgencyWith(HOURS);

  expect(resultRows()).toEqual([
    ["Kategori", "Timmar", "Årsarbetare", "Avvikelse"],
    ["Sjuksköterskor", "59 400", "120,0", "–"],
    ["Läkare", "24 750", "50,0", "–"],
    ["Totalt", "84 150", "170,0", "–"],
  ]);
});

test("costs become FTE with an hourly price", async () => {
  await openAgencyWith(COSTS);
  fireEvent.click(screen.getByRole("radio", { name: "Kostnad" }));
  type("Timpris (kr)", String(PRICE));
  await settled();

  const [header, nurses] = resultRows();
  expect(header[1]).toBe("Kostnad");
  expect(nurses).toEqual(["Sjuksköterskor", "40 986 000,0", "120,0", "–"]);
});

test("costs without an hourly price say why there is no FTE", async () => {
  await openAgencyWith(COSTS);
  fireEvent.click(screen.getByRole("radio", { name: "Kostnad" }));
  await settled();

  expect(resultRows()[1]).toEqual(["Sjuksköterskor", "40 986 000,0", "–", "–"]);
  expect(messageText("Det går inte att läsa tabellen")).toMatch(/^Det går inte att läsa tabellenSjuksköterskor: ./);
});

test("the agency share of own staff cost is measured against the target", async () => {
  await openAgencyWith(HOURS);
  // Seed 004, January–March (tkr): agency 89 945 against own staff 686 374 = 13,1 %.
  type("Kostnad inhyrd personal (tal eller cell)", "-89 945");
  type("Kostnad egen personal (tal eller cell)", "-686 374");
  await settled();

  expect(plain(screen.getByText(/Andel av personalkostnaden/).textContent ?? "")).toMatch(/^Andel av personalkostnaden: 13,1 % \(mål 2,0 %\)\. Över målet med/);
});

test("a table with no months is refused, and no sheet can be created", async () => {
  const workbook = await openAgencyWith(snapshotOf([["Kategori", "Timmar"], ["Sjuksköterskor", 59_400]]));

  expect(messageText("Det går inte att läsa tabellen")).toContain("Ingen rubrikrad med månader");
  expect(screen.queryByRole("table", { name: "Hyrpersonal" })).toBeNull();
  expect(screen.queryByRole("button", { name: "Skapa bemanningsblad" })).toBeNull();
  expect(workbook.created).toEqual([]);
});

test("creates a staffing sheet", async () => {
  const workbook = await openAgencyWith(HOURS);
  fireEvent.click(screen.getByRole("button", { name: "Skapa bemanningsblad" }));
  await settled();

  expect(workbook.created.map((plan) => plan.name)).toEqual([expect.stringMatching(/^Bemanning /)]);
  expect(screen.getByText(/skapades med \d+ celler/)).toBeTruthy();
});
