import { useState } from "react";
import { Button, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useBalans } from "../BalansContext";
import { NoticeBar } from "../components/NoticeBar";
import { ProblemBar } from "../components/ProblemBar";
import { failureMessage } from "../problems";
import {
  BalansSettings,
  checkSettings,
  LanguageChoice,
  NUMBER_SETTINGS,
  NumberSetting,
  numberSettingsOf,
  PERCENT_SETTINGS,
  settingFromText,
  settingText,
  SignConvention,
  Unit,
} from "../settings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** Workbook settings; numbers may be typed the Swedish way ("142,5"), shares in percent ("2 %"). */
export function SettingsView() {
  const { settings, saveSettings, t, language } = useBalans();
  const styles = useStyles();
  const [draft, setDraft] = useState<BalansSettings>(settings);
  const [texts, setTexts] = useState<Record<NumberSetting, string>>(() => {
    const numbers = numberSettingsOf(settings);
    return Object.fromEntries(
      NUMBER_SETTINGS.map((field) => [field, settingText(field, numbers[field], language)]),
    ) as Record<NumberSetting, string>;
  });
  const [problems, setProblems] = useState<string[]>([]);
  const [notice, setNotice] = useState<string>();

  const labels: Record<NumberSetting, string> = {
    hoursPerMonth: t("hoursPerMonth"),
    followUpYear: t("followUpYear"),
    onTrack: t("thresholdOnTrack"),
    atRisk: t("thresholdAtRisk"),
    targetShare: t("targetShare"),
  };

  async function save() {
    const number = (field: NumberSetting) => settingFromText(field, texts[field]);
    // The same check the workbook's stored settings pass when opened again: a value it would not keep is refused here.
    const { settings: next, invalid } = checkSettings({
      ...draft,
      hoursPerMonth: number("hoursPerMonth"),
      followUpYear: number("followUpYear"),
      thresholds: { onTrack: number("onTrack"), atRisk: number("atRisk") },
      targetShare: number("targetShare"),
    });
    setProblems(
      invalid.map((field) => t("invalidSetting", { field: labels[field], text: texts[field] })),
    );
    setNotice(undefined);
    if (invalid.length > 0) return;
    try {
      await saveSettings(next);
      setNotice(t("saved"));
    } catch (error) {
      setProblems([failureMessage(error, t, language)]);
    }
  }

  const numberInput = (field: NumberSetting) => (
    <Field label={labels[field]}>
      <Input
        value={texts[field]}
        contentAfter={PERCENT_SETTINGS.has(field) ? "%" : undefined}
        onChange={(_, data) => setTexts({ ...texts, [field]: data.value })}
      />
    </Field>
  );

  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {numberInput("hoursPerMonth")}
      <Field label={t("unit")}>
        <Select
          value={draft.unit}
          onChange={(_, data) => setDraft({ ...draft, unit: data.value as Unit })}
        >
          <option value="kr">kr</option>
          <option value="tkr">tkr</option>
          <option value="mkr">mkr</option>
        </Select>
      </Field>
      <Field label={t("signConvention")}>
        <Select
          value={draft.signConvention}
          onChange={(_, data) =>
            setDraft({ ...draft, signConvention: data.value as SignConvention })
          }
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
        <Select
          value={draft.language}
          onChange={(_, data) => setDraft({ ...draft, language: data.value as LanguageChoice })}
        >
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
