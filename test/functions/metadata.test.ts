/**
 * The worksheet functions are a public contract: ids, argument names, optionality and
 * dimensionality, generated from the JSDoc exactly as the build does, and their Swedish names.
 */
import { createHash } from "crypto";
import { readFileSync } from "fs";
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import {
  FunctionMetadata,
  localizeMetadata,
  shippedMetadata,
} from "../../scripts/localize-metadata";
import swedish from "../../src/functions/sv-se.json";
import versions from "./metadataVersions.json";

type Argument = [name: string, optional: boolean, range: boolean];
const req = (name: string, range = false): Argument => [name, false, range];
const opt = (name: string, range = false): Argument => [name, true, range];

const CONTRACT: Record<string, { args: Argument[]; spills?: boolean }> = {
  "EFFECT.EXPECTED": {
    args: [req("full_year_effect"), req("month"), opt("start_month"), opt("phasing", true)],
  },
  "EFFECT.ACHIEVED": { args: [req("monthly_effects", true), opt("cumulative"), opt("month")] },
  "EFFECT.RATE": {
    args: [
      req("achieved"),
      req("full_year_effect"),
      req("month"),
      opt("start_month"),
      opt("phasing", true),
    ],
  },
  "EFFECT.FORECAST": {
    args: [
      req("achieved"),
      req("full_year_effect"),
      req("month"),
      opt("method"),
      opt("start_month"),
      opt("phasing", true),
    ],
  },
  "EFFECT.YOY": { args: [req("current_to_date"), req("prior_to_date"), opt("index_change")] },
  "GAP.BALANCE": { args: [req("deficit"), req("effects", true)] },
  FORECAST: {
    args: [
      req("actuals", true),
      opt("month"),
      opt("budget", true),
      opt("method"),
      opt("prior_years", true),
    ],
  },
  "FORECAST.METHODS": {
    args: [req("actuals", true), opt("month"), opt("budget", true), opt("prior_years", true)],
    spills: true,
  },
  "FORECAST.IMPLIED": { args: [req("stated_forecast"), req("actuals", true), opt("month")] },
  "FORECAST.ACCURACY": { args: [req("history", true), req("month"), opt("method")] },
  GAP: { args: [req("value"), req("budget")] },
  FTE: { args: [req("hours"), opt("months"), opt("hours_per_month")] },
  "FTE.FROMCOST": {
    args: [
      req("cost"),
      req("hourly_price"),
      opt("months"),
      opt("hours_per_month"),
      opt("cost_unit"),
    ],
  },
  "AGENCY.SHARE": { args: [req("agency_cost"), req("staff_cost")] },
};

let functions: FunctionMetadata[];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(["src/functions/functions.ts"], true);
  expect(generated.errors).toEqual([]);
  functions = JSON.parse(generated.metadataJson).functions;
});

const byId = (id: string) => functions.find((f) => f.id === id) as FunctionMetadata;

test("exactly the contract's functions exist, English name = id", () => {
  expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(CONTRACT).sort());
  for (const f of functions) expect(f.name).toBe(f.id);
});

test.each(Object.entries(CONTRACT))("%s has the contract's arguments", (id, { args, spills }) => {
  const f = byId(id);
  const actual = f.parameters.map((p): Argument => [
    p.name,
    p.optional === true,
    p.dimensionality === "matrix",
  ]);
  expect(actual).toEqual(args);
  expect(f.result.dimensionality === "matrix").toBe(spills === true);
});

test("every function and argument has an English help text", () => {
  for (const f of functions) {
    expect(f.description?.length).toBeGreaterThan(20);
    for (const p of f.parameters) expect(p.description?.length).toBeGreaterThan(5);
  }
});

