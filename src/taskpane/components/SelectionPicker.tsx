import { Button, Caption1, Field, makeStyles, tokens, useId } from "@fluentui/react-components";
import { TableSnapshot } from "../../workbook/types";
import { useBalans } from "../BalansContext";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

interface SelectionPickerProps {
  label: string;
  snapshot?: TableSnapshot;
  onTake(): void;
  onClear?(): void;
  disabled?: boolean;
}

/**
 * One input of a view taken from the workbook's selection, showing the address it came from. Each
 * button is named by its own text and the field's label ("Använd markering Budget …"), so a screen
 * reader can tell the pickers of a view apart.
 */
export function SelectionPicker({
  label,
  snapshot,
  onTake,
  onClear,
  disabled,
}: SelectionPickerProps) {
  const { t } = useBalans();
  const styles = useStyles();
  const takeId = useId("take-selection");
  const clearId = useId("clear-selection");
  return (
    <Field label={label}>
      {({ "aria-labelledby": labelId }) => (
        <div className={styles.row}>
          <Button
            id={takeId}
            aria-labelledby={`${takeId} ${labelId}`}
            size="small"
            onClick={onTake}
            disabled={disabled}
          >
            {t("useSelection")}
          </Button>
          {snapshot && <Caption1>{`${snapshot.sheet}!${snapshot.address}`}</Caption1>}
          {snapshot && onClear && (
            <Button
              id={clearId}
              aria-labelledby={`${clearId} ${labelId}`}
              size="small"
              appearance="subtle"
              onClick={onClear}
            >
              {t("clear")}
            </Button>
          )}
        </div>
      )}
    </Field>
  );
}
