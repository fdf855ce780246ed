/**
 * Hardening checks on what ships: the Content-Security-Policy of every page, no eval in the bundles,
 * no address outside the add-in and Microsoft's Office CDN, the manifest's single permission, and no
 * usage data from the office-addin-* tools.
 *
 * Reads the run's shared production build, made with a real hosting URL
 * (test/support/productionBuild.ts), so the checks see the files as they would be deployed, whatever
 * state dist/ is in.
 */
import fs from "fs";
import path from "path";
import { JSDOM } from "jsdom";
import { HOSTED_AT, loadWebpackConfig, productionBuild } from "./support/productionBuild";

const ROOT = path.join(__dirname, "..");
const OFFICE_CDN = "https://officeapis.public.onecdn.static.microsoft";
const OFFICE_JS = `${OFFICE_CDN}/1/office.js`;

let outDir: string;
const files = (extension: string): string[] =>
  fs
    .readdirSync(outDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(extension))
    .sort();
const read = (file: string): string => fs.readFileSync(path.join(outDir, file), "utf8");

beforeAll(async () => {
  const build = await productionBuild();
  expect(build.errors).toEqual([]);
  outDir = build.dir;
}, 300_000);

// ---------------------------------------------------------------------------------------------
// Content-Security-Policy

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const directive of text.split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The policy of an HTML page's <meta http-equiv="Content-Security-Policy">; there must be exactly one. */
function pagePolicy(html: string): Policy {
  const { document } = new JSDOM(html).window;
  const metas = Array.from(document.querySelectorAll("meta[http-equiv]")).filter(
    (meta) => meta.getAttribute("http-equiv")?.toLowerCase() === "content-security-policy",
  );
  expect(metas).toHaveLength(1);
  // A meta policy applies only to what comes after it: it must precede every script.
  const first = document.head.querySelector("meta[http-equiv], script");
  expect(first).toBe(metas[0]);
  return parsePolicy(metas[0].getAttribute("content") ?? "");
}