describe("Swedish metadata", () => {
  let localized: FunctionMetadata[];
  let problems: string[];

  beforeAll(() => {
    ({
      metadata: { functions: localized },
      problems,
    } = localizeMetadata({ functions }, swedish));
  });

  test("translates every function and argument, with nothing left over", () => {
    expect(problems).toEqual([]);
  });

  test("keeps every id, so formulas stay the same in every language", () => {
    expect(localized.map((f) => f.id)).toEqual(functions.map((f) => f.id));
  });

  test("gives each function a distinct Swedish name that Excel accepts", () => {
    const names = localized.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    // Excel: starts with a letter, then letters, digits, periods or underscores; at least 3 characters.
    for (const name of names) expect(name).toMatch(/^\p{L}[\p{L}\d._]{2,}$/u);
    expect(names).toContain("EFFEKT.FÖRVÄNTAD");
    expect(names).toContain("ÅRSARBETARE");
  });

  test("has Swedish help for every function and argument, different from the English", () => {
    localized.forEach((f, index) => {
      expect(f.description).not.toBe(functions[index].description);
      f.parameters.forEach((p, position) => {
        expect(p.description).not.toBe(functions[index].parameters[position].description);
        expect(p.optional).toBe(functions[index].parameters[position].optional);
      });
    });
  });

  test("reports a missing translation instead of shipping English", () => {
    const withoutGap = Object.fromEntries(
      Object.entries(swedish.functions).filter(([id]) => id !== "GAP"),
    );
    const result = localizeMetadata({ functions }, { ...swedish, functions: withoutGap });
    expect(result.problems).toEqual(["GAP: no Swedish translation"]);
  });
});

/**
 * Excel caches a custom function's metadata (names, arguments, help) until the manifest's <Version>
 * changes (office-js #3316, #2777): metadata changed under the same version leaves users with the
 * old functions. metadataVersions.json records, per manifest version, a fingerprint of the metadata
 * as it ships (English and Swedish, with the help URLs of a dev build).
 */
describe("the manifest version follows the function metadata", () => {
  const manifestVersion = /<Version>([^<]+)<\/Version>/.exec(
    readFileSync(join(__dirname, "../../manifest.xml"), "utf8"),
  )?.[1];
  const fingerprint = () => {
    const shipped = shippedMetadata({ functions }, swedish, "https://localhost:3000/help.html");
    return createHash("sha256")
      .update(JSON.stringify([shipped.english, shipped.swedish]))
      .digest("hex");
  };
  const latest = versions[versions.length - 1];
  const versionNumbers = (version: string) => version.split(".").map(Number);
  const isAfter = (a: string, b: string) => {
    const [x, y] = [versionNumbers(a), versionNumbers(b)];
    const index = x.findIndex((part, i) => part !== y[i]);
    return index >= 0 && x[index] > y[index];
  };

  test("the metadata is the one recorded for the manifest's version", () => {
    const now = fingerprint();
    if (now !== latest.metadataSha256) {
      throw new Error(
        `The function metadata changed. Raise <Version> in manifest.xml above ${latest.manifestVersion} and append ` +
          `{ "manifestVersion": "<the new version>", "metadataSha256": "${now}" } to test/functions/metadataVersions.json.`,
      );
    }
    expect(manifestVersion).toBe(latest.manifestVersion);
  });

  test("each recorded version is later than the one before and has other metadata", () => {
    versions.slice(1).forEach((entry, index) => {
      expect([
        entry.manifestVersion,
        isAfter(entry.manifestVersion, versions[index].manifestVersion),
      ]).toEqual([entry.manifestVersion, true]);
    });
    const fingerprints = versions.map((entry) => entry.metadataSha256);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
    for (const entry of versions) expect(entry.manifestVersion).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  test("the fingerprint sees a changed help text", () => {
    const changed = functions.map((f, index) =>
      index === 0 ? { ...f, description: `${f.description} ` } : f,
    );
    const shipped = shippedMetadata(
      { functions: changed },
      swedish,
      "https://localhost:3000/help.html",
    );
    expect(
      createHash("sha256")
        .update(JSON.stringify([shipped.english, shipped.swedish]))
        .digest("hex"),
    ).not.toBe(fingerprint());
  });
});
