/**
 * End-to-end tests: the preview workbench (dist-preview/) in headless Chromium, driven through
 * playwright-core. One build, one server and one browser for the whole run (test/e2e/*.e2e.ts).
 * `npm test` runs them after the unit tests (`npm run test:e2e` alone); jest.config.js matches only
 * *.test.ts, so `npm run test:unit` leaves them out.
 */
const base = require("./jest.config.js");

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: base.transform,
  // The build alone takes ~20 s on two cores; a browser step can wait for a recalculation.
  testTimeout: 120_000,
  // The preview is built once for every file, before the first (test/e2e/support/buildPreview.js).
  globalSetup: "<rootDir>/test/e2e/support/buildPreview.js",
  // One browser, one page: the tests run in order, in one worker.
  maxWorkers: 1,
};
