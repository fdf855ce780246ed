/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ChartView } from "../../src/preview/components/ChartView";
import { PreviewWorkbook } from "../../src/preview/workbench";

/** A sheet of `count` measures with planned and achieved effect, and its chart over them. */
function workbookWithChart(count: number): PreviewWorkbook {
  const rows = Array.from({ length: count }, (_, index) => [`Åtgärd ${index + 1}`, 10, 4]);
  const workbook = new PreviewWorkbook(
    [{ name: "Uppföljning", cells: [["Åtgärd", "Planerad", "Uppnådd"], ...rows] }],
    { metadata: [], implementations: new Map() },
  );
  workbook.charts.set("Uppföljning", {
    type: "ColumnClustered",
    title: "Effekt per åtgärd",
    source: `A1:C${count + 1}`,
    anchor: "E2",
  });
  return workbook;
}

const renderChart = (workbook: PreviewWorkbook) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <ChartView workbook={workbook} />
    </FluentProvider>,
  );

test("a chart of 1 000 categories is drawn: a column per measure and series", () => {
  const { container } = renderChart(workbookWithChart(1_000));
  expect(container.querySelectorAll("svg rect")).toHaveLength(2 * 1_000);
  expect(screen.queryByRole("note")).toBeNull();
});

test("a chart of 10 000 categories is not drawn: the note says how many and that Excel draws it", () => {
  const { container } = renderChart(workbookWithChart(10_000));
  expect(container.querySelector("svg")).toBeNull();
  expect(screen.getByText("Effekt per åtgärd")).toBeTruthy();
  expect(screen.getByRole("note").textContent?.replace(/\s/g, " ")).toBe(
    "Diagrammet har 10 000 kategorier; förhandsvisningen ritar diagram med högst 1 000. Excel ritar det.",
  );
});
