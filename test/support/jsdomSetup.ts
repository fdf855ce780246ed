import { createElement } from "react";
import { act, fireEvent, render, RenderResult, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { toHaveNoViolations } from "jest-axe";
import { App } from "../../src/taskpane/components/App";
import { BalansSettings, settingsFrom } from "../../src/taskpane/settings";
import type { WorkbookPort } from "../../src/workbook/types";

/**
 * For the task-pane component tests (`@jest-environment jsdom`): what Fluent UI v9 expects from a
 * browser that jsdom lacks, jest-axe's matcher, and small helpers to render the pane and read it.
 */

expect.extend(toHaveNoViolations);

if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (!("ResizeObserver" in window)) {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
}

/** The whole pane as index.tsx mounts it, on `workbook`, in Office's display language. */
export function renderPane(
  workbook: WorkbookPort,
  options: { officeDisplayLanguage?: string; settings?: BalansSettings } = {},
): RenderResult {
  const { officeDisplayLanguage = "sv-SE", settings = settingsFrom({}) } = options;
  return render(
    createElement(
      FluentProvider,
      { theme: webLightTheme },
      createElement(App, { workbook, initialSettings: settings, officeDisplayLanguage }),
    ),
  );
}

/** Clicks a tab and lets its selection indicator settle (Fluent moves it on the next animation frame). */
export async function selectTab(name: string): Promise<void> {
  fireEvent.click(screen.getByRole("tab", { name }));
  await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}

/** The value shown next to a figure's label ("Planerad effekt" → "215,1 mkr"), with ordinary spaces. */
export function figureValue(label: string, within: HTMLElement = document.body): string {
  const term = [...within.querySelectorAll("dt")].filter((dt) => dt.textContent === label);
  if (term.length !== 1)
    throw new Error(`expected one figure labelled "${label}", found ${term.length}`);
  return plain(term[0].nextElementSibling?.textContent ?? "");
}

/** Text with no-break and narrow spaces as ordinary spaces and Unicode minus as "-", to compare with typed figures. */
export function plain(text: string): string {
  return text.replace(/[\u00a0\u202f\u2009]/g, " ").replace(/\u2212/g, "-");
}

/** The text of the message bar titled `title` (a ProblemBar or NoticeBar), with plain spaces and minus signs. */
export function messageText(title: string): string {
  return plain(screen.getByRole("group", { name: title }).textContent ?? "");
}

export { screen };

/**
 * Waits until the pane has finished what it started: pending reads resolved (a cell read for a
 * number-or-cell field shows no progress) and no progress bar left.
 */
export async function settled(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  // Until nothing is read, computed or fetched any more: no progress bar, no part still loading.
  await waitFor(() => {
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(document.querySelector('[aria-busy="true"]')).toBeNull();
  });
}
