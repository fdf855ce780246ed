/**
 * Offline checks of manifest.xml (`office-addin-manifest validate` needs Microsoft's online service).
 *
 * The XML is parsed with jsdom's namespace-aware XML parser (already installed for
 * jest-environment-jsdom), which throws on input that is not well-formed. Each check is a plain
 * function of the parsed document; the last describe block feeds every check a deliberately broken
 * manifest, so a check that silently matches nothing cannot pass unnoticed.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { JSDOM } from "jsdom";
import { SWEDISH_FUNCTION_LOCALES } from "../src/excel/dialect";

const ROOT = join(__dirname, "..");
const MANIFEST_XML = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const DEV_ORIGIN = "https://localhost:3000";

const NS = {
  office: "http://schemas.microsoft.com/office/appforoffice/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xmlns: "http://www.w3.org/2000/xmlns/",
};

/** Child order of <OfficeApp xsi:type="TaskPaneApp"> in the schema (all but the required ones are optional). */
const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
  "ExtendedOverrides",
];
const OFFICE_APP_REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];
const HOST_ORDER = ["Runtimes", "AllFormFactors", "DesktopFormFactor"];

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
const RESOURCES_ORDER: ResourceKind[] = ["Images", "Urls", "ShortStrings", "LongStrings"];
interface Resource {
  id: string;
  kind: ResourceKind;
  element: Element;
}

