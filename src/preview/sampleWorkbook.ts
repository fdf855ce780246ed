import { actionPlan2024, agencyTable2024, incomeStatement2024 } from "../samples/seeds";

/** A sheet of the sample workbook: cell inputs as typed (numbers, text, or formulas starting with "="). */
export interface SampleSheet {
  name: string;
  cells: (string | number | null)[][];
  /** Excel number formats by cell, where set ("#,##0.0", "yyyy-mm-dd"). */
  numberFormats?: (string | undefined)[][];
  /** Merged areas, 0-based and inclusive. */
  merges?: { top: number; left: number; bottom: number; right: number }[];
  freezeRows?: number;
  /** Column widths in points, where set. */
  columnWidths?: (number | undefined)[];
}

const MONTH_NAMES = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "Maj",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Okt",
  "Nov",
  "Dec",
];
const round = (value: number, decimals: number) =>
  Math.round(value * 10 ** decimals) / 10 ** decimals;

/** Seed 000's action plan as the controller's own table, with its stated totals row (rounded figures). */
function actionPlanSheet(): SampleSheet {
  const { rows, totals } = actionPlan2024;
  return {
    name: "Handlingsplan",
    cells: [
      ["Handlingsplan för ekonomi i balans 2024", null, null, null, null, null],
      ["Prognostiserat underskott/ingångsläge inför 2024 (mkr)", actionPlan2024.startingDeficit],
      ["Källa: 000_52e48447580de77b.txt. Totalraden är rapportens egen, med avrundade belopp."],
      ["Uppföljning handlingsplan 2024", "Mkr", "Jan", "Feb", "Mar", "Ack"],
      ...rows.map((row) => [row.name, row.fullYearEffect, ...row.months, row.accumulated]),
      ["Totalt", totals.fullYearEffect, ...totals.months, totals.accumulated],
    ],
  };
}

/**
 * Seed 004's income statement January–March 2024 in mkr. The report gives only the figures to date;
 * each line's months are invented, split like the invented monthly net costs, and labelled so.
 */
function incomeStatementSheet(): SampleSheet {
  const lines: [string, number, number][] = [
    ["Patientavgifter", 31166, 33336],
    ["Försäljning", 168356, 151239],
    ["Erhållna bidrag", 198403, 190468],
    ["Övriga intäkter", 7405, 5745],
    ["Personalkostnader", -686374, -654448],
    ["Köpt riks- och regionvård", -106962, -128685],
    ["Köp av verksamhet", -5337, -4657],
    ["Verksamhetsanknutna tjänster", -130335, -122903],
    ["Inhyrd personal", -89945, 0],
    ["Läkemedel", -156530, -159698],
    ["Sjukvårdsartiklar, övrigt material och varor", -73332, -68107],
    ["Lämnade bidrag", -583, -476],
    ["Fastighetskostnader", -16543, -15919],
    ["Konsultkostnader", -5149, -4666],
    ["Övriga kostnader", -60267, -43157],
    ["Avskrivningar/finansnetto", -13214, -12856],
  ];
  const { invented, statedForecast, fullYearBudget } = incomeStatement2024;
  const shares = invented.actuals.map((month) => month / incomeStatement2024.actualsToDate);
  const firstLine = 5;
  const lastLine = firstLine + lines.length - 1;
  const sumColumn = (column: string) => `=SUM(${column}${firstLine}:${column}${lastLine})`;
  const budgetRow = lastLine + 5;
  return {
    name: "Resultaträkning",
    cells: [
      ["Resultaträkning januari–mars 2024 (mkr)"],
      [
        "Källa: 004_f80eead3a72e8241.txt. Ack utfall och ack budget är rapportens; fördelningen på månader är påhittad.",
      ],
      [],
      ["Rad", "Jan", "Feb", "Mar", "Ack utfall", "Ack budget"],
      ...lines.map(([name, toDate, budgetToDate], index) => {
        const row = firstLine + index;
        return [
          name,
          ...shares.map((share) => round((toDate / 1000) * share, 3)),
          `=SUM(B${row}:D${row})`,
          budgetToDate / 1000,
        ];
      }),
      [
        "Summa verksamhetens nettokostnader",
        sumColumn("B"),
        sumColumn("C"),
        sumColumn("D"),
        sumColumn("E"),
        sumColumn("F"),
      ],
      [],
      [
        "Budget 2024 per månad (mkr) – fördelningen är påhittad, helårsbudgeten och ack budget är rapportens",
      ],
      ["Rad", ...MONTH_NAMES],
      ["Summa verksamhetens nettokostnader", ...invented.budget],
      ["Helårsbudget", `=SUM(B${budgetRow}:M${budgetRow})`, "(rapporten: " + fullYearBudget + ")"],
      [],
      ["Lämnad helårsprognos (mkr)", statedForecast],
    ],
  };
}

