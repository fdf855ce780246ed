/** @jest-environment jsdom */
import { fireEvent, within } from "@testing-library/react";
import { formatAmount, formatPercent } from "../../src/i18n/format";
import { incomeStatement2024 } from "../../src/samples/seeds";
import type { SheetPlan, TableSnapshot } from "../../src/workbook/types";
import { buildActionPlanTable, snapshotOf } from "../support/actionPlanTable";
import "../support/customFunctionsGlobal";
import { evaluatePlan } from "../support/evaluatePlan";
import { figureValue, plain, renderPane, screen, selectTab, settled } from "../support/jsdomSetup";
import { createMemoryWorkbook } from "../support/memoryWorkbook";

/**
 * Pane and functions agree: every figure a view shows equals what the BALANS formulas of
 * the sheet it writes return for the same cells, computed by the worksheet functions' own
 * code in HyperFormula (test/support/evaluatePlan.ts), formatted as the pane formats it.
 */

const SEED_000 = snapshotOf(buildActionPlanTable(), { top: 2, left: 1 });

/** A cell of the plan by its label in column A, and a column by its header in the header row. */
function locate(plan: SheetPlan) {
  const rowOf = (label: string) => {
    const index = plan.rows.findIndex((cells) => cells[0]?.value === label);
    if (index < 0) throw new Error(`no row labelled "${label}"`);
    return index + 1;
  };
  const header = plan.rows[rowOf("Åtgärd") - 1];
  const columnOf = (label: string) => {
    const index = header.findIndex((cell) => cell.value === label);
    if (index < 0) throw new Error(`no column headed "${label}"`);
    return String.fromCharCode(65 + index);
  };
  return { rowOf, columnOf };
}

async function writtenPlan(selection: TableSnapshot, deficit: string): Promise<SheetPlan> {
  const workbook = createMemoryWorkbook({ selection });
  renderPane(workbook);
  fireEvent.click(screen.getByRole("button", { name: "Läs markerad tabell" }));
  await settled();
  const field = screen.getByLabelText("Ingångsläge/underskott (tal eller cell, t.ex. B1)");
  fireEvent.change(field, { target: { value: deficit } });
  fireEvent.blur(field);
  await settled();
  fireEvent.click(screen.getByRole("button", { name: "Skapa uppföljningsblad" }));
  await settled();
  expect(workbook.created).toHaveLength(1);
  return workbook.created[0];
}

test("the measures view: every figure, total and measure behind plan equals the follow-up sheet's formula", async () => {
  const plan = await writtenPlan(SEED_000, "-215");
  const sheet = evaluatePlan(plan, [SEED_000]);
  const { rowOf, columnOf } = locate(plan);
  const total = rowOf("Totalt");
  const amount = (address: string) => plain(formatAmount(sheet.number(address), "sv", "mkr"));

  const pairs: [string, string][] = [
    ["Planerad effekt", `${columnOf("Helårseffekt")}${total}`],
    ["Förväntat hittills", `${columnOf("Förväntat hittills")}${total}`],
    ["Uppnått hittills", `${columnOf("Uppnått hittills")}${total}`],
    ["Prognos helårseffekt", `${columnOf("Prognos helårseffekt")}${total}`],
  ];
  for (const [label, address] of pairs)
    expect({ label, shown: figureValue(label) }).toEqual({ label, shown: amount(address) });
  // The gaps: the pane names a surplus or a shortfall and shows its size, the sheet shows it signed.
  const gaps: [string, string, string][] = [
    [
      "Överskott efter åtgärderna",
      "Saknas till balans",
      "Kvar till balans (+ överskott, − saknas)",
    ],
    [
      "Överskott enligt prognos",
      "Saknas till balans enligt prognos",
      "Kvar till balans enligt prognos (+ överskott, − saknas)",
    ],
  ];
  for (const [surplus, short, sheetLabel] of gaps) {
    const value = sheet.number(`B${rowOf(sheetLabel)}`);
    const label = value < 0 ? short : surplus;
    expect({ label, shown: figureValue(label) }).toEqual({
      label,
      shown: plain(formatAmount(Math.abs(value), "sv", "mkr")),
    });
  }
  // Seed 000's worked figures, so that agreement is not agreement on a wrong number: −215 + 215,1 = +0,1.
  expect(figureValue("Planerad effekt")).toBe("215,1 mkr");
  expect(figureValue("Överskott efter åtgärderna")).toBe("0,1 mkr");
  expect(figureValue("Uppfyllelse")).toBe(
    plain(formatPercent(sheet.number(`${columnOf("Uppfyllelse")}${total}`), "sv")),
  );

  // Each measure behind plan: its deviation on the pane, its row's deviation on the sheet.
  const table = screen.getByRole("table", { name: "Åtgärder efter plan, sämst först" });
  const [, ...rows] = within(table).getAllByRole("row");
  expect(rows.length).toBeGreaterThan(0);
  // The sheet names each measure through a formula on the controller's name cell: find it by its value.
  const measureRow = (measure: string) => {
    const index = plan.rows.findIndex((_, r) => sheet.value(`A${r + 1}`) === measure);
    if (index < 0) throw new Error(`no row shows "${measure}"`);
    return index + 1;
  };
  for (const row of rows) {
    const [name, deviation] = within(row).getAllByRole("cell");
    const measure = name.firstChild?.textContent ?? "";
    expect({ measure, shown: plain(deviation.textContent ?? "") }).toEqual({
      measure,
      shown: plain(
        formatAmount(
          sheet.number(`${columnOf("Avvikelse")}${measureRow(measure)}`),
          "sv",
          undefined,
          1,
        ),
      ),
    });
  }
});

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

