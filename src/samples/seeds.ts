/**
 * Figures from the real reports in shared/seeds/, as the tests and the preview's sample workbook use
 * them. Where a report gives only totals, the monthly split is invented and marked `invented`.
 */

export interface ActionPlanRow {
  name: string;
  fullYearEffect: number;
  /** January, February, March; null where the report leaves the month blank. */
  months: (number | null)[];
  accumulated: number;
  cumulative?: boolean;
}

/**
 * 000_52e48447580de77b.txt: "Handlingsplan för ekonomi i balans 2024", mkr, followed up January to
 * March. The report prints only the non-blank months; where a row shows fewer than three, the
 * column totals place them (February sums to 20,4 and March to 31,9 only this way).
 */
export const actionPlan2024 = {
  source: "000_52e48447580de77b.txt",
  unit: "mkr",
  startingDeficit: -215,
  rows: [
    {
      name: "Höör-Hörby 25% av 157,4 mkr",
      fullYearEffect: 39.4,
      months: [3.3, 3.3, 3.3],
      accumulated: 9.9,
    },
    {
      name: "Minska överbeläggningar: varje ÖB förlänger vårdtiden med 0,5 dag",
      fullYearEffect: 2.4,
      months: [null, null, null],
      accumulated: 0,
    },
    {
      name: "Minska vårdskador, minska återinläggningar",
      fullYearEffect: 2.1,
      months: [null, null, null],
      accumulated: 0,
    },
    {
      name: "Minskad inläggning genom mobila teamet, samverkan kommun, utlokaliserade ortopedpatienter",
      fullYearEffect: 22.5,
      months: [4.9, 4.9, 3.4],
      accumulated: 13.2,
    },
    {
      name: "Framtidens vårdavdelning - övertid, minskad medelvårdtid, minskad personalomsättning etc",
      fullYearEffect: 5,
      months: [null, null, null],
      accumulated: 0,
    },
    {
      name: 'Produktionsplanering och schemaläggning, "rätt administration"',
      fullYearEffect: 25,
      months: [4.9, 4.9, 3.3],
      accumulated: 13.1,
    },
    {
      name: "2 Incitamentsmodell",
      fullYearEffect: 25,
      months: [1.3, -1.6, -1.1],
      accumulated: -1.3,
    },
    {
      name: "3 Regionalt uppdrag - Planerade operationer",
      fullYearEffect: 10,
      months: [0, 0, 0],
      accumulated: 0,
    },
    {
      name: "4 Övriga utökade intäkter",
      fullYearEffect: 10.9,
      months: [null, 3.6, 1.6],
      accumulated: 5.2,
    },
    {
      name: "5 Minska kostnad för samordning",
      fullYearEffect: 5,
      months: [0.5, 0.4, 0.3],
      accumulated: 1.2,
    },
    {
      name: "6 Öka intäkter avseende utomlänspatienter",
      fullYearEffect: 2.2,
      months: [1.6, 3.6, 0.9],
      accumulated: 6.2,
    },
    {
      name: "7 Effektivisering 1 procent per verksamhet - ack effekt",
      fullYearEffect: 30.9,
      months: [null, null, 14.7],
      accumulated: 14.7,
      cumulative: true,
    },
    {
      name: "8 Minska kundförluster",
      fullYearEffect: 0.5,
      months: [null, null, null],
      accumulated: 0,
    },
    { name: "OB-tillägg", fullYearEffect: -47.6, months: [-0.2, -3.1, -3.5], accumulated: -6.8 },
    {
      name: "Minska inhyrd bemanningssjuksköterska - hyrstopp",
      fullYearEffect: 32,
      months: [-0.9, 2, 3.8],
      accumulated: 4.9,
    },
    {
      name: "Anställda personal (ca 18 AOH)",
      fullYearEffect: -11.7,
      months: [-8.5, 0, 0],
      accumulated: -8.5,
    },
    {
      name: "Nattillägg försvinner ssk",
      fullYearEffect: 2.4,
      months: [0.2, 0.2, 0.2],
      accumulated: 0.6,
    },
    {
      name: "Ingen ersättning för extrapass/stimulansersättning/flytt av semester etc.",
      fullYearEffect: 17.6,
      months: [0.6, 0.7, 0.6],
      accumulated: 1.9,
    },
    {
      name: "Ingen kostnad för kösatsningar",
      fullYearEffect: 5.9,
      months: [0.4, 1.2, 1.9],
      accumulated: 3.5,
    },
    {
      name: "10 60% uttag av jourkomp i tid för läkare",
      fullYearEffect: 2.6,
      months: [-0.7, 0.3, -0.5],
      accumulated: -0.9,
    },
    {
      name: "11 Översyn av lab, bilddiagnostik och undersökningar - Kloka kliniska val",
      fullYearEffect: 5,
      months: [0, 0, 0],
      accumulated: 0,
    },
    {
      name: "12 Minska personalskulder - uttag av sparade semesterdagar >30 sparade dagar",
      fullYearEffect: 2.2,
      months: [null, null, null],
      accumulated: 0,
    },
    {
      name: "13 Ytterligare effektivisering utvalda verksamheter - ack effekt",
      fullYearEffect: 16.8,
      months: [null, null, 2.7],
      accumulated: 2.7,
      cumulative: true,
    },
    {
      name: "14 Minska kassation av läkemedel (svansförråd)",
      fullYearEffect: 2,
      months: [null, null, null],
      accumulated: 0,
    },
    {
      name: "15 Översyn av antalet servicevärdar",
      fullYearEffect: 2,
      months: [null, null, null],
      accumulated: 0,
    },
    {
      name: "16 Genomlysning av vakanta tjänster och ej ersätta",
      fullYearEffect: 5,
      months: [0.1, 0, 0.3],
      accumulated: 0.4,
    },
  ] as ActionPlanRow[],
  totals: { fullYearEffect: 215.1, months: [7.5, 20.5, 31.9], accumulated: 59.9 },
};

