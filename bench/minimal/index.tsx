/**
 * The bench's baseline page: Fluent UI v9 with one button, started the way the task pane starts
 * (inside Office.onReady, light theme). Built by the project's own webpack config (bench/taskpane.ts),
 * never shipped.
 */
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) throw new Error("The page has no #container element");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Button appearance="primary">Balans</Button>
    </FluentProvider>,
  );
});
