// Builds the Swedish custom-functions metadata (functions.sv-se.json) from the generated English
// functions.json and the translation table src/functions/sv-se.json. Ids stay as they are: they are
// what users' formulas store; only names and help texts are translated. Both files get each
// function's helpUrl: its anchor on the help page (help.html#<id>), for Excel's "Help on this function".
const { sources, WebpackError } = require("webpack");

/**
 * @param {{functions: Array<{id: string, name: string, description?: string, parameters: Array<{name: string, description?: string}>}>}} metadata
 * @param {{parameterNames: Record<string, string>, functions: Record<string, {name: string, description: string, parameters: Record<string, string>}>}} table
 * @returns {{metadata: object, problems: string[]}}
 */
function localizeMetadata(metadata, table) {
  const problems = [];
  const functions = metadata.functions.map((fn) => {
    const translation = table.functions[fn.id];
    if (!translation) {
      problems.push(`${fn.id}: no Swedish translation`);
      return fn;
    }
    const parameters = fn.parameters.map((parameter) => {
      const name = table.parameterNames[parameter.name];
      const description = translation.parameters[parameter.name];
      if (!name) problems.push(`${fn.id}: no Swedish name for parameter ${parameter.name}`);
      if (!description) problems.push(`${fn.id}: no Swedish help for parameter ${parameter.name}`);
      return {
        ...parameter,
        name: name ?? parameter.name,
        description: description ?? parameter.description,
      };
    });
    const extra = Object.keys(translation.parameters).filter(
      (name) => !fn.parameters.some((p) => p.name === name),
    );
    extra.forEach((name) => problems.push(`${fn.id}: translation names unknown parameter ${name}`));
    return { ...fn, name: translation.name, description: translation.description, parameters };
  });
  const known = new Set(metadata.functions.map((fn) => fn.id));
  Object.keys(table.functions)
    .filter((id) => !known.has(id))
    .forEach((id) => problems.push(`${id}: translated but no such function`));
  return { metadata: { ...metadata, functions }, problems };
}

/** Each function's help: its anchor on the help page, which is named after the function id. */
function withHelpUrls(metadata, helpPage) {
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => ({ ...fn, helpUrl: `${helpPage}#${fn.id}` })),
  };
}

/**
 * The metadata as it ships, from the generated English metadata: English and Swedish, both with help
 * URLs on `helpPage`. What Excel caches until the manifest's version changes (test/functions/metadata.test.ts).
 */
function shippedMetadata(english, table, helpPage) {
  const { metadata: swedish, problems } = localizeMetadata(english, table);
  return {
    english: withHelpUrls(english, helpPage),
    swedish: withHelpUrls(swedish, helpPage),
    problems,
  };
}

/**
 * Emits the localized metadata next to functions.json and adds the help URLs to both; any gap in the
 * translation fails the build.
 */
class LocalizedMetadataPlugin {
  constructor({ source = "functions.json", output, table, helpPage }) {
    Object.assign(this, { source, output, table, helpPage });
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "LocalizedMetadataPlugin",
          stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          const english = compilation.getAsset(this.source);
          if (!english) return; // the metadata plugin has already reported why
          const metadata = shippedMetadata(
            JSON.parse(english.source.source().toString()),
            this.table,
            this.helpPage,
          );
          metadata.problems.forEach((problem) =>
            compilation.errors.push(new WebpackError(`${this.output}: ${problem}`)),
          );
          compilation.updateAsset(
            this.source,
            new sources.RawSource(JSON.stringify(metadata.english, null, 2)),
          );
          compilation.emitAsset(
            this.output,
            new sources.RawSource(JSON.stringify(metadata.swedish, null, 2)),
          );
        },
      );
    });
  }
}

module.exports = { localizeMetadata, shippedMetadata, LocalizedMetadataPlugin };