/** 002_4b7b046ae32e9c41.txt: starting position −55 mkr and the listed measures' effects (mkr). */
export const actionPlan002 = {
  source: "002_4b7b046ae32e9c41.txt",
  startingPosition: -55,
  effects: [15, 1.5, 8, 3.3, 3, 3.9, 4.8, 3, 10],
};

/** 003_9845b05276c87be2.txt: measures of 274 mkr, 34 mkr achieved after April (mkr). */
export const actionPlan003 = {
  source: "003_9845b05276c87be2.txt",
  fullYearEffect: 274,
  month: 4,
  achieved: 34,
};

/**
 * 004_f80eead3a72e8241.txt, net costs January–March 2024 in mkr: −939,241 to date against a budget
 * to date of −834,785; full-year budget −3 352, stated forecast −3 652. The report gives only the
 * sums to date; the monthly split below is invented to add up to them.
 */
export const incomeStatement2024 = {
  source: "004_f80eead3a72e8241.txt",
  unit: "mkr",
  actualsToDate: -939.241,
  budgetToDate: -834.785,
  fullYearBudget: -3352,
  statedForecast: -3652,
  invented: {
    actuals: [-309.412, -311.27, -318.559],
    budget: [-275.1, -278.9, -280.785, -282, -281, -280, -250, -262.215, -282, -282, -288, -310],
  },
};

/** 004_f80eead3a72e8241.txt, year-over-year effects in tkr (accumulated March 2024 against 2023). */
export const yearOverYear2024 = {
  source: "004_f80eead3a72e8241.txt",
  unit: "tkr",
  lines: [
    { name: "Restriktiv policy för resor", current: -3121, prior: -3474, effect: 353 },
    { name: "Ökade intäkter", current: 123301, prior: 113036, effect: 10265 },
    { name: "Minskad hyrbemanning", current: -89945, prior: -74498, effect: -15447 },
  ],
  agencyCostToDate: -89945,
  staffCostToDate: -686374,
};

/** 001_66134dfb25874695.txt: agency hours January–March at 165 h a month, and the 2023 forecast (mkr). */
export const agencyHours2023 = {
  source: "001_66134dfb25874695.txt",
  hours: 59400,
  months: 3,
  fte: 120,
  forecast: -3235,
  budget: -2895,
};

/** DOMAIN.md §3 from 004_f80eead3a72e8241.txt: agency cost January–March (mkr) and the FTE it equals. */
export const agencyTable2024 = {
  source: "004_f80eead3a72e8241.txt",
  unit: "mkr",
  rows: [
    {
      category: "Läkare",
      cost2022: 29.7,
      cost2023: 41.6,
      cost2024: 48.0,
      forecast2024: 154.7,
      fte2023: 53.7,
      fte2024: 57.0,
    },
    {
      category: "varav primärvård",
      cost2022: 12.4,
      cost2023: 17.3,
      cost2024: 15.8,
      forecast2024: 49.1,
      fte2023: 20.8,
      fte2024: 22.2,
    },
    {
      category: "Sjuksköterskor",
      cost2022: 12.3,
      cost2023: 31.5,
      cost2024: 40.9,
      forecast2024: 134.6,
      fte2023: 78.6,
      fte2024: 120.5,
    },
    {
      category: "Övriga",
      cost2022: 0,
      cost2023: 1.1,
      cost2024: 0.9,
      forecast2024: 3.1,
      fte2023: 1.9,
      fte2024: 2.3,
    },
  ],
  total: {
    cost2022: 42.0,
    cost2023: 74.2,
    cost2024: 89.8,
    forecast2024: 292.4,
    fte2023: 134.2,
    fte2024: 179.8,
  },
};
