import { useRef, useState } from "react";
import { Button, Caption1 } from "@fluentui/react-components";
import { importXlsx } from "../importXlsx";
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
      setProblem(`Filen ${file.name} kunde inte läsas: ${error instanceof Error ? error.message : String(error)}`);
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
