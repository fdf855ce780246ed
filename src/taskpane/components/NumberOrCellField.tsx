import { ReactNode } from "react";
import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  // The unit sits beside the field, not in it: a Field gives its id to every control inside.
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  field: { flexGrow: 1, minWidth: 0 },
  after: { paddingTop: "1.5rem" },
});

/** A question or problem about what was typed, shown on the field itself. */
export interface FieldMessage {
  state: "error" | "warning";
  text: string;
  /** An action that answers the question ("Använd −215"). */
  action?: ReactNode;
}

interface NumberOrCellFieldProps {
  label: string;
  input: { text: string; setText(text: string): void; resolve(text?: string): Promise<void> };
  message?: FieldMessage;
  /** Beside the input: the unit the amount is in. */
  after?: ReactNode;
}

/** A number typed the Swedish way, or a cell address; taken when the field is left or Enter is pressed. */
export function NumberOrCellField({ label, input, message, after }: NumberOrCellFieldProps) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Field
        className={styles.field}
        label={label}
        validationState={message?.state ?? "none"}
        validationMessage={
          message && (
            <>
              {message.text} {message.action}
            </>
          )
        }
      >
        <Input
          value={input.text}
          onChange={(_, data) => input.setText(data.value)}
          onBlur={() => void input.resolve()}
          onKeyDown={(event) => event.key === "Enter" && void input.resolve()}
        />
      </Field>
      {after && <div className={styles.after}>{after}</div>}
    </div>
  );
}
