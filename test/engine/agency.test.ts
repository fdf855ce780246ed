import { AgencyCategory, analyseAgency, isSubtotalName } from "../../src/engine";
import { agencyHours2023, agencyTable2024, yearOverYear2024 } from "../../src/samples/seeds";
import { defined } from "../support/defined";

const MILLION = 1_000_000;

describe("FTE from hours (DOMAIN §3, seed 001)", () => {
  test("59 400 hours over January–March at 165 h a month are 120 FTE; the period is the months reported", () => {
    const perMonth = agencyHours2023.hours / 3;
    const analysis = analyseAgency([
      { name: "Inhyrda", hours: [perMonth, perMonth, perMonth, null] },
    ]);
    expect(analysis.months).toBe(agencyHours2023.months);
    expect(analysis.categories[0].hours).toBe(agencyHours2023.hours);
    expect(analysis.categories[0].fte).toBeCloseTo(agencyHours2023.fte, 9);
  });

  test("the same hours at 142 h a month (worked time) are 165/142 times as many FTE", () => {
    const hours = [agencyHours2023.hours];
    const at165 = defined(
      analyseAgency([{ name: "Inhyrda", hours }], { months: 3 }).categories[0].fte,
    );
    const at142 = defined(
      analyseAgency([{ name: "Inhyrda", hours }], { months: 3, hoursPerMonth: 142 }).categories[0]
        .fte,
    );
    expect(at142 / at165).toBeCloseTo(165 / 142, 12);
  });

  test("the period counts every month any category reports, blank months of one category included", () => {
    const analysis = analyseAgency([
      { name: "Läkare", hours: [1650, 1650, null] },
      { name: "Sjuksköterskor", cost: [null, null, 500_000], hourlyPrice: 700 },
    ]);
    expect(analysis.months).toBe(3);
    expect(analysis.categories[0].fte).toBeCloseTo(3300 / (3 * 165), 12);
  });

  test("hours win over cost", () => {
    const [nurses] = analyseAgency(
      [{ name: "Sjuksköterskor", hours: [19800], cost: [13_860_000], hourlyPrice: 900 }],
      { months: 3 },
    ).categories;
    expect(nurses.fte).toBeCloseTo(19800 / 495, 12);
  });
});

describe("the agency table of seed 004 (mkr, January–March)", () => {
  const nurseRow = agencyTable2024.rows[2];

  test("nurses: 40,9 mkr at 685,7 kr/h are 120,5 FTE, 41,9 more than 2023's 78,6", () => {
    const [nurses] = analyseAgency(
      [
        {
          name: nurseRow.category,
          cost: [nurseRow.cost2024 * MILLION],
          hourlyPrice: 685.7,
          prior: { fte: nurseRow.fte2023 },
        },
      ],
      { months: 3 },
    ).categories;
    expect(nurses.fte).toBeCloseTo(nurseRow.fte2024, 1);
    expect(nurses.priorFte).toBe(78.6);
    expect(nurses.change).toBeCloseTo(41.9, 1);
  });

  const categories: AgencyCategory[] = agencyTable2024.rows.map((row) => ({
    name: row.category,
    cost: [row.cost2024],
    prior: { cost: row.cost2023, fte: row.fte2023 },
  }));

  test("'varav primärvård' is shown but left out of the total: 89,8 mkr, 15,6 more than 2023", () => {
    const analysis = analyseAgency(categories, { months: 3 });
    expect(analysis.categories.map((category) => category.isSubtotal)).toEqual([
      false,
      true,
      false,
      false,
    ]);
    expect(analysis.categories[1].cost).toBe(15.8);
    expect(analysis.total.cost).toBeCloseTo(agencyTable2024.total.cost2024, 9);
  });

  test("a category with neither hours nor a priced cost gets an error; the others are still computed", () => {
    const priced = categories.map((category) =>
      category.name === nurseRow.category
        ? { ...category, cost: [nurseRow.cost2024 * MILLION], hourlyPrice: 685.7 }
        : category,
    );
    const analysis = analyseAgency([...priced, { name: "Okänd" }], { months: 3 });
    const [doctors, , nurses, , unknown] = analysis.categories;
    expect(doctors.fte).toBeUndefined();
    expect(doctors.error).toMatchObject({ code: "blankRequired", params: { arg: "hourly_price" } });
    expect(unknown.error).toMatchObject({ code: "blankRequired", params: { arg: "hours" } });
    expect(nurses.fte).toBeCloseTo(120.5, 1);
    expect(nurses.error).toBeUndefined();
    expect(analysis.total.fte).toBeUndefined(); // a sum missing rows would pass for the whole
  });

  test("the total FTE adds the categories' FTE, without the subtotal", () => {
    const hours = (fte: number) => [fte * 3 * 165];
    const analysis = analyseAgency(
      agencyTable2024.rows.map((row) => ({
        name: row.category,
        hours: hours(row.fte2024),
        prior: { fte: row.fte2023 },
      })),
      { months: 3 },
    );
    expect(analysis.total.fte).toBeCloseTo(agencyTable2024.total.fte2024, 9);
    expect(analysis.total.priorFte).toBeCloseTo(agencyTable2024.total.fte2023, 9);
    expect(analysis.total.change).toBeCloseTo(45.6, 9);
  });
});

