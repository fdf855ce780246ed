const path = require("path");
const { NormalModuleReplacementPlugin } = require("webpack");

/**
 * The origin (and folder) the production add-in is served from, as every URL of the manifest and the
 * metadata starts with it: https only (Office loads nothing else), one trailing slash, no query or
 * fragment. Unset or empty: `fallback`.
 */
function hostingUrl(value, fallback) {
  if (!value) return fallback;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `BALANS_URL '${value}' is not an absolute URL; write it as https://host/folder/`,
    );
  }
  if (url.protocol !== "https:")
    throw new Error(`BALANS_URL '${value}' must use https: Office loads add-ins over https only`);
  if (url.search || url.hash)
    throw new Error(`BALANS_URL '${value}' must not have a query or a fragment`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

// What every Balans bundle is compiled with.
module.exports = {
  hostingUrl,
  /**
   * Fluent's components ship their styles compiled, so only our own makeStyles read `tokens`: in place
   * of its table (~470 names, 29 KiB minified) the bundles get the same names built on demand.
   */
  fluentTokensAsVariables: () =>
    // Replaced as a request, before it resolves, so that the replacement gets this project's loaders.
    new NormalModuleReplacementPlugin(/^\.\/tokens(\.js)?$/, (request) => {
      if (/@fluentui[\\/]tokens[\\/]lib$/.test(request.context))
        request.request = path.join(__dirname, "../src/taskpane/tokenVariables.ts");
    }),
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  /** ES module output is what lets webpack tree-shake Fluent UI (tsconfig: "module": "ES2020"). */
  typescriptRule: (sourceMap) => ({
    test: /\.tsx?$/,
    exclude: /node_modules/,
    // Type errors of the bundled files fail the build; the rest of the program (tests, bench) is `npm run lint`'s.
    use: {
      loader: "ts-loader",
      options: { onlyCompileBundledFiles: true, compilerOptions: { module: "ES2020", sourceMap } },
    },
  }),
};
