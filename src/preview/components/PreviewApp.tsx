import { Badge, makeStyles, Select, Subtitle2, tokens } from "@fluentui/react-components";
import { Language } from "../../i18n/language";
import { App } from "../../taskpane/components/App";
import { BalansSettings } from "../../taskpane/settings";
import { useWorkbench } from "../useWorkbench";
import { PreviewWorkbook } from "../workbench";
import { ChartView } from "./ChartView";
import { FormulaBar } from "./FormulaBar";
import { Grid } from "./Grid";
import { OpenFileButton } from "./OpenFileButton";
import { SaveFileButton } from "./SaveFileButton";
import { SheetTabs } from "./SheetTabs";

const useStyles = makeStyles({
  root: { display: "flex", height: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  workbook: {
    display: "flex",
    flexDirection: "column",
    flexGrow: 1,
    minWidth: 0,
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    flexWrap: "wrap",
  },
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

/** The Office display language the preview plays, for the pane: as Excel in Swedish or in English. */
const DISPLAY_LANGUAGE: Record<Language, string> = { sv: "sv-SE", en: "en-US" };

/**
 * The workbench: a workbook on the left, the real Balans task pane on the right, talking through
 * WorkbookPort. The pane is no landmark of its own here: it brings its own main landmark, as in Excel.
 */
export function PreviewApp({ workbook, settings }: PreviewAppProps) {
  const styles = useStyles();
  useWorkbench(workbook);
  const sv = workbook.language === "sv";
  return (
    <div className={styles.root}>
      <section className={styles.workbook} aria-label={sv ? "Arbetsbok" : "Workbook"}>
        <div className={styles.header}>
          <Subtitle2 as="h1">
            {sv ? "Balans – förhandsvisning utan Excel" : "Balans – preview without Excel"}
          </Subtitle2>
          <Badge appearance="outline">HyperFormula</Badge>
          <OpenFileButton workbook={workbook} />
          <SaveFileButton workbook={workbook} />
          <Select
            size="small"
            aria-label="Språk och formelnotation / Language and formula notation"
            value={workbook.language}
            onChange={(_, data) => workbook.setLanguage(data.value === "en" ? "en" : "sv")}
          >
            <option value="sv">Svenska (=SUMMA(A1;1,5))</option>
            <option value="en">English (=SUM(A1,1.5))</option>
          </Select>
        </div>
        <FormulaBar workbook={workbook} />
        <Grid workbook={workbook} />
        <ChartView workbook={workbook} />
        <SheetTabs workbook={workbook} />
      </section>
      <div className={styles.pane} data-testid="balans-pane">
        <App
          workbook={workbook}
          initialSettings={settings}
          officeDisplayLanguage={DISPLAY_LANGUAGE[workbook.language]}
        />
      </div>
    </div>
  );
}
