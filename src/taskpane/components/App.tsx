import { lazy, Suspense, useMemo, useState } from "react";
import { makeStyles, mergeClasses, Title3, tokens } from "@fluentui/react-components";
import { StringKey, translator } from "../../i18n/ui";
import { WorkbookPort } from "../../workbook/types";
import { BalansContext, BalansContextValue } from "../BalansContext";
import { BalansSettings, paneLanguage, settingsToStore } from "../settings";
import { Loading } from "./Loading";
import { ViewTabs } from "./ViewTabs";
import { MeasuresView } from "../views/MeasuresView";

// The other views are chunks of their own, fetched when first shown: the first paint needs only the
// shell and the first view.
const ForecastView = lazy(() =>
  import(/* webpackChunkName: "forecast" */ "../views/ForecastView").then((module) => ({
    default: module.ForecastView,
  })),
);
const AgencyView = lazy(() =>
  import(/* webpackChunkName: "agency" */ "../views/AgencyView").then((module) => ({
    default: module.AgencyView,
  })),
);
const SettingsView = lazy(() =>
  import(/* webpackChunkName: "settings" */ "../views/SettingsView").then((module) => ({
    default: module.SettingsView,
  })),
);

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    color: tokens.colorNeutralForeground1,
  },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
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
        <ViewTabs<View>
          views={(Object.keys(VIEWS) as View[]).map((name) => ({
            value: name,
            label: t(VIEWS[name]),
          }))}
          selected={view}
          onSelect={(next) => {
            setView(next);
            setOpened((current) => new Set([...current, next]));
          }}
        />
        {(Object.keys(VIEWS) as View[])
          .filter((name) => opened.has(name))
          .map((name) => (
            <section
              key={name}
              className={mergeClasses(styles.panel, name !== view && styles.hidden)}
              role="tabpanel"
              aria-label={t(VIEWS[name])}
              hidden={name !== view}
            >
              <Suspense fallback={<Loading />}>
                {name === "measures" && <MeasuresView />}
                {name === "forecast" && <ForecastView />}
                {name === "agency" && <AgencyView />}
                {name === "settings" && <SettingsView key={language} />}
              </Suspense>
            </section>
          ))}
      </main>
    </BalansContext.Provider>
  );
}
