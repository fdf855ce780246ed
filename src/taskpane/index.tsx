import { Theme, webLightTheme } from "@fluentui/react-components";
import { createOfficeWorkbook } from "../excel/officeWorkbook";
import { startPane } from "./startup";
import { isDarkTheme } from "./theme";

const container = document.getElementById("container");
const reload = () => window.location.reload();

// The dark theme's tokens are fetched only for a dark Office theme: most panes never need them.
async function officeTheme(): Promise<Theme> {
  return isDarkTheme(Office.context.officeTheme?.bodyBackgroundColor)
    ? (await import(/* webpackChunkName: "dark-theme" */ "./darkTheme")).webDarkTheme
    : webLightTheme;
}

if (!container) {
  document.body.textContent = "Balans: the task pane page has no #container element.";
} else if (typeof Office === "undefined") {
  // office.js did not load (offline, blocked): say so and what to try, instead of a blank pane.
  void startPane(container, {
    createWorkbook: () => {
      throw new Error("office.js could not be loaded");
    },
    displayLanguage: navigator.language,
    theme: async () => webLightTheme,
    reload,
  });
} else {
  Office.onReady(() =>
    startPane(container, {
      createWorkbook: createOfficeWorkbook,
      displayLanguage: Office.context.displayLanguage,
      theme: officeTheme,
      reload,
    }),
  );
}
