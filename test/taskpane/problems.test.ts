/** How a refused sheet is worded: the cells to fix are named, a long list shortened with a count. */
import { translator } from "../../src/i18n/ui";
import { SheetPlanError } from "../../src/sheets/errors";
import { failureMessage } from "../../src/taskpane/problems";
import { BalansError } from "../../src/engine";
import { WorkbookError } from "../../src/workbook/errors";

const cells = (count: number) => Array.from({ length: count }, (_, index) => `Blad1!C${index + 2}`);

test("figures stored as text: up to five cells are named", () => {
  const message = failureMessage(
    new SheetPlanError("figuresStoredAsText", cells(5)),
    translator("sv"),
    "sv",
  );
  expect(message).toContain(
    "Tal lagrade som text i Blad1!C2, Blad1!C3, Blad1!C4, Blad1!C5, Blad1!C6.",
  );
});

test("figures stored as text: beyond five, the rest are counted", () => {
  const message = failureMessage(
    new SheetPlanError("figuresStoredAsText", cells(8)),
    translator("en"),
    "en",
  );
  expect(message).toContain(
    "Figures stored as text in Blad1!C2, Blad1!C3, Blad1!C4, Blad1!C5, Blad1!C6 (+3).",
  );
  expect(message).not.toContain("C7");
});

test("months that are not contiguous keep their own message", () => {
  expect(failureMessage(new SheetPlanError("monthsNotContiguous"), translator("en"), "en")).toMatch(
    /^The month columns must run from January/,
  );
});

describe("a failed write tells the truth about the sheet it may have left", () => {
  test("removed: nothing was left behind", () => {
    const message = failureMessage(
      new WorkbookError("writeFailed", {
        sheetName: "Uppföljning 2024-03",
        officeCode: "GeneralException",
      }),
      translator("sv"),
      "sv",
    );
    expect(message).toBe(
      "Excel kunde inte skriva bladet (GeneralException). Inget blev kvar av det.",
    );
  });

  test("not removed: the sheet left behind is named, and nothing says otherwise", () => {
    const error = new WorkbookError("writeFailed", {
      sheetName: "Uppföljning 2024-03",
      officeCode: "GeneralException",
      sheetLeftBehind: true,
    });
    const message = failureMessage(error, translator("sv"), "sv");
    expect(message).toContain('det halvskrivna bladet "Uppföljning 2024-03" kunde inte tas bort');
    expect(message).not.toContain("Inget blev kvar");
  });
});

describe("engine problems in the pane's words", () => {
  test("no parameter id reaches the pane: a missing hourly price is 'Timpris är tom'", () => {
    const message = failureMessage(
      new BalansError("na", "blankRequired", { arg: "hourly_price" }),
      translator("sv"),
      "sv",
    );
    expect(message).toBe("Timpris är tom");
  });

  test("numbers follow the locale: month 2,5, not 2.5", () => {
    const message = failureMessage(
      new BalansError("value", "notAMonth", { arg: "month", text: 2.5 }),
      translator("sv"),
      "sv",
    );
    expect(message).toBe("Uppföljningsmånad: 2,5 är ingen månad (1–12) och inget datum");
  });
});
