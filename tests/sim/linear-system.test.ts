// A compiled compartment system on a small model solved by hand: an oral dose absorbed from the gut
// (70% reaching plasma), eliminated partly to a metabolite, with an effect site. The rate matrix, the
// doses, the plasma outputs and binding sources, the exact steps (Bateman), the states a dose can reach,
// and propagators of several systems side by side.
import { describe, expect, it } from 'vitest';
import {
  LinearSystem,
  NEGLIGIBLE,
  applyPropagator,
  blockDiagonal,
  type Propagator,
} from '../../sim/pk/linear-system';
import type { SystemSpec } from '../../sim/pk/spec';

const [ka, ke, km, ke0] = [2, 0.5, 0.2, 3];
const spec: SystemSpec = {
  name: 'toy',
  compartments: [
    { id: 'gut' },
    { id: 'central', volume: 40, molecule: 'drug' },
    { id: 'metab', volume: 100, molecule: 'metabolite' },
    { id: 'hidden', volume: 10 },
  ],
  effectSites: [{ id: 'effect', source: 'central', ke0 }],
  flows: [
    { from: 'gut', rate: ka, products: [{ to: 'central', yield: 0.7 }] },
    { from: 'central', rate: ke, products: [{ to: 'metab', yield: 0.4 }] },
    { from: 'metab', rate: km },
  ],
  routes: {
    'drug/oral': { into: [{ compartment: 'gut', fraction: 1 }] },
    'drug/iv': {
      into: [
        { compartment: 'central', fraction: 0.5 },
        { compartment: 'central', fraction: 0.5 },
      ],
    },
  },
  ligands: {
    drug: 'effect',
    both: [
      { id: 'effect', weight: 1 },
      { id: 'central', weight: 0.25 },
    ],
  },
};
const sys = new LinearSystem(spec);

describe('compiling a system', () => {
  it('numbers the compartments then the effect sites, and builds the rate matrix', () => {
    expect([...sys.index.entries()]).toEqual([
      ['gut', 0],
      ['central', 1],
      ['metab', 2],
      ['hidden', 3],
      ['effect', 4],
    ]);
    expect(sys.n).toBe(5);
    const k = (i: number, j: number) => sys.k.a[i * 5 + j];
    expect([k(0, 0), k(1, 0), k(1, 1), k(2, 1), k(2, 2)]).toEqual([-ka, ka * 0.7, -ke, ke * 0.4, -km]);
    // The effect site follows the central concentration: ke0 (x_central / V - Ce).
    expect(k(4, 1)).toBe(ke0 / 40);
    expect(k(4, 4)).toBe(-ke0);
    expect(Array.from(sys.k.a).filter((v) => v !== 0)).toHaveLength(7);
  });
  it('reports plasma for compartments with a molecule and a volume, and binding sources in ng/mL', () => {
    expect(sys.molecules).toEqual([
      { name: 'drug', at: 1, invV: 1 / 40 },
      { name: 'metabolite', at: 2, invV: 1 / 100 },
    ]);
    expect(sys.ligands).toEqual([
      { name: 'drug', terms: [{ at: 4, toNgMl: 1 }] },
      {
        name: 'both',
        terms: [
          { at: 4, toNgMl: 1 },
          { at: 1, toNgMl: 0.25 / 40 },
        ],
      },
    ]);
  });
  it('a compartment named for a molecule but without a volume has no concentration to report', () => {
    const depot = new LinearSystem({
      ...spec,
      compartments: [{ id: 'gut', molecule: 'drug' }, ...spec.compartments.slice(1)],
    });
    expect(depot.molecules.map((m) => m.name)).toEqual(['drug', 'metabolite']);
    expect(depot.molecules[0]!.at).toBe(1);
  });
  it('a dose of 1 mg puts its fractions in as micrograms; an unknown route is none', () => {
    expect(Array.from(sys.input('drug', 'oral')!)).toEqual([1000, 0, 0, 0, 0]);
    expect(Array.from(sys.input('drug', 'iv')!)).toEqual([0, 1000, 0, 0, 0]);
    expect(sys.input('drug', 'im')).toBeUndefined();
    expect(sys.input('other', 'oral')).toBeUndefined();
  });
  it('refuses a flow to a compartment it does not have, and an effect site without a source volume', () => {
    expect(() => new LinearSystem({ ...spec, flows: [{ from: 'lung', rate: 1 }] })).toThrow(
      'toy: unknown compartment lung',
    );
    expect(() => new LinearSystem({ ...spec, effectSites: [{ id: 'e2', source: 'gut', ke0: 1 }] })).toThrow(
      'toy: effect site e2 needs a source volume',
    );
  });
});

