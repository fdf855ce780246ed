const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { LocalizedMetadataPlugin } = require("./scripts/localize-metadata");
const {
  fluentTokensAsVariables,
  hostingUrl,
  resolve,
  typescriptRule,
} = require("./scripts/webpack-common");
const swedishTable = require("./src/functions/sv-se.json");

const urlDev = "https://localhost:3000/";
// Where the production add-in is hosted (https, with a trailing slash); the manifest copied to dist/
// and the function metadata's help links point there.
const urlProd = hostingUrl(process.env.BALANS_URL, urlDev);

async function httpsOptions() {
  // Office only loads add-ins over https; the dev certificates are trusted by office-addin-dev-certs.
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      // One page holds both (the shared runtime): the task pane reuses the engine and strings that
      // functions.js already carries, and functions.js (webpack's runtime included) still loads and
      // registers the functions on its own, first.
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // The views the pane loads when first shown (React.lazy); hashed, since only the page names them.
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
      // Office's webviews all have globalThis (the code targets ES2020). Without this webpack's runtime
      // finds the global object with a `new Function("return this")` fallback, which the page's CSP
      // (no 'unsafe-eval') would refuse and test/security.test.ts rejects.
      environment: { globalThis: true },
    },
    resolve,
    module: { rules: [typescriptRule(dev)] },
    performance: { hints: false },
    plugins: [
      fluentTokensAsVariables(),
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new LocalizedMetadataPlugin({
        output: "functions.sv-se.json",
        table: swedishTable,
        helpPage: `${dev ? urlDev : urlProd}help.html`,
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // One page for the shared runtime: the task pane and the custom functions live together.
        chunks: ["functions", "taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The help page (SupportUrl, LearnMoreUrl, each function's helpUrl): static, no script.
          { from: "src/help/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "[name][ext]",
            transform: (content) =>
              dev ? content : content.toString().replaceAll(urlDev, urlProd),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_BUILD ? undefined : await httpsOptions() },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
