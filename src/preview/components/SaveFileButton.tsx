import { useState } from "react";
import { Button, Caption1 } from "@fluentui/react-components";
import { download, exportXlsx } from "../exportXlsx";
import { PreviewWorkbook } from "../workbench";

/** Saves the workbook, the sheets Balans wrote included, as an .xlsx made in the browser: it never leaves it. */
export function SaveFileButton({ workbook }: { workbook: PreviewWorkbook }) {
  const [problem, setProblem] = useState<string>();
  const sv = workbook.language === "sv";
  async function save() {
    setProblem(undefined);
    try {
      download(await exportXlsx(workbook.exportSheets()), workbook.fileName);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setProblem(
        sv
          ? `Arbetsboken kunde inte sparas: ${reason}`
          : `The workbook could not be saved: ${reason}`,
      );
    }
  }
  return (
    <>
      <Button size="small" onClick={() => void save()}>
        {sv ? "Spara som .xlsx" : "Save as .xlsx"}
      </Button>
      {problem && <Caption1 role="alert">{problem}</Caption1>}
    </>
  );
}
