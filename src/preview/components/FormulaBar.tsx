import { useState } from "react";
import { Caption1, Input, makeStyles, tokens } from "@fluentui/react-components";
import { cellAddress } from "../../engine";
import { FormulaInputError, PreviewWorkbook } from "../workbench";
import { NameBox } from "./NameBox";

const useStyles = makeStyles({
  bar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  input: { flexGrow: 1 },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * The Name Box and the first cell's formula in the preview's notation, editable: Enter
 * writes it and recalculates, Escape restores it; a formula that cannot be read is refused with why.
 */
export function FormulaBar({ workbook }: { workbook: PreviewWorkbook }) {
  const styles = useStyles();
  const { sheet, top, left } = workbook.selection;
  const current = workbook.cell(sheet, top, left).input;
  // What the user typed, and why it was refused, kept only while the cell and its content are the ones it was typed over.
  const source = `${sheet}!${top},${left}=${current}`;
  const [typed, setTyped] = useState<{ source: string; text: string; problem?: string }>({
    source,
    text: current,
  });
  const text = typed.source === source ? typed.text : current;
  const problem = typed.source === source ? typed.problem : undefined;
  const enter = () => {
    try {
      workbook.setInput(sheet, top, left, text);
    } catch (error) {
      if (!(error instanceof FormulaInputError)) throw error;
      setTyped({ source, text, problem: error.message });
    }
  };
  const label =
    workbook.language === "sv"
      ? `Formel i ${cellAddress(top, left)}`
      : `Formula in ${cellAddress(top, left)}`;
  return (
    <div className={styles.bar}>
      <NameBox workbook={workbook} />
      <Input
        className={styles.input}
        aria-label={label}
        aria-invalid={problem !== undefined}
        value={text}
        onChange={(_, data) => setTyped({ source, text: data.value })}
        onKeyDown={(event) => {
          if (event.key === "Enter") enter();
          if (event.key === "Escape") setTyped({ source, text: current });
        }}
      />
      {problem && (
        <Caption1 role="alert" className={styles.problem}>
          {problem}
        </Caption1>
      )}
    </div>
  );
}
