// Builds the Swedish custom-functions metadata (functions.sv-se.json) from the generated English
// functions.json and the translation table src/functions/sv-se.json. Ids stay as they are: they are
// what users' formulas store; only names and help texts are translated.
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
      return { ...parameter, name: name ?? parameter.name, description: description ?? parameter.description };
    });
    const extra = Object.keys(translation.parameters).filter((name) => !fn.parameters.some((p) => p.name === name));
    extra.forEach((name) => problems.push(`${fn.id}: translation names unknown parameter ${name}`));
    return { ...fn, name: translation.name, description: translation.description, parameters };
  });
  const known = new Set(metadata.functions.map((fn) => fn.id));
  Object.keys(table.functions)
    .filter((id) => !known.has(id))
    .forEach((id) => problems.push(`${id}: translated but no such function`));
  return { metadata: { ...metadata, functions }, problems };
}

/** Emits the localized metadata next to functions.json; any gap in the translation fails the build. */
class LocalizedMetadataPlugin {
  constructor({ source = "functions.json", output, table }) {
    Object.assign(this, { source, output, table });
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedMetadataPlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const english = compilation.getAsset(this.source);
          if (!english) return; // the metadata plugin has already reported why
          const { metadata, problems } = localizeMetadata(JSON.parse(english.source.source().toString()), this.table);
          problems.forEach((problem) => compilation.errors.push(new WebpackError(`${this.output}: ${problem}`)));
          compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(metadata, null, 2)));
        },
      );
    });
  }
}

module.exports = { localizeMetadata, LocalizedMetadataPlugin };
