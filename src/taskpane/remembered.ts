/**
 * Computing a large table's figures ahead, a step a task (nextTask, src/workbook/steps.ts), and
 * finding them again when the view renders: a 10 000-row plan analysed inside one render would hold
 * the pane (and Excel's own calls into it) for the whole analysis.
 */

interface Node {
  next: Map<unknown, Node>;
  computed: boolean;
  value?: unknown;
}

/**
 * `compute`, remembered by its arguments: the first (a reading of the workbook, or what came of
 * one) weakly, so that all computed from an old reading goes with it; the others by identity or value.
 */
export function remembered<First extends object, Rest extends unknown[], Result>(
  compute: (first: First, ...rest: Rest) => Result,
): (first: First, ...rest: Rest) => Result {
  const byFirst = new WeakMap<First, Node>();
  return (first, ...rest) => {
    let node = byFirst.get(first);
    if (!node) byFirst.set(first, (node = { next: new Map(), computed: false }));
    for (const argument of rest) {
      let child = node.next.get(argument);
      if (!child) node.next.set(argument, (child = { next: new Map(), computed: false }));
      node = child;
    }
    if (!node.computed) {
      node.value = compute(first, ...rest);
      node.computed = true;
    }
    return node.value as Result;
  };
}
