import {
  Caption1,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { ForecastFigures, MethodBacktest } from "../../engine";
import { formatAmount, formatPercent } from "../../i18n/format";
import { forecastMethodName } from "../../i18n/methodNames";
import { useBalans } from "../BalansContext";
import { amountDecimals } from "../figures";

const useStyles = makeStyles({
  chosen: { fontWeight: tokens.fontWeightSemibold },
  figure: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
});

/** Every method's forecast for one line or the total, with its backtest error where past years allow. */
export function ForecastResultTable({
  name,
  figures,
  unit,
}: {
  name: string;
  figures: ForecastFigures;
  unit: string;
}) {
  const { t, language } = useBalans();
  const styles = useStyles();
  const errorOf = (method: string): MethodBacktest | undefined =>
    figures.backtests.find((b) => b.method === method);
  return (
    <Table size="extra-small" aria-label={`${t("forecast")}: ${name}`}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t("method")}</TableHeaderCell>
          <TableHeaderCell className={styles.figure}>{t("forecast")}</TableHeaderCell>
          {figures.backtests.length > 0 && (
            <TableHeaderCell className={styles.figure}>{t("backtestError")}</TableHeaderCell>
          )}
        </TableRow>
      </TableHeader>
      <TableBody>
        {figures.forecasts.map(({ method, forecast }) => {
          const backtest = errorOf(method);
          return (
            <TableRow
              key={method}
              className={method === figures.auto.method ? styles.chosen : undefined}
            >
              <TableCell>
                {forecastMethodName(method, language)}
                {method === figures.auto.method && <Caption1> (auto)</Caption1>}
              </TableCell>
              <TableCell className={styles.figure}>
                {formatAmount(forecast, language, undefined, amountDecimals(unit))}
              </TableCell>
              {figures.backtests.length > 0 && (
                <TableCell className={styles.figure}>
                  {formatPercent(backtest?.error, language)}
                </TableCell>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
