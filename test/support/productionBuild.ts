/**
 * One production build per test run, shared by every test that checks what ships (build.test.ts,
 * security.test.ts): the first to ask builds it into test-results/production-build/ (ignored), the
 * others wait for it and read the same files. jest.config.js's global setup removes the folder when a
 * run starts, so no run reads an earlier run's build.
 *
 * Built with a real hosting URL, so the manifest and metadata read as they would be deployed.
 */
import fs from "fs";
import path from "path";
import webpack from "webpack";

export const HOSTED_AT = "https://balans.example.se/";
export const BUILD_DIR = path.resolve(__dirname, "..", "..", "test-results", "production-build");
const RESULT = path.join(BUILD_DIR, "build-result.json");
// mkdir is atomic: the worker that creates it builds, the others wait for RESULT.
const LOCK = `${BUILD_DIR}.lock`;
const WAIT_MS = 300_000;

export interface ProductionBuild {
  dir: string;
  /** webpack's error messages; [] for a clean build. */
  errors: string[];
}

type MakeConfig = (env: object, options: object) => Promise<webpack.Configuration>;

/** Runs `load` with BALANS_URL set to `url`: webpack.config.js reads it when it is loaded. */
function withBalansUrl<T>(url: string, load: () => T): T {
  const previous = process.env.BALANS_URL;
  process.env.BALANS_URL = url;
  try {
    return load();
  } finally {
    if (previous === undefined) delete process.env.BALANS_URL;
    else process.env.BALANS_URL = previous;
  }
}

/**
 * webpack.config.js for hosting at `url`, in its own module registry, for tests of the configuration
 * alone. Not for building: the metadata plugin and its loader (which adds the CustomFunctions.associate
 * calls) must share one registry.
 */
export function loadWebpackConfig(url: string): MakeConfig {
  let makeConfig: MakeConfig | undefined;
  withBalansUrl(url, () =>
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      makeConfig = require("../../webpack.config.js") as MakeConfig;
    }),
  );
  if (!makeConfig) throw new Error("webpack.config.js exports no configuration");
  return makeConfig;
}

async function build(): Promise<ProductionBuild> {
  // Only this function loads webpack.config.js outside an isolated registry, once per run.
  const makeConfig = withBalansUrl(
    HOSTED_AT,
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    () => require("../../webpack.config.js") as MakeConfig,
  );
  const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
  config.output = { ...config.output, path: BUILD_DIR };
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (error, result) => (error || !result ? reject(error) : resolve(result))),
  );
  const errors = (stats.toJson({ all: false, errors: true }).errors ?? []).map(
    (error) => error.message,
  );
  return { dir: BUILD_DIR, errors };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The run's production build: built now by the first caller, waited for by the others. */
export async function productionBuild(): Promise<ProductionBuild> {
  if (fs.existsSync(RESULT)) return JSON.parse(fs.readFileSync(RESULT, "utf8")) as ProductionBuild;
  fs.mkdirSync(path.dirname(BUILD_DIR), { recursive: true });
  let building = false;
  try {
    fs.mkdirSync(LOCK);
    building = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  if (building) {
    try {
      const result = await build();
      // Written last (webpack's clean emptied the folder first): its presence means the build is whole.
      fs.writeFileSync(RESULT, JSON.stringify(result));
      return result;
    } finally {
      fs.rmSync(LOCK, { recursive: true, force: true });
    }
  }
  for (const started = Date.now(); Date.now() - started < WAIT_MS; await sleep(500)) {
    if (fs.existsSync(RESULT))
      return JSON.parse(fs.readFileSync(RESULT, "utf8")) as ProductionBuild;
    if (!fs.existsSync(LOCK))
      throw new Error("the shared production build failed in another test file (see its error)");
  }
  throw new Error(`the shared production build took more than ${WAIT_MS / 1000} s`);
}

/** For jest's global setup: every run starts without a build. */
export function removeProductionBuild(): void {
  fs.rmSync(BUILD_DIR, { recursive: true, force: true });
  fs.rmSync(LOCK, { recursive: true, force: true });
}
