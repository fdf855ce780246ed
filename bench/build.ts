/** What the bench's builds share: running webpack, and the size of what it emitted. */
import fs from "fs";
import path from "path";
import zlib from "zlib";
import webpack from "webpack";

/** Runs webpack on `config`; a build with errors fails the bench, named as `what`. */
export async function compile(config: webpack.Configuration, what: string): Promise<webpack.Stats> {
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (error, result) =>
      error || !result ? reject(error ?? new Error("webpack gave no result")) : resolve(result),
    ),
  );
  if (stats.hasErrors())
    throw new Error(`${what} failed:\n${stats.toString({ all: false, errors: true })}`);
  return stats;
}

export interface Size {
  raw: number;
  gzip: number;
}

/** The bytes of `files` in `dir`, raw and gzip at level 9, each file compressed on its own as it is fetched. */
export function sizeOf(dir: string, files: readonly string[]): Size {
  const buffers = files.map((file) => fs.readFileSync(path.join(dir, file)));
  return {
    raw: buffers.reduce((total, buffer) => total + buffer.length, 0),
    gzip: buffers.reduce((total, buffer) => total + zlib.gzipSync(buffer, { level: 9 }).length, 0),
  };
}
