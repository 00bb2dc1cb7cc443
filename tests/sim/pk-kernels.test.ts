// The straight-line PK kernels (sim/pk/kernels.ts, written by scripts/gen-kernels.ts): the file is what
// the script writes today, every system of the engine has one, and each gives the general sparse
// product's bits, with negligible amounts skipped and the same "anything left" answer.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { KERNELS_FILE, kernelsSource } from '../../scripts/gen-kernels';
import { expm, matrix } from '../../sim/linalg';
import { applyPropagator, NEGLIGIBLE } from '../../sim/pk/linear-system';
import { kernelValues, patternKey, structuralPattern } from '../../sim/pk/pattern';
import { buildSystems } from '../../sim/pk/systems';
import { systemsFor } from '../../sim/wiring';

/** A PK amount as the engine meets them: zero, negligible, tiny, or any size, either sign rarely. */
const amount = fc.oneof(
  fc.constant(0),
  fc.double({ min: -NEGLIGIBLE, max: NEGLIGIBLE, noNaN: true }),
  fc.double({ min: 1e-30, max: 1e-20, noNaN: true }),
  fc.double({ min: 1e-6, max: 1e7, noNaN: true }),
  fc.double({ min: -1e-3, max: 0, noNaN: true }),
);

describe('straight-line PK kernels', () => {
  it('the checked-in file is what scripts/gen-kernels.ts writes (run `npm run gen:kernels` if not)', async () => {
    // (Mutation testing's sandbox puts a `// @ts-nocheck` line on top of every source it copies.)
    const checkedIn = readFileSync(KERNELS_FILE, 'utf8').replace(/^\/\/ @ts-nocheck\n/, '');
    expect(checkedIn).toBe(await kernelsSource());
  });

  it('every system has a kernel at any weight, and exp(K h) stays inside its shape', () => {
    for (const weight of [40, 70, 150])
      for (const sys of systemsFor(weight)) {
        expect(sys.kernel, sys.name).toBeDefined();
        for (const h of [1 / 60, 5 / 60, 0.037, 24])
          expect(sys.propagator(h).byShape, sys.name).toBeDefined();
      }
  });

  it('a system with an offset gets the general product bit for bit, and the same answer about emptiness', () => {
    const systems = systemsFor(70);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: systems.length - 1 }),
        fc.constantFrom(1 / 60, 5 / 60, 0.4),
        fc.integer({ min: 0, max: 3 }),
        fc.array(amount, { minLength: 12, maxLength: 12 }),
        (s, h, offset, values) => {
          const sys = systems[s]!;
          const n = sys.n;
          const x = new Float64Array(n + offset + 2).fill(7);
          x.set(values.slice(0, n), offset);
          const p = sys.propagator(h);
          const general = new Float64Array(x.length).fill(-1);
          const straight = Float64Array.from(general);
          const list = Int32Array.from({ length: n }, (_, i) => i + offset);
          const shifted = { ...p, row: p.row.map((r) => r + offset), start: p.start };
          // The general product indexes the state directly: give it the system at the same offset.
          const wide = new Float64Array(x.length);
          wide.set(x);
          const anyGeneral = applyShifted(shifted, wide, general, list, offset);
          const anyStraight = sys.kernel!(p.byShape!, x, straight, offset);
          expect(anyStraight).toBe(anyGeneral);
          for (let i = 0; i < x.length; i++)
            expect(Object.is(straight[i], general[i]), `state ${i}`).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a kernel for the states one route reaches gives those states the bits of the whole kernel', () => {
    const specs = buildSystems(70);
    const cases = systemsFor(70).flatMap((sys, si) =>
      Object.keys(specs[si]!.routes).map((key) => {
        const [drug, route] = key.split('/') as [string, string];
        return { sys, key, reach: sys.reachable([sys.input(drug, route)!]) };
      }),
    );
    // Every route that leaves states empty has its own kernel: opiates by heroin IV, naltrexone by mouth.
    const own = cases.filter(({ sys, reach }) => sys.kernelFor(reach) !== sys.kernel);
    expect(own.map((c) => c.key)).toEqual(
      expect.arrayContaining(['heroin/iv', 'morphine/oral', 'naloxone/intranasal', 'naltrexone/oral']),
    );
    for (const c of cases) expect(c.sys.kernelFor(c.reach) !== c.sys.kernel).toBe(c.reach.length < c.sys.n);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: own.length - 1 }),
        fc.constantFrom(1 / 60, 5 / 60, 0.4),
        fc.integer({ min: 0, max: 3 }),
        fc.array(amount, { minLength: 12, maxLength: 12 }),
        (c, h, offset, values) => {
          const { sys, reach } = own[c]!;
          // What a scenario given by that route alone holds: its reach, and zeros elsewhere.
          const x = new Float64Array(sys.n + offset + 2).fill(7);
          for (let i = 0; i < sys.n; i++) x[offset + i] = reach.includes(i) ? values[i]! : 0;
          const p = sys.propagator(h);
          const whole = new Float64Array(x.length).fill(-1);
          const reached = Float64Array.from(whole);
          const anyWhole = sys.kernel!(p.byShape!, x, whole, offset);
          expect(sys.kernelFor(reach)!(p.byShape!, x, reached, offset)).toBe(anyWhole);
          for (let i = 0; i < x.length; i++) {
            const mine = i >= offset && reach.includes(i - offset);
            // The others it leaves as they were (a run's states there stay 0 from the start).
            expect(Object.is(reached[i], mine ? whole[i] : -1), `state ${i}`).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a system given by two routes that reach more than either uses its whole kernel', () => {
    const opiates = systemsFor(70).find((s) => s.name === 'opiates')!;
    const both = opiates.reachable([opiates.input('heroin', 'iv')!, opiates.input('morphine', 'oral')!]);
    expect(opiates.kernelFor(both)).toBe(opiates.kernel);
    expect(opiates.kernelFor(opiates.reachable([opiates.input('heroin', 'iv')!]))).not.toBe(opiates.kernel);
  });

  it('a shape is the reach of the flows: a chain a -> b -> c feeds c from all three, a from itself', () => {
    const k = matrix(3);
    k.a[0] = -1; // a leaves
    k.a[1 * 3 + 0] = 1; // into b
    k.a[4] = -2; // b leaves
    k.a[2 * 3 + 1] = 2; // into c
    const shape = structuralPattern(k);
    expect(shape).toEqual([[0], [0, 1], [0, 1, 2]]);
    expect(patternKey(shape)).toBe('3:0|0,1|0,1,2');
    expect(kernelValues(shape, expm(k, 0.5))).toHaveLength(6);
    // An entry of the shape that underflows to 0 is read as 0 (the kernel adds nothing for it).
    const under = expm(k, 0.5);
    under.a[2 * 3 + 0] = 0;
    expect(Array.from(kernelValues(shape, under)!)).toEqual([
      under.a[0],
      under.a[3],
      under.a[4],
      0,
      under.a[7],
      under.a[8],
    ]);
    // A matrix with an entry outside the shape is left to the general product.
    const stray = expm(k, 0.5);
    stray.a[2] = 1e-30;
    expect(kernelValues(shape, stray)).toBeUndefined();
  });
});