/** What the policy must say, for the template and for every built page. */
function checkPolicy(policy: Policy): void {
  expect(policy.get("default-src")).toEqual(["'self'"]);
  // Scripts: the add-in's own origin and Microsoft's Office CDN, nothing inline, no eval.
  expect(policy.get("script-src")).toEqual(["'self'", OFFICE_CDN]);
  // Fluent UI's Griffel inserts <style> elements at run time: styles need 'unsafe-inline', nothing else does.
  expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  expect(policy.get("connect-src")).toEqual(["'self'"]);
  // office.js frames its trust prompt (Excel on the web) from its own CDN folder.
  expect(policy.get("frame-src")).toEqual([OFFICE_CDN]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'self'"]);
  for (const [name, sources] of policy) {
    expect([
      name,
      sources.filter(
        (source) =>
          ["'unsafe-eval'", "'wasm-unsafe-eval'", "*", "data:", "blob:"].includes(source) &&
          name !== "img-src",
      ),
    ]).toEqual([name, []]);
    if (name !== "style-src")
      expect([name, sources.includes("'unsafe-inline'")]).toEqual([name, false]);
  }
}

describe("Content-Security-Policy", () => {
  it("is in the task pane's HTML template", () => {
    checkPolicy(pagePolicy(fs.readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8")));
  });

  it("is on every built page, ahead of its scripts, which all come from the add-in or the Office CDN", () => {
    const pages = files(".html");
    expect(pages).toEqual(["help.html", "taskpane.html"]);
    for (const page of pages) {
      const html = read(page);
      checkPolicy(pagePolicy(html));
      const scripts = Array.from(new JSDOM(html).window.document.querySelectorAll("script"));
      // The task pane loads office.js and the bundles; the help page is static.
      expect([page, scripts.length > 0]).toEqual([page, page === "taskpane.html"]);
      for (const script of scripts) {
        // An inline script would be refused by the policy: every script has a src.
        const src = script.getAttribute("src") ?? "";
        expect(src).not.toBe("");
        expect(src.startsWith(`${OFFICE_CDN}/`) || !/^[a-z]+:|^\/\//i.test(src)).toBe(true);
      }
    }
  });

  it("rejects a policy that allows eval or inline scripts", () => {
    const good = `default-src 'self'; script-src 'self' ${OFFICE_CDN}; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-src ${OFFICE_CDN}; object-src 'none'; base-uri 'self'`;
    expect(() => checkPolicy(parsePolicy(good))).not.toThrow();
    expect(() =>
      checkPolicy(
        parsePolicy(good.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'")),
      ),
    ).toThrow();
    expect(() =>
      checkPolicy(
        parsePolicy(good.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")),
      ),
    ).toThrow();
    expect(() =>
      checkPolicy(parsePolicy(good.replace("connect-src 'self'", "connect-src *"))),
    ).toThrow();
    // The old office.js address alone: office.js from the current CDN could not load its host files.
    expect(() =>
      checkPolicy(parsePolicy(good.replaceAll(OFFICE_CDN, "https://appsforoffice.microsoft.com"))),
    ).toThrow();
  });
});

// ---------------------------------------------------------------------------------------------
// Bundles

/** A direct or indirect eval, or a function made from a string. */
const EVAL = /\beval\s*\(|,\s*eval\s*\)\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]/;

describe("bundles", () => {
  it("never call eval( or new Function(", () => {
    const scripts = files(".js");
    expect(scripts).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
    for (const script of scripts)
      expect([script, EVAL.exec(read(script))?.[0] ?? null]).toEqual([script, null]);
  });

  it("the eval check finds what it looks for", () => {
    for (const code of [
      'a=eval("1")',
      "x = new Function('return this')()",
      "window.eval (s)",
      "(0,eval)(s)",
      'Function("return this")',
    ]) {
      expect(EVAL.test(code)).toBe(true);
    }
    expect(EVAL.test("retrieval(x); medieval (y); obj.evaluate(z)")).toBe(false);
  });

  it("development builds use source maps, not eval-based ones", async () => {
    const config = await loadWebpackConfig(HOSTED_AT)(
      { WEBPACK_BUILD: true },
      { mode: "development" },
    );
    expect(String(config.devtool)).not.toMatch(/eval/);
  });
});

// ---------------------------------------------------------------------------------------------
// Addresses in what ships

/**
 * URLs that appear in the bundles as text and are never requested: XML namespaces React DOM sets on
 * SVG and MathML elements, and the page React's production error messages point to.
 */
const INERT_URLS = [
  /^http:\/\/www\.w3\.org\/(1999\/xlink|2000\/svg|XML\/1998\/namespace|1998\/Math\/MathML)$/,
  /^https:\/\/react\.dev\/errors\/$/,
];
/** XML namespaces in the manifest. */
const NAMESPACES =
  /^http:\/\/(schemas\.microsoft\.com\/office\/|www\.w3\.org\/2001\/XMLSchema-instance$)/;

const urlsIn = (text: string): string[] => [
  ...new Set(text.match(/\b(?:https?|wss?|ftp):\/\/[^\s"'`<>)\\]*/g) ?? []),
];

describe("addresses", () => {
  it("the bundles name no third-party address", () => {
    for (const script of files(".js")) {
      const unexpected = urlsIn(read(script)).filter(
        (url) => !INERT_URLS.some((inert) => inert.test(url)),
      );
      expect([script, unexpected]).toEqual([script, []]);
    }
  });

  it("the pages load nothing but office.js from outside the add-in", () => {
    for (const page of files(".html")) {
      const { document } = new JSDOM(read(page)).window;
      // The policy itself names the CDN; everything else a page refers to must be the CDN's office.js.
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.remove();
      expect([page, urlsIn(document.documentElement.outerHTML)]).toEqual([
        page,
        page === "taskpane.html" ? [OFFICE_JS] : [],
      ]);
    }
  });

  it("the manifest and the function metadata point only at where the add-in is hosted", () => {
    const manifest = read("manifest.xml").replace(/<!--[\s\S]*?-->/g, "");
    const urls = [...urlsIn(manifest), ...files(".json").flatMap((file) => urlsIn(read(file)))];
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !url.startsWith(HOSTED_AT) && !NAMESPACES.test(url))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Manifest and telemetry

describe("manifest", () => {
  it("asks for ReadWriteDocument and nothing more", () => {
    const { document } = new JSDOM(read("manifest.xml"), { contentType: "application/xml" }).window;
    const permissions = Array.from(document.getElementsByTagName("Permissions"));
    expect(permissions.map((element) => element.textContent?.trim())).toEqual([
      "ReadWriteDocument",
    ]);
    // No single sign-on scopes, no extended (e.g. device) permissions, no extra domains to navigate to.
    for (const element of [
      "WebApplicationInfo",
      "Scopes",
      "ExtendedPermissions",
      "DevicePermissions",
      "AppDomains",
    ]) {
      expect([element, document.getElementsByTagName(element).length]).toEqual([element, 0]);
    }
  });
});

/** Every installed copy of a package, at any depth of node_modules. */
function installedCopies(name: string, dir = path.join(ROOT, "node_modules"), depth = 0): string[] {
  if (depth > 4 || !fs.existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith("@")) {
      found.push(...installedCopies(name, full, depth));
      continue;
    }
    if (
      path.relative(path.join(ROOT, "node_modules"), full).replace(/\\/g, "/").endsWith(name) &&
      fs.existsSync(path.join(full, "package.json"))
    )
      found.push(full);
    found.push(...installedCopies(name, path.join(full, "node_modules"), depth + 1));
  }
  return found;
}

describe("usage data", () => {
  it("is off in every installed copy of office-addin-usage-data, whatever the user's settings say", () => {
    // office-addin-usage-data 2.1+ removed reporting: every method is a no-op and isUsageDataOn() is
    // always false, even when asked for "on". An older copy (which sent to Application Insights)
    // coming back with an update would fail here.
    const copies = installedCopies("office-addin-usage-data");
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { OfficeAddinUsageData } = require(path.join(copy, "lib/usageData.js")) as {
        OfficeAddinUsageData: new (options: object) => {
          isUsageDataOn(): boolean;
          getUsageDataLevel(): string;
        };
      };
      const usageData = new OfficeAddinUsageData({
        projectName: "balans",
        usageDataLevel: "on",
        instrumentationKey: "x",
        raisePrompt: false,
      });
      expect([copy, usageData.isUsageDataOn(), usageData.getUsageDataLevel()]).toEqual([
        copy,
        false,
        "off",
      ]);
    }
  });

  it("no telemetry client is installed", () => {
    for (const client of [
      "applicationinsights",
      "@microsoft/applicationinsights-web",
      "@microsoft/1ds-core-js",
    ]) {
      expect([client, installedCopies(client)]).toEqual([client, []]);
    }
  });
});
