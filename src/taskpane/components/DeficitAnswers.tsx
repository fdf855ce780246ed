import { Button, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  answers: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
  },
});

interface DeficitAnswersProps {
  label: string;
  accept(): void;
  keep: { label: string; accept(): void };
}

/** The two answers to "Menar du −215?": take the suggested sign, or keep the figure as typed. */
export function DeficitAnswers({ label, accept, keep }: DeficitAnswersProps) {
  const styles = useStyles();
  return (
    <span className={styles.answers}>
      <Button size="small" appearance="primary" onClick={accept}>
        {label}
      </Button>
      <Button size="small" onClick={keep.accept}>
        {keep.label}
      </Button>
    </span>
  );
}
