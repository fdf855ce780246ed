import { useMemo, useState } from "react";
import { makeStyles, Tab, TabList, Title3, tokens } from "@fluentui/react-components";
import { StringKey, translator } from "../../i18n/ui";
import { WorkbookPort } from "../../workbook/types";
import { BalansContext, BalansContextValue } from "../BalansContext";
import { BalansSettings, paneLanguage, settingsToStore } from "../settings";
import { AgencyView } from "../views/AgencyView";
import { ForecastView } from "../views/ForecastView";
import { MeasuresView } from "../views/MeasuresView";
import { SettingsView } from "../views/SettingsView";

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    color: tokens.colorNeutralForeground1,
  },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

type View = "measures" | "forecast" | "agency" | "settings";
const VIEWS: Record<View, StringKey> = {
  measures: "tabMeasures",
  forecast: "tabForecast",
  agency: "tabAgency",
  settings: "tabSettings",
};

interface AppProps {
  workbook: WorkbookPort;
  initialSettings: BalansSettings;
  officeDisplayLanguage?: string;
}

export function App({ workbook, initialSettings, officeDisplayLanguage }: AppProps) {
  const styles = useStyles();
  const [settings, setSettings] = useState(initialSettings);
  const [view, setView] = useState<View>("measures");
  const language = paneLanguage(settings, officeDisplayLanguage);

  const context = useMemo<BalansContextValue>(
    () => ({
      workbook,
      settings,
      language,
      t: translator(language),
      async saveSettings(next) {
        await workbook.saveSettings(settingsToStore(next));
        setSettings(next);
      },
    }),
    [workbook, settings, language],
  );
  const { t } = context;

  return (
    <BalansContext.Provider value={context}>
      <main className={styles.root} lang={language}>
        <Title3 as="h1">{t("appTitle")}</Title3>
        <TabList selectedValue={view} onTabSelect={(_, data) => setView(data.value as View)} size="small">
          {(Object.keys(VIEWS) as View[]).map((name) => (
            <Tab key={name} value={name}>
              {t(VIEWS[name])}
            </Tab>
          ))}
        </TabList>
        <section className={styles.panel} role="tabpanel" aria-label={t(VIEWS[view])}>
          {view === "measures" && <MeasuresView />}
          {view === "forecast" && <ForecastView />}
          {view === "agency" && <AgencyView />}
          {view === "settings" && <SettingsView key={language} />}
        </section>
      </main>
    </BalansContext.Provider>
  );
}
