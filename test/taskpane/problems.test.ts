/** How a refused sheet is worded: the cells to fix are named, a long list shortened with a count. */
import { translator } from "../../src/i18n/ui";
import { SheetPlanError } from "../../src/sheets/errors";
import { failureMessage } from "../../src/taskpane/problems";

const cells = (count: number) => Array.from({ length: count }, (_, index) => `Blad1!C${index + 2}`);

test("figures stored as text: up to five cells are named", () => {
  const message = failureMessage(new SheetPlanError("figuresStoredAsText", cells(5)), translator("sv"), "sv");
  expect(message).toContain("Tal lagrade som text i Blad1!C2, Blad1!C3, Blad1!C4, Blad1!C5, Blad1!C6.");
});

test("figures stored as text: beyond five, the rest are counted", () => {
  const message = failureMessage(new SheetPlanError("figuresStoredAsText", cells(8)), translator("en"), "en");
  expect(message).toContain("Figures stored as text in Blad1!C2, Blad1!C3, Blad1!C4, Blad1!C5, Blad1!C6 (+3).");
  expect(message).not.toContain("C7");
});

test("months that are not contiguous keep their own message", () => {
  expect(failureMessage(new SheetPlanError("monthsNotContiguous"), translator("en"), "en")).toMatch(/^The month columns must run from January/);
});
