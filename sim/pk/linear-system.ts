// A compiled linear compartment system: dx/dt = K x. Steps are exact: x(t + h) = exp(K h) x(t),
// with exp(K h) computed once per distinct h and cached (the engine uses few distinct steps).
import { expm, matrix, type Matrix } from '../linalg';
import { KERNELS, REACHED_KERNELS } from './kernels';
import {
  kernelValues,
  patternKey,
  reachedKey,
  structuralPattern,
  type Kernel,
  type Pattern,
} from './pattern';
import type { SystemSpec } from './spec';

/** ug or ng/mL below which a state is zero (a single molecule in the body is ~1e-15 ug). */
export const NEGLIGIBLE = 1e-24;

export class LinearSystem {
  readonly name: string;
  readonly n: number;
  readonly k: Matrix;
  /** Index of every compartment and effect site. */
  readonly index: ReadonlyMap<string, number>;
  /** Plasma outputs: molecule name, state index and 1/volume (so C = x * invV, ng/mL). */
  readonly molecules: ReadonlyArray<{ name: string; at: number; invV: number }>;
  /** Receptor ligands: name, and the states (index and factor to ng/mL) whose sum is its binding source. */
  readonly ligands: ReadonlyArray<{ name: string; terms: ReadonlyArray<{ at: number; toNgMl: number }> }>;
  /** Which entries of exp(K h) can be non-zero, and the straight-line product for that shape (sim/pk/
   *  kernels.ts), if one was written for it. */
  readonly shape: Pattern;
  readonly kernel: Kernel | undefined;
  private readonly routes: ReadonlyMap<string, Float64Array>;
  private readonly cache = new Map<number, Propagator>();
  private readonly all: Int32Array;

  constructor(spec: SystemSpec) {
    this.name = spec.name;
    const ids = [...spec.compartments.map((c) => c.id), ...spec.effectSites.map((e) => e.id)];
    const index = new Map(ids.map((id, i) => [id, i] as const));
    const at = (id: string) => {
      const i = index.get(id);
      if (i === undefined) throw new Error(`${spec.name}: unknown compartment ${id}`);
      return i;
    };
    const n = ids.length;
    const k = matrix(n);
    const add = (row: number, col: number, v: number) => (k.a[row * n + col]! += v);
    for (const f of spec.flows) {
      const from = at(f.from);
      add(from, from, -f.rate);
      for (const prod of f.products ?? []) add(at(prod.to), from, f.rate * prod.yield);
    }
    const volume = new Map(spec.compartments.map((c) => [c.id, c.volume] as const));
    for (const e of spec.effectSites) {
      const v = volume.get(e.source);
      if (v === undefined) throw new Error(`${spec.name}: effect site ${e.id} needs a source volume`);
      add(at(e.id), at(e.source), e.ke0 / v);
      add(at(e.id), at(e.id), -e.ke0);
    }
    this.n = n;
    this.all = Int32Array.from({ length: n }, (_, i) => i);
    this.k = k;
    this.shape = structuralPattern(k);
    this.kernel = KERNELS.get(patternKey(this.shape));
    this.index = index;
    this.molecules = spec.compartments
      .filter((c) => c.molecule !== undefined && c.volume !== undefined)
      .map((c) => ({ name: c.molecule!, at: at(c.id), invV: 1 / c.volume! }));
    this.ligands = Object.entries(spec.ligands).map(([name, source]) => {
      const terms = typeof source === 'string' ? [{ id: source, weight: 1 }] : source;
      return {
        name,
        terms: terms.map(({ id, weight }) => {
          const v = volume.get(id);
          return { at: at(id), toNgMl: (v === undefined ? 1 : 1 / v) * weight };
        }),
      };
    });
    this.routes = new Map(
      Object.entries(spec.routes).map(([key, r]) => {
        const b = new Float64Array(n);
        for (const { compartment, fraction } of r.into) b[at(compartment)]! += fraction * 1000; // ug per mg
        return [key, b] as const;
      }),
    );
  }

  /** The state added by one mg of `drug` by `route` at the moment of dosing (ug), or undefined. */
  input(drug: string, route: string): Float64Array | undefined {
    return this.routes.get(`${drug}/${route}`);
  }

  /** exp(K h), cached by h; the last one used is kept at hand (steps repeat). */
  propagator(h: number): Propagator {
    if (h === this.lastH) return this.last!;
    let m = this.cache.get(h);
    if (!m) {
      const dense = expm(this.k, h);
      m = sparse(dense);
      if (this.kernel) m.byShape = kernelValues(this.shape, dense);
      this.cache.set(h, m);
    }
    this.lastH = h;
    this.last = m;
    return m;
  }

