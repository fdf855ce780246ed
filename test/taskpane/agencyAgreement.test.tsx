/** @jest-environment jsdom */
import { fireEvent, within } from "@testing-library/react";
import { formatAmount, formatPercent } from "../../src/i18n/format";
import { amountDecimals } from "../../src/taskpane/figures";
import type { SheetPlan, TableSnapshot } from "../../src/workbook/types";
import { snapshotOf } from "../support/actionPlanTable";
import "../support/customFunctionsGlobal";
import { evaluatePlan, EvaluatedPlan } from "../support/evaluatePlan";
import { plain, renderPane, screen, selectTab, settled } from "../support/jsdomSetup";
import { createMemoryWorkbook } from "../support/memoryWorkbook";

/**
 * Pane and functions agree for the agency view: every figure of its table (hours or cost, FTE
 * and change per category and in total) and the agency share equal what the staffing sheet's
 * BALANS formulas return for the same cells, evaluated in HyperFormula by the worksheet functions'
 * own code (test/support/evaluatePlan.ts) and formatted as the pane formats them.
 */

/** DOMAIN.md §3: 19 800 hours a month January–March = 59 400 h = 120 FTE at 165 h; doctors 24 750 h = 50 FTE. */
const HOURS = snapshotOf([
  ["Kategori", "Jan", "Feb", "Mar"],
  ["Sjuksköterskor", 19_800, 19_800, 19_800],
  ["Läkare", 8_250, 8_250, 8_250],
]);
/** The same period a year earlier: 49 500 h = 100 FTE and 22 275 h = 45 FTE (hand arithmetic: h / 495). */
const PRIOR_HOURS = snapshotOf(
  [
    ["Kategori", "Jan", "Feb", "Mar"],
    ["Sjuksköterskor", 16_500, 16_500, 16_500],
    ["Läkare", 7_425, 7_425, 7_425],
  ],
  { top: 10 },
);
/** Seed 004's nurses, January–March 2024 in mkr: 40,9 in all. */
const NURSES_MKR = snapshotOf([
  ["Kostnad (mkr)", "Jan", "Feb", "Mar"],
  ["Sjuksköterskor", 13.6, 13.6, 13.7],
]);

function type(label: string, text: string): void {
  const field = screen.getByLabelText(label);
  fireEvent.change(field, { target: { value: text } });
  fireEvent.blur(field);
}

/** Reads the tables, types the costs (seed 004, January–March, tkr) and writes the staffing sheet. */
async function writtenPlan(
  table: TableSnapshot,
  options: { prior?: TableSnapshot; hourlyPrice?: string } = {},
): Promise<SheetPlan> {
  const workbook = createMemoryWorkbook({ selection: table });
  renderPane(workbook);
  await selectTab("Hyrpersonal");
  fireEvent.click(await screen.findByRole("button", { name: "Använd markering Hyrpersonal" }));
  await settled();
  if (options.prior) {
    workbook.select(options.prior);
    fireEvent.click(
      screen.getByRole("button", { name: "Använd markering Tidigare år (12 månader per rad)" }),
    );
    await settled();
  }
  if (options.hourlyPrice !== undefined) {
    fireEvent.click(screen.getByRole("radio", { name: "Kostnad" }));
    type("Timpris (kr per timme)", options.hourlyPrice);
  }
  for (const label of ["Kostnad inhyrd personal", "Kostnad egen personal"])
    fireEvent.change(screen.getByRole("combobox", { name: `Enhet för ${label}` }), {
      target: { value: "tkr" },
    });
  type("Kostnad inhyrd personal (tal eller cell)", "-89 945");
  type("Kostnad egen personal (tal eller cell)", "-686 374");
  await settled();
  fireEvent.click(screen.getByRole("button", { name: "Skapa bemanningsblad" }));
  await settled();
  expect(workbook.created).toHaveLength(1);
  return workbook.created[0];
}

/** The pane's table as rows of cell texts, without the header. */
function paneRows(): string[][] {
  const table = screen.getByRole("table", { name: "Hyrpersonal" });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => [...row.querySelectorAll("td")].map((cell) => plain(cell.textContent ?? "")));
}

/**
 * The sheet's row for each of the pane's rows (a category's name is a formula on the controller's
 * cell: found by its value), formatted as the pane formats its columns.
 */
function sheetRows(
  plan: SheetPlan,
  sheet: EvaluatedPlan,
  names: string[],
  measuredDecimals: number,
): string[][] {
  const figure = (address: string, decimals: number) => {
    const value = sheet.value(address);
    return plain(
      formatAmount(
        value === null || value === "" ? undefined : sheet.number(address),
        "sv",
        undefined,
        decimals,
      ),
    );
  };
  return names.map((name) => {
    const index = plan.rows.findIndex((_, r) => sheet.value(`A${r + 1}`) === name);
    if (index < 0) throw new Error(`no row shows "${name}"`);
    const r = index + 1;
    return [name, figure(`B${r}`, measuredDecimals), figure(`C${r}`, 1), figure(`E${r}`, 1)];
  });
}

/** The share as the pane's sentence gives it, from the sheet's AGENCY.SHARE cell. */
function sheetShare(plan: SheetPlan, sheet: EvaluatedPlan): string {
  const index = plan.rows.findIndex(
    (cells) => cells[1]?.formula?.kind === "call" && cells[1].formula.fn === "AGENCY.SHARE",
  );
  if (index < 0) throw new Error("no AGENCY.SHARE cell");
  return plain(formatPercent(sheet.number(`B${index + 1}`), "sv"));
}

const paneShare = () =>
  plain(screen.getByText(/Andel av personalkostnaden/).textContent ?? "").match(
    /^Andel av personalkostnaden: (\S+ %)/,
  )?.[1];

test("hours with the prior year: every category's and the total's hours, FTE and change, and the share, equal the staffing sheet's formulas", async () => {
  const plan = await writtenPlan(HOURS, { prior: PRIOR_HOURS });
  const sheet = evaluatePlan(plan, [HOURS, PRIOR_HOURS]);
  const shown = paneRows();

  expect(shown).toEqual(
    sheetRows(
      plan,
      sheet,
      shown.map(([name]) => name),
      0,
    ),
  );
  expect(paneShare()).toBe(sheetShare(plan, sheet));
  // The seeds' and hand arithmetic's figures, so that agreement is not agreement on a wrong number.
  expect(shown).toEqual([
    ["Sjuksköterskor", "59 400", "120,0", "20,0"],
    ["Läkare", "24 750", "50,0", "5,0"],
    ["Totalt", "84 150", "170,0", "25,0"],
  ]);
  expect(paneShare()).toBe("13,1 %"); // 89 945 / 686 374
});

test("seed 004's nurses as cost in mkr at 685,7 kr/h: cost, FTE and the share equal the staffing sheet's formulas", async () => {
  const plan = await writtenPlan(NURSES_MKR, { hourlyPrice: "685,7" });
  const sheet = evaluatePlan(plan, [NURSES_MKR]);
  const shown = paneRows();

  expect(shown).toEqual(
    sheetRows(
      plan,
      sheet,
      shown.map(([name]) => name),
      amountDecimals("mkr"),
    ),
  );
  expect(paneShare()).toBe(sheetShare(plan, sheet));
  // 40 900 000 kr / 685,7 kr/h / (3 × 165 h) = 120,5 FTE; no prior year, so no change.
  expect(shown).toEqual([
    ["Sjuksköterskor", "40,9", "120,5", "–"],
    ["Totalt", "40,9", "120,5", "–"],
  ]);
  expect(paneShare()).toBe("13,1 %");
});
