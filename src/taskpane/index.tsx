import { createRoot } from "react-dom/client";
import { FluentProvider, Theme, webLightTheme } from "@fluentui/react-components";
import { createOfficeWorkbook } from "../excel/officeWorkbook";
import { App } from "./components/App";
import { settingsFrom } from "./settings";
import { isDarkTheme } from "./theme";

Office.onReady(async () => {
  const container = document.getElementById("container");
  if (!container) throw new Error("The task pane page has no #container element");
  const workbook = createOfficeWorkbook();
  const settings = settingsFrom(await workbook.loadSettings());
  // The dark theme's tokens are fetched only for a dark Office theme: most panes never need them.
  const theme: Theme = isDarkTheme(Office.context.officeTheme?.bodyBackgroundColor)
    ? (await import(/* webpackChunkName: "dark-theme" */ "./darkTheme")).webDarkTheme
    : webLightTheme;
  createRoot(container).render(
    <FluentProvider theme={theme}>
      <App workbook={workbook} initialSettings={settings} officeDisplayLanguage={Office.context.displayLanguage} />
    </FluentProvider>,
  );
});
