import { Button, Caption1, Field, makeStyles, tokens } from "@fluentui/react-components";
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

/** One input of a view taken from the workbook's selection, showing the address it came from. */
export function SelectionPicker({ label, snapshot, onTake, onClear, disabled }: SelectionPickerProps) {
  const { t } = useBalans();
  const styles = useStyles();
  return (
    <Field label={label}>
      <div className={styles.row}>
        <Button size="small" onClick={onTake} disabled={disabled}>
          {t("useSelection")}
        </Button>
        {snapshot && <Caption1>{`${snapshot.sheet}!${snapshot.address}`}</Caption1>}
        {snapshot && onClear && (
          <Button size="small" appearance="subtle" onClick={onClear}>
            {t("clear")}
          </Button>
        )}
      </div>
    </Field>
  );
}
