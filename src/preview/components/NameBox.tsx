import { useState } from "react";
import { Caption1, Input, makeStyles, tokens } from "@fluentui/react-components";
import { parseRange, rangeAddress } from "../../engine";
import { PreviewWorkbook } from "../workbench";

const useStyles = makeStyles({
  box: { width: "9rem", fontFamily: tokens.fontFamilyMonospace },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * Excel's Name Box: shows the selection's address; typing an address ("A4:F31", "Hyrpersonal!A4")
 * and Enter selects it, so a range larger than the drawn grid can be chosen as in Excel. An address
 * that cannot be read, or names no sheet of the workbook, is refused on the field with why.
 */
export function NameBox({ workbook }: { workbook: PreviewWorkbook }) {
  const styles = useStyles();
  const { sheet, top, left, bottom, right } = workbook.selection;
  const shown = rangeAddress(top, left, bottom, right);
  // What the user typed, kept only while the selection it was typed over stands.
  const [typed, setTyped] = useState<{ over: string; text: string; refused?: string }>();
  const over = `${sheet}!${shown}`;
  const current = typed?.over === over ? typed : undefined;
  const sv = workbook.language === "sv";

  const go = (text: string) => {
    const range = parseRange(text.trim());
    const target = range?.sheet ?? sheet;
    if (!range || !workbook.sheetList().includes(target)) {
      setTyped({
        over,
        text,
        refused: sv
          ? `"${text}" är ingen cell eller inget område i arbetsboken, t.ex. A4:F31`
          : `"${text}" is no cell or range of the workbook, e.g. A4:F31`,
      });
      return;
    }
    if (target !== sheet) workbook.activate(target);
    workbook.select({ ...range, sheet: target });
    setTyped(undefined);
  };

  return (
    <>
      <Input
        className={styles.box}
        aria-label={sv ? "Namnruta" : "Name Box"}
        aria-invalid={current?.refused !== undefined}
        data-testid="selection-address"
        value={current?.text ?? shown}
        onChange={(_, data) => setTyped({ over, text: data.value })}
        onKeyDown={(event) => {
          if (event.key === "Enter") go(event.currentTarget.value);
          if (event.key === "Escape") setTyped(undefined);
        }}
      />
      {current?.refused && (
        <Caption1 role="alert" className={styles.problem}>
          {current.refused}
        </Caption1>
      )}
    </>
  );
}
