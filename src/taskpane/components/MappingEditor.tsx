import { Caption1, Dropdown, Field, makeStyles, Option, Switch, tokens } from "@fluentui/react-components";
import { ActionPlanLayout, columnLetters, Measure } from "../../engine";
import { TableSnapshot } from "../../workbook/types";
import { useBalans } from "../BalansContext";

/** More switches than this make the pane slow to draw; rows past it keep what their names say. */
const MAX_TOGGLES = 300;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  toggles: { display: "flex", flexDirection: "column", maxHeight: "12rem", overflowY: "auto" },
});

interface MappingEditorProps {
  snapshot: TableSnapshot;
  layout: ActionPlanLayout;
  onLayoutChange(layout: ActionPlanLayout): void;
  measures: readonly Measure[];
  cumulative: ReadonlySet<number>;
  onToggleCumulative(row: number): void;
}

/** Shows how the table was read — columns, totals row, running-total rows — and lets the user correct it. */
export function MappingEditor({ snapshot, layout, onLayoutChange, measures, cumulative, onToggleCumulative }: MappingEditorProps) {
  const { t } = useBalans();
  const styles = useStyles();
  const header = snapshot.values[layout.headerRow] ?? [];
  const columnLabel = (column: number) => `${columnLetters(snapshot.left + column)} – ${String(header[column] ?? "")}`;
  const columns = header.map((_, column) => column).filter((column) => !layout.monthColumns.some((m) => m.column === column));
  const rowLabel = (row: number) => `${snapshot.top + row + 1} – ${String(snapshot.values[row]?.[layout.nameColumn] ?? "")}`;
  const candidateTotalsRows = [...layout.lineRows, ...(layout.totalsRow === undefined ? [] : [layout.totalsRow])].sort((a, b) => a - b);

  const columnPicker = (label: string, value: number | undefined, onChange: (column: number | undefined) => void, optional: boolean) => (
    <Field label={label}>
      <Dropdown
        value={value === undefined ? t("none") : columnLabel(value)}
        selectedOptions={[value === undefined ? "" : String(value)]}
        onOptionSelect={(_, data) => onChange(data.optionValue === "" ? undefined : Number(data.optionValue))}
      >
        {optional && <Option value="">{t("none")}</Option>}
        {columns.map((column) => (
          <Option key={column} value={String(column)}>
            {columnLabel(column)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );

  return (
    <div className={styles.root}>
      {columnPicker(t("nameColumn"), layout.nameColumn, (column) => column !== undefined && onLayoutChange({ ...layout, nameColumn: column }), false)}
      {columnPicker(t("effectColumn"), layout.effectColumn, (column) => column !== undefined && onLayoutChange({ ...layout, effectColumn: column }), false)}
      {columnPicker(t("accumulatedColumn"), layout.accumulatedColumn, (column) => onLayoutChange({ ...layout, accumulatedColumn: column }), true)}
      <Caption1>
        {t("monthColumns")}: {layout.monthColumns.map((m) => columnLetters(snapshot.left + m.column)).join(", ")}
      </Caption1>
      <Field label={t("totalsRow")}>
        <Dropdown
          value={layout.totalsRow === undefined ? t("none") : rowLabel(layout.totalsRow)}
          selectedOptions={[layout.totalsRow === undefined ? "" : String(layout.totalsRow)]}
          onOptionSelect={(_, data) => {
            const totalsRow = data.optionValue === "" ? undefined : Number(data.optionValue);
            const lineRows = candidateTotalsRows.filter((row) => row !== totalsRow);
            onLayoutChange({ ...layout, totalsRow, lineRows });
          }}
        >
          <Option value="">{t("none")}</Option>
          {candidateTotalsRows.map((row) => (
            <Option key={row} value={String(row)}>
              {rowLabel(row)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t("cumulativeRows")}>
        <div className={styles.toggles}>
          {measures.slice(0, MAX_TOGGLES).map((measure) => (
            <Switch
              key={measure.row}
              label={measure.name}
              checked={cumulative.has(measure.row)}
              onChange={() => onToggleCumulative(measure.row)}
            />
          ))}
        </div>
        {measures.length > MAX_TOGGLES && <Caption1>{t("togglesLimited", { shown: String(MAX_TOGGLES), count: String(measures.length) })}</Caption1>}
      </Field>
    </div>
  );
}
