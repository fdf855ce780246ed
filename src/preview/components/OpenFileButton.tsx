import { useRef, useState } from "react";
import { Button, Caption1 } from "@fluentui/react-components";
import { importXlsx, XlsxImportError } from "../importXlsx";
import { PreviewWorkbook } from "../workbench";

/** Opens the user's own .xlsx into the preview; it is read in the browser and never sent anywhere. */
export function OpenFileButton({ workbook }: { workbook: PreviewWorkbook }) {
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string>();
  async function open(file: File) {
    setProblem(undefined);
    try {
      workbook.replace(await importXlsx(await file.arrayBuffer()), file.name);
    } catch (error) {
      // The preview's own chrome is Swedish; the library's English text goes to the console only.
      console.error("Balans preview: the file could not be opened", error);
      setProblem(
        error instanceof XlsxImportError
          ? `Filen ${file.name} kunde inte öppnas: den är ingen .xlsx-arbetsbok eller är skadad. Spara den som Excel-arbetsbok (.xlsx) och försök igen.`
          : `Filen ${file.name} kunde inte läsas (oväntat fel: ${error instanceof Error ? error.message : String(error)}).`,
      );
    }
  }
  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".xlsx"
        hidden
        aria-label="Öppna .xlsx"
        data-testid="open-file"
        onChange={(event) => event.target.files?.[0] && void open(event.target.files[0])}
      />
      <Button size="small" onClick={() => input.current?.click()}>
        Öppna egen .xlsx…
      </Button>
      {problem && <Caption1 role="alert">{problem}</Caption1>}
    </>
  );
}
