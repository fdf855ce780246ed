import {
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useBalans } from "../BalansContext";
import { ReadingState, SheetWrite } from "../viewModel";
import { NoticeBar } from "./NoticeBar";
import { ProblemBar } from "./ProblemBar";

const useStyles = makeStyles({
  // Sticks to the bottom of the pane, so the next step and what came of it stay in view however long the figures are.
  footer: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  empty: { display: "none" },
  choice: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

interface SheetFooterProps {
  /** The button's text, e.g. "Skapa uppföljningsblad". */
  label: string;
  write: SheetWrite;
  reading: ReadingState;
  disabled?: boolean;
}

/**
 * The view's primary action — create its sheet — with the problem or notice that came of it, and,
 * when the cells read have changed since, a warning with "Läs om": all where the user looks next.
 */
export function SheetFooter({ label, write, reading, disabled = false }: SheetFooterProps) {
  const { t } = useBalans();
  const styles = useStyles();
  const { create, choice } = write;
  const empty =
    !create && !reading.stale && write.problems.length === 0 && !write.notice && !write.warning;
  return (
    <footer className={mergeClasses(styles.footer, empty && styles.empty)}>
      {reading.stale && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("staleReading")}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void reading.reread()} disabled={disabled}>
              {t("reread")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {choice ? (
        <div
          role="group"
          aria-label={t("sheetExists", { name: choice.sheetName })}
          className={styles.choice}
        >
          <Text>{t("sheetExists", { name: choice.sheetName })}</Text>
          <Button appearance="primary" onClick={() => void choice.update()} disabled={disabled}>
            {t("updateSheet", { name: choice.sheetName })}
          </Button>
          <Button onClick={() => void choice.createNew()} disabled={disabled}>
            {t("newSheet")}
          </Button>
        </div>
      ) : (
        create && (
          <Button appearance="primary" onClick={() => void create()} disabled={disabled}>
            {label}
          </Button>
        )
      )}
      <ProblemBar title={t("writeProblemTitle")} messages={write.problems} />
      <NoticeBar message={write.notice} />
      <NoticeBar message={write.warning} intent="warning" />
    </footer>
  );
}
