/**
 * The part of Excel's custom-functions runtime that Balans uses (`CustomFunctions.Error`,
 * `ErrorCode`, `associate`), for hosts without Excel: the tests and the preview workbench. It keeps
 * the functions that `associate` registers so the host can call them by id.
 */
export type CustomFunction = (...args: unknown[]) => unknown;

export class CustomFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export interface CustomFunctionsRuntime {
  Error: typeof CustomFunctionError;
  ErrorCode: typeof ERROR_CODES;
  associate(idOrMappings: string | Record<string, CustomFunction>, fn?: CustomFunction): void;
  registered: Map<string, CustomFunction>;
}

export function createCustomFunctionsRuntime(): CustomFunctionsRuntime {
  const registered = new Map<string, CustomFunction>();
  return {
    Error: CustomFunctionError,
    ErrorCode: ERROR_CODES,
    registered,
    associate(idOrMappings, fn) {
      if (typeof idOrMappings === "string") {
        if (fn) registered.set(idOrMappings.toUpperCase(), fn);
        return;
      }
      for (const [id, mapped] of Object.entries(idOrMappings))
        registered.set(id.toUpperCase(), mapped);
    },
  };
}

/** Makes the runtime the global `CustomFunctions`, as Excel does before it loads the functions. */
export function installCustomFunctionsRuntime(scope: object = globalThis): CustomFunctionsRuntime {
  const runtime = createCustomFunctionsRuntime();
  (scope as { CustomFunctions?: unknown }).CustomFunctions = runtime;
  return runtime;
}
