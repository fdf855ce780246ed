/** @jest-environment jsdom */
import { fireEvent, within } from "@testing-library/react";
import { WorkbookError } from "../../src/workbook/errors";
import { formatNumber } from "../../src/i18n/language";
import { actionPlan2024 } from "../../src/samples/seeds";
import { READINGS_KEY } from "../../src/taskpane/hooks/useReadings";
import { settingsFrom } from "../../src/taskpane/settings";
import type { FormulaNode, SheetPlan, TableSnapshot } from "../../src/workbook/types";
import { buildActionPlanTable, manyMeasures, snapshotOf } from "../support/actionPlanTable";
import {
  figureValue,
  messageText,
  plain,
  renderPane,
  screen,
  settled,
} from "../support/jsdomSetup";
import {
  createMemoryWorkbook,
  MemoryWorkbook,
  MemoryWorkbookOptions,
} from "../support/memoryWorkbook";

/** Seed 000's action plan selected at B3 (header on row 3, measures from row 4, months in D:F). */
const SEED_AT_B3 = snapshotOf(buildActionPlanTable(), { top: 2, left: 1 });
// Seed 000's header "Uppföljning handlingsplan 2024" names its year: the sheet is named after it, not the settings' year.
const YEAR = 2024;
const PROBLEM_TITLE = "Det går inte att läsa tabellen";

/** Renders the pane on a memory workbook with `selection` selected and clicks "Läs markerad tabell". */
async function readSelected(
  selection: TableSnapshot,
  options: MemoryWorkbookOptions & { officeDisplayLanguage?: string } = {},
) {
  const { officeDisplayLanguage, ...workbookOptions } = options;
  const workbook = createMemoryWorkbook({ selection, ...workbookOptions });
  const view = renderPane(workbook, { officeDisplayLanguage });
  fireEvent.click(
    screen.getByRole("button", {
      name: officeDisplayLanguage?.startsWith("en") ? "Read selected table" : "Läs markerad tabell",
    }),
  );
  await settled();
  return { workbook, ...view };
}

async function enterDeficit(text: string): Promise<void> {
  const field = screen.getByLabelText(DEFICIT_LABEL);
  fireEvent.change(field, { target: { value: text } });
  fireEvent.blur(field);
  await settled();
}

const DEFICIT_LABEL = "Ingångsläge/underskott (tal eller cell, t.ex. B1)";

/** The deficit's field with its label, input and validation message. */
function deficitField(): HTMLElement {
  const input = screen.getByLabelText(DEFICIT_LABEL);
  const field = input.closest(".fui-Field");
  if (!(field instanceof HTMLElement)) throw new Error("the deficit input sits in no Field");
  return field;
}

async function createFollowUpSheet(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: "Skapa uppföljningsblad" }));
  await settled();
}

/** Every BALANS or Excel function a node calls, however deeply nested. */
function functionsIn(node: FormulaNode | null | undefined): string[] {
  if (!node) return [];
  if (node.kind === "call") return [node.fn, ...node.args.flatMap(functionsIn)];
  if (node.kind === "op") return [...functionsIn(node.left), ...functionsIn(node.right)];
  return [];
}

function formulasOf(plan: SheetPlan): FormulaNode[] {
  return plan.rows.flat().flatMap((cell) => (cell.formula ? [cell.formula] : []));
}

function totalsCheckItems(): string[] {
  const list = screen.getByRole("list", { name: "Kontroll av totalrad" });
  return within(list)
    .getAllByRole("listitem")
    .map((item) => plain(item.textContent ?? ""));
}

/** The behind-plan table as [measure, deviation] pairs, top to bottom. */
function behindPlanRows(): { name: string; deviation: number }[] {
  const table = screen.getByRole("table", { name: "Åtgärder efter plan, sämst först" });
  const [, ...rows] = within(table).getAllByRole("row");
  return rows.map((row) => {
    const [name, deviation] = within(row).getAllByRole("cell");
    return {
      name: name.firstChild?.textContent ?? "",
      deviation: Number(plain(deviation.textContent ?? "").replace(",", ".")),
    };
  });
}

/** All figures, checks and behind-plan lines the pane shows, to compare two readings. */
function everythingShown(): string {
  const grid = [...document.querySelectorAll("dl")].map((dl) => dl.textContent).join("|");
  return [
    grid,
    ...totalsCheckItems(),
    ...behindPlanRows().map((row) => `${row.name}=${row.deviation}`),
  ].join("\n");
}

