/**
 * Runs the engine-throughput bench in a plain Node process, on the code as production builds it.
 * Jest runs code in a vm context whose global look-ups (Math, Number) are several times slower than
 * in a browser, and ts-jest's CommonJS modules reach every engine export through a getter; both
 * would charge the worksheet functions for the test harness. So the bench module is bundled here by
 * webpack in production mode with the project's TypeScript rule (ES modules, concatenated and
 * minified, as functions.js ships), with the custom-functions runtime the tests install, then run.
 * The figures go to stdout as JSON.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const { resolve, typescriptRule } = require("../scripts/webpack-common");

const root = path.join(__dirname, "..");
const output = fs.mkdtempSync(path.join(os.tmpdir(), "balans-bench-"));

const compiler = webpack({
  mode: "production",
  target: "node",
  context: root,
  entry: ["./test/support/customFunctionsGlobal.ts", "./bench/engine.ts"],
  output: { path: output, filename: "engine.js", library: { type: "commonjs2" } },
  resolve,
  module: { rules: [typescriptRule(false)] },
  devtool: false,
});

compiler.run((error, stats) => {
  compiler.close(() => {});
  if (error || stats.hasErrors()) {
    process.stderr.write(`${error ?? stats.toString("errors-only")}\n`);
    process.exit(1);
  }
  const { engineThroughput } = require(path.join(output, "engine.js"));
  engineThroughput()
    .then((figures) => process.stdout.write(JSON.stringify(figures)))
    .catch((failure) => {
      process.stderr.write(`${failure.stack ?? failure}\n`);
      process.exitCode = 1;
    })
    .finally(() => fs.rmSync(output, { recursive: true, force: true }));
});
