import { formatNumber, Language } from "./language";

/** The task pane's words, Swedish first. `{name}` placeholders are filled by `translate`. */
const STRINGS = {
  appTitle: { sv: "Balans", en: "Balans" },
  tabMeasures: { sv: "Åtgärder", en: "Measures" },
  tabForecast: { sv: "Prognos", en: "Forecast" },
  tabAgency: { sv: "Hyrpersonal", en: "Agency staff" },
  tabSettings: { sv: "Inställningar", en: "Settings" },
  loadingView: { sv: "Öppnar…", en: "Opening…" },

  readSelection: { sv: "Läs markerad tabell", en: "Read selected table" },
  reading: { sv: "Läser markeringen…", en: "Reading the selection…" },
  writing: { sv: "Skapar bladet…", en: "Creating the sheet…" },
  useSelection: { sv: "Använd markering", en: "Use selection" },
  clear: { sv: "Rensa", en: "Clear" },
  none: { sv: "(ingen)", en: "(none)" },
  selectedRange: { sv: "Markerat område: {address}", en: "Selected range: {address}" },
  problemTitle: { sv: "Det går inte att läsa tabellen", en: "The table cannot be read" },
  writeProblemTitle: { sv: "Bladet skapades inte", en: "The sheet was not created" },
  sheetCreated: {
    sv: 'Bladet "{name}" skapades med {count} celler. Inget av dina egna celler ändrades.',
    en: 'Sheet "{name}" was created with {count} cells. None of your own cells were changed.',
  },

  measuresIntro: {
    sv: "Markera din handlingsplan: rubrikrad, åtgärdsnamn, helårseffekt och en kolumn per månad.",
    en: "Select your action plan: a header row, measure names, full-year effect and one column per month.",
  },
  mapping: { sv: "Tolkning av tabellen", en: "How the table was read" },
  nameColumn: { sv: "Åtgärdskolumn", en: "Measure column" },
  effectColumn: { sv: "Helårseffekt", en: "Full-year effect" },
  accumulatedColumn: { sv: "Ackumulerat", en: "Accumulated" },
  monthColumns: { sv: "Månadskolumner", en: "Month columns" },
  totalsRow: { sv: "Totalrad", en: "Totals row" },
  cumulativeRows: {
    sv: 'Rapporteras ackumulerat ("ack effekt")',
    en: 'Reported as running totals ("ack effekt")',
  },
  togglesLimited: {
    sv: 'Visar de första {shown} av {count} åtgärder; övriga följer namnet ("ack effekt").',
    en: 'Showing the first {shown} of {count} measures; the rest follow their names ("ack effekt").',
  },
  followUpMonth: { sv: "Uppföljningsmånad", en: "Follow-up month" },
  deficit: {
    sv: "Ingångsläge/underskott (tal eller cell, t.ex. B1)",
    en: "Starting deficit (number or cell, e.g. B1)",
  },
  deficitShort: { sv: "Ingångsläge", en: "Starting deficit" },
  deficitSignQuestion: {
    sv: "{typed} har samma tecken som åtgärderna ({planned}), så det skulle läggas till dem i stället för att täckas av dem. Ett underskott skrivs negativt. Menar du {suggested}?",
    en: "{typed} has the same sign as the measures ({planned}), so it would be added to them instead of covered by them. A deficit is written negative. Do you mean {suggested}?",
  },
  deficitUseSuggested: { sv: "Ja, använd {suggested}", en: "Yes, use {suggested}" },
  deficitKeep: { sv: "Nej, {typed} är ett överskott", en: "No, {typed} is a surplus" },
  monthAfterData: {
    sv: "Ingen åtgärd har rapporterat något efter {last}. Uppföljning för {month} räknar de månaderna som noll uppnått – stämmer månaden?",
    en: "No measure has reported anything after {last}. Following up at {month} counts those months as nothing achieved – is the month right?",
  },
  plannedTotal: { sv: "Planerad effekt", en: "Planned effect" },
  expectedToDate: { sv: "Förväntat hittills", en: "Expected to date" },
  achievedToDate: { sv: "Uppnått hittills", en: "Achieved to date" },
  achievement: { sv: "Uppfyllelse", en: "Achievement" },
  forecastFullYear: { sv: "Prognos helårseffekt", en: "Forecast full-year effect" },
  gapToBalance: {
    sv: "Kvar till balans (+ överskott, − saknas)",
    en: "Gap to balance (+ surplus, − short)",
  },
  gapAfterForecast: {
    sv: "Kvar till balans enligt prognos (+ överskott, − saknas)",
    en: "Gap to balance by forecast (+ surplus, − short)",
  },
  gapSurplus: { sv: "Överskott efter åtgärderna", en: "Surplus after the measures" },
  gapShort: { sv: "Saknas till balans", en: "Short of balance" },
  gapSurplusByForecast: { sv: "Överskott enligt prognos", en: "Surplus by forecast" },
  gapShortByForecast: {
    sv: "Saknas till balans enligt prognos",
    en: "Short of balance by forecast",
  },
  totalsCheck: { sv: "Kontroll av totalrad", en: "Totals check" },
  totalsMatch: {
    sv: "{column}: summan stämmer ({sum}).",
    en: "{column}: the sum matches ({sum}).",
  },
  totalsRounding: {
    sv: "{column}: totalraden {stated} mot summan {sum} – en avrundningsskillnad ({difference}), inget fel.",
    en: "{column}: totals row {stated} against the sum {sum} – a rounding difference ({difference}), not an error.",
  },
  totalsMismatch: {
    sv: "{column}: totalraden {stated} mot summan {sum} – skillnaden {difference} är större än avrundning kan förklara.",
    en: "{column}: totals row {stated} against the sum {sum} – the difference {difference} is larger than rounding explains.",
  },
  rowRounding: {
    sv: "Rad {row} ({name}): månaderna summerar till {sum} mot ackumulerat {stated} – avrundning.",
    en: "Row {row} ({name}): the months sum to {sum} against accumulated {stated} – rounding.",
  },
  rowMismatch: {
    sv: "Rad {row} ({name}): månaderna summerar till {sum} mot ackumulerat {stated} – kontrollera raden.",
    en: "Row {row} ({name}): the months sum to {sum} against accumulated {stated} – check the row.",
  },
  levelRounding: {
    sv: "Rad {row} ({name}), kolumn {column}: {stated} mot radernas summa {sum} – avrundning ({difference}).",
    en: "Row {row} ({name}), column {column}: {stated} against its rows' sum {sum} – rounding ({difference}).",
  },
  levelMismatch: {
    sv: "Rad {row} ({name}), kolumn {column}: {stated} mot radernas summa {sum} – skillnaden {difference} är större än avrundning kan förklara.",
    en: "Row {row} ({name}), column {column}: {stated} against its rows' sum {sum} – the difference {difference} is larger than rounding explains.",
  },
  problemUnmatchedSubtotal: {
    sv: 'Rad {rows} ({names}) heter som en summa men stämmer inte med några rader ovanför eller under. Inget räknas förrän du anger radens roll under "Tolkning av tabellen".',
    en: 'Row {rows} ({names}) is named like a sum but matches no rows above or below it. Nothing is calculated until you set the row\'s role under "How the table was read".',
  },
  problemTotalsDisagree: {
    sv: 'Totalraderna {rows} ({names}) säger olika. Inget räknas förrän du anger vilken som gäller under "Tolkning av tabellen".',
    en: 'The totals rows {rows} ({names}) disagree. Nothing is calculated until you set which one holds under "How the table was read".',
  },
  tableName: { sv: "Excel-tabell: {name}", en: "Excel table: {name}" },
  unitFrom: { sv: "Enhet: {unit} ({source})", en: "Unit: {unit} ({source})" },
  yearFrom: { sv: "År: {year} ({source})", en: "Year: {year} ({source})" },
  sourceTitle: { sv: "från tabellens rubrik", en: "from the table's title" },
  sourceHeader: { sv: "från kolumnrubrikerna", en: "from the column headers" },
  sourceUnitRow: { sv: "från enhetsraden", en: "from the unit row" },
  sourceSettings: {
    sv: "från inställningarna – tabellen anger inget",
    en: "from the settings – the table says none",
  },
  ignoredColumns: {
    sv: "Kolumner som inte räknas: {columns}",
    en: "Columns left out of the figures: {columns}",
  },
  descriptorColumns: {
    sv: "Beskrivande kolumner (inga belopp): {columns}",
    en: "Descriptive columns (no amounts): {columns}",
  },
  monthBeyondData: {
    sv: "Uppföljningsmånad {month} ligger efter tabellens sista månad med siffror ({last}): förväntat och uppnått räknas för månader som ännu saknar siffror.",
    en: "Follow-up month {month} is after the table's last month with figures ({last}): expected and achieved are computed for months with no figures yet.",
  },
  rowRoles: { sv: "Radernas roller", en: "Row roles" },
  roleLeaf: { sv: "Rad (räknas)", en: "Line (counted)" },
  roleHeading: { sv: "Rubrik", en: "Heading" },
  roleSubtotal: { sv: "Delsumma", en: "Subtotal" },
  roleTotal: { sv: "Totalsumma", en: "Grand total" },
  roleOfWhich: { sv: "Varav-rad", en: "Of-which row" },
  roleUnit: { sv: "Enhetsrad", en: "Unit row" },
  roleNote: { sv: "Anteckning", en: "Note" },
  roleBlank: { sv: "Tom", en: "Blank" },
  roleIgnore: { sv: "Hoppa över", en: "Ignore" },
  startMonthColumn: { sv: "Startmånad", en: "Start month" },
  columnFullYear: { sv: "Helårseffekt", en: "Full-year effect" },
  columnAccumulated: { sv: "Ackumulerat", en: "Accumulated" },
  behindPlan: { sv: "Åtgärder efter plan, sämst först", en: "Measures behind plan, worst first" },
  shownOfMeasures: {
    sv: "Visar {shown} av {count} — alla finns på uppföljningsbladet.",
    en: "Showing {shown} of {count} — all are on the follow-up sheet.",
  },
  shownOfLines: {
    sv: "Visar {shown} av {count} rader — alla finns på prognosbladet.",
    en: "Showing {shown} of {count} lines — all are on the forecast sheet.",
  },
  shownOfChecks: {
    sv: "Visar {shown} av {count} rader som inte stämmer exakt — fel först, sedan avrundningar.",
    en: "Showing {shown} of {count} rows that do not add up exactly — errors first, then rounding.",
  },
  shownOfCategories: {
    sv: "Visar {shown} av {count} kategorier — alla finns på bemanningsbladet.",
    en: "Showing {shown} of {count} categories — all are on the staffing sheet.",
  },
  noneBehind: { sv: "Inga åtgärder ligger efter plan.", en: "No measure is behind plan." },
  measure: { sv: "Åtgärd", en: "Measure" },
  deviation: { sv: "Avvikelse", en: "Deviation" },
  status: { sv: "Status", en: "Status" },
  statusOnTrack: { sv: "Enligt plan", en: "On track" },
  statusAtRisk: { sv: "Risk", en: "At risk" },
  statusBehind: { sv: "Efter plan", en: "Behind plan" },
  statusNotStarted: { sv: "Ej startad", en: "Not started" },
  costIncreasing: {
    sv: "kostnadsökande – bedöms på avvikelsen",
    en: "cost-increasing – judged by deviation",
  },
  createFollowUp: { sv: "Skapa uppföljningsblad", en: "Create follow-up sheet" },

  forecastIntro: {
    sv: "Markera utfallet: rader med namn och en kolumn per månad. Peka sedan ut budget, tidigare år och lämnad prognos om du har dem.",
    en: "Select the actuals: lines with names and one column per month. Then point at the budget, prior years and the stated forecast if you have them.",
  },
  actuals: { sv: "Utfall (rader × månader)", en: "Actuals (lines × months)" },
  budget: {
    sv: "Budget (per månad, eller en helårskolumn)",
    en: "Budget (monthly, or one full-year column)",
  },
  priorYears: { sv: "Tidigare år (12 månader per rad)", en: "Prior years (12 months a row)" },
  statedForecast: {
    sv: "Lämnad helårsprognos (en cell eller en kolumn)",
    en: "Stated full-year forecast (a cell or a column)",
  },
  total: { sv: "Totalt", en: "Total" },
  method: { sv: "Metod", en: "Method" },
  forecast: { sv: "Prognos", en: "Forecast" },
  backtestError: { sv: "Historiskt fel", en: "Backtest error" },
  range: { sv: "Spann", en: "Range" },
  gapToBudget: { sv: "Avvikelse mot budget", en: "Deviation from budget" },
  statedShort: { sv: "Lämnad prognos", en: "Stated forecast" },
  statedGap: { sv: "Lämnad prognos mot budget", en: "Stated forecast against budget" },
  autoGapToBudget: { sv: "Avvikelse mot budget (auto)", en: "Deviation from budget (auto)" },
  impliedChange: { sv: "Förutsatt förändring per månad", en: "Implied change per month" },
  verdictInside: {
    sv: "Den lämnade prognosen {stated} ligger inom metodernas spann ({low} till {high}), men förutsätter {change} {unit} {direction} per månad än takten hittills.",
    en: "The stated forecast {stated} lies within the methods' range ({low} to {high}), but assumes {change} {unit} a month {direction} than the run so far.",
  },
  verdictBelow: {
    sv: "Den lämnade prognosen {stated} ligger under alla metoders spann ({low} till {high}) och förutsätter {change} {unit} {direction} per månad än takten hittills.",
    en: "The stated forecast {stated} lies below every method's range ({low} to {high}) and assumes {change} {unit} a month {direction} than the run so far.",
  },
  verdictAbove: {
    sv: "Den lämnade prognosen {stated} ligger över alla metoders spann ({low} till {high}) och förutsätter {change} {unit} {direction} per månad än takten hittills.",
    en: "The stated forecast {stated} lies above every method's range ({low} to {high}) and assumes {change} {unit} a month {direction} than the run so far.",
  },
  verdictSame: {
    sv: "Den lämnade prognosen {stated} följer takten hittills ({low} till {high} enligt metoderna).",
    en: "The stated forecast {stated} follows the run so far ({low} to {high} by the methods).",
  },
  verdictNoStated: {
    sv: "Ingen lämnad prognos att pröva; metoderna ger {low} till {high}.",
    en: "No stated forecast to test; the methods give {low} to {high}.",
  },
  better: { sv: "bättre", en: "better" },
  worse: { sv: "sämre", en: "worse" },
  totalIncomplete: {
    sv: "Totalen saknar rader som inte kunde beräknas.",
    en: "The total leaves out lines that could not be computed.",
  },
  createForecastSheet: { sv: "Skapa prognosblad", en: "Create forecast sheet" },

  agencyIntro: {
    sv: "Markera timmar (eller kostnader) för inhyrd personal: en rad per kategori och en kolumn per månad.",
    en: "Select agency hours (or costs): one row per category and one column per month.",
  },
  agencyValues: { sv: "Värdena är", en: "The values are" },
  hours: { sv: "Timmar", en: "Hours" },
  cost: { sv: "Kostnad", en: "Cost" },
  hourlyPrice: { sv: "Timpris (kr per timme)", en: "Hourly price (kr an hour)" },
  hourlyPriceShort: { sv: "Timpris", en: "Hourly price" },
  hourlyPriceQuestion: {
    sv: "Ange timpriset i kr per timme, så räknas kostnaden om till årsarbetare.",
    en: "Enter the hourly price in kr an hour to turn the cost into FTE.",
  },
  hourlyPriceNotANumber: {
    sv: "'{text}' är inte ett tal. Skriv timpriset i kr, t.ex. 685,7.",
    en: "'{text}' is not a number. Enter the price in kr, e.g. 685.7.",
  },
  agencyCostShort: { sv: "Kostnad inhyrd personal", en: "Agency staff cost" },
  ownStaffCostShort: { sv: "Kostnad egen personal", en: "Own staff cost" },
  actualsShort: { sv: "Utfall", en: "Actuals" },
  budgetShort: { sv: "Budget", en: "Budget" },
  priorYearsShort: { sv: "Tidigare år", en: "Prior years" },
  startMonth: { sv: "Startmånad", en: "Start month" },
  inputGeneric: { sv: "Ett värde", en: "A value" },
  unitOf: { sv: "Enhet för {field}", en: "Unit of {field}" },
  tableUnit: { sv: "Tabellens enhet", en: "The table's unit" },
  tableUnitQuestion: {
    sv: "Tabellen anger ingen enhet. Balans räknar med {unit} (inställningen) – stämmer det? Välj annars rätt enhet.",
    en: "The table names no unit. Balans assumes {unit} (the setting) – is that right? Otherwise choose the unit.",
  },
  tableUnitRead: {
    sv: "Enheten {unit} står i tabellen.",
    en: "The unit {unit} is given in the table.",
  },
  ownStaffCost: {
    sv: "Kostnad egen personal (tal eller cell)",
    en: "Own staff cost (number or cell)",
  },
  agencyCost: {
    sv: "Kostnad inhyrd personal (tal eller cell)",
    en: "Agency staff cost (number or cell)",
  },
  fte: { sv: "Årsarbetare", en: "FTE" },
  priorYearFte: { sv: "Årsarbetare fg år", en: "FTE prior year" },
  category: { sv: "Kategori", en: "Category" },
  share: {
    sv: "Andel av personalkostnaden: {share} (mål {target}).",
    en: "Share of own staff cost: {share} (target {target}).",
  },
  shareLabel: { sv: "Andel hyrpersonal", en: "Agency share" },
  shareAbove: { sv: "Över målet med {excess} {unit}.", en: "Above target by {excess} {unit}." },
  shareBelow: { sv: "Inom målet.", en: "Within target." },
  createStaffingSheet: { sv: "Skapa bemanningsblad", en: "Create staffing sheet" },

  hoursPerMonth: {
    sv: "Timmar per månad och heltid",
    en: "Hours per month per full-time position",
  },
  hoursPerMonth165: { sv: "165 (regionernas antagande)", en: "165 (the regions' assumption)" },
  hoursPerMonth142: { sv: "142 (faktiskt arbetad tid)", en: "142 (worked-time basis)" },
  unit: { sv: "Enhet", en: "Unit" },
  signConvention: { sv: "Teckenkonvention", en: "Sign convention" },
  costsNegative: {
    sv: "Kostnader negativa (som i rapporterna)",
    en: "Costs negative (as in the reports)",
  },
  costsPositive: { sv: "Kostnader positiva", en: "Costs positive" },
  followUpYear: { sv: "Uppföljningsår", en: "Follow-up year" },
  thresholdOnTrack: {
    sv: "Enligt plan från (andel av förväntat)",
    en: "On track from (share of expected)",
  },
  thresholdAtRisk: { sv: "Risk från (andel av förväntat)", en: "At risk from (share of expected)" },
  targetShare: { sv: "Mål för andel hyrpersonal", en: "Target agency share" },
  language: { sv: "Språk", en: "Language" },
  languageAuto: { sv: "Som Office", en: "As Office" },
  save: { sv: "Spara i arbetsboken", en: "Save in the workbook" },
  saved: {
    sv: "Inställningarna sparades i arbetsboken.",
    en: "The settings were saved in the workbook.",
  },
  problemEmpty: {
    sv: "Markeringen {address} är tom. Markera hela tabellen med rubrikraden.",
    en: "The selection {address} is empty. Select the whole table with its header row.",
  },
  problemSingleCell: {
    sv: "Bara en cell ({address}) är markerad. Markera hela tabellen med rubrikraden.",
    en: "Only one cell ({address}) is selected. Select the whole table with its header row.",
  },
  problemNoMonths: {
    sv: "Ingen rubrikrad med månader (t.ex. jan, feb, mar eller 2024-01) hittades i de första raderna av {address}.",
    en: "No header row with months (e.g. jan, feb, mar or 2024-01) was found in the first rows of {address}.",
  },
  problemDuplicateMonth: {
    sv: "Cell {cell}: månaden '{text}' finns redan i rubrikraden.",
    en: "Cell {cell}: the month '{text}' already appears in the header row.",
  },
  problemMonthsOutOfOrder: {
    sv: "Cell {cell}: månaden '{text}' kommer i fel ordning.",
    en: "Cell {cell}: the month '{text}' is out of order.",
  },
  problemNoNameColumn: {
    sv: "Ingen kolumn med namn hittades till vänster om månaderna i {address}.",
    en: "No column of names was found left of the months in {address}.",
  },
  problemNoNumbers: {
    sv: "Inga tal hittades under rubrikraden i {address}.",
    en: "No numbers were found below the header row in {address}.",
  },
  problemNoEffectColumn: {
    sv: "Ingen kolumn med helårseffekt hittades (t.ex. rubriken 'Helårseffekt' eller 'Mkr' före månaderna).",
    en: "No full-year effect column was found (e.g. a 'Full-year effect' or 'Mkr' header before the months).",
  },
  problemErrorValue: {
    sv: "Cell {cell} innehåller felvärdet {text}.",
    en: "Cell {cell} holds the error value {text}.",
  },
  problemNotANumber: {
    sv: "Cell {cell}: '{text}' är inte ett tal.",
    en: "Cell {cell}: '{text}' is not a number.",
  },
  problemNotAMonth: {
    sv: "Cell {cell}: '{text}' är ingen månad.",
    en: "Cell {cell}: '{text}' is not a month.",
  },
  problemBlankEffect: {
    sv: "Cell {cell}: helårseffekten är tom för '{text}'.",
    en: "Cell {cell}: the full-year effect is blank for '{text}'.",
  },
  problemUnmatchedRows: {
    sv: "Raderna i {cell} går inte att para ihop med tabellens rader: namnen finns inte i tabellen och antalet rader skiljer sig.",
    en: "The rows of {cell} cannot be paired with the table's rows: their names are not in the table and the number of rows differs.",
  },
  problemMergedCells: {
    sv: "Tabellen {cell} har sammanfogade celler. Dela upp dem först, annars hamnar värden fel.",
    en: "The table {cell} has merged cells. Unmerge them first, or values land in the wrong place.",
  },
  problemTooLarge: {
    sv: "Markeringen är för stor ({count} celler). Markera bara tabellen.",
    en: "The selection is too large ({count} cells). Select just the table.",
  },
  problemNameTaken: {
    sv: 'Det finns redan ett blad som heter "{name}".',
    en: 'A sheet named "{name}" already exists.',
  },
  problemNotBalansSheet: {
    sv: 'Bladet "{name}" är inte ett blad som Balans skapade för den här tabellen, så Balans skriver inte i det.',
    en: 'Sheet "{name}" is not a sheet Balans created for this table, so Balans does not write to it.',
  },
  sheetExists: {
    sv: 'Balans har redan skapat bladet "{name}" från den här tabellen.',
    en: 'Balans already created sheet "{name}" from this table.',
  },
  updateSheet: { sv: 'Uppdatera "{name}"', en: 'Update "{name}"' },
  newSheet: { sv: "Skapa ett nytt blad", en: "Create a new sheet" },
  sheetUpdated: {
    sv: 'Bladet "{name}" skrevs om med {count} celler. Inget av dina egna celler ändrades.',
    en: 'Sheet "{name}" was rewritten with {count} cells. None of your own cells were changed.',
  },
  problemWorkbookProtected: {
    sv: "Arbetsboken är skyddad, så inget nytt blad kan läggas till. Ta bort skyddet och försök igen.",
    en: "The workbook is protected, so no sheet can be added. Remove the protection and try again.",
  },
  problemWriteFailed: {
    sv: "Excel kunde inte skriva bladet ({text}). Inget blev kvar av det.",
    en: "Excel could not write the sheet ({text}). Nothing of it was left behind.",
  },
  problemWriteFailedLeftBehind: {
    sv: 'Excel kunde inte skriva bladet ({text}), och det halvskrivna bladet "{name}" kunde inte tas bort. Ta bort det själv; inget av dina egna celler ändrades.',
    en: 'Excel could not write the sheet ({text}), and the half-written sheet "{name}" could not be removed. Please delete it; none of your own cells were changed.',
  },
  problemFiguresStoredAsText: {
    sv: "Tal lagrade som text i {cells}. Balans läser dem, men Excels SUMMA i det nya bladet skulle hoppa över dem. Gör om dem till tal (Data › Text till kolumner) och skapa bladet igen.",
    en: "Figures stored as text in {cells}. Balans reads them, but Excel's SUM in the new sheet would skip them. Convert them to numbers (Data › Text to Columns) and create the sheet again.",
  },
  problemMonthsNotContiguous: {
    sv: "Månadskolumnerna måste gå från januari utan luckor för att formlerna ska kunna läsa dem som ett område.",
    en: "The month columns must run from January without gaps for the formulas to read them as one range.",
  },
  problemNumberOrCell: {
    sv: "{field}: '{text}' är varken ett tal eller en cell med ett tal.",
    en: "{field}: '{text}' is neither a number nor a cell holding one.",
  },
  problemShape: {
    sv: "{role}: markeringen har {found} värden, men {expected} behövs (en per rad i utfallet, eller ett för totalen).",
    en: "{role}: the selection has {found} values, but {expected} are needed (one per line of the actuals, or one for the total).",
  },
  problemPriorYears: {
    sv: "{role}: varje år behöver 12 ifyllda månader; markeringen har {found}.",
    en: "{role}: each year needs 12 filled months; the selection has {found}.",
  },
  problemCellEditMode: {
    sv: "Excel redigerar en cell just nu. Avsluta redigeringen (Enter eller Esc) och försök igen.",
    en: "Excel is editing a cell. Finish editing (Enter or Esc) and try again.",
  },
  problemInvalidAddress: {
    sv: "'{text}' är ingen cell eller inget område i arbetsboken.",
    en: "'{text}' is not a cell or range in the workbook.",
  },
  problemReadFailed: {
    sv: "Excel kunde inte läsa markeringen ({text}).",
    en: "Excel could not read the selection ({text}).",
  },
  problemSettingsFailed: {
    sv: "Inställningarna kunde inte sparas i arbetsboken ({text}).",
    en: "The settings could not be saved in the workbook ({text}).",
  },
  problemUnexpected: { sv: "Oväntat fel: {text}", en: "Unexpected error: {text}" },
  settingsProblemTitle: { sv: "Inställningarna sparades inte", en: "The settings were not saved" },
  sheetFollowUpName: { sv: "Uppföljning {period}", en: "Follow-up {period}" },
  sheetFollowUpTitle: {
    sv: "Uppföljning handlingsplan {period} ({unit})",
    en: "Action plan follow-up {period} ({unit})",
  },
  sheetMonth: { sv: "Månad", en: "Month" },
  sheetDeficit: { sv: "Ingångsläge", en: "Starting position" },
  sheetPerformance: { sv: "Utfall mot plan", en: "Against plan" },
  sheetForecastName: { sv: "Prognos {period}", en: "Forecast {period}" },
  sheetForecastTitle: {
    sv: "Prognoskontroll {period} ({unit})",
    en: "Forecast check {period} ({unit})",
  },
  sheetStaffingName: { sv: "Bemanning {period}", en: "Staffing {period}" },
  sheetStaffingTitle: {
    sv: "Inhyrd personal i årsarbetare {period}",
    en: "Agency staff in FTE {period}",
  },
  sheetSource: { sv: "Formlerna läser från {source}.", en: "The formulas read from {source}." },
  sheetActuals: { sv: "Utfall", en: "Actuals" },
  sheetBudget: { sv: "Budget", en: "Budget" },
  sheetPriorYear: { sv: "Utfall {year}", en: "Actuals {year}" },
  sheetStated: { sv: "Lämnad prognos", en: "Stated forecast" },
  sheetChange: { sv: "Förändring", en: "Change" },
  sheetInTotal: { sv: "I totalen", en: "In total" },
  sheetYes: { sv: "ja", en: "yes" },
  sheetNo: { sv: "nej", en: "no" },
  sheetOnTrackFrom: { sv: "Enligt plan från", en: "On track from" },
  sheetAtRiskFrom: { sv: "Risk från", en: "At risk from" },
  sheetNoDeficit: {
    sv: "Inget ingångsläge angivet: skriv det i {cell}.",
    en: "No starting position given: enter it in {cell}.",
  },
  sheetCostIncreasingNote: {
    sv: "Uppfyllelse visas inte för kostnadsökande åtgärder (negativ helårseffekt): de bedöms på avvikelsen från plan.",
    en: "Achievement is not shown for cost-increasing measures (negative full-year effect): they are judged by their deviation from plan.",
  },
  chartFollowUp: { sv: "Förväntat mot uppnått", en: "Expected against achieved" },
  chartForecast: {
    sv: "Ackumulerat utfall, budget och prognos",
    en: "Cumulative actual, budget and forecast",
  },
  cumulativeActual: { sv: "Ack utfall", en: "Cumulative actual" },
  cumulativeBudget: { sv: "Ack budget", en: "Cumulative budget" },
  months: { sv: "Månader", en: "Months" },
  invalidSetting: {
    sv: "{field}: '{text}' är inte ett giltigt värde.",
    en: "{field}: '{text}' is not a valid value.",
  },

  // Readings that may be out of date, and what a write left on its sheet.
  staleReading: {
    sv: "Cellerna som lästes har ändrats sedan dess: siffrorna kan vara inaktuella.",
    en: "The cells that were read have changed since: the figures may be out of date.",
  },
  reread: { sv: "Läs om", en: "Read again" },
  rereading: { sv: "Läser om…", en: "Reading again…" },
  sourceGone: {
    sv: "{address} finns inte längre (bladet har bytt namn eller tagits bort). Markera tabellen och läs den igen.",
    en: "{address} no longer exists (its sheet was renamed or deleted). Select the table and read it again.",
  },
  sourceChanged: {
    sv: "{address} har ändrats sedan den lästes (först {cell}: '{before}' → '{after}'). Inget blad skapades: tryck Läs om och kontrollera siffrorna.",
    en: "{address} has changed since it was read (first {cell}: '{before}' → '{after}'). No sheet was created: press Read again and check the figures.",
  },
  sourceReshaped: {
    sv: "{address} har inte längre samma storlek som när den lästes. Inget blad skapades: markera tabellen och läs den igen.",
    en: "{address} is no longer the size it was when read. No sheet was created: select the table and read it again.",
  },
  restoreFailed: {
    sv: "Det gick inte att läsa om {address} från förra gången: {text}",
    en: "{address} from last time could not be read again: {text}",
  },
  sheetCreatedWithErrors: {
    sv: 'Bladet "{name}" skapades, men {count} celler visar fel: {cells}. Kontrollera källtabellen; om felet är #NAME? känner Excel inte igen Balans-funktionerna (ladda om tillägget).',
    en: 'Sheet "{name}" was created, but {count} cells show errors: {cells}. Check the source table; #NAME? means Excel does not know the Balans functions (reload the add-in).',
  },
  writeWarningTitle: { sv: "Bladet har fel", en: "The sheet has errors" },
  startupFailed: { sv: "Balans kunde inte starta", en: "Balans could not start" },
  renderFailed: {
    sv: "Något gick fel i Balans-fönstret",
    en: "Something went wrong in the Balans pane",
  },
  startupAdvice: {
    sv: "Stäng fönstret och öppna det igen från fliken Start (Visa Balans). Hjälper inte det: spara arbetsboken, starta om Excel och försök igen. Felet: {text}",
    en: "Close the pane and open it again from the Home tab (Show Balans). If that does not help: save the workbook, restart Excel and try again. The error: {text}",
  },
  tryAgain: { sv: "Försök igen", en: "Try again" },
} as const;

export type StringKey = keyof typeof STRINGS;
export type Params = Record<string, string | number>;

/** A task-pane string in the language, with numbers written the language's way. */
export function translate(language: Language, key: StringKey, params: Params = {}): string {
  return STRINGS[key][language].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return `{${name}}`;
    return typeof value === "number" ? formatNumber(value, language, 1) : value;
  });
}

export type Translate = (key: StringKey, params?: Params) => string;

export function translator(language: Language): Translate {
  return (key, params) => translate(language, key, params);
}
