/** @jest-environment jsdom */
import { act, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ErrorBoundary } from "../../src/taskpane/components/ErrorBoundary";
import { startPane } from "../../src/taskpane/startup";
import { createMemoryWorkbook } from "../support/memoryWorkbook";
import "../support/jsdomSetup";

/** Start-up and render failures show what went wrong and what to try, never a blank pane. */

async function start(
  loadSettings: () => Promise<Record<string, unknown>>,
  displayLanguage = "sv-SE",
) {
  const container = document.createElement("div");
  document.body.appendChild(container);
  const reload = jest.fn();
  const workbook = { ...createMemoryWorkbook(), loadSettings };
  await act(() =>
    startPane(container, {
      createWorkbook: () => workbook,
      displayLanguage,
      theme: async () => webLightTheme,
      reload,
    }),
  );
  return { container, reload };
}

afterEach(() => {
  document.body.innerHTML = "";
});

test("settings that cannot be read: the pane says so, what to try, and offers to try again", async () => {
  const { reload } = await start(() =>
    Promise.reject(new Error("InvalidOperation: settings are not available")),
  );
  const alert = screen.getByRole("alert");
  expect(alert.textContent).toContain("Balans kunde inte starta");
  expect(alert.textContent).toContain("Stäng fönstret och öppna det igen");
  expect(alert.textContent).toContain("InvalidOperation: settings are not available");
  act(() => screen.getByRole("button", { name: "Försök igen" }).click());
  expect(reload).toHaveBeenCalledTimes(1);
});

test("in English Office, in English", async () => {
  await start(() => Promise.reject(new Error("boom")), "en-US");
  expect(screen.getByRole("alert").textContent).toContain("Balans could not start");
});

test("a view that throws while drawing shows the message instead of a blank pane, and can try again", () => {
  let broken = true;
  function View() {
    if (broken) throw new TypeError("Cannot read properties of undefined (reading 'values')");
    return <p>Åtgärder</p>;
  }
  const spy = jest.spyOn(console, "error").mockImplementation(() => undefined); // React reports the error it caught
  render(
    <FluentProvider theme={webLightTheme}>
      <ErrorBoundary language="sv">
        <View />
      </ErrorBoundary>
    </FluentProvider>,
  );
  spy.mockRestore();
  expect(screen.getByRole("alert").textContent).toContain("Något gick fel i Balans-fönstret");
  expect(screen.getByRole("alert").textContent).toContain("reading 'values'");

  broken = false;
  act(() => screen.getByRole("button", { name: "Försök igen" }).click());
  expect(screen.getByText("Åtgärder")).toBeTruthy();
});
