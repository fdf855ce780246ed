/**
 * BALANS_URL, where the production add-in is hosted: normalised to an https URL with a trailing
 * slash, so that every manifest URL is whole ("…/assets/icon-32.png", never "…seassets/…").
 */
import fs from "fs";
import path from "path";
import webpack from "webpack";

type MakeConfig = (env: object, options: object) => Promise<webpack.Configuration>;

describe("BALANS_URL", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { hostingUrl } = require("../scripts/webpack-common.js") as {
    hostingUrl: (value: string | undefined, fallback: string) => string;
  };
  const fallback = "https://localhost:3000/";

  test.each([
    ["https://balans.region.se", "https://balans.region.se/"],
    ["https://balans.region.se/", "https://balans.region.se/"],
    ["https://cdn.region.se/balans", "https://cdn.region.se/balans/"],
    ["https://cdn.region.se/balans/", "https://cdn.region.se/balans/"],
    ["HTTPS://Balans.Region.SE:8443/a", "https://balans.region.se:8443/a/"],
  ])("%s is hosted at %s", (value, expected) => {
    expect(hostingUrl(value, fallback)).toBe(expected);
  });

  test("unset or empty is the dev origin", () => {
    expect(hostingUrl(undefined, fallback)).toBe(fallback);
    expect(hostingUrl("", fallback)).toBe(fallback);
  });

  test.each([
    ["http://balans.region.se/", "must use https"],
    ["balans.region.se", "not an absolute URL"],
    ["https://balans.region.se/?v=2", "query or a fragment"],
    ["https://balans.region.se/#x", "query or a fragment"],
  ])("%s is refused (%s)", (value, reason) => {
    expect(() => hostingUrl(value, fallback)).toThrow(reason);
  });

  test("without a trailing slash, the production manifest still gets whole URLs", async () => {
    const previous = process.env.BALANS_URL;
    process.env.BALANS_URL = "https://balans.region.se";
    let config: webpack.Configuration | undefined;
    try {
      let load: MakeConfig | undefined;
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        load = require("../webpack.config.js") as MakeConfig;
      });
      config = await load?.({ WEBPACK_BUILD: true }, { mode: "production" });
    } finally {
      if (previous === undefined) delete process.env.BALANS_URL;
      else process.env.BALANS_URL = previous;
    }
    type CopyPattern = { from: string; transform?: (content: Buffer) => string };
    const copy = config?.plugins?.find(
      (plugin) => plugin?.constructor.name === "CopyPlugin",
    ) as unknown as { patterns: CopyPattern[] };
    const manifest = copy.patterns.find((pattern) => pattern.from === "manifest.xml");
    const transformed =
      manifest?.transform?.(fs.readFileSync(path.join(__dirname, "../manifest.xml"))) ?? "";
    expect(transformed).toContain('"https://balans.region.se/assets/icon-32.png"');
    expect(transformed).toContain('"https://balans.region.se/help.html"');
    expect(transformed).not.toContain("https://localhost:3000/");
    expect(transformed).not.toMatch(/balans\.region\.se[a-z]/);
  });

  test("http is refused when the config loads, so no build can point at it", () => {
    const previous = process.env.BALANS_URL;
    process.env.BALANS_URL = "http://balans.region.se/";
    try {
      expect(() =>
        jest.isolateModules(() => {
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          require("../webpack.config.js");
        }),
      ).toThrow("must use https");
    } finally {
      if (previous === undefined) delete process.env.BALANS_URL;
      else process.env.BALANS_URL = previous;
    }
  });
});
