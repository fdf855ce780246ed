import {
  Badge,
  Caption1,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { isCostIncreasing, MeasureResult, MeasureStatus } from "../../engine";
import { formatAmount } from "../../i18n/format";
import { amountDecimals } from "../figures";
import { StringKey } from "../../i18n/ui";
import { useBalans } from "../BalansContext";
import { ShownOf } from "./ShownOf";

const STATUS: Record<
  MeasureStatus,
  { key: StringKey; color: "success" | "warning" | "danger" | "informative" }
> = {
  onTrack: { key: "statusOnTrack", color: "success" },
  atRisk: { key: "statusAtRisk", color: "warning" },
  behind: { key: "statusBehind", color: "danger" },
  notStarted: { key: "statusNotStarted", color: "informative" },
};

const useStyles = makeStyles({
  name: { overflowWrap: "anywhere" },
  figure: {
    width: "4.5rem",
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
  },
  status: { width: "6rem" },
});

/** How many measures behind plan the pane lists; the follow-up sheet has them all. */
export const SHOWN_BEHIND_PLAN = 25;

export function BehindPlanTable({
  measures,
  unit,
}: {
  measures: readonly MeasureResult[];
  unit: string;
}) {
  const { t, language } = useBalans();
  const styles = useStyles();
  if (measures.length === 0) return <Caption1>{t("noneBehind")}</Caption1>;
  return (
    <>
      <Table size="small" aria-label={t("behindPlan")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("measure")}</TableHeaderCell>
            <TableHeaderCell className={styles.figure}>{t("deviation")}</TableHeaderCell>
            <TableHeaderCell className={styles.status}>{t("status")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {measures.slice(0, SHOWN_BEHIND_PLAN).map((measure) => (
            <TableRow key={measure.row}>
              <TableCell className={styles.name}>
                {measure.name}
                {isCostIncreasing(measure) && <Caption1 block>{t("costIncreasing")}</Caption1>}
              </TableCell>
              <TableCell className={styles.figure}>
                {formatAmount(measure.deviation, language, undefined, amountDecimals(unit))}
              </TableCell>
              <TableCell className={styles.status}>
                <Badge appearance="tint" color={STATUS[measure.status].color}>
                  {t(STATUS[measure.status].key)}
                </Badge>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ShownOf shown={SHOWN_BEHIND_PLAN} count={measures.length} text="shownOfMeasures" />
    </>
  );
}
