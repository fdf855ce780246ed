/**
 * The workbook's own settings (Office.context.document.settings): stored in the file, so each workbook
 * keeps its unit, sign convention and thresholds. Office.Settings cannot list the keys it holds, so
 * everything the pane stores lives as one record under a single document setting.
 */
import { WorkbookError } from "../workbook/errors";

const DOCUMENT_SETTING = "balans";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Everything the pane stored in this workbook; {} when it stored nothing yet. */
export function loadSettings(settings: Office.Settings): Record<string, unknown> {
  const stored: unknown = settings.get(DOCUMENT_SETTING);
  return isRecord(stored) ? { ...stored } : {};
}

/** Stores `values` over what the workbook holds and saves them into the document; rejects with "settingsFailed". */
export function saveSettings(
  settings: Office.Settings,
  values: Record<string, unknown>,
): Promise<void> {
  settings.set(DOCUMENT_SETTING, { ...loadSettings(settings), ...values });
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else
        reject(
          new WorkbookError(
            "settingsFailed",
            { officeCode: result.error?.name },
            { cause: result.error },
          ),
        );
    });
  });
}
