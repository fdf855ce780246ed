import { Field, Select } from "@fluentui/react-components";
import { useBalans } from "../BalansContext";

const MONTH_NAMES = {
  sv: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

interface MonthFieldProps {
  month: number;
  onChange(month: number): void;
  /** The last month offered: 11 where months must remain for a forecast. */
  last?: number;
}

/** The month a follow-up or check stands on, named in the user's language. */
export function MonthField({ month, onChange, last = 12 }: MonthFieldProps) {
  const { t, language } = useBalans();
  return (
    <Field label={t("followUpMonth")}>
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