describe("agency cost as a share of own staff cost (seed 004, tkr)", () => {
  const { agencyCostToDate, staffCostToDate } = yearOverYear2024;

  test("89 945 of 686 374 tkr is 13,1 %, above the 2 % target by 89 945 − 2 % × 686 374 tkr", () => {
    const { share } = analyseAgency([], {
      ownStaffCost: staffCostToDate,
      agencyCostTotal: agencyCostToDate,
    });
    expect(share?.share).toBeCloseTo(0.131, 3);
    expect(share?.target).toBe(0.02);
    expect(share?.aboveTarget).toBe(true);
    // costs negative, so the excess is a cost too
    expect(share?.excessCost).toBeCloseTo(-(89945 - 0.02 * 686374), 6);
  });

  test("the categories' total cost is the agency cost when none is given", () => {
    const { share } = analyseAgency(
      [
        { name: "Läkare", cost: [-60000] },
        { name: "varav primärvård", cost: [-20000] },
        { name: "Sjuksköterskor", cost: [-29945] },
      ],
      { ownStaffCost: staffCostToDate },
    );
    expect(share?.share).toBeCloseTo(89945 / 686374, 12);
  });

  test("under a higher target the share is not above it", () => {
    const { share } = analyseAgency([], {
      ownStaffCost: staffCostToDate,
      agencyCostTotal: agencyCostToDate,
      targetShare: 0.15,
    });
    expect(share?.aboveTarget).toBe(false);
  });

  test("costs of opposite signs give a share error, not a crash", () => {
    const analysis = analyseAgency([{ name: "Läkare", hours: [1650] }], {
      ownStaffCost: 686374,
      agencyCostTotal: -89945,
    });
    expect(analysis.share).toBeUndefined();
    expect(analysis.shareError).toMatchObject({ code: "signsDiffer" });
    expect(analysis.categories[0].fte).toBeCloseTo(10, 12);
  });

  test("without own staff cost there is no share", () => {
    expect(analyseAgency([{ name: "Läkare", cost: [-100] }]).share).toBeUndefined();
  });
});

test("'varav' and 'of which' rows are subtotals, whatever the case; an explicit flag wins", () => {
  expect(isSubtotalName("varav primärvård")).toBe(true);
  expect(isSubtotalName("  Varav akutsjukvård")).toBe(true);
  expect(isSubtotalName("Of which primary care")).toBe(true);
  expect(isSubtotalName("Läkare")).toBe(false);
  expect(isSubtotalName("Övrigt varav")).toBe(false);
  expect(isSubtotalName("Varavdelning")).toBe(false);
  const { categories } = analyseAgency(
    [{ name: "varav primärvård", hours: [100], isSubtotal: false }],
    { months: 1 },
  );
  expect(categories[0].isSubtotal).toBe(false);
});

describe("units where they meet", () => {
  test("costs in mkr at a price in kr/h: seed 004's nurses, 40,9 mkr at 685,7 over 3 months = 120,5 FTE", () => {
    const analysis = analyseAgency(
      [{ name: "Sjuksköterskor", cost: [13.6, 13.6, 13.7], hourlyPrice: 685.7 }],
      { costUnit: "mkr" },
    );
    expect(analysis.categories[0].fte).toBeCloseTo(40_900_000 / 685.7 / (3 * 165), 9);
  });

  test("agency cost in mkr against own staff cost in tkr: 89,945 mkr / 686 374 tkr = 13,1 %, excess in mkr", () => {
    const analysis = analyseAgency([{ name: "Sjuksköterskor", hours: [1, 1, 1] }], {
      costUnit: "mkr",
      agencyCostTotal: { value: -89.945, unit: "mkr" },
      ownStaffCost: { value: -686_374, unit: "tkr" },
    });
    expect(analysis.share?.share).toBeCloseTo(89_945 / 686_374, 12);
    expect(analysis.share?.excessCost).toBeCloseTo((89_945 / 686_374 - 0.02) * -686.374, 9);
  });
});
