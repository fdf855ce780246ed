import { makeStyles, Select } from "@fluentui/react-components";
import { AMOUNT_UNITS, AmountUnit } from "../../engine";

const useStyles = makeStyles({
  select: { minWidth: "5.5rem", maxWidth: "6rem" },
});

interface UnitSelectProps {
  /** What a screen reader says: "Enhet för Kostnad egen personal". */
  label: string;
  unit: AmountUnit;
  onChange(unit: AmountUnit): void;
}

/** The unit of one amount, shown beside it so the user sees what Balans converts from. */
export function UnitSelect({ label, unit, onChange }: UnitSelectProps) {
  const styles = useStyles();
  return (
    <Select
      className={styles.select}
      aria-label={label}
      value={unit}
      onChange={(_, data) => onChange(data.value as AmountUnit)}
    >
      {AMOUNT_UNITS.map((choice) => (
        <option key={choice} value={choice}>
          {choice}
        </option>
      ))}
    </Select>
  );
}