describe('stepping', () => {
  it('an oral dose follows the Bateman function, the metabolite its own closed form', () => {
    const x = new Float64Array(5);
    x.set(sys.input('drug', 'oral')!.map((v) => v * 10));
    const out = new Float64Array(5);
    for (const t of [0.1, 1, 7.5]) {
      sys.advance(x, t, out);
      const gut = 10000 * Math.exp(-ka * t);
      const central = ((0.7 * 10000 * ka) / (ka - ke)) * (Math.exp(-ke * t) - Math.exp(-ka * t));
      // metab' = 0.4 ke central - km metab, from zero: a sum of three exponentials.
      const a = 0.4 * ke * ((0.7 * 10000 * ka) / (ka - ke));
      const metab =
        a *
        ((Math.exp(-ke * t) - Math.exp(-km * t)) / (km - ke) -
          (Math.exp(-ka * t) - Math.exp(-km * t)) / (km - ka));
      expect(out[0]).toBeCloseTo(gut, 9);
      expect(out[1]! / central).toBeCloseTo(1, 12);
      expect(out[2]! / metab).toBeCloseTo(1, 12);
      expect(out[3]).toBe(0);
      expect(out[4]).toBeGreaterThan(0);
    }
  });
  it('a step of no time copies the state; a propagator is computed once per step length', () => {
    const x = Float64Array.from([1, 2, 3, 4, 5]);
    const out = new Float64Array(5);
    sys.advance(x, 0, out);
    expect(Array.from(out)).toEqual([1, 2, 3, 4, 5]);
    const p = sys.propagator(0.25);
    sys.propagator(0.5);
    expect(sys.propagator(0.25)).toBe(p);
    expect(sys.propagator(0.25)).toBe(p);
  });
  it('two half steps make a whole one', () => {
    const x = Float64Array.from([300, 50, 20, 0, 1]);
    const half = new Float64Array(5);
    const twice = new Float64Array(5);
    const once = new Float64Array(5);
    sys.advance(x, 0.5, half);
    sys.advance(half, 0.5, twice);
    sys.advance(x, 1, once);
    once.forEach((v, i) => expect(twice[i]).toBeCloseTo(v, 10));
  });
});

describe('what a dose can reach', () => {
  it('an oral dose reaches everything downstream of the gut, an IV dose not the gut, nothing the hidden one', () => {
    expect(sys.reachable([sys.input('drug', 'oral')!])).toEqual([0, 1, 2, 4]);
    expect(sys.reachable([sys.input('drug', 'iv')!])).toEqual([1, 2, 4]);
    expect(sys.reachable([])).toEqual([]);
    expect(sys.reachable([sys.input('drug', 'iv')!, sys.input('drug', 'oral')!])).toEqual([0, 1, 2, 4]);
  });
});

describe('propagators side by side', () => {
  const a: Propagator = {
    start: Int32Array.from([0, 2, 3]),
    row: Int32Array.from([0, 1, 1]),
    value: Float64Array.from([0.5, 0.25, 0.9]),
  };
  const b: Propagator = {
    start: Int32Array.from([0, 1]),
    row: Int32Array.from([0]),
    value: Float64Array.from([0.8]),
  };
  it('act each on their own states', () => {
    const m = blockDiagonal([a, b]);
    expect(Array.from(m.start)).toEqual([0, 2, 3, 4]);
    expect(Array.from(m.row)).toEqual([0, 1, 1, 2]);
    expect(Array.from(m.value)).toEqual([0.5, 0.25, 0.9, 0.8]);
    const out = new Float64Array(3);
    const all = Int32Array.from([0, 1, 2]);
    expect(applyPropagator(m, Float64Array.from([4, 8, 10]), out, all, 0, 3)).toBe(true);
    expect(Array.from(out)).toEqual([2, 1 + 7.2, 8]);
  });
  it('look only at the listed states, zero them first, and drop amounts below any meaning', () => {
    const m = blockDiagonal([a, b]);
    const out = Float64Array.from([9, 9, 9]);
    const some = Int32Array.from([2]);
    expect(applyPropagator(m, Float64Array.from([4, 8, 10]), out, some, 0, 1)).toBe(true);
    expect(Array.from(out)).toEqual([9, 9, 8]);
    const tiny = Float64Array.from([NEGLIGIBLE / 2, -NEGLIGIBLE / 2, 0]);
    expect(applyPropagator(m, tiny, out, Int32Array.from([0, 1, 2]), 0, 3)).toBe(false);
    expect(Array.from(out)).toEqual([0, 0, 0]);
    expect(
      applyPropagator(m, Float64Array.from([NEGLIGIBLE, 0, 0]), out, Int32Array.from([0, 1, 2]), 0, 3),
    ).toBe(true);
    expect(out[0]).toBe(0.5 * NEGLIGIBLE);
    expect(
      applyPropagator(m, Float64Array.from([-NEGLIGIBLE, 0, 0]), out, Int32Array.from([0, 1, 2]), 0, 3),
    ).toBe(true);
  });
  it('over part of a list, leave the states after it alone', () => {
    const m = blockDiagonal([a, b]);
    const out = Float64Array.from([9, 9, 9]);
    expect(applyPropagator(m, Float64Array.from([0, 8, 10]), out, Int32Array.from([2, 0, 1]), 0, 1)).toBe(
      true,
    );
    expect(Array.from(out)).toEqual([9, 9, 8]);
  });
  it('of two real systems, side by side, give each system its own step', () => {
    const other = new LinearSystem({ ...spec, name: 'other', effectSites: [], ligands: { drug: 'central' } });
    const h = 0.5;
    const m = blockDiagonal([sys.propagator(h), other.propagator(h)]);
    const x = Float64Array.from({ length: sys.n + other.n }, (_, i) => 1 + i);
    const out = new Float64Array(x.length);
    applyPropagator(m, x, out, Int32Array.from(x.keys()), 0, x.length);
    const [first, second] = [new Float64Array(sys.n), new Float64Array(other.n)];
    sys.advance(x.subarray(0, sys.n), h, first);
    other.advance(x.subarray(sys.n), h, second);
    expect(Array.from(out)).toEqual([...first, ...second]);
  });
});
