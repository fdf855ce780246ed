// The runtime must exist before functions.ts runs its appended CustomFunctions.associate calls.
import { runtime } from "./installRuntime";
import "../functions/functions";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { settingsFrom } from "../taskpane/settings";
import { PreviewApp } from "./components/PreviewApp";
import { CustomFunctionMetadata } from "./hyperformulaBridge";
import { sampleWorkbook } from "./sampleWorkbook";
import { PreviewWorkbook } from "./workbench";

/** The seeds' reports are from 2024, so the sample's sheets are named for it. */
const SAMPLE_YEAR = 2024;

async function start() {
  // The same metadata Excel reads, emitted by the build next to this page.
  const response = await fetch("functions.json");
  const { functions } = (await response.json()) as { functions: CustomFunctionMetadata[] };
  const workbook = new PreviewWorkbook(sampleWorkbook(), {
    metadata: functions,
    implementations: runtime.registered,
  });
  const container = document.getElementById("root");
  if (!container) throw new Error("The preview page has no #root element");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <PreviewApp
        workbook={workbook}
        settings={{ ...settingsFrom({}), followUpYear: SAMPLE_YEAR }}
      />
    </FluentProvider>,
  );
}

// Outside an Office host office.js still loads and onReady resolves, with host null.
Office.onReady(() => void start());