test("the forecast view: every method's forecast and the stated forecast's figures equal the forecast sheet's formulas", async () => {
  const workbook = createMemoryWorkbook();
  renderPane(workbook);
  await selectTab("Prognos");
  for (const [label, snapshot] of [
    ["Utfall (rader × månader)", ACTUALS],
    ["Budget (per månad, eller en helårskolumn)", BUDGET],
    ["Lämnad helårsprognos (en cell eller en kolumn)", STATED],
  ] as const) {
    workbook.select(snapshot);
    fireEvent.click(screen.getByRole("button", { name: `Använd markering ${label}` }));
    await settled();
  }
  fireEvent.click(screen.getByRole("button", { name: "Skapa prognosblad" }));
  await settled();
  const [plan] = workbook.created;
  const sheet = evaluatePlan(plan, [ACTUALS, BUDGET, STATED]);
  const headerIndex = plan.rows.findIndex(
    (cells) => cells[0]?.value === "Prognos" && cells[1]?.value === "takt",
  );
  const header = plan.rows[headerIndex];
  const columnOf = (label: string) =>
    String.fromCharCode(65 + header.findIndex((cell) => cell.value === label));
  const total =
    plan.rows.findIndex((cells, r) => r > headerIndex && cells[0]?.value === "Totalt") + 1;
  const amount = (address: string, unit?: string) =>
    plain(formatAmount(sheet.number(address), "sv", unit));

  const line = screen.getByRole("region", { name: "Nettokostnader" });
  const methods = within(within(line).getByRole("table", { name: "Prognos: Nettokostnader" }))
    .getAllByRole("row")
    .slice(1);
  expect(methods.length).toBeGreaterThanOrEqual(3);
  for (const row of methods) {
    const [name, forecast] = within(row).getAllByRole("cell");
    const method = (name.firstChild?.textContent ?? "").trim();
    expect({ method, shown: plain(forecast.textContent ?? "") }).toEqual({
      method,
      shown: amount(`${columnOf(method)}${total}`),
    });
  }
  expect(figureValue("Lämnad prognos", line)).toBe(
    amount(`${columnOf("Lämnad prognos")}${total}`, "mkr"),
  );
  expect(figureValue("Förutsatt förändring per månad", line)).toBe(
    amount(`${columnOf("Förutsatt förändring per månad")}${total}`, "mkr"),
  );
  // Seed 004's worked figures: run-rate −3 757,0 and +11,7 mkr a month assumed.
  expect(plain(methods[0].textContent ?? "")).toBe("takt-3 757,0");
  expect(figureValue("Förutsatt förändring per månad", line)).toBe("11,7 mkr");
});
