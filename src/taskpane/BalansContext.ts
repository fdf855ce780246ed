import { createContext, useContext } from "react";
import { Language } from "../i18n/language";
import { Translate } from "../i18n/ui";
import { WorkbookPort } from "../workbook/types";
import { BalansSettings } from "./settings";

export interface BalansContextValue {
  workbook: WorkbookPort;
  settings: BalansSettings;
  saveSettings(settings: BalansSettings): Promise<void>;
  language: Language;
  t: Translate;
}

export const BalansContext = createContext<BalansContextValue | null>(null);

export function useBalans(): BalansContextValue {
  const value = useContext(BalansContext);
  if (!value) throw new Error("useBalans() needs a <BalansContext.Provider> around the pane");
  return value;
}
