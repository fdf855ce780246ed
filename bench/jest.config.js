/**
 * `npm run bench`: the benchmarks run as one jest file, so they load the sources exactly as the tests
 * do (ts-jest, the office-addin-manifest stub office-addin-mock needs, the CustomFunctions runtime).
 * bench/ is outside the test roots, so `npm test` never runs them.
 */
const base = require("../jest.config.js");

module.exports = {
  ...base,
  rootDir: "..",
  roots: ["<rootDir>/bench"],
  testMatch: ["**/*.bench.ts"],
  // The whole bench is one test file; sections print their own figures, jest only says whether it ran.
  testTimeout: 600_000,
  verbose: false,
};
