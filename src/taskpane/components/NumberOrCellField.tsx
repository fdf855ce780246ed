import { Field, Input } from "@fluentui/react-components";

interface NumberOrCellFieldProps {
  label: string;
  input: { text: string; setText(text: string): void; resolve(text?: string): Promise<void> };
}

/** A number typed the Swedish way, or a cell address; taken when the field is left or Enter is pressed. */
export function NumberOrCellField({ label, input }: NumberOrCellFieldProps) {
  return (
    <Field label={label}>
      <Input
        value={input.text}
        onChange={(_, data) => input.setText(data.value)}
        onBlur={() => void input.resolve()}
        onKeyDown={(event) => event.key === "Enter" && void input.resolve()}
      />
    </Field>
  );
}
