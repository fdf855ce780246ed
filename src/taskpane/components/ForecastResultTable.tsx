import { Caption1, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { ForecastFigures, MethodBacktest } from "../../engine";
import { formatNumber } from "../../i18n/language";
import { forecastMethodName } from "../../i18n/methodNames";
import { useBalans } from "../BalansContext";

const useStyles = makeStyles({
  chosen: { fontWeight: tokens.fontWeightSemibold },
});

/** Every method's forecast for one line or the total, with its backtest error where past years allow. */
export function ForecastResultTable({ name, figures }: { name: string; figures: ForecastFigures }) {
  const { t, language } = useBalans();
  const styles = useStyles();
  const errorOf = (method: string): MethodBacktest | undefined => figures.backtests.find((b) => b.method === method);
  return (
    <Table size="extra-small" aria-label={`${t("forecast")}: ${name}`}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t("method")}</TableHeaderCell>
          <TableHeaderCell>{t("forecast")}</TableHeaderCell>
          {figures.backtests.length > 0 && <TableHeaderCell>{t("backtestError")}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {figures.forecasts.map(({ method, forecast }) => {
          const backtest = errorOf(method);
          return (
            <TableRow key={method} className={method === figures.auto.method ? styles.chosen : undefined}>
              <TableCell>
                {forecastMethodName(method, language)}
                {method === figures.auto.method && <Caption1> (auto)</Caption1>}
              </TableCell>
              <TableCell>{formatNumber(forecast, language, 1)}</TableCell>
              {figures.backtests.length > 0 && (
                <TableCell>{backtest ? `${formatNumber(backtest.error * 100, language, 1)} %` : "–"}</TableCell>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