  /**
   * The states a dose by these routes can ever reach (their own compartments and everything the flows
   * carry them to), ascending. The others stay exactly zero, so a step need not look at them.
   */
  reachable(inputs: readonly Float64Array[]): number[] {
    const n = this.n;
    const seen = new Uint8Array(n);
    const stack: number[] = [];
    for (const b of inputs)
      for (let j = 0; j < n; j++)
        if (b[j] !== 0 && !seen[j]) {
          seen[j] = 1;
          stack.push(j);
        }
    while (stack.length > 0) {
      const j = stack.pop()!;
      for (let i = 0; i < n; i++)
        if (this.k.a[i * n + j] !== 0 && !seen[i]) {
          seen[i] = 1;
          stack.push(i);
        }
    }
    return [...seen.keys()].filter((i) => seen[i] === 1);
  }

  /** The straight-line kernel for a scenario whose doses reach only `reach` (ascending): the one
   *  written for those states when there is one (it skips the others, all zero), else the system's. */
  kernelFor(reach: readonly number[]): Kernel | undefined {
    if (!this.kernel) return undefined;
    return REACHED_KERNELS.get(reachedKey(this.shape, reach)) ?? this.kernel;
  }

  /** out = exp(K h) x. */
  advance(x: Float64Array, h: number, out: Float64Array): void {
    if (h === 0) out.set(x);
    else applyPropagator(this.propagator(h), x, out, this.all, 0, this.n);
  }

  private lastH = NaN;
  private last: Propagator | undefined;
}

/** A propagator in compressed sparse columns (most entries of a chain's exp(K h) are zero). */
export interface Propagator {
  start: Int32Array;
  row: Int32Array;
  value: Float64Array;
  /** The same matrix at its system's shape's entries, row by row, for the system's kernel (absent
   *  when the system has none, or the matrix strays outside the shape). */
  byShape?: Float64Array;
}

/**
 * out = m x over the states `list[lo]` to `list[hi - 1]` (ascending, and closed under the flows: no
 * other state of theirs can change), visiting only the non-negligible entries of x. Each out[i] sums
 * its terms in column order, so the bits are those of a plain product. Returns false when every one
 * of those states was negligible (out is then zero there).
 */
export function applyPropagator(
  m: Propagator,
  x: Float64Array,
  out: Float64Array,
  list: Int32Array,
  lo: number,
  hi: number,
): boolean {
  const { start, row, value } = m;
  const tiny = NEGLIGIBLE; // a local: V8 reloads and checks a module constant at every use
  for (let c = lo; c < hi; c++) out[list[c]!] = 0;
  let any = false;
  for (let c = lo; c < hi; c++) {
    const j = list[c]!;
    const xj = x[j]!;
    // Amounts decayed below any meaning are dropped: they would otherwise sink into subnormal
    // floats (very slow arithmetic) and keep costing work for nothing.
    if (xj < tiny && xj > -tiny) continue;
    any = true;
    // The bound in a local: V8 reloads a typed array's fields at every turn of a loop.
    const end = start[j + 1]!;
    for (let k = start[j]!; k < end; k++) out[row[k]!]! += value[k]! * xj;
  }
  return any;
}

/** Propagators of several systems side by side: one matrix over their states laid end to end. */
export function blockDiagonal(parts: readonly Propagator[]): Propagator {
  const n = parts.reduce((sum, p) => sum + p.start.length - 1, 0);
  const nnz = parts.reduce((sum, p) => sum + p.row.length, 0);
  const start = new Int32Array(n + 1);
  const row = new Int32Array(nnz);
  const value = new Float64Array(nnz);
  let col = 0;
  let k = 0;
  let offset = 0;
  for (const p of parts) {
    const size = p.start.length - 1;
    for (let j = 0; j < size; j++, col++) {
      start[col] = k;
      for (let q = p.start[j]!; q < p.start[j + 1]!; q++, k++) {
        row[k] = p.row[q]! + offset;
        value[k] = p.value[q]!;
      }
    }
    offset += size;
  }
  start[n] = k;
  return { start, row, value };
}

function sparse(m: Matrix): Propagator {
  const n = m.n;
  const start = new Int32Array(n + 1);
  const rows: number[] = [];
  const values: number[] = [];
  for (let j = 0; j < n; j++) {
    start[j] = rows.length;
    for (let i = 0; i < n; i++) {
      const v = m.a[i * n + j]!;
      if (v !== 0) {
        rows.push(i);
        values.push(v);
      }
    }
  }
  start[n] = rows.length;
  return { start, row: Int32Array.from(rows), value: Float64Array.from(values) };
}
