/**
 * The production build: webpack with the metadata plugins, into a temporary folder. Slow-ish (a few
 * seconds), but it is the only check that the shipped files are what the manifest points at.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { JSDOM } from "jsdom";
import webpack from "webpack";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../webpack.config.js") as (env: object, options: object) => Promise<webpack.Configuration>;

let outDir: string;
let stats: webpack.Stats;
const read = (file: string) => fs.readFileSync(path.join(outDir, file), "utf8");

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), "balans-build-"));
  const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
  config.output = { ...config.output, path: outDir };
  stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (error, result) => (error || !result ? reject(error) : resolve(result))),
  );
}, 300_000);

afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

test("builds without errors", () => {
  expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
});

test("writes the files the manifest points at", () => {
  for (const file of ["functions.js", "functions.json", "functions.sv-se.json", "taskpane.html", "taskpane.js", "help.html", "manifest.xml"]) {
    expect(fs.existsSync(path.join(outDir, file))).toBe(true);
  }
  for (const size of [16, 32, 64, 80]) expect(fs.existsSync(path.join(outDir, `assets/icon-${size}.png`))).toBe(true);
});

test("the functions bundle registers every function; the task pane bundle does not", () => {
  const ids = (JSON.parse(read("functions.json")).functions as { id: string }[]).map((f) => f.id);
  expect(ids).toHaveLength(14);
  const functionsJs = read("functions.js");
  expect(functionsJs).toContain("CustomFunctions.associate");
  for (const id of ids) expect(functionsJs).toContain(`"${id}"`);
  expect(read("taskpane.js")).not.toContain("CustomFunctions.associate");
});

test("the Swedish metadata has the same ids with Swedish names", () => {
  const english = JSON.parse(read("functions.json")).functions as { id: string; name: string }[];
  const swedish = JSON.parse(read("functions.sv-se.json")).functions as { id: string; name: string }[];
  expect(swedish.map((f) => f.id)).toEqual(english.map((f) => f.id));
  expect(swedish.find((f) => f.id === "FTE")?.name).toBe("ÅRSARBETARE");
});

test("the shared-runtime page loads office.js from Microsoft's CDN, then both bundles", () => {
  const html = read("taskpane.html");
  // The address Microsoft's documentation gives since 2026 (office-js-docs-pr #5882), not the old one.
  expect(html).toMatch(/src="?https:\/\/officeapis\.public\.onecdn\.static\.microsoft\/1\/office\.js"?/);
  expect(html).not.toContain("appsforoffice.microsoft.com");
  expect(html.indexOf("office.js")).toBeLessThan(html.indexOf("functions.js"));
  expect(html).toContain("taskpane.js");
});

test("the production bundles carry no HyperFormula (GPL) nor ExcelJS: those serve the preview only", () => {
  for (const file of ["taskpane.js", "functions.js"]) {
    const bundle = read(file);
    expect(bundle).not.toMatch(/hyperformula/i);
    expect(bundle).not.toMatch(/exceljs/i);
  }
  expect(fs.readdirSync(outDir).filter((file) => /hyperformula|exceljs/i.test(file))).toEqual([]);
});

describe("the help page", () => {
  const ids = () => (JSON.parse(read("functions.json")).functions as { id: string }[]).map((f) => f.id);

  test("has one section per function, its anchor the function id, and no other", () => {
    const { document } = new JSDOM(read("help.html")).window;
    const anchors = Array.from(document.querySelectorAll("section.function")).map((section) => section.id);
    expect([...anchors].sort()).toEqual([...ids()].sort());
  });

  test("is what each function's helpUrl, in both languages, points at", () => {
    for (const file of ["functions.json", "functions.sv-se.json"]) {
      const functions = JSON.parse(read(file)).functions as { id: string; helpUrl?: string }[];
      expect(functions.map((f) => f.helpUrl)).toEqual(functions.map((f) => `https://localhost:3000/help.html#${f.id}`));
    }
  });

  test("is the manifest's support and learn-more page", () => {
    const manifest = read("manifest.xml");
    expect(manifest).toContain('<SupportUrl DefaultValue="https://localhost:3000/help.html"/>');
    expect(manifest).toContain('<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/help.html"/>');
  });

  test("renders without a script, in Swedish and English", () => {
    const { document } = new JSDOM(read("help.html")).window;
    expect(document.querySelectorAll("script")).toHaveLength(0);
    expect(document.documentElement.lang).toBe("sv");
    expect(document.querySelectorAll('[lang="en"]').length).toBeGreaterThan(14);
    for (const heading of ["Integritet", "Privacy", "Åtgärdsfönstret", "The task pane"]) expect(document.body.textContent).toContain(heading);
  });
});
