const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const reactHooks = require("eslint-plugin-react-hooks");
const prettier = require("eslint-config-prettier");

// Office's globals: only src/excel/ (and the entry points that wait for Office.onReady) use them.
const OFFICE_GLOBALS = ["Office", "Excel", "OfficeExtension", "CustomFunctions"].map((name) => ({
  name,
  message: "Office.js lives in small modules in src/excel/ behind the WorkbookPort.",
}));

module.exports = tseslint.config(
  { ignores: ["dist/**", "dist-preview/**", "node_modules/**", "coverage/**", "test-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      // Say what is there instead of asserting it: `?? fallback`, a check that throws, or test/support/defined.ts.
      "@typescript-eslint/no-non-null-assertion": "error",
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat.recommended,
    rules: { ...reactHooks.configs.flat.recommended.rules, "react-hooks/exhaustive-deps": "error" },
  },
  // Import boundaries (README, "Code style"): the engine is pure and imports nothing outside itself;
  // components show what hooks give them and never touch Office.
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^\\.\\./", message: "src/engine/ imports nothing outside itself." },
            {
              group: [
                "react",
                "react-dom",
                "react-dom/*",
                "@fluentui/*",
                "hyperformula",
                "exceljs",
                "office-*",
                "@microsoft/*",
              ],
              message: "src/engine/ is pure TypeScript.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...OFFICE_GLOBALS],
    },
  },
  {
    files: [
      "src/taskpane/components/**/*.tsx",
      "src/taskpane/views/**/*.tsx",
      "src/preview/components/**/*.tsx",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/excel", "**/excel/*", "office-*", "@microsoft/office-js"],
              message:
                "Components reach the workbook through the WorkbookPort, never through Office modules.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...OFFICE_GLOBALS],
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        URL: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  // Last: turns off the rules that would fight the formatter (`npm run format`).
  prettier,
);
