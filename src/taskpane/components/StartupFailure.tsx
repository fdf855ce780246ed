import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { Language } from "../../i18n/language";
import { translate } from "../../i18n/ui";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM },
});

interface StartupFailureProps {
  /** "startup": the pane could not open; "render": a view failed while drawing. */
  kind: "startup" | "render";
  error: unknown;
  language: Language;
  onRetry(): void;
}

/** What went wrong, what to try, and a button to try again: never a blank pane. */
export function StartupFailure({ kind, error, language, onRetry }: StartupFailureProps) {
  const styles = useStyles();
  const text = error instanceof Error ? error.message : String(error);
  return (
    <div className={styles.root} role="alert" lang={language}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {translate(language, kind === "startup" ? "startupFailed" : "renderFailed")}
          </MessageBarTitle>
          {translate(language, "startupAdvice", { text })}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={onRetry}>{translate(language, "tryAgain")}</Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}
