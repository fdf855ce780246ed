// The preview workbench: the real task pane beside a spreadsheet grid whose formulas, BALANS.*
// included, are computed by HyperFormula (GPL-3.0: development and preview only, never in dist/).
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { fluentTokensAsVariables, resolve, typescriptRule } = require("./scripts/webpack-common");

const officeJs = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
// webpack's own minimizer, configured to skip what is minified already (ExcelJS ships exceljs.min.js):
// minifying it again costs minutes on two cores and saves nothing.
const MinimizerPlugin = require("minimizer-webpack-plugin");

// `npm start` serves the production build (minified; source maps in separate .map files, fetched only
// by developer tools); `npm start -- --dev` the development build (scripts/preview-server.js).
module.exports = () => ({
  devtool: "source-map",
  entry: { preview: "./src/preview/index.tsx" },
  output: {
    path: path.resolve(__dirname, "dist-preview"),
    filename: "[name].js",
    chunkFilename: "[name].js",
    clean: true,
  },
  resolve,
  module: { rules: [typescriptRule(true)] },
  performance: { hints: false },
  optimization: {
    minimizer: [
      new MinimizerPlugin({
        test: /\.js$/,
        exclude: /^exceljs\./,
        minify: MinimizerPlugin.terserMinify,
        minimizerOptions: { compress: { passes: 1 } },
      }),
    ],
  },
  plugins: [
    fluentTokensAsVariables(),
    // The same association of ids to functions that Excel gets: the plugin appends it to functions.ts.
    new CustomFunctionsMetadataPlugin({
      output: "functions.json",
      input: "./src/functions/functions.ts",
    }),
    new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html" }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*.png", to: "assets/[name][ext]" },
        // Offline, office.js loads from the local package: its loader and app-to-file table are enough
        // outside an Office host, where Office.onReady resolves with host null.
        { from: path.join(officeJs, "office.js"), to: "office.js" },
        {
          from: path.join(officeJs, "o15apptofilemappingtable.js"),
          to: "o15apptofilemappingtable.js",
        },
      ],
    }),
  ],
});
