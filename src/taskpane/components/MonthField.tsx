import { Field, Select } from "@fluentui/react-components";
import { MONTH_NAMES } from "../../i18n/months";
import { useBalans } from "../BalansContext";
import { FieldMessage } from "./NumberOrCellField";

interface MonthFieldProps {
  month: number;
  onChange(month: number): void;
  /** The last month offered: 11 where months must remain for a forecast. */
  last?: number;
  /** A question about the month chosen, shown on the field. */
  message?: FieldMessage;
}

/** The month a follow-up or check stands on, named in the user's language. */
export function MonthField({ month, onChange, last = 12, message }: MonthFieldProps) {
  const { t, language } = useBalans();
  return (
    <Field
      label={t("followUpMonth")}
      validationState={message?.state ?? "none"}
      validationMessage={message?.text}
    >
      <Select value={String(month)} onChange={(_, data) => onChange(Number(data.value))}>
        {MONTH_NAMES[language].slice(0, last).map((name, index) => (
          <option key={name} value={index + 1}>
            {`${index + 1} – ${name}`}
          </option>
        ))}
      </Select>
    </Field>
  );
}
