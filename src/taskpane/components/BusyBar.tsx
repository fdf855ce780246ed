import { Field, ProgressBar } from "@fluentui/react-components";

interface BusyBarProps {
  label?: string;
}

/** Shown while the workbook is read or written, so a long selection never looks frozen. */
export function BusyBar({ label }: BusyBarProps) {
  if (!label) return null;
  return (
    <Field validationMessage={label} validationState="none" role="status">
      <ProgressBar />
    </Field>
  );
}
