/**
 * The production build, as shared by the run (test/support/productionBuild.ts): the only check that
 * the shipped files are what the manifest points at.
 */
import fs from "fs";
import path from "path";
import { JSDOM } from "jsdom";
import { HOSTED_AT, productionBuild, ProductionBuild } from "./support/productionBuild";

let build: ProductionBuild;
const read = (file: string) => fs.readFileSync(path.join(build.dir, file), "utf8");

beforeAll(async () => {
  build = await productionBuild();
}, 300_000);

test("builds without errors", () => {
  expect(build.errors).toEqual([]);
});

test("writes the files the manifest points at", () => {
  for (const file of [
    "functions.js",
    "functions.json",
    "functions.sv-se.json",
    "taskpane.html",
    "taskpane.js",
    "help.html",
    "manifest.xml",
  ]) {
    expect(fs.existsSync(path.join(build.dir, file))).toBe(true);
  }
  for (const size of [16, 32, 64, 80])
    expect(fs.existsSync(path.join(build.dir, `assets/icon-${size}.png`))).toBe(true);
});

test("the functions bundle registers every function; the task pane bundle does not", () => {
  const ids = (JSON.parse(read("functions.json")).functions as { id: string }[]).map((f) => f.id);
  expect(ids).toHaveLength(14);
  const functionsJs = read("functions.js");
  expect(functionsJs).toContain("CustomFunctions.associate");
  for (const id of ids) expect(functionsJs).toContain(`"${id}"`);
  expect(read("taskpane.js")).not.toContain("CustomFunctions.associate");
});

test("the pane ships no table of Fluent's tokens: the bundles build each from its name", () => {
  // The table's entry, a string of its own; Fluent's compiled CSS has the variable inside its rules.
  const tableEntry = /["'`]var\(--colorNeutralForeground1\)["'`]/;
  for (const script of fs.readdirSync(build.dir).filter((file) => file.endsWith(".js")))
    expect([script, tableEntry.test(read(script))]).toEqual([script, false]);
});

test("the Swedish metadata has the same ids with Swedish names", () => {
  const english = JSON.parse(read("functions.json")).functions as { id: string; name: string }[];
  const swedish = JSON.parse(read("functions.sv-se.json")).functions as {
    id: string;
    name: string;
  }[];
  expect(swedish.map((f) => f.id)).toEqual(english.map((f) => f.id));
  expect(swedish.find((f) => f.id === "FTE")?.name).toBe("ÅRSARBETARE");
});

test("the shared-runtime page loads office.js from Microsoft's CDN, then both bundles", () => {
  const html = read("taskpane.html");
  // The address Microsoft's documentation gives since 2026 (office-js-docs-pr #5882), not the old one.
  expect(html).toMatch(
    /src="?https:\/\/officeapis\.public\.onecdn\.static\.microsoft\/1\/office\.js"?/,
  );
  expect(html).not.toContain("appsforoffice.microsoft.com");
  expect(html.indexOf("office.js")).toBeLessThan(html.indexOf("functions.js"));
  expect(html).toContain("taskpane.js");
});

test("the production bundles carry no HyperFormula (GPL) nor ExcelJS: those serve the preview only", () => {
  // Every script, the views' lazily loaded chunks too.
  const scripts = fs.readdirSync(build.dir).filter((file) => file.endsWith(".js"));
  expect(scripts).toEqual(expect.arrayContaining(["taskpane.js", "functions.js"]));
  for (const file of scripts) {
    const bundle = read(file);
    expect(bundle).not.toMatch(/hyperformula/i);
    expect(bundle).not.toMatch(/exceljs/i);
  }
  expect(fs.readdirSync(build.dir).filter((file) => /hyperformula|exceljs/i.test(file))).toEqual(
    [],
  );
});

describe("the help page", () => {
  const ids = () =>
    (JSON.parse(read("functions.json")).functions as { id: string }[]).map((f) => f.id);

  test("has one section per function, its anchor the function id, and no other", () => {
    const { document } = new JSDOM(read("help.html")).window;
    const anchors = Array.from(document.querySelectorAll("section.function")).map(
      (section) => section.id,
    );
    expect([...anchors].sort()).toEqual([...ids()].sort());
  });

  test("is what each function's helpUrl, in both languages, points at", () => {
    for (const file of ["functions.json", "functions.sv-se.json"]) {
      const functions = JSON.parse(read(file)).functions as { id: string; helpUrl?: string }[];
      expect(functions.map((f) => f.helpUrl)).toEqual(
        functions.map((f) => `${HOSTED_AT}help.html#${f.id}`),
      );
    }
  });

  test("is the manifest's support and learn-more page", () => {
    const manifest = read("manifest.xml");
    expect(manifest).toContain(`<SupportUrl DefaultValue="${HOSTED_AT}help.html"/>`);
    expect(manifest).toContain(
      `<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="${HOSTED_AT}help.html"/>`,
    );
  });

  test("renders without a script, in Swedish and English", () => {
    const { document } = new JSDOM(read("help.html")).window;
    expect(document.querySelectorAll("script")).toHaveLength(0);
    expect(document.documentElement.lang).toBe("sv");
    expect(document.querySelectorAll('[lang="en"]').length).toBeGreaterThan(14);
    for (const heading of ["Integritet", "Privacy", "Åtgärdsfönstret", "The task pane"])
      expect(document.body.textContent).toContain(heading);
  });
});
