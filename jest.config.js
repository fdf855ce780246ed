/** Jest runs the TypeScript sources through ts-jest as CommonJS; the build emits ES modules. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json" }],
  },
  // office-addin-mock imports office-addin-manifest, whose ESM-only dependencies jest 30 cannot load;
  // the mock never uses it.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/support/officeAddinManifestStub.js",
  },
  setupFiles: ["<rootDir>/test/support/customFunctionsGlobal.ts"],
  // A component test renders the whole pane in jsdom: on two shared, busy cores one render can take
  // longer than jest's default 5 s. No test times anything; this only keeps load from failing them.
  testTimeout: 30_000,
  // The tests that check what ships share one production build per run (test/support/productionBuild.ts).
  globalSetup: "<rootDir>/test/support/globalSetup.ts",
};
