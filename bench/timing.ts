/** Medians of alternating runs: a figure and its baseline take turns, so drift hits both alike. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The middle half of `values`, "p25–p75", to show how much a median can be trusted. */
export function spread(values: readonly number[], unit = "ms"): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
  return `p25–p75 ${at(0.25).toFixed(0)}–${at(0.75).toFixed(0)} ${unit}`;
}

export interface Paired {
  figure: number[];
  baseline: number[];
}

/**
 * Runs `figure` and `baseline` `runs` times each, alternating (and swapping which goes first every
 * round), after `warmUp` untimed rounds. Each returns a value that is kept, so nothing is optimised away.
 */
export async function alternate(
  runs: number,
  figure: () => unknown,
  baseline: () => unknown,
  warmUp = 2,
): Promise<Paired & { sink: unknown[] }> {
  const times: Paired = { figure: [], baseline: [] };
  const sink: unknown[] = [];
  const timed = async (body: () => unknown): Promise<number> => {
    const start = performance.now();
    sink.push(await body());
    return performance.now() - start;
  };
  for (let round = 0; round < warmUp + runs; round++) {
    const order: ("figure" | "baseline")[] =
      round % 2 === 0 ? ["figure", "baseline"] : ["baseline", "figure"];
    for (const which of order) {
      const elapsed = await timed(which === "figure" ? figure : baseline);
      if (round >= warmUp) times[which].push(elapsed);
    }
  }
  return { ...times, sink };
}

/** A small deterministic generator (mulberry32), so every run measures the same data. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