/** The general product over states at `offset` (its column starts indexed by the system's own states). */
function applyShifted(
  p: { start: Int32Array; row: Int32Array; value: Float64Array },
  x: Float64Array,
  out: Float64Array,
  list: Int32Array,
  offset: number,
): boolean {
  // applyPropagator reads start[j] for state j: lay the starts out at the offset.
  const start = new Int32Array(x.length + 1);
  for (let j = 0; j < p.start.length; j++) start[j + offset] = p.start[j]!;
  for (let j = offset + p.start.length; j <= x.length; j++) start[j] = p.start[p.start.length - 1]!;
  return applyPropagator({ ...p, start }, x, out, list, 0, list.length);
}

describe('a timeline with and without the kernels', () => {
  it('is bit for bit the same: the kernels change speed, never values', async () => {
    const { simulate, LESSONS } = await import('../../sim/index');
    vi.resetModules();
    vi.doMock('../../sim/pk/kernels', () => ({ KERNELS: new Map() }));
    const general = await import('../../sim/index');
    // The general product really runs there: its systems have no kernel.
    const { systemsFor: generalSystems } = await import('../../sim/wiring');
    expect(generalSystems(70).filter((s) => s.kernel !== undefined)).toEqual([]);
    vi.doUnmock('../../sim/pk/kernels');
    const scenarios = LESSONS.flatMap((l) => [l.scenario, ...l.variants.map((v) => v.scenario)]);
    for (const scenario of scenarios) {
      const fast = simulate(scenario);
      const plain = general.simulate(scenario);
      expect(fast.events, scenario.title).toEqual(plain.events);
      for (const [name, series] of Object.entries(fast.occupancy))
        expect(
          Buffer.compare(bytes(series), bytes(plain.occupancy[name]!)),
          `${scenario.title}: ${name}`,
        ).toBe(0);
      for (const [name, series] of Object.entries(fast.plasma_ng_ml))
        expect(
          Buffer.compare(bytes(series), bytes(plain.plasma_ng_ml[name]!)),
          `${scenario.title}: ${name}`,
        ).toBe(0);
      for (const key of ['euphoria', 'withdrawal_cows', 'respiratory_depression', 'tolerance'] as const)
        expect(Buffer.compare(bytes(fast[key]), bytes(plain[key])), `${scenario.title}: ${key}`).toBe(0);
    }
  });
});

const bytes = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
