import { useState } from "react";
import { parseNumberText } from "../../engine";
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
    await run(t("reading"), async () => {
      const cell = await workbook.readRange(typed);
      const value = cell.values[0]?.[0];
      const parsed = typeof value === "number" ? value : typeof value === "string" ? parseNumberText(value) : undefined;
      if (parsed === undefined) throw new InputProblem(t("problemNumberOrCell", { field: t(field), text: typed }));
      setResolved({ value: parsed, cell: { sheet: cell.sheet, address: cell.address } });
    });
  }

  return { text, setText, resolved, resolve };
}
