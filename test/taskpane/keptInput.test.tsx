/** @jest-environment jsdom */
import { fireEvent } from "@testing-library/react";
import { incomeStatement2024 } from "../../src/samples/seeds";
import { buildActionPlanTable, snapshotOf } from "../support/actionPlanTable";
import { figureValue, renderPane, screen, selectTab, settled } from "../support/jsdomSetup";
import { createMemoryWorkbook } from "../support/memoryWorkbook";

/** Input is kept per view across tab switches, and a notice belongs to the reading it was written from. */

const SEED_000 = snapshotOf(buildActionPlanTable(), { top: 2, left: 1 });
const ACTUALS = snapshotOf(
  [
    ["Rad", "Jan", "Feb", "Mar"],
    ["Nettokostnader", ...incomeStatement2024.invented.actuals],
  ],
  { top: 4 },
);

test("a trip to Inställningar keeps the reading, the deficit and the chosen month", async () => {
  renderPane(createMemoryWorkbook({ selection: SEED_000 }));
  fireEvent.click(screen.getByRole("button", { name: "Läs markerad tabell" }));
  await settled();
  const deficit = screen.getByLabelText("Ingångsläge/underskott (tal eller cell, t.ex. B1)");
  fireEvent.change(deficit, { target: { value: "-215" } });
  fireEvent.blur(deficit);
  await settled();
  fireEvent.change(screen.getByLabelText("Uppföljningsmånad"), { target: { value: "2" } });
  expect(figureValue("Förväntat hittills")).toBe("35,9 mkr"); // 215,1 × 2/12

  await selectTab("Inställningar");
  expect(screen.queryByRole("button", { name: "Läs markerad tabell" })).toBeNull();
  await selectTab("Åtgärder");

  expect(figureValue("Förväntat hittills")).toBe("35,9 mkr");
  expect(figureValue("Överskott efter åtgärderna")).toBe("0,1 mkr"); // −215 + 215,1
  expect(
    (screen.getByLabelText("Ingångsläge/underskott (tal eller cell, t.ex. B1)") as HTMLInputElement)
      .value,
  ).toBe("-215");
});

test("a new reading forgets the notice of the sheet written from the old one", async () => {
  const workbook = createMemoryWorkbook({ selection: ACTUALS });
  renderPane(workbook);
  await selectTab("Prognos");
  fireEvent.click(
    screen.getByRole("button", { name: "Använd markering Utfall (rader × månader)" }),
  );
  await settled();
  fireEvent.click(screen.getByRole("button", { name: "Skapa prognosblad" }));
  await settled();
  expect(workbook.created).toHaveLength(1);
  expect(screen.getByText(/^Bladet "Prognos .*" skapades/)).toBeTruthy();

  fireEvent.click(
    screen.getByRole("button", { name: "Använd markering Utfall (rader × månader)" }),
  );
  await settled();
  expect(screen.queryByText(/skapades/)).toBeNull();
});
