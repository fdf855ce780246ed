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
  ["Kategori (kr)", "Jan", "Feb", "Mar"],
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

test("costs in kr, as the table's header says, become FTE with an hourly price in kr", async () => {
  await openAgencyWith(COSTS);
  fireEvent.click(screen.getByRole("radio", { name: "Kostnad" }));
  type("Timpris (kr per timme)", String(PRICE));
  await settled();

  const [header, nurses] = resultRows();
  expect(header[1]).toBe("Kostnad (kr)");
  expect(nurses).toEqual(["Sjuksköterskor", "40 986 000", "120,0", "–"]);
  expect(screen.getByText("Enheten kr står i tabellen.")).toBeTruthy();
});

test("costs without an hourly price: the price field asks for it, in the pane's words", async () => {
  await openAgencyWith(COSTS);
  fireEvent.click(screen.getByRole("radio", { name: "Kostnad" }));
  await settled();

  expect(resultRows()[1]).toEqual(["Sjuksköterskor", "40 986 000", "–", "–"]);
  expect(
    screen.getByText("Ange timpriset i kr per timme, så räknas kostnaden om till årsarbetare."),
  ).toBeTruthy();
  expect(document.body.textContent).not.toMatch(/hourly_price|timpris är tom/);
});

test("an hourly price that is no number is named on its field", async () => {
  await openAgencyWith(COSTS);
  fireEvent.click(screen.getByRole("radio", { name: "Kostnad" }));
  type("Timpris (kr per timme)", "sexhundra");
  await settled();

  expect(
    screen.getByText("'sexhundra' är inte ett tal. Skriv timpriset i kr, t.ex. 685,7."),
  ).toBeTruthy();
});

/** Seed 004's nurses, January–March 2024 in mkr: 40,9 in all (the months are invented, the sum is the report's). */
const NURSES_MKR = snapshotOf([
  ["Kostnad (mkr)", "Jan", "Feb", "Mar"],
  ["Sjuksköterskor", 13.6, 13.6, 13.7],
]);

test("seed 004's nurses: 40,9 mkr at 685,7 kr/h over three months is 120,5 FTE (40 900 000 / 685,7 / 495)", async () => {
  await openAgencyWith(NURSES_MKR);
  fireEvent.click(screen.getByRole("radio", { name: "Kostnad" }));
  type("Timpris (kr per timme)", "685,7");
  await settled();

  const [header, nurses] = resultRows();
  expect(header[1]).toBe("Kostnad (mkr)");
  expect(nurses).toEqual(["Sjuksköterskor", "40,9", "120,5", "–"]);
});

test("a cost table that names no unit asks which it is, and the answer is used", async () => {
  await openAgencyWith(
    snapshotOf([
      ["Kategori", "Jan", "Feb", "Mar"],
      ["Sjuksköterskor", 13_600, 13_600, 13_700],
    ]),
  );
  fireEvent.click(screen.getByRole("radio", { name: "Kostnad" }));
  type("Timpris (kr per timme)", "685,7");
  await settled();

  expect(
    screen.getByText(/^Tabellen anger ingen enhet\. Balans räknar med mkr \(inställningen\)/),
  ).toBeTruthy();
  fireEvent.change(screen.getByRole("combobox", { name: "Tabellens enhet" }), {
    target: { value: "tkr" },
  });
  await settled();

  expect(screen.queryByText(/^Tabellen anger ingen enhet/)).toBeNull();
  expect(resultRows()[1]).toEqual(["Sjuksköterskor", "40 900", "120,5", "–"]); // 40 900 tkr = 40,9 mkr
});

test("agency cost in mkr against own staff cost in tkr: converted before they meet (89,945 / 686,374 = 13,1 %)", async () => {
  await openAgencyWith(HOURS);
  type("Kostnad inhyrd personal (tal eller cell)", "-89,945"); // the table's unit: the settings' mkr
  fireEvent.change(screen.getByRole("combobox", { name: "Enhet för Kostnad egen personal" }), {
    target: { value: "tkr" },
  });
  type("Kostnad egen personal (tal eller cell)", "-686 374");
  await settled();

  expect(plain(screen.getByText(/Andel av personalkostnaden/).textContent ?? "")).toMatch(
    /^Andel av personalkostnaden: 13,1 % \(mål 2,0 %\)\. Över målet med 76,2 mkr\./,
  );
});

test("costs of different signs are named by the pane's labels, not by parameter ids", async () => {
  await openAgencyWith(HOURS);
  type("Kostnad inhyrd personal (tal eller cell)", "89,945");
  type("Kostnad egen personal (tal eller cell)", "-686,374");
  await settled();

  expect(messageText("Det går inte att läsa tabellen")).toContain(
    "Kostnad inhyrd personal och Kostnad egen personal har olika tecken; ange båda kostnaderna med samma tecken",
  );
  expect(document.body.textContent).not.toMatch(/agency_cost|staff_cost/);
});

test("the agency share of own staff cost is measured against the target", async () => {
  await openAgencyWith(HOURS);
  // Seed 004, January–March (tkr): agency 89 945 against own staff 686 374 = 13,1 %.
  type("Kostnad inhyrd personal (tal eller cell)", "-89 945");
  type("Kostnad egen personal (tal eller cell)", "-686 374");
  await settled();

  expect(plain(screen.getByText(/Andel av personalkostnaden/).textContent ?? "")).toMatch(
    /^Andel av personalkostnaden: 13,1 % \(mål 2,0 %\)\. Över målet med/,
  );
});

test("a table with no months is refused, and no sheet can be created", async () => {
  const workbook = await openAgencyWith(
    snapshotOf([
      ["Kategori", "Timmar"],
      ["Sjuksköterskor", 59_400],
    ]),
  );

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

test("the staffing sheet of an mkr table passes the unit to FTE.FROMCOST and own staff cost in tkr converted to mkr", async () => {
  const workbook = await openAgencyWith(NURSES_MKR);
  fireEvent.click(screen.getByRole("radio", { name: "Kostnad" }));
  type("Timpris (kr per timme)", "685,7");
  fireEvent.change(screen.getByRole("combobox", { name: "Enhet för Kostnad egen personal" }), {
    target: { value: "tkr" },
  });
  type("Kostnad egen personal (tal eller cell)", "-686 374");
  type("Kostnad inhyrd personal (tal eller cell)", "-89,945");
  await settled();
  fireEvent.click(screen.getByRole("button", { name: "Skapa bemanningsblad" }));
  await settled();

  const [plan] = workbook.created;
  const cells = plan.rows.flat();
  const fte = cells.find(
    (cell) => cell.formula?.kind === "call" && cell.formula.fn === "FTE.FROMCOST",
  );
  expect(fte?.formula).toMatchObject({
    args: [
      expect.anything(),
      expect.anything(),
      expect.anything(),
      expect.anything(),
      { kind: "text", value: "mkr" },
    ],
  });
  expect(
    plan.rows.find((row) => row[0]?.value === "Kostnad egen personal (mkr)")?.[1].value,
  ).toBeCloseTo(-686.374, 9);
  expect(plan.rows[3][1].value).toBe("Kostnad (mkr)");
});
