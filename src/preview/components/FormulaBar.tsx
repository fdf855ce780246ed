import { useState } from "react";
import { Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { cellAddress, rangeAddress } from "../../engine";
import { PreviewWorkbook } from "../workbench";

const useStyles = makeStyles({
  bar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  address: { minWidth: "6rem", fontFamily: tokens.fontFamilyMonospace },
  input: { flexGrow: 1 },
});

/** The selection's address and the first cell's formula, editable: Enter writes it and recalculates. */
export function FormulaBar({ workbook }: { workbook: PreviewWorkbook }) {
  const styles = useStyles();
  const { sheet, top, left, bottom, right } = workbook.selection;
  const current = workbook.cell(sheet, top, left).input;
  // What the user typed, kept only while the cell and its content are the ones it was typed over.
  const source = `${sheet}!${top},${left}=${current}`;
  const [typed, setTyped] = useState({ source, text: current });
  const text = typed.source === source ? typed.text : current;
  return (
    <div className={styles.bar}>
      <Text className={styles.address} aria-live="polite" data-testid="selection-address">
        {rangeAddress(top, left, bottom, right)}
      </Text>
      <Input
        className={styles.input}
        aria-label={`Formel i ${cellAddress(top, left)}`}
        value={text}
        onChange={(_, data) => setTyped({ source, text: data.value })}
        onKeyDown={(event) => event.key === "Enter" && workbook.setInput(sheet, top, left, text)}
      />
    </div>
  );
}
