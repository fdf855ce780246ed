import { Button, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useBalans } from "../BalansContext";
import { SheetWrite } from "../viewModel";
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
  disabled?: boolean;
}

/** The view's primary action — create its sheet — with the problem or notice that came of it. */
export function SheetFooter({ label, write, disabled = false }: SheetFooterProps) {
  const { t } = useBalans();
  const styles = useStyles();
  const { create, choice } = write;
  const empty = !create && write.problems.length === 0 && !write.notice;
  return (
    <footer className={mergeClasses(styles.footer, empty && styles.empty)}>
      {choice ? (
        <div role="group" aria-label={t("sheetExists", { name: choice.sheetName })} className={styles.choice}>
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
    </footer>
  );
}
