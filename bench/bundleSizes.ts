/**
 * Which packages the minified bytes of a bundle come from, read from its source map (the bench builds
 * with devtool "hidden-source-map", which leaves the JavaScript byte for byte as the production build
 * emits it). Each generated span, from one mapping to the next, counts for the source it maps to.
 */
import fs from "fs";

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DIGIT = new Map([...BASE64].map((char, index) => [char, index]));

/** One mapping segment's fields, VLQ-decoded (still relative, as the format stores them). */
function decodeSegment(segment: string): number[] {
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`source map: bad character ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return fields;
}

/** "@fluentui/react-table", "react-dom", "src/engine", or "webpack" for the runtime and unmapped bytes. */
export function packageOf(source: string | undefined): string {
  if (!source) return "webpack runtime / unmapped";
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (module) return module[1];
  const own = /(?:^|\/)(src\/[^/]+|bench\/[^/]+)/.exec(source);
  return own ? own[1] : "webpack runtime / unmapped";
}

/** Bytes (UTF-16 units, as source maps count columns) of `jsFile` per package, from `jsFile`.map. */
export function bytesByPackage(jsFile: string): Map<string, number> {
  const code = fs.readFileSync(jsFile, "utf8").split("\n");
  const map = JSON.parse(fs.readFileSync(`${jsFile}.map`, "utf8")) as {
    sources: string[];
    mappings: string;
  };
  const sizes = new Map<string, number>();
  const add = (source: number | undefined, bytes: number) => {
    const name = packageOf(source === undefined ? undefined : map.sources[source]);
    sizes.set(name, (sizes.get(name) ?? 0) + bytes);
  };
  let source = 0;
  map.mappings.split(";").forEach((line, lineIndex) => {
    const length = code[lineIndex]?.length ?? 0;
    let column = 0;
    let spanStart = 0;
    let spanSource: number | undefined;
    for (const segment of line.split(",")) {
      if (segment === "") continue;
      const fields = decodeSegment(segment);
      column += fields[0];
      add(spanSource, column - spanStart);
      spanStart = column;
      if (fields.length >= 4) {
        source += fields[1];
        spanSource = source;
      } else {
        spanSource = undefined;
      }
      // Line and column in the original (fields 2, 3) and names (4) are not needed for sizes.
    }
    add(spanSource, length - spanStart);
  });
  return sizes;
}

/** The packages that add most to `bundle` over `baseline`, largest first. */
export function largestAdditions(
  bundle: Map<string, number>,
  baseline: Map<string, number>,
  howMany: number,
): [string, number][] {
  return [...bundle.entries()]
    .map(([name, bytes]): [string, number] => [name, bytes - (baseline.get(name) ?? 0)])
    .filter(([, extra]) => extra > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, howMany);
}