function expectNoAnalysis(workbook: MemoryWorkbook): void {
  expect(document.querySelectorAll("dt")).toHaveLength(0);
  expect(screen.queryByRole("button", { name: "Skapa uppföljningsblad" })).toBeNull();
  expect(workbook.created).toEqual([]);
}

describe("Measures view with seed 000's action plan", () => {
  test("shows where the plan stands: planned, achieved, gap to balance", async () => {
    await readSelected(SEED_AT_B3);

    expect(screen.getByText("Markerat område: Blad1!B3:G30")).toBeTruthy();
    expect(figureValue("Planerad effekt")).toBe("215,1 mkr");
    expect(figureValue("Förväntat hittills")).toBe("53,8 mkr"); // 215,1 × 3/12
    expect(figureValue("Uppnått hittills")).toBe("59,8 mkr"); // each row's months summed, "ack effekt" rows at their latest
    expect(screen.queryByText("Överskott efter åtgärderna")).toBeNull();

    await enterDeficit("-215");
    expect(figureValue("Överskott efter åtgärderna")).toBe("0,1 mkr");
  });

  test("the deficit may be a cell of the workbook", async () => {
    const deficitCell = snapshotOf([["\u2212215"]], { top: 0, left: 1 });
    const { workbook } = await readSelected(SEED_AT_B3, { ranges: { "Blad1!B1": deficitCell } });

    await enterDeficit("B1");
    expect(figureValue("Överskott efter åtgärderna")).toBe("0,1 mkr");

    await createFollowUpSheet();
    const [plan] = workbook.created;
    expect(plan.rows[1][3].formula).toEqual({ kind: "ref", sheet: "Blad1", address: "B1" });
  });

  test("a deficit that is neither a number nor a cell is named as such, and the last one is not kept", async () => {
    await readSelected(SEED_AT_B3);
    await enterDeficit("-215");
    expect(figureValue("Överskott efter åtgärderna")).toBe("0,1 mkr");
    await enterDeficit("minus 215");
    // On the deficit's own field, not under the table's heading.
    expect(screen.queryByRole("group", { name: PROBLEM_TITLE })).toBeNull();
    expect(deficitField().textContent).toContain(
      "Ingångsläge: 'minus 215' är varken ett tal eller en cell med ett tal.",
    );
    expect(screen.queryByText("Överskott efter åtgärderna")).toBeNull();
  });

  test("a deficit typed with the measures' sign (215) is asked about on its field, and no gap is shown until answered", async () => {
    await readSelected(SEED_AT_B3);
    await enterDeficit("215");

    expect(plain(deficitField().textContent ?? "")).toContain("Menar du -215 mkr?");
    expect(screen.queryByText("Överskott efter åtgärderna")).toBeNull();
    expect(screen.queryByText(/430,1/)).toBeNull(); // 215 + 215,1, the silent wrong answer

    fireEvent.click(screen.getByRole("button", { name: /^Ja, använd/ }));
    await settled();
    expect((screen.getByLabelText(DEFICIT_LABEL) as HTMLInputElement).value).toBe("-215");
    expect(figureValue("Överskott efter åtgärderna")).toBe("0,1 mkr"); // −215 + 215,1
  });

  test("a surplus typed on purpose is kept when the user says so, and named a surplus", async () => {
    await readSelected(SEED_AT_B3);
    await enterDeficit("215");
    fireEvent.click(screen.getByRole("button", { name: /^Nej, 215/ }));
    await settled();

    expect(figureValue("Överskott efter åtgärderna")).toBe("430,1 mkr");
  });

  test("a shortfall is named a shortfall, by its size: seed 000 with a deficit of −220 lacks 4,9 mkr", async () => {
    await readSelected(SEED_AT_B3);
    await enterDeficit("-220");

    expect(figureValue("Saknas till balans")).toBe("4,9 mkr"); // −220 + 215,1
    expect(screen.queryByText("Överskott efter åtgärderna")).toBeNull();
  });

  test("a deficit in tkr meets the plan in mkr converted: −215 000 tkr is −215 mkr", async () => {
    await readSelected(SEED_AT_B3);
    fireEvent.change(screen.getByRole("combobox", { name: "Enhet för Ingångsläge" }), {
      target: { value: "tkr" },
    });
    await enterDeficit("-215 000");

    expect(figureValue("Överskott efter åtgärderna")).toBe("0,1 mkr");
  });

  test("with costs written positive, a deficit of 215 is a deficit: no question, 0,1 mkr surplus", async () => {
    const workbook = createMemoryWorkbook({ selection: SEED_AT_B3 });
    renderPane(workbook, { settings: { ...settingsFrom({}), signConvention: "costsPositive" } });
    fireEvent.click(screen.getByRole("button", { name: "Läs markerad tabell" }));
    await settled();
    await enterDeficit("215");

    expect(plain(deficitField().textContent ?? "")).not.toContain("Menar du");
    expect(figureValue("Överskott efter åtgärderna")).toBe("0,1 mkr");
  });

  test("a follow-up month after the last month with data is questioned on the month field", async () => {
    await readSelected(SEED_AT_B3);
    fireEvent.change(screen.getByLabelText("Uppföljningsmånad"), { target: { value: "5" } });
    await settled();

    expect(
      screen.getByText(/^Ingen åtgärd har rapporterat något efter mars\. Uppföljning för maj/),
    ).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Uppföljningsmånad"), { target: { value: "3" } });
    await settled();
    expect(screen.queryByText(/^Ingen åtgärd har rapporterat något efter/)).toBeNull();
  });

  test("the running-total switches each belong to their own measure: the group label toggles none", async () => {
    await readSelected(SEED_AT_B3);
    fireEvent.click(screen.getByRole("button", { name: "Tolkning av tabellen" }));
    const switches = screen.getAllByRole("switch");
    expect(new Set(switches.map((element) => element.id)).size).toBe(switches.length);

    fireEvent.click(screen.getByText('Rapporteras ackumulerat ("ack effekt")'));
    await settled();
    expect(figureValue("Uppnått hittills")).toBe("59,8 mkr"); // unchanged: rows 7 and 13 still running totals

    // The first measure's own label toggles the first measure, and only it.
    const first = actionPlan2024.rows[0].name;
    fireEvent.click(screen.getByLabelText(first));
    await settled();
    expect((screen.getByLabelText(first) as HTMLInputElement).checked).toBe(true);
    expect(switches.filter((element) => (element as HTMLInputElement).checked)).toHaveLength(3);
  });

  test("the totals check calls the seed's differences rounding, not errors", async () => {
    await readSelected(SEED_AT_B3);
    const items = totalsCheckItems();

    const accumulated = items.find((item) => item.startsWith("Ackumulerat:"));
    expect(accumulated).toMatch(/totalraden 59,9 mot summan 60(,0)? .*avrundning/);
    const february = items.find((item) => item.startsWith("Månad 2:"));
    expect(february).toMatch(/totalraden 20,5 mot summan 20,4 .*avrundning/);
    expect(items.find((item) => item.startsWith("Helårseffekt:"))).toContain("stämmer (215,1)");
    expect(items.filter((item) => item.includes("större än avrundning"))).toEqual([]);
  });

  test("row checks name the row on the sheet, not in the selection", async () => {
    await readSelected(SEED_AT_B3);
    // "2 Incitamentsmodell" is the 7th measure: on sheet row 3 + 7 = 10 when the header is on row 3.
    expect(totalsCheckItems()).toContain(
      "Rad 10 (2 Incitamentsmodell): månaderna summerar till -1,4 mot ackumulerat -1,3 – avrundning.",
    );
  });

  test("the behind-plan list is sorted worst first and judges cost-increasing measures by deviation", async () => {
    await readSelected(SEED_AT_B3);
    const rows = behindPlanRows();

    expect(rows.length).toBeGreaterThan(5);
    expect(rows[0]).toEqual({ name: "2 Incitamentsmodell", deviation: -7.7 }); // −1,4 achieved against 6,25 expected
    const deviations = rows.map((row) => row.deviation);
    expect(deviations).toEqual([...deviations].sort((a, b) => a - b));
    expect(deviations.every((deviation) => deviation < 0)).toBe(true);
    // OB-tillägg (−47,6) cost less than planned so far (−6,8 against −11,9): not behind.
    expect(rows.map((row) => row.name)).not.toContain("OB-tillägg");
    expect(rows.map((row) => row.name)).toContain("Anställda personal (ca 18 AOH)");
  });

  test("creates a follow-up sheet of live formulas and writes nothing else", async () => {
    const { workbook } = await readSelected(SEED_AT_B3);
    const before = JSON.stringify(SEED_AT_B3);
    await enterDeficit("-215");
    await createFollowUpSheet();

    expect(workbook.created).toHaveLength(1);
    const [plan] = workbook.created;
    expect(plan.name).toBe(`Uppföljning ${YEAR}-03`);
    expect(
      screen.getByText(/skapades med \d+ celler\. Inget av dina egna celler ändrades\./)
        .textContent,
    ).toContain(`"${plan.name}"`);
    const functions = formulasOf(plan).flatMap(functionsIn);
    expect(functions).toEqual(
      expect.arrayContaining([
        "EFFECT.EXPECTED",
        "EFFECT.ACHIEVED",
        "EFFECT.RATE",
        "EFFECT.FORECAST",
        "GAP.BALANCE",
      ]),
    );

    // One row per measure; the first measure's achieved effect reads its months on the user's sheet.
    const measureRows = plan.rows.filter((row) =>
      functionsIn(row[2]?.formula).includes("EFFECT.ACHIEVED"),
    );
    expect(measureRows).toHaveLength(actionPlan2024.rows.length);
    const achieved = measureRows[0][2].formula as Extract<FormulaNode, { kind: "call" }>;
    expect(achieved).toMatchObject({ kind: "call", fn: "EFFECT.ACHIEVED" });
    expect(achieved.args[0]).toEqual({ kind: "ref", sheet: "Blad1", address: "D4:F4" });
    expect(plan.rows[1][3]).toMatchObject({ value: -215 });

    // Only where the reading came from is kept in the workbook's settings, nothing else.
    expect(
      workbook.savedSettings.flatMap(Object.keys).filter((name) => name !== READINGS_KEY),
    ).toEqual([]);
    expect(JSON.stringify(SEED_AT_B3)).toBe(before);
    expect(await workbook.sheetNames()).toEqual(["Blad1", plan.name]);
  });

  test("in English, the pane speaks English", async () => {
    const { workbook } = await readSelected(SEED_AT_B3, { officeDisplayLanguage: "en-US" });

    expect(screen.getByRole("tab", { name: "Measures" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Settings" })).toBeTruthy();
    expect(figureValue("Planned effect")).toBe("215.1 mkr");
    expect(figureValue("Achieved to date")).toBe("59.8 mkr");
    const checks = within(screen.getByRole("list", { name: "Totals check" })).getAllByRole(
      "listitem",
    );
    expect(checks.some((item) => /Accumulated: .*rounding/.test(item.textContent ?? ""))).toBe(
      true,
    );
    expect(screen.getByRole("table", { name: "Measures behind plan, worst first" })).toBeTruthy();
    for (const swedish of [
      "Planerad effekt",
      "Uppnått hittills",
      "Kontroll av totalrad",
      "Skapa uppföljningsblad",
    ])
      expect(screen.queryByText(swedish)).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Create follow-up sheet" }));
    await settled();
    expect(workbook.created.map((plan) => plan.name)).toEqual([`Follow-up ${YEAR}-03`]);
  });
});

describe("Measures view refuses what it cannot read, saying why, and writes nothing", () => {
  const seed = () => buildActionPlanTable();
  const withCell = (row: number, column: number, value: string) => {
    const values = seed();
    values[row][column] = value;
    return values;
  };

  test.each<[string, TableSnapshot, string]>([
    [
      "an empty selection",
      snapshotOf([
        ["", "", ""],
        ["", "", ""],
      ]),
      "Markeringen Blad1!A1:C2 är tom.",
    ],
    [
      "a single cell",
      snapshotOf([[42]], { top: 6, left: 3 }),
      "Bara en cell (Blad1!D7) är markerad.",
    ],
    [
      "a table with no month header",
      snapshotOf([
        ["Åtgärd", "Effekt", "Utfall"],
        ["Höör-Hörby", 39.4, 9.9],
        ["Hyrstopp", 32, 4.9],
      ]),
      "Ingen rubrikrad med månader",
    ],
    [
      "a table with no numbers",
      snapshotOf([
        ["Åtgärd", "Mkr", "Jan", "Feb"],
        ["Höör-Hörby", "", "", ""],
        ["Hyrstopp", "ej klart", "", ""],
      ]),
      "Inga tal hittades under rubrikraden i Blad1!A1:D3.",
    ],
    // Matrix row 4 is sheet row 7 and column 2 (January) is D when the table starts at B3.
    [
      "an #N/A cell",
      snapshotOf(withCell(4, 2, "#N/A"), { top: 2, left: 1 }),
      "Cell D7 innehåller felvärdet #N/A.",
    ],
    [
      "'n/a' typed in a month column",
      snapshotOf(withCell(5, 3, "n/a"), { top: 2, left: 1 }),
      "Cell E8: 'n/a' är inte ett tal.",
    ],
    [
      "merged cells",
      snapshotOf(seed(), { top: 2, left: 1, hasMergedCells: true }),
      "Tabellen B3:G30 har sammanfogade celler.",
    ],
  ])("%s", async (_, selection, message) => {
    const { workbook } = await readSelected(selection);
    expect(messageText(PROBLEM_TITLE)).toContain(message);
    expectNoAnalysis(workbook);
  });

  test("a bad table read after a good one replaces its figures", async () => {
    const { workbook } = await readSelected(SEED_AT_B3);
    expect(figureValue("Planerad effekt")).toBe("215,1 mkr");

    workbook.select(snapshotOf([[42]], { top: 6, left: 3 }));
    fireEvent.click(screen.getByRole("button", { name: "Läs markerad tabell" }));
    await settled();
    expect(messageText(PROBLEM_TITLE)).toContain("Bara en cell (Blad1!D7)");
    expectNoAnalysis(workbook);
  });
});

describe("Measures view reads what controllers really select", () => {
  test("numbers typed as Swedish text ('−6,8') are read as the numbers they are", async () => {
    const asNumbers = await readSelected(SEED_AT_B3);
    const shownForNumbers = everythingShown();
    asNumbers.unmount();

    const asText = snapshotOf(buildActionPlanTable({ numbersAsText: true }), { top: 2, left: 1 });
    expect(asText.values[14][5]).toBe("\u22126,8"); // OB-tillägg's accumulated effect, as text
    await readSelected(asText);

    expect(screen.queryByRole("group", { name: PROBLEM_TITLE })).toBeNull();
    expect(figureValue("Planerad effekt")).toBe("215,1 mkr");
    expect(everythingShown()).toBe(shownForNumbers);
  });

  test("a 10 000-row plan is read and analysed", async () => {
    const rows = manyMeasures(10_000);
    const selection = snapshotOf(buildActionPlanTable({ rows, totalsAt: "none" }));
    await readSelected(selection);

    const planned = rows.reduce((sum, row) => sum + row.fullYearEffect, 0);
    expect(figureValue("Planerad effekt")).toBe(plain(`${formatNumber(planned, "sv", 1, 1)} mkr`));
    expect(planned).toBeGreaterThan(80_000);
    expect(behindPlanRows()).toHaveLength(25); // the pane lists the worst; the sheet has them all
  }, 30_000);
});

describe("Creating the follow-up sheet", () => {
  test("picks a free name when the wanted one is taken", async () => {
    const taken = `Uppföljning ${YEAR}-03`;
    const { workbook } = await readSelected(SEED_AT_B3, { sheetNames: ["Blad1", taken] });
    await createFollowUpSheet();

    expect(workbook.created.map((plan) => plan.name)).toEqual([`${taken} (2)`]);
    expect(screen.getByText(new RegExp(`Bladet "${taken} \\(2\\)" skapades`))).toBeTruthy();
  });

  test("says so when Excel refuses the name, and records no sheet", async () => {
    const { workbook } = await readSelected(SEED_AT_B3);
    workbook.failCreate(new WorkbookError("nameTaken", { sheetName: `Uppföljning ${YEAR}-03` }));
    await createFollowUpSheet();

    expect(screen.getByRole("group", { name: "Bladet skapades inte" }).textContent).toContain(
      `Det finns redan ett blad som heter "Uppföljning ${YEAR}-03".`,
    );
    expect(screen.queryByText(/skapades med/)).toBeNull();
    expect(workbook.created).toEqual([]);
  });

  test("says so when the workbook is protected, and records no sheet", async () => {
    const { workbook } = await readSelected(SEED_AT_B3, { protected: true });
    await createFollowUpSheet();

    expect(messageText("Bladet skapades inte")).toContain("Arbetsboken är skyddad");
    expect(screen.queryByText(/skapades med/)).toBeNull();
    expect(workbook.created).toEqual([]);
  });
});

test("while the selection is read, the pane shows named progress and disables the button", async () => {
  const workbook = createMemoryWorkbook({ selection: SEED_AT_B3 });
  const release = workbook.holdReads();
  renderPane(workbook);
  const button = screen.getByRole("button", { name: "Läs markerad tabell" });
  fireEvent.click(button);

  expect(screen.getByRole("progressbar", { name: "Läser markeringen…" })).toBeTruthy();
  expect(button.hasAttribute("disabled")).toBe(true);
  release();
  await settled();
  expect(figureValue("Planerad effekt")).toBe("215,1 mkr");
});
