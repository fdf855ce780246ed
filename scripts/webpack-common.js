// What every Balans bundle is compiled with.
module.exports = {
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  /** ES module output is what lets webpack tree-shake Fluent UI (tsconfig: "module": "ES2020"). */
  typescriptRule: (sourceMap) => ({
    test: /\.tsx?$/,
    exclude: /node_modules/,
    // Type errors of the bundled files fail the build; the rest of the program (tests, bench) is `npm run lint`'s.
    use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true, compilerOptions: { module: "ES2020", sourceMap } } },
  }),
};
