// A compiled linear compartment system: dx/dt = K x. Steps are exact: x(t + h) = exp(K h) x(t),
// with exp(K h) computed once per distinct h and cached (the engine uses few distinct steps).
import { apply, expm, matrix, type Matrix } from '../linalg';
import type { SystemSpec } from './spec';

export class LinearSystem {
  readonly name: string;
  readonly n: number;
  readonly k: Matrix;
  /** Index of every compartment and effect site. */
  readonly index: ReadonlyMap<string, number>;
  /** Plasma outputs: molecule name, state index and 1/volume (so C = x * invV, ng/mL). */
  readonly molecules: ReadonlyArray<{ name: string; at: number; invV: number }>;
  /** Receptor ligands: name, state index and the factor turning that state into ng/mL. */
  readonly ligands: ReadonlyArray<{ name: string; at: number; toNgMl: number }>;
  private readonly routes: ReadonlyMap<string, Float64Array>;
  private readonly cache = new Map<number, Matrix>();

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
    this.k = k;
    this.index = index;
    this.molecules = spec.compartments
      .filter((c) => c.molecule !== undefined && c.volume !== undefined)
      .map((c) => ({ name: c.molecule!, at: at(c.id), invV: 1 / c.volume! }));
    this.ligands = Object.entries(spec.ligands).map(([name, id]) => {
      const v = volume.get(id);
      return { name, at: at(id), toNgMl: v === undefined ? 1 : 1 / v };
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

  /** exp(K h), cached by h. */
  propagator(h: number): Matrix {
    let m = this.cache.get(h);
    if (!m) {
      m = expm(this.k, h);
      this.cache.set(h, m);
    }
    return m;
  }

  /** out = exp(K h) x. */
  advance(x: Float64Array, h: number, out: Float64Array): void {
    if (h === 0) out.set(x);
    else apply(this.propagator(h), x, out);
  }
}
