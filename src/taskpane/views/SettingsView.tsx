import { useState } from "react";
import { Button, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { parseNumberText } from "../../engine";
import { useBalans } from "../BalansContext";
import { NoticeBar } from "../components/NoticeBar";
import { ProblemBar } from "../components/ProblemBar";
import { failureMessage } from "../problems";
import { BalansSettings, LanguageChoice, settingsFrom, settingsToStore, SignConvention, Unit } from "../settings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

type NumberField = "hoursPerMonth" | "followUpYear" | "onTrack" | "atRisk" | "targetShare";
const NUMBER_FIELDS: NumberField[] = ["hoursPerMonth", "followUpYear", "onTrack", "atRisk", "targetShare"];

const numbersOf = (settings: BalansSettings): Record<NumberField, number> => ({
  hoursPerMonth: settings.hoursPerMonth,
  followUpYear: settings.followUpYear,
  onTrack: settings.thresholds.onTrack,
  atRisk: settings.thresholds.atRisk,
  targetShare: settings.targetShare,
});

/** Workbook settings; numbers may be typed the Swedish way ("0,9", "2 %"). */
export function SettingsView() {
  const { settings, saveSettings, t, language } = useBalans();
  const styles = useStyles();
  const [draft, setDraft] = useState<BalansSettings>(settings);
  const [texts, setTexts] = useState<Record<NumberField, string>>({
    hoursPerMonth: String(settings.hoursPerMonth),
    followUpYear: String(settings.followUpYear),
    onTrack: String(settings.thresholds.onTrack),
    atRisk: String(settings.thresholds.atRisk),
    targetShare: String(settings.targetShare),
  });
  const [problems, setProblems] = useState<string[]>([]);
  const [notice, setNotice] = useState<string>();

  const labels: Record<NumberField, string> = {
    hoursPerMonth: t("hoursPerMonth"),
    followUpYear: t("followUpYear"),
    onTrack: t("thresholdOnTrack"),
    atRisk: t("thresholdAtRisk"),
    targetShare: t("targetShare"),
  };

  async function save() {
    const numbers = {} as Record<NumberField, number>;
    for (const field of NUMBER_FIELDS) numbers[field] = parseNumberText(texts[field]) ?? NaN;
    const next: BalansSettings = {
      ...draft,
      hoursPerMonth: numbers.hoursPerMonth,
      followUpYear: numbers.followUpYear,
      thresholds: { onTrack: numbers.onTrack, atRisk: numbers.atRisk },
      targetShare: numbers.targetShare,
    };
    // What the workbook gives back when opened again: a value out of range (1000 hours a month) would become its default unseen.
    const kept = numbersOf(settingsFrom(settingsToStore(next)));
    const invalid = NUMBER_FIELDS.filter((field) => !(numbers[field] > 0) || kept[field] !== numbers[field]).map((field) =>
      t("invalidSetting", { field: labels[field], text: texts[field] }),
    );
    setProblems(invalid);
    setNotice(undefined);
    if (invalid.length > 0) return;
    try {
      await saveSettings(next);
      setNotice(t("saved"));
    } catch (error) {
      setProblems([failureMessage(error, t, language)]);
    }
  }

  const numberInput = (field: NumberField) => (
    <Field label={labels[field]}>
      <Input value={texts[field]} onChange={(_, data) => setTexts({ ...texts, [field]: data.value })} />
    </Field>
  );

  return (
    <form className={styles.form} onSubmit={(event) => { event.preventDefault(); void save(); }}>
      {numberInput("hoursPerMonth")}
      <Field label={t("unit")}>
        <Select value={draft.unit} onChange={(_, data) => setDraft({ ...draft, unit: data.value as Unit })}>
          <option value="kr">kr</option>
          <option value="tkr">tkr</option>
          <option value="mkr">mkr</option>
        </Select>
      </Field>
      <Field label={t("signConvention")}>
        <Select
          value={draft.signConvention}
          onChange={(_, data) => setDraft({ ...draft, signConvention: data.value as SignConvention })}
        >
          <option value="costsNegative">{t("costsNegative")}</option>
          <option value="costsPositive">{t("costsPositive")}</option>
        </Select>
      </Field>
      {numberInput("followUpYear")}
      {numberInput("onTrack")}
      {numberInput("atRisk")}
      {numberInput("targetShare")}
      <Field label={t("language")}>
        <Select value={draft.language} onChange={(_, data) => setDraft({ ...draft, language: data.value as LanguageChoice })}>
          <option value="auto">{t("languageAuto")}</option>
          <option value="sv">Svenska</option>
          <option value="en">English</option>
        </Select>
      </Field>
      <ProblemBar title={t("settingsProblemTitle")} messages={problems} />
      <NoticeBar message={notice} />
      <Button appearance="primary" type="submit">
        {t("save")}
      </Button>
    </form>
  );
}
