/**
 * How large the request of one `context.sync()` grows when it writes cells. Excel on the web refuses
 * a request over 5 MB (RichApi.Error "PayloadTooLarge", learn.microsoft.com "Resource limits and
 * performance optimization for Office Add-ins"); the cells' matrices are serialised into it as JSON.
 */

/** Excel on the web's limit on one request. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * What the cell matrices of one request may take. The rest of the limit is left for what the request
 * says besides them (each action and object path is a small JSON object of its own) and the sheet's
 * formatting, conditional formats and chart, which go with the last rows.
 */
export const CELLS_PER_REQUEST_BYTES = 4 * 1024 * 1024;

/** Bytes of `text` in UTF-8, as the request travels ("ö" takes two). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2; // a surrogate pair: 4 bytes for its 2 units
      index += 1;
    } else if (code >= 0x800) bytes += 2;
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}

/** Bytes of `value` serialised as JSON, as a request carries it. */
export const jsonBytes = (value: unknown): number => utf8Length(JSON.stringify(value));

/** Rows `start` up to (not including) `end` of the matrices, and the bytes their slices take as JSON. */
export interface RowBand {
  start: number;
  end: number;
  bytes: number;
}

/** Greedy: each band takes rows while their slices stay within `budget`; a row larger than it stands alone. */
function greedyBands(
  matrices: readonly unknown[][][],
  rowBytes: readonly number[],
  budget: number,
): RowBand[] {
  const emptyBand = 2 * matrices.length; // each slice's "[" and "]"
  const comma = matrices.length; // between rows, in each slice
  const bands: RowBand[] = [];
  let band: RowBand = { start: 0, end: 0, bytes: emptyBand };
  rowBytes.forEach((bytes, row) => {
    const added = bytes + (row > band.start ? comma : 0);
    if (band.end > band.start && band.bytes + added > budget) {
      bands.push(band);
      band = { start: row, end: row + 1, bytes: emptyBand + bytes };
      return;
    }
    band.end = row + 1;
    band.bytes += added;
  });
  if (band.end > band.start) bands.push(band);
  return bands;
}

/**
 * Splits the rows of matrices written to the same rectangle (formulas, number formats) into bands of
 * consecutive rows whose slices together stay within `budget` bytes of JSON: as few bands as fit, of
 * about equal size, so that no request comes closer to the limit than it must. A single row larger
 * than the budget gets a band of its own.
 */
export function rowBands(
  matrices: readonly unknown[][][],
  budget = CELLS_PER_REQUEST_BYTES,
): RowBand[] {
  const rows = matrices[0]?.length ?? 0;
  const rowBytes = Array.from({ length: rows }, (_, row) =>
    matrices.reduce((total, matrix) => total + jsonBytes(matrix[row]), 0),
  );
  const fewest = greedyBands(matrices, rowBytes, budget);
  if (fewest.length < 2) return fewest;
  // The smallest budget that still makes no more bands (the count falls as the budget grows): the
  // bands come out about equal, the largest as small as it can be.
  let low = 0;
  let high = budget;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (greedyBands(matrices, rowBytes, middle).length <= fewest.length) high = middle;
    else low = middle;
  }
  return greedyBands(matrices, rowBytes, high);
}
