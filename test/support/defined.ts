/** `value` when it is there; otherwise the test fails here, saying what was missing (where `x!` would only have assumed it). */
export function defined<T>(value: T | null | undefined, what = "the value"): T {
  if (value === undefined || value === null)
    throw new Error(`expected ${what} to be there, got ${String(value)}`);
  return value;
}
