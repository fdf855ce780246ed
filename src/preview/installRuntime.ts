import { installCustomFunctionsRuntime } from "./customFunctionsRuntime";

/**
 * Installed before the worksheet functions load, as Excel does: their module ends with the
 * `CustomFunctions.associate(...)` calls the metadata plugin appends, which register here.
 */
export const runtime = installCustomFunctionsRuntime();
