// The shape of a compartment system's propagator exp(K h): which entries can be non-zero. Drug flows
// only along the system's flows, so entry (i, j) can be non-zero only when state i is reachable from
// state j (or is j). The shape fixes the straight-line kernel that computes the product (sim/pk/kernels.ts,
// written by scripts/gen-kernels.ts); the kernel reads exp(K h) at the shape's entries, row by row.
import type { Matrix } from '../linalg';

/** Per output row, the columns (states) that feed it, ascending. */
export type Pattern = readonly (readonly number[])[];

/** out = exp(K h) x over one system's states (from `o`), from the shape's entries `v`; returns whether
 *  any state was above negligible. */
export type Kernel = (v: Float64Array, x: Float64Array, out: Float64Array, o: number) => boolean;

/** The shape of exp(K h) for every h > 0: i is fed by j when a chain of flows leads from j to i. */
export function structuralPattern(k: Matrix): Pattern {
  const n = k.n;
  const feeds = Array.from({ length: n }, () => new Uint8Array(n));
  for (let j = 0; j < n; j++) {
    const stack = [j];
    feeds[j]![j] = 1;
    while (stack.length > 0) {
      const from = stack.pop()!;
      for (let i = 0; i < n; i++)
        if (k.a[i * n + from] !== 0 && !feeds[i]![j]) {
          feeds[i]![j] = 1;
          stack.push(i);
        }
    }
  }
  return feeds.map((row) => [...row.keys()].filter((j) => row[j] === 1));
}

/** A shape as text, the kernels' key: the state count, then each row's columns. */
export function patternKey(p: Pattern): string {
  return `${p.length}:${p.map((cols) => cols.join(',')).join('|')}`;
}

/** A shape restricted to the states a scenario's doses reach (ascending), the reached kernels' key. */
export function reachedKey(p: Pattern, reach: readonly number[]): string {
  return `${patternKey(p)}@${reach.join(',')}`;
}

/**
 * exp(K h) read at the shape's entries, row by row, for its kernel; undefined if the matrix has a
 * non-zero entry outside the shape (rounding could in principle put one there), so that the general
 * product, which takes every entry, is used instead.
 */
export function kernelValues(p: Pattern, m: Matrix): Float64Array | undefined {
  const n = m.n;
  let inside = 0;
  const v: number[] = [];
  p.forEach((cols, i) => {
    for (const j of cols) {
      v.push(m.a[i * n + j]!);
      if (m.a[i * n + j] !== 0) inside++;
    }
  });
  const nonZero = m.a.reduce((count, a) => count + (a !== 0 ? 1 : 0), 0);
  return nonZero === inside ? Float64Array.from(v) : undefined;
}
