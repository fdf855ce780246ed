import { Caption1, Label, makeStyles, Switch, tokens, useId } from "@fluentui/react-components";
import { ActionPlanLayout, Measure, sheetColumnLetters, sheetRowNumber } from "../../engine";
import { TableSnapshot } from "../../workbook/types";
import { useBalans } from "../BalansContext";
import { IndexSelect } from "./IndexSelect";

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
  const cumulativeLabelId = useId("cumulative-rows");
  const header = snapshot.values[layout.headerRow] ?? [];
  const columnLabel = (column: number) => `${sheetColumnLetters(snapshot.left, column)} – ${String(header[column] ?? "")}`;
  const columns = header.map((_, column) => column).filter((column) => !layout.monthColumns.some((m) => m.column === column));
  const rowLabel = (row: number) => `${sheetRowNumber(snapshot.top, row)} – ${String(snapshot.values[row]?.[layout.nameColumn] ?? "")}`;
  const candidateTotalsRows = [...layout.lineRows, ...(layout.totalsRow === undefined ? [] : [layout.totalsRow])].sort((a, b) => a - b);

  const columnOptions = columns.map((column) => ({ value: column, label: columnLabel(column) }));
  const rowOptions = candidateTotalsRows.map((row) => ({ value: row, label: rowLabel(row) }));

  return (
    <div className={styles.root}>
      <IndexSelect
        label={t("nameColumn")}
        value={layout.nameColumn}
        options={columnOptions}
        onChange={(column) => column !== undefined && onLayoutChange({ ...layout, nameColumn: column })}
      />
      <IndexSelect
        label={t("effectColumn")}
        value={layout.effectColumn}
        options={columnOptions}
        onChange={(column) => column !== undefined && onLayoutChange({ ...layout, effectColumn: column })}
      />
      <IndexSelect
        label={t("accumulatedColumn")}
        value={layout.accumulatedColumn}
        options={columnOptions}
        optional
        onChange={(column) => onLayoutChange({ ...layout, accumulatedColumn: column })}
      />
      <Caption1>
        {t("monthColumns")}: {layout.monthColumns.map((m) => sheetColumnLetters(snapshot.left, m.column)).join(", ")}
      </Caption1>
      <IndexSelect
        label={t("totalsRow")}
        value={layout.totalsRow}
        options={rowOptions}
        optional
        onChange={(totalsRow) => onLayoutChange({ ...layout, totalsRow, lineRows: candidateTotalsRows.filter((row) => row !== totalsRow) })}
      />
      {/* A group, not a Field: a Field gives its one id to every switch inside, so its label would toggle the first. */}
      <div role="group" aria-labelledby={cumulativeLabelId}>
        <Label id={cumulativeLabelId}>{t("cumulativeRows")}</Label>
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
      </div>
    </div>
  );
}