/** Which resource group an element's `resid` must point into, by the referencing element's name. */
const RESID_KIND: Record<string, ResourceKind> = {
  Image: "Images",
  Runtime: "Urls",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

/** Elements whose DefaultValue (and whose <Override> children's Value) is a URL. */
const URL_ELEMENTS = [
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "SourceLocation",
  "Url",
  "Image",
];

// ---------------------------------------------------------------------------------------------
// DOM helpers

function parseManifest(xml: string): Document {
  return new JSDOM(xml, { contentType: "application/xml" }).window.document;
}

function all(scope: Document | Element, ns: string, name: string): Element[] {
  return Array.from(scope.getElementsByTagNameNS(ns, name));
}

function one(scope: Document | Element, ns: string, name: string): Element {
  const found = all(scope, ns, name);
  if (found.length !== 1) throw new Error(`expected exactly one <${name}>, found ${found.length}`);
  return found[0];
}

function children(element: Element): Element[] {
  return Array.from(element.children);
}

function xsiType(element: Element): string | null {
  return element.getAttributeNS(NS.xsi, "type");
}

function attr(element: Element, name: string): string {
  const value = element.getAttribute(name);
  if (value === null) throw new Error(`<${element.localName}> has no ${name} attribute`);
  return value;
}

function extensionPoint(doc: Document, type: string): Element {
  const points = all(doc, NS.ov, "ExtensionPoint").filter((point) => xsiType(point) === type);
  if (points.length !== 1)
    throw new Error(`expected one ${type} extension point, found ${points.length}`);
  return points[0];
}

/** The resid of the single <SourceLocation> under the given child (Page, Metadata, ...) of `scope`. */
function sourceLocationResid(scope: Element, childName: string): string {
  return attr(one(one(scope, NS.ov, childName), NS.ov, "SourceLocation"), "resid");
}

function resources(doc: Document): Resource[] {
  const container = one(doc, NS.ov, "Resources");
  return RESOURCES_ORDER.flatMap((kind) =>
    all(container, NS.bt, kind).flatMap((group) =>
      children(group).map((element) => ({ id: attr(element, "id"), kind, element })),
    ),
  );
}

function resource(doc: Document, id: string, kind: ResourceKind): Element {
  const found = resources(doc).filter((r) => r.id === id && r.kind === kind);
  if (found.length !== 1)
    throw new Error(`expected one ${kind} resource "${id}", found ${found.length}`);
  return found[0].element;
}

function overrides(element: Element): Element[] {
  return children(element).filter((child) => child.localName === "Override");
}

function duplicates(values: string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

function pathname(url: string): string {
  return new URL(url).pathname;
}

/** Every URL in the manifest, labelled with where it was found. */
function manifestUrls(doc: Document): { where: string; url: string }[] {
  const urls: { where: string; url: string }[] = [];
  for (const element of all(doc, "*", "*")) {
    const name = element.localName;
    if (URL_ELEMENTS.includes(name) && element.hasAttribute("DefaultValue")) {
      urls.push({
        where: `<${name}> ${element.getAttribute("id") ?? ""}`,
        url: attr(element, "DefaultValue"),
      });
    }
    const parent = element.parentElement;
    if (name === "Override" && parent && URL_ELEMENTS.includes(parent.localName)) {
      urls.push({
        where: `<${parent.localName}> Override ${element.getAttribute("Locale")}`,
        url: attr(element, "Value"),
      });
    }
    if (name === "AppDomain") urls.push({ where: "<AppDomain>", url: element.textContent ?? "" });
  }
  return urls;
}

function protocolOf(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return "not an absolute URL";
  }
}

/** Width and height from a PNG's IHDR chunk (always the first chunk, right after the signature). */
function pngSize(file: string): string {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString("latin1", 12, 16) !== "IHDR")
    return "not a PNG";
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

/** Each icon URL the manifest references, with the pixel size it is used at. */
function referencedIcons(doc: Document): { url: string; size: number }[] {
  const base = [
    { url: attr(one(doc, NS.office, "IconUrl"), "DefaultValue"), size: 32 },
    { url: attr(one(doc, NS.office, "HighResolutionIconUrl"), "DefaultValue"), size: 64 },
  ];
  const ribbon = all(doc, NS.bt, "Image")
    .filter((image) => image.hasAttribute("resid"))
    .map((image) => ({
      url: attr(resource(doc, attr(image, "resid"), "Images"), "DefaultValue"),
      size: Number(attr(image, "size")),
    }));
  return [...base, ...ribbon];
}

// ---------------------------------------------------------------------------------------------
// Checks: each throws (through expect) when the manifest is wrong.

function checkRoot(doc: Document): void {
  const root = doc.documentElement;
  expect({ ns: root.namespaceURI, name: root.localName, type: xsiType(root) }).toEqual({
    ns: NS.office,
    name: "OfficeApp",
    type: "TaskPaneApp",
  });
  for (const prefix of ["xsi", "bt", "ov"] as const) {
    expect(root.getAttributeNS(NS.xmlns, prefix)).toBe(NS[prefix]);
  }
  const overridesElement = one(doc, NS.ov, "VersionOverrides");
  expect(overridesElement.parentElement).toBe(root);
  expect(xsiType(overridesElement)).toBe("VersionOverridesV1_0");
}

function expectSchemaOrder(parent: Element, order: string[], required: string[] = []): void {
  const names = children(parent).map((child) => child.localName);
  expect(names.filter((name) => !order.includes(name))).toEqual([]);
  expect(duplicates(names)).toEqual([]);
  expect(names).toEqual([...names].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  expect(required.filter((name) => !names.includes(name))).toEqual([]);
}

function checkElementOrder(doc: Document): void {
  expectSchemaOrder(doc.documentElement, OFFICE_APP_ORDER, OFFICE_APP_REQUIRED);
  expectSchemaOrder(one(doc, NS.ov, "Host"), HOST_ORDER);
  expectSchemaOrder(one(doc, NS.ov, "Resources"), RESOURCES_ORDER);
}

function checkResidsResolve(doc: Document): void {
  const defined = resources(doc);
  expect(duplicates(defined.map((r) => r.id))).toEqual([]);
  const references = all(doc, "*", "*").filter((element) => element.hasAttribute("resid"));
  expect(references.length).toBeGreaterThan(0);
  const unresolved = references.flatMap((element) => {
    const resid = attr(element, "resid");
    const expectedKind = RESID_KIND[element.localName];
    const target = defined.find((r) => r.id === resid);
    if (target && target.kind === expectedKind) return [];
    return [
      `<${element.localName} resid="${resid}"> wants ${expectedKind}, found ${target?.kind ?? "nothing"}`,
    ];
  });
  expect(unresolved).toEqual([]);
}

function checkResourcesUsed(doc: Document): void {
  const referenced = new Set(all(doc, "*", "*").map((element) => element.getAttribute("resid")));
  expect(
    resources(doc)
      .map((r) => r.id)
      .filter((id) => !referenced.has(id)),
  ).toEqual([]);
}

function checkHttps(doc: Document): void {
  const urls = manifestUrls(doc);
  expect(urls.length).toBeGreaterThan(0);
  expect(urls.filter(({ url }) => protocolOf(url) !== "https:")).toEqual([]);
}

function checkDevOrigin(doc: Document): void {
  expect(manifestUrls(doc).filter(({ url }) => !url.startsWith(`${DEV_ORIGIN}/`))).toEqual([]);
}

function checkSharedRuntime(doc: Document): void {
  const runtime = one(one(doc, NS.ov, "Runtimes"), NS.ov, "Runtime");
  expect(runtime.getAttribute("lifetime")).toBe("long");
  const resid = attr(runtime, "resid");
  const showTaskpane = all(doc, NS.ov, "Action").filter(
    (action) => xsiType(action) === "ShowTaskpane",
  );
  const residsThatMustMatch = {
    FunctionFile: attr(one(doc, NS.ov, "FunctionFile"), "resid"),
    customFunctionsPage: sourceLocationResid(extensionPoint(doc, "CustomFunctions"), "Page"),
    showTaskpaneActions: showTaskpane.map((action) =>
      attr(one(action, NS.ov, "SourceLocation"), "resid"),
    ),
  };
  expect(residsThatMustMatch).toEqual({
    FunctionFile: resid,
    customFunctionsPage: resid,
    showTaskpaneActions: showTaskpane.map(() => resid),
  });
  expect(pathname(attr(resource(doc, resid, "Urls"), "DefaultValue"))).toMatch(/\/taskpane\.html$/);
  // The shared-runtime doc: no <TaskpaneId> on the button's action, which opens the runtime's page.
  expect(showTaskpane.flatMap((action) => all(action, NS.ov, "TaskpaneId"))).toEqual([]);
}

function checkSharedRuntimeRequirement(doc: Document): void {
  const sets = all(one(doc, NS.office, "Requirements"), NS.office, "Set");
  // SharedRuntime 1.1 for the one runtime; ExcelApi 1.13 for Range.getMergedAreasOrNullObject, which
  // src/excel/readTable.ts calls unguarded to refuse merged cells (README, "Supported Excel").
  expect(sets.map((set) => [set.getAttribute("Name"), set.getAttribute("MinVersion")])).toEqual([
    ["SharedRuntime", "1.1"],
    ["ExcelApi", "1.13"],
  ]);
}

function checkHelpPage(doc: Document): void {
  const support = attr(one(doc, NS.office, "SupportUrl"), "DefaultValue");
  const learnMore = attr(
    resource(doc, attr(one(doc, NS.ov, "LearnMoreUrl"), "resid"), "Urls"),
    "DefaultValue",
  );
  expect([pathname(support), pathname(learnMore)]).toEqual(["/help.html", "/help.html"]);
  expect(existsSync(join(ROOT, "src/help/help.html"))).toBe(true);
}

function checkPermissions(doc: Document): void {
  expect(one(doc, NS.office, "Permissions").textContent).toBe("ReadWriteDocument");
}

function checkNamespace(doc: Document): void {
  const resid = attr(one(extensionPoint(doc, "CustomFunctions"), NS.ov, "Namespace"), "resid");
  const string = resource(doc, resid, "ShortStrings");
  const values = [attr(string, "DefaultValue"), ...overrides(string).map((o) => attr(o, "Value"))];
  expect(new Set(values)).toEqual(new Set(["BALANS"]));
}

/**
 * The Swedish metadata for exactly the locales the pane writes Swedish function names for
 * (src/excel/dialect.ts), and no other override: a Swedish formula where Excel loaded English names
 * is #NAME? (office-js #891), and the other way round too.
 */
function checkSwedishMetadata(doc: Document): void {
  const resid = sourceLocationResid(extensionPoint(doc, "CustomFunctions"), "Metadata");
  const url = resource(doc, resid, "Urls");
  expect(pathname(attr(url, "DefaultValue"))).toMatch(/\/functions\.json$/);
  const served = overrides(url).map((o) => [
    o.getAttribute("Locale")?.toLowerCase(),
    pathname(attr(o, "Value")),
  ]);
  expect(served).toEqual(
    SWEDISH_FUNCTION_LOCALES.map((locale) => [
      locale.toLowerCase(),
      expect.stringMatching(/\/functions\.sv-se\.json$/),
    ]),
  );
}

function checkIconFiles(doc: Document): void {
  const icons = referencedIcons(doc).map(({ url, size }) => ({
    path: pathname(url).slice(1),
    size,
  }));
  expect(icons.filter(({ path }) => !path.startsWith("assets/"))).toEqual([]);
  const actual = icons.map(
    ({ path }) =>
      `${path}: ${existsSync(join(ROOT, path)) ? pngSize(join(ROOT, path)) : "missing"}`,
  );
  expect(actual).toEqual(icons.map(({ path, size }) => `${path}: ${size}x${size}`));
}

function checkLocales(doc: Document): void {
  expect(one(doc, NS.office, "DefaultLocale").textContent).toBe("sv-SE");
  const displayed = [
    one(doc, NS.office, "DisplayName"),
    one(doc, NS.office, "Description"),
    ...resources(doc)
      .filter(
        (r) =>
          (r.kind === "ShortStrings" || r.kind === "LongStrings") && r.id !== "Functions.Namespace",
      )
      .map((r) => r.element),
  ];
  const untranslated = displayed
    .filter((element) => !overrides(element).some((o) => o.getAttribute("Locale") === "en-US"))
    .map((element) => element.getAttribute("id") ?? element.localName);
  expect(untranslated).toEqual([]);
}

// ---------------------------------------------------------------------------------------------

describe("manifest.xml", () => {
  let parsed: Document | undefined;
  const doc = (): Document => (parsed ??= parseManifest(MANIFEST_XML));

  it("is well-formed XML", () => {
    expect(() => doc()).not.toThrow();
  });

  it("has an OfficeApp TaskPaneApp root with the Office namespaces and VersionOverridesV1_0", () =>
    checkRoot(doc()));
  it("keeps OfficeApp, Host and Resources children in schema order", () =>
    checkElementOrder(doc()));
  it("resolves every resid to a resource of the right kind, each id defined once", () =>
    checkResidsResolve(doc()));
  it("references every resource it defines", () => checkResourcesUsed(doc()));
  it("uses https for every URL", () => checkHttps(doc()));
  it(`points every URL at the dev origin ${DEV_ORIGIN} (the build rewrites it)`, () =>
    checkDevOrigin(doc()));
  it("shares one long-lived runtime between task pane, commands and custom functions", () =>
    checkSharedRuntime(doc()));
  it("requires SharedRuntime 1.1 and ExcelApi 1.13", () => checkSharedRuntimeRequirement(doc()));
  it("sends Support and Learn more to the help page", () => checkHelpPage(doc()));
  it("asks for exactly ReadWriteDocument permission", () => checkPermissions(doc()));
  it("names the custom functions namespace BALANS", () => checkNamespace(doc()));
  it("serves Swedish function metadata for exactly the Swedish locales dialect.ts writes Swedish names for", () =>
    checkSwedishMetadata(doc()));
  it("references icon files that exist under assets/ with the right pixel sizes", () =>
    checkIconFiles(doc()));
  it("defaults to sv-SE and translates every visible string to en-US", () => checkLocales(doc()));
});

/** Replaces the first occurrence of `from`, failing loudly if it is not there. */
function replaceFirst(xml: string, from: string, to: string): string {
  if (!xml.includes(from)) throw new Error(`mutation target not found: ${from}`);
  return xml.replace(from, to);
}

const mutate = (from: string, to: string) => (xml: string) => replaceFirst(xml, from, to);
const PERMISSIONS = "<Permissions>ReadWriteDocument</Permissions>";
const SWEDISH_METADATA = 'Locale="sv-SE" Value="https://localhost:3000/functions.sv-se.json"';

describe("each check rejects a broken manifest", () => {
  it("rejects XML that is not well-formed", () => {
    expect(() => parseManifest(replaceFirst(MANIFEST_XML, "</Permissions>", ""))).toThrow();
  });

  it.each<[string, (xml: string) => string, (doc: Document) => void]>([
    ["wrong add-in type", mutate('xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"'), checkRoot],
    ["wrong bt namespace", mutate("officeappbasictypes/1.0", "officeappbasictypes/9.9"), checkRoot],
    [
      "Permissions before Hosts",
      (xml) => replaceFirst(replaceFirst(xml, PERMISSIONS, ""), "<Hosts>", `${PERMISSIONS}<Hosts>`),
      checkElementOrder,
    ],
    [
      "missing DefaultLocale",
      mutate("<DefaultLocale>sv-SE</DefaultLocale>", ""),
      checkElementOrder,
    ],
    [
      "unknown resid",
      mutate('<Label resid="BalansGroup.Label"/>', '<Label resid="Nope.Label"/>'),
      checkResidsResolve,
    ],
    [
      "resid of the wrong kind",
      mutate(
        '<Description resid="TaskpaneButton.Tooltip"/>',
        '<Description resid="TaskpaneButton.Label"/>',
      ),
      checkResidsResolve,
    ],
    [
      "duplicate resource id",
      mutate(
        '<bt:Url id="Taskpane.Url"',
        '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/x.html"/><bt:Url id="Taskpane.Url"',
      ),
      checkResidsResolve,
    ],
    [
      "unused resource",
      mutate(
        "<bt:Images>",
        '<bt:Images><bt:Image id="Icon.Unused" DefaultValue="https://localhost:3000/assets/icon-128.png"/>',
      ),
      checkResourcesUsed,
    ],
    [
      "http script URL",
      mutate("https://localhost:3000/functions.js", "http://localhost:3000/functions.js"),
      checkHttps,
    ],
    [
      "http URL in an Override",
      mutate(SWEDISH_METADATA, SWEDISH_METADATA.replace("https:", "http:")),
      checkHttps,
    ],
    [
      "relative icon URL",
      mutate("https://localhost:3000/assets/icon-32.png", "assets/icon-32.png"),
      checkHttps,
    ],
    [
      "foreign origin",
      mutate("https://localhost:3000/functions.js", "https://example.com/functions.js"),
      checkDevOrigin,
    ],
    ["short runtime lifetime", mutate('lifetime="long"', 'lifetime="short"'), checkSharedRuntime],
    [
      "FunctionFile on another page",
      mutate(
        '<FunctionFile resid="Taskpane.Url"/>',
        '<FunctionFile resid="GetStarted.LearnMoreUrl"/>',
      ),
      checkSharedRuntime,
    ],
    [
      "runtime not on taskpane.html",
      mutate(
        'id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"',
        'id="Taskpane.Url" DefaultValue="https://localhost:3000/index.html"',
      ),
      checkSharedRuntime,
    ],
    [
      "no SharedRuntime requirement",
      mutate('Name="SharedRuntime"', 'Name="DialogApi"'),
      checkSharedRuntimeRequirement,
    ],
    [
      "SharedRuntime 1.0",
      mutate('Name="SharedRuntime" MinVersion="1.1"', 'Name="SharedRuntime" MinVersion="1.0"'),
      checkSharedRuntimeRequirement,
    ],
    [
      "read-only permission",
      mutate(PERMISSIONS, "<Permissions>ReadDocument</Permissions>"),
      checkPermissions,
    ],
    ["other namespace", mutate('DefaultValue="BALANS"', 'DefaultValue="CONTOSO"'), checkNamespace],
    ["no sv-SE metadata", mutate('Locale="sv-SE"', 'Locale="de-DE"'), checkSwedishMetadata],
    [
      "no sv-FI metadata",
      mutate(
        '<bt:Override Locale="sv-FI" Value="https://localhost:3000/functions.sv-se.json"/>',
        "",
      ),
      checkSwedishMetadata,
    ],
    [
      "a TaskpaneId on the button",
      mutate(
        '<Action xsi:type="ShowTaskpane">',
        '<Action xsi:type="ShowTaskpane"><TaskpaneId>ButtonId1</TaskpaneId>',
      ),
      checkSharedRuntime,
    ],
    [
      "no ExcelApi 1.13",
      mutate('<Set Name="ExcelApi" MinVersion="1.13"/>', ""),
      checkSharedRuntimeRequirement,
    ],
    [
      "support on the task pane",
      mutate(
        '<SupportUrl DefaultValue="https://localhost:3000/help.html"/>',
        '<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>',
      ),
      checkHelpPage,
    ],
    ["sv-SE metadata file", mutate("functions.sv-se.json", "functions.json"), checkSwedishMetadata],
    ["icon of the wrong size", mutate("assets/icon-16.png", "assets/icon-32.png"), checkIconFiles],
    ["missing icon file", mutate("assets/icon-80.png", "assets/icon-81.png"), checkIconFiles],
    [
      "untranslated button label",
      mutate('<bt:Override Locale="en-US" Value="Show Balans"/>', ""),
      checkLocales,
    ],
  ])("%s", (_name, breakManifest, check) => {
    const broken = parseManifest(breakManifest(MANIFEST_XML));
    expect(() => check(broken)).toThrow();
  });

  it("accepts the sv-SE metadata locale in any case", () => {
    checkSwedishMetadata(
      parseManifest(replaceFirst(MANIFEST_XML, 'Locale="sv-SE"', 'Locale="sv-se"')),
    );
  });
});
