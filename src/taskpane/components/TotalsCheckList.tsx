import { makeStyles, tokens } from "@fluentui/react-components";
import {
  ActionPlanSummary,
  columnLetters,
  LevelCheck,
  MonthTableLayout,
  sheetRowNumber,
  TotalsCheck,
} from "../../engine";
import { TableSnapshot } from "../../workbook/types";
import { formatNumber } from "../../i18n/language";
import { StringKey } from "../../i18n/ui";
import { useBalans } from "../BalansContext";
import { ShownOf } from "./ShownOf";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  mismatch: { color: tokens.colorPaletteRedForeground1 },
});

/** How many rows that do not add up exactly the pane names; the rest are counted. */
const SHOWN_ISSUES = 25;

const COLUMN_MESSAGES: Record<TotalsCheck["verdict"], StringKey> = {
  match: "totalsMatch",
  rounding: "totalsRounding",
  mismatch: "totalsMismatch",
};

interface TotalsCheckListProps {
  summary: ActionPlanSummary;
  /** 0-based sheet row of the selection's first row, so a row is named by its number in Excel. */
  top: number;
  /** Subtotals and the grand total against their own rows; those that do not match exactly are listed. */
  levelChecks?: readonly LevelCheck[];
  snapshot?: Pick<TableSnapshot, "left" | "values">;
  layout?: Pick<MonthTableLayout, "nameColumn" | "totalsRow">;
}

/** The stated totals against the sums, telling rounding of displayed figures from real errors. */
export function TotalsCheckList({
  summary,
  top,
  levelChecks = [],
  snapshot,
  layout,
}: TotalsCheckListProps) {
  const { t, language } = useBalans();
  const styles = useStyles();
  const figures = (check: TotalsCheck) => ({
    stated: formatNumber(check.stated, language, check.decimals, check.decimals),
    sum: formatNumber(check.sum, language, check.decimals, check.decimals),
    difference: formatNumber(check.difference, language, check.decimals, check.decimals),
  });
  const columnName = (column: ActionPlanSummary["totalsChecks"][number]["column"]) =>
    column === "fullYearEffect"
      ? t("columnFullYear")
      : column === "accumulated"
        ? t("columnAccumulated")
        : t("sheetMonth") + " " + column.month;
  const rowIssues = summary.rowChecks.filter(({ check }) => check.verdict !== "match");
  // The grand total is checked above against the measures; here the subtotals, level by level.
  const levelIssues = levelChecks.filter(
    ({ row, check }) => check.verdict !== "match" && row !== layout?.totalsRow,
  );
  const rowName = (row: number) =>
    String(snapshot?.values[row]?.[layout?.nameColumn ?? 0] ?? "").trim();
  // Errors before rounding, each in row order; a long list is cut, as the pane's other lists are.
  const issues = [
    ...rowIssues.map(({ row, name, check }) => ({
      key: `row-${row}`,
      check,
      text: () =>
        t(check.verdict === "rounding" ? "rowRounding" : "rowMismatch", {
          row: String(sheetRowNumber(top, row)),
          name,
          ...figures(check),
        }),
    })),
    ...levelIssues.map(({ row, column, check }) => ({
      key: `level-${row}-${column}`,
      check,
      text: () =>
        t(check.verdict === "rounding" ? "levelRounding" : "levelMismatch", {
          row: String(sheetRowNumber(top, row)),
          name: rowName(row),
          column: columnLetters((snapshot?.left ?? 0) + column),
          ...figures(check),
        }),
    })),
  ];
  const shownIssues = [
    ...issues.filter(({ check }) => check.verdict === "mismatch"),
    ...issues.filter(({ check }) => check.verdict !== "mismatch"),
  ].slice(0, SHOWN_ISSUES);
  if (summary.totalsChecks.length === 0 && issues.length === 0) return null;
  return (
    <>
      <ul className={styles.list} aria-label={t("totalsCheck")}>
        {summary.totalsChecks.map(({ column, check }) => (
          <li
            key={columnName(column)}
            className={check.verdict === "mismatch" ? styles.mismatch : undefined}
          >
            {t(COLUMN_MESSAGES[check.verdict], { column: columnName(column), ...figures(check) })}
          </li>
        ))}
        {shownIssues.map(({ key, check, text }) => (
          <li key={key} className={check.verdict === "mismatch" ? styles.mismatch : undefined}>
            {text()}
          </li>
        ))}
      </ul>
      <ShownOf shown={SHOWN_ISSUES} count={issues.length} text="shownOfChecks" />
    </>
  );
}
