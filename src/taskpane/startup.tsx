import { createRoot } from "react-dom/client";
import { FluentProvider, Theme, webLightTheme } from "@fluentui/react-components";
import { languageOf } from "../i18n/language";
import { WorkbookPort } from "../workbook/types";
import { App } from "./components/App";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { StartupFailure } from "./components/StartupFailure";
import { settingsFrom } from "./settings";

export interface PaneHost {
  createWorkbook(): WorkbookPort;
  displayLanguage?: string;
  theme(): Promise<Theme>;
  /** Starts the pane afresh after a failed start ("Försök igen"). */
  reload(): void;
}

/**
 * Opens the pane in `container`. A failure while starting (the workbook's settings cannot be read)
 * or while drawing shows what went wrong and what to try, never a blank pane.
 */
export async function startPane(container: HTMLElement, host: PaneHost): Promise<void> {
  const root = createRoot(container);
  const language = languageOf(host.displayLanguage);
  let theme = webLightTheme;
  try {
    theme = await host.theme();
    const workbook = host.createWorkbook();
    const settings = settingsFrom(await workbook.loadSettings());
    root.render(
      <FluentProvider theme={theme}>
        <ErrorBoundary language={language}>
          <App
            workbook={workbook}
            initialSettings={settings}
            officeDisplayLanguage={host.displayLanguage}
          />
        </ErrorBoundary>
      </FluentProvider>,
    );
  } catch (error) {
    root.render(
      <FluentProvider theme={theme}>
        <StartupFailure kind="startup" error={error} language={language} onRetry={host.reload} />
      </FluentProvider>,
    );
  }
}
