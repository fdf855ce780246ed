import { useState } from "react";
import { AmountUnit, parseNumberText } from "../../engine";
import { isWorkbookError } from "../../workbook/errors";
import { StringKey } from "../../i18n/ui";
import { useBalans } from "../BalansContext";
import { failureMessage, InputProblem } from "../problems";

export interface NumberOrCell {
  value: number;
  /** The workbook cell it was read from, for formulas that should follow it. */
  cell?: { sheet?: string; address: string };
}

/**
 * An input that takes a number as typed ("−215", "686 374") or a cell holding one ("B1", "Blad1!B1").
 * Reading one cell is quick, so it shows no progress and disables nothing: leaving the field for a
 * button must not move or disable that button under the pointer.
 */
export function useNumberOrCell(field: StringKey) {
  const { workbook, t, language } = useBalans();
  const [text, setText] = useState("");
  const [taken, setTaken] = useState<string>();
  const [resolved, setResolved] = useState<NumberOrCell>();
  const [problem, setProblem] = useState<string>();
  /** The unit the user chose for the amount; undefined follows the table's. */
  const [unit, setUnit] = useState<AmountUnit>();

  async function resolve(typedText = text) {
    const typed = typedText.trim();
    if (typed === taken) return;
    setTaken(typed);
    setProblem(undefined);
    setResolved(undefined); // the figure typed before must not stay in use if this text names no number
    if (typed === "") return;
    const number = parseNumberText(typed);
    if (number !== undefined) return setResolved({ value: number });
    const notANumber = new InputProblem(t("problemNumberOrCell", { field: t(field), text: typed }));
    try {
      const cell = await workbook.readRange(typed).catch((error: unknown) => {
        // Text that names no cell ("minus 215") is a typing problem, not a failure of the workbook.
        throw isWorkbookError(error) && error.code === "invalidAddress" ? notANumber : error;
      });
      const value = cell.values[0]?.[0];
      const parsed =
        typeof value === "number"
          ? value
          : typeof value === "string"
            ? parseNumberText(value)
            : undefined;
      if (parsed === undefined) throw notANumber;
      setResolved({ value: parsed, cell: { sheet: cell.sheet, address: cell.address } });
    } catch (error) {
      setProblem(failureMessage(error, t, language));
    }
  }

  return { text, setText, resolved, resolve, problem, unit, setUnit };
}
