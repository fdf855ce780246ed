import { Badge, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { App } from "../../taskpane/components/App";
import { BalansSettings } from "../../taskpane/settings";
import { useWorkbench } from "../useWorkbench";
import { PreviewWorkbook } from "../workbench";
import { ChartView } from "./ChartView";
import { FormulaBar } from "./FormulaBar";
import { Grid } from "./Grid";
import { OpenFileButton } from "./OpenFileButton";
import { SheetTabs } from "./SheetTabs";

const useStyles = makeStyles({
  root: { display: "flex", height: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  workbook: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0, gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalS },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
  pane: {
    width: "380px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

interface PreviewAppProps {
  workbook: PreviewWorkbook;
  settings: BalansSettings;
}

/** The workbench: a workbook on the left, the real Balans task pane on the right, talking through WorkbookPort. */
export function PreviewApp({ workbook, settings }: PreviewAppProps) {
  const styles = useStyles();
  useWorkbench(workbook);
  return (
    <div className={styles.root}>
      <section className={styles.workbook} aria-label="Arbetsbok">
        <div className={styles.header}>
          <Subtitle2 as="h1">Balans – förhandsvisning utan Excel</Subtitle2>
          <Badge appearance="outline">HyperFormula</Badge>
          <OpenFileButton workbook={workbook} />
        </div>
        <FormulaBar workbook={workbook} />
        <Grid workbook={workbook} />
        <ChartView workbook={workbook} />
        <SheetTabs workbook={workbook} />
      </section>
      <aside className={styles.pane} aria-label="Balans åtgärdsfönster">
        <App workbook={workbook} initialSettings={settings} officeDisplayLanguage="sv-SE" />
      </aside>
    </div>
  );
}
