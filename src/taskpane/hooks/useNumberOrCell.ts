import { useState } from "react";
import { parseNumberText } from "../../engine";
import { isWorkbookError } from "../../excel/errors";
import { StringKey } from "../../i18n/ui";
import { useBalans } from "../BalansContext";
import { InputProblem } from "../problems";

export interface NumberOrCell {
  value: number;
  /** The workbook cell it was read from, for formulas that should follow it. */
  cell?: { sheet?: string; address: string };
}

/**
 * An input that takes a number as typed ("−215", "686 374") or a cell holding one ("B1", "Blad1!B1").
 * `resolve` reads the cell through `run`, which shows progress and reports failures.
 */
export function useNumberOrCell(field: StringKey, run: <T>(label: string, action: () => Promise<T>) => Promise<T | undefined>) {
  const { workbook, t } = useBalans();
  const [text, setText] = useState("");
  const [resolved, setResolved] = useState<NumberOrCell>();

  async function resolve(typedText = text) {
    const typed = typedText.trim();
    if (typed === "") return setResolved(undefined);
    const number = parseNumberText(typed);
    if (number !== undefined) return setResolved({ value: number });
    setResolved(undefined); // the figure typed before must not stay in use if this text names no number
    await run(t("reading"), async () => {
      const notANumber = new InputProblem(t("problemNumberOrCell", { field: t(field), text: typed }));
      const cell = await workbook.readRange(typed).catch((error: unknown) => {
        // Text that names no cell ("minus 215") is a typing problem, not a failure of the workbook.
        throw isWorkbookError(error) && error.code === "invalidAddress" ? notANumber : error;
      });
      const value = cell.values[0]?.[0];
      const parsed = typeof value === "number" ? value : typeof value === "string" ? parseNumberText(value) : undefined;
      if (parsed === undefined) throw notANumber;
      setResolved({ value: parsed, cell: { sheet: cell.sheet, address: cell.address } });
    });
  }

  return { text, setText, resolved, resolve };
}
