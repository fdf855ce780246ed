import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { columnLetters, MonthTableLayout } from "../../engine";
import { StringKey } from "../../i18n/ui";
import { TableSnapshot } from "../../workbook/types";
import { useBalans } from "../BalansContext";
import { NoticeBar } from "./NoticeBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

const UNIT_SOURCES: Record<NonNullable<MonthTableLayout["unitFoundIn"]>, StringKey> = {
  title: "sourceTitle",
  header: "sourceHeader",
  unitRow: "sourceUnitRow",
};

interface TableFactsProps {
  snapshot: Pick<TableSnapshot, "left" | "values" | "table">;
  layout: MonthTableLayout;
  /** The unit and year the view falls back on when the table names none. */
  settingsUnit: string;
  settingsYear: number;
  /** The follow-up month, to warn when it lies after the table's last month with figures. */
  month?: number;
  lastMonthWithData?: number;
  /** False where the view asks for the unit on its own field. */
  showUnit?: boolean;
}

/** What the reader found beside the figures: the Excel table's name, unit and year and where they came from, columns left out. */
export function TableFacts({
  snapshot,
  layout,
  settingsUnit,
  settingsYear,
  month,
  lastMonthWithData,
  showUnit = true,
}: TableFactsProps) {
  const { t } = useBalans();
  const styles = useStyles();
  const header = snapshot.values[layout.headerRow] ?? [];
  const columnName = (column: number) =>
    `${columnLetters(snapshot.left + column)} (${String(header[column] ?? "").trim()})`;
  const unitSource = layout.unitFoundIn ? t(UNIT_SOURCES[layout.unitFoundIn]) : t("sourceSettings");
  const yearSource = layout.yearFoundIn
    ? t(layout.yearFoundIn === "title" ? "sourceTitle" : "sourceHeader")
    : t("sourceSettings");
  const beyond =
    month !== undefined &&
    lastMonthWithData !== undefined &&
    lastMonthWithData > 0 &&
    month > lastMonthWithData;
  return (
    <div className={styles.root}>
      {snapshot.table && <Caption1>{t("tableName", { name: snapshot.table.name })}</Caption1>}
      {showUnit && (
        <Caption1>
          {t("unitFrom", { unit: layout.unit ?? settingsUnit, source: unitSource })}
        </Caption1>
      )}
      <Caption1>
        {t("yearFrom", { year: String(layout.year ?? settingsYear), source: yearSource })}
      </Caption1>
      {layout.descriptorColumns.length > 0 && (
        <Caption1>
          {t("descriptorColumns", { columns: layout.descriptorColumns.map(columnName).join(", ") })}
        </Caption1>
      )}
      {layout.ignoredColumns.length > 0 && (
        <Caption1>
          {t("ignoredColumns", {
            columns: layout.ignoredColumns.map(({ column }) => columnName(column)).join(", "),
          })}
        </Caption1>
      )}
      {beyond && (
        <NoticeBar
          intent="warning"
          message={t("monthBeyondData", { month: String(month), last: String(lastMonthWithData) })}
        />
      )}
    </div>
  );
}
