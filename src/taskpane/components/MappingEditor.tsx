import {
  Caption1,
  Field,
  Label,
  makeStyles,
  Select,
  Switch,
  tokens,
  useId,
} from "@fluentui/react-components";
import {
  ActionPlanLayout,
  Measure,
  RowRole,
  sheetColumnLetters,
  sheetRowNumber,
} from "../../engine";
import { StringKey } from "../../i18n/ui";
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
  /** Sets any row's role; absent, the roles are shown only through the totals row. */
  onRowRole?(row: number, role: RowRole): void;
}

const ROLE_LABELS: Record<RowRole, StringKey> = {
  leaf: "roleLeaf",
  heading: "roleHeading",
  subtotal: "roleSubtotal",
  total: "roleTotal",
  ofWhich: "roleOfWhich",
  unit: "roleUnit",
  note: "roleNote",
  blank: "roleBlank",
  ignore: "roleIgnore",
};
const SETTABLE_ROLES: readonly RowRole[] = [
  "leaf",
  "subtotal",
  "total",
  "heading",
  "ofWhich",
  "ignore",
];

/** Shows how the table was read — columns, totals row, running-total rows — and lets the user correct it. */
export function MappingEditor({
  snapshot,
  layout,
  onLayoutChange,
  measures,
  cumulative,
  onToggleCumulative,
  onRowRole,
}: MappingEditorProps) {
  const { t } = useBalans();
  const styles = useStyles();
  const cumulativeLabelId = useId("cumulative-rows");
  const rolesLabelId = useId("row-roles");
  const roleRows = layout.structure.rows.filter(({ role }) => role !== "blank");
  const header = snapshot.values[layout.headerRow] ?? [];
  const columnLabel = (column: number) =>
    `${sheetColumnLetters(snapshot.left, column)} – ${String(header[column] ?? "")}`;
  const columns = header
    .map((_, column) => column)
    .filter((column) => !layout.monthColumns.some((m) => m.column === column));
  const rowLabel = (row: number) =>
    `${sheetRowNumber(snapshot.top, row)} – ${String(snapshot.values[row]?.[layout.nameColumn] ?? "")}`;
  const candidateTotalsRows = [
    ...layout.lineRows,
    ...(layout.totalsRow === undefined ? [] : [layout.totalsRow]),
  ].sort((a, b) => a - b);

  const columnOptions = columns.map((column) => ({ value: column, label: columnLabel(column) }));
  const rowOptions = candidateTotalsRows.map((row) => ({ value: row, label: rowLabel(row) }));

  return (
    <div className={styles.root}>
      <IndexSelect
        label={t("nameColumn")}
        value={layout.nameColumn}
        options={columnOptions}
        onChange={(column) =>
          column !== undefined && onLayoutChange({ ...layout, nameColumn: column })
        }
      />
      <IndexSelect
        label={t("effectColumn")}
        value={layout.effectColumn}
        options={columnOptions}
        onChange={(column) =>
          column !== undefined && onLayoutChange({ ...layout, effectColumn: column })
        }
      />
      <IndexSelect
        label={t("accumulatedColumn")}
        value={layout.accumulatedColumn}
        options={columnOptions}
        optional
        onChange={(column) => onLayoutChange({ ...layout, accumulatedColumn: column })}
      />
      <IndexSelect
        label={t("startMonthColumn")}
        value={layout.startMonthColumn}
        options={columnOptions}
        optional
        onChange={(column) => onLayoutChange({ ...layout, startMonthColumn: column })}
      />
      <Caption1>
        {t("monthColumns")}:{" "}
        {layout.monthColumns.map((m) => sheetColumnLetters(snapshot.left, m.column)).join(", ")}
      </Caption1>
      <IndexSelect
        label={t("totalsRow")}
        value={layout.totalsRow}
        options={rowOptions}
        optional
        onChange={(totalsRow) =>
          onLayoutChange({
            ...layout,
            totalsRow,
            lineRows: candidateTotalsRows.filter((row) => row !== totalsRow),
          })
        }
      />
      {onRowRole && (
        <div role="group" aria-labelledby={rolesLabelId}>
          <Label id={rolesLabelId}>{t("rowRoles")}</Label>
          <div className={styles.toggles}>
            {roleRows.slice(0, MAX_TOGGLES).map(({ row, role }) => (
              <Field key={row} label={rowLabel(row)} orientation="horizontal">
                <Select value={role} onChange={(_, data) => onRowRole(row, data.value as RowRole)}>
                  {[...new Set([role, ...SETTABLE_ROLES])].map((option) => (
                    <option key={option} value={option}>
                      {t(ROLE_LABELS[option])}
                    </option>
                  ))}
                </Select>
              </Field>
            ))}
          </div>
          {roleRows.length > MAX_TOGGLES && (
            <Caption1>
              {t("togglesLimited", { shown: String(MAX_TOGGLES), count: String(roleRows.length) })}
            </Caption1>
          )}
        </div>
      )}
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
        {measures.length > MAX_TOGGLES && (
          <Caption1>
            {t("togglesLimited", { shown: String(MAX_TOGGLES), count: String(measures.length) })}
          </Caption1>
        )}
      </div>
    </div>
  );
}
