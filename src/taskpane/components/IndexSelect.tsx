import { Field, Select } from "@fluentui/react-components";
import { useBalans } from "../BalansContext";

interface IndexSelectProps {
  label: string;
  value: number | undefined;
  options: { value: number; label: string }[];
  /** Offers "(none)" as a choice. */
  optional?: boolean;
  onChange(value: number | undefined): void;
}

/** Picks a column or row of the selected table; a native select, light enough for the task pane. */
export function IndexSelect({
  label,
  value,
  options,
  optional = false,
  onChange,
}: IndexSelectProps) {
  const { t } = useBalans();
  return (
    <Field label={label}>
      <Select
        value={value === undefined ? "" : String(value)}
        onChange={(_, data) => onChange(data.value === "" ? undefined : Number(data.value))}
      >
        {optional && <option value="">{t("none")}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