/**
 * DOMAIN.md §3 from seed 004: agency costs (mkr, the report's) and hours per month. The report gives
 * FTE, not hours: the hours are invented from its FTE at 165 hours a month, and labelled so.
 */
function agencySheet(): SampleSheet {
  const hoursPerMonth = (fte: number) => round(fte * 165, 1);
  const hoursRows = (pick: (row: (typeof agencyTable2024.rows)[number]) => number) =>
    agencyTable2024.rows.map((row) => [
      row.category,
      hoursPerMonth(pick(row)),
      hoursPerMonth(pick(row)),
      hoursPerMonth(pick(row)),
    ]);
  const costRows = agencyTable2024.rows.map((row) => [
    row.category,
    row.cost2022,
    row.cost2023,
    row.cost2024,
    row.forecast2024,
  ]);
  return {
    name: "Hyrpersonal",
    cells: [
      ["Inhyrd personal januari–mars 2024"],
      [
        "Källa: 004_f80eead3a72e8241.txt. Timmarna är påhittade ur rapportens årsarbetare (165 h/mån); kostnaderna är rapportens.",
      ],
      [],
      ["Timmar 2024", "Jan", "Feb", "Mar"],
      ...hoursRows((row) => row.fte2024),
      [],
      ["Timmar 2023", "Jan", "Feb", "Mar"],
      ...hoursRows((row) => row.fte2023),
      [],
      ["Kostnad jan–mar (mkr)", "2022", "2023", "2024", "Prognos 2024"],
      ...costRows,
      [],
      ["Personalkostnader jan–mar 2024 (mkr)", -686.374],
      ["Inhyrd personal jan–mar 2024 (mkr)", -89.945],
    ],
  };
}

/** Worksheet functions at work on the seeds' figures, in English notation as Excel's API stores them. */
function functionsSheet(): SampleSheet {
  return {
    name: "Funktioner",
    cells: [
      ["BALANS-funktioner med seedernas siffror"],
      ["Årsarbetare av 59 400 timmar jan–mar (001)", "=BALANS.FTE(59400,3)"],
      [
        "OB-tillägg förväntat t.o.m. mars, från februari (000)",
        "=BALANS.EFFECT.EXPECTED(-47.6,3,2)",
      ],
      ["Uppfyllelse efter april: 34 av 274 (003)", "=BALANS.EFFECT.RATE(34,274,4)"],
      ["Avvikelse prognos mot budget (004)", "=BALANS.GAP(-3652,-3352)"],
      ["Kvar till balans (000)", "=BALANS.GAP.BALANCE(Handlingsplan!B2,Handlingsplan!B5:B30)"],
      [
        "Förutsatt förändring per månad (004)",
        "=BALANS.FORECAST.IMPLIED(Resultaträkning!B28,Resultaträkning!B21:D21,3)",
      ],
    ],
  };
}

/** The preview's sample workbook, in Swedish, built from the seeds. */
export function sampleWorkbook(): SampleSheet[] {
  return [actionPlanSheet(), incomeStatementSheet(), agencySheet(), functionsSheet()];
}
