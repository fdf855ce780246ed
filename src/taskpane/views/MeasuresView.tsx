import { lazy, Suspense } from "react";
import { Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useBalans } from "../BalansContext";
import { BusyBar } from "../components/BusyBar";
import { Loading } from "../components/Loading";
import { useActionPlan } from "../hooks/useActionPlan";

// Everything after a read is a chunk of its own: the pane's first paint needs only the button. Its
// fetch starts with the click, alongside the read of the selection.
const loadReading = () => import(/* webpackChunkName: "measures-reading" */ "./MeasuresReading");
const MeasuresReading = lazy(() =>
  loadReading().then((module) => ({ default: module.MeasuresReading })),
);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** Where the action plan stands: read the selected table, check the reading, see the figures, write the follow-up sheet. */
export function MeasuresView() {
  const { t } = useBalans();
  const styles = useStyles();
  const plan = useActionPlan();
  const { inputs, busy, problems } = plan;
  const { snapshot } = inputs;

  return (
    <div className={styles.root}>
      <Body1>{t("measuresIntro")}</Body1>
      <Button
        appearance="primary"
        onClick={() => {
          void loadReading();
          void inputs.readSelection();
        }}
        disabled={busy !== undefined}
      >
        {t("readSelection")}
      </Button>
      {snapshot && (
        <Caption1>
          {t("selectedRange", { address: `${snapshot.sheet}!${snapshot.address}` })}
        </Caption1>
      )}
      <BusyBar label={busy} />
      {/* Nothing read and nothing wrong: there is nothing more to show. */}
      {(snapshot || problems.length > 0) && (
        <Suspense fallback={<Loading />}>
          <MeasuresReading plan={plan} busy={busy !== undefined} />
        </Suspense>
      )}
    </div>
  );
}
