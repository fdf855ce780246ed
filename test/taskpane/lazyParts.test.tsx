/** @jest-environment jsdom */
import { fireEvent } from "@testing-library/react";
import { buildActionPlanTable, snapshotOf } from "../support/actionPlanTable";
import { figureValue, renderPane, screen, settled } from "../support/jsdomSetup";
import { createMemoryWorkbook } from "../support/memoryWorkbook";

// A file of its own: React.lazy fetches a part once per module registry, and jest gives each file one.

/** Every status text the pane adds, kept even when it is gone again before anyone looks. */
function recordStatuses(): { statuses: string[]; stop(): void } {
  const statuses: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const node of records.flatMap((record) => [...record.addedNodes]))
      if (node instanceof HTMLElement)
        for (const element of [node, ...node.querySelectorAll("*")])
          if (element.getAttribute("role") === "status") statuses.push(element.textContent ?? "");
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return { statuses, stop: () => observer.disconnect() };
}

test("what follows a read is fetched after it: 'Öppnar…' is said until the figures are there", async () => {
  const workbook = createMemoryWorkbook({
    selection: snapshotOf(buildActionPlanTable(), { top: 2, left: 1 }),
  });
  renderPane(workbook);
  expect(screen.queryByRole("button", { name: "Skapa uppföljningsblad" })).toBeNull();
  const recording = recordStatuses();
  try {
    fireEvent.click(screen.getByRole("button", { name: "Läs markerad tabell" }));
    await settled();
    expect(await screen.findByRole("button", { name: "Skapa uppföljningsblad" })).toBeTruthy();
    expect(figureValue("Planerad effekt")).toBe("215,1 mkr");
    expect(recording.statuses).toContain("Öppnar…");
    expect(screen.queryByText("Öppnar…")).toBeNull();
  } finally {
    recording.stop();
  }
});
