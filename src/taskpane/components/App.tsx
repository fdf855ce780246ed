import { useMemo, useState } from "react";
import { makeStyles, mergeClasses, Tab, TabList, Title3, tokens } from "@fluentui/react-components";
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
  // In a pane narrower than the four tabs they wrap onto a second line: every view stays reachable.
  tabs: { flexWrap: "wrap" },
  // The panel's own display would override the hidden attribute.
  hidden: { display: "none" },
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
  // A view once opened stays mounted, hidden, so its readings and input survive a trip to another tab.
  const [opened, setOpened] = useState<ReadonlySet<View>>(new Set(["measures"]));
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
        <TabList
          selectedValue={view}
          className={styles.tabs}
          onTabSelect={(_, data) => {
            const next = data.value as View;
            setView(next);
            setOpened((current) => new Set([...current, next]));
          }}
          size="small"
        >
          {(Object.keys(VIEWS) as View[]).map((name) => (
            <Tab key={name} value={name}>
              {t(VIEWS[name])}
            </Tab>
          ))}
        </TabList>
        {(Object.keys(VIEWS) as View[])
          .filter((name) => opened.has(name))
          .map((name) => (
            <section key={name} className={mergeClasses(styles.panel, name !== view && styles.hidden)} role="tabpanel" aria-label={t(VIEWS[name])} hidden={name !== view}>
              {name === "measures" && <MeasuresView />}
              {name === "forecast" && <ForecastView />}
              {name === "agency" && <AgencyView />}
              {name === "settings" && <SettingsView key={language} />}
            </section>
          ))}
      </main>
    </BalansContext.Provider>
  );
}
