import { Field, ProgressBar } from "@fluentui/react-components";

interface BusyBarProps {
  label?: string;
}

/** Shown while the workbook is read or written, so a long selection never looks frozen; the label names the progress bar. */
export function BusyBar({ label }: BusyBarProps) {
  if (!label) return null;
  return (
    <Field label={label} role="status">
      <ProgressBar />
    </Field>
  );
}
