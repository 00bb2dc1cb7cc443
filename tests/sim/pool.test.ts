// The receptor pool against closed forms: one implicit step of the binding equations solved by hand
// for one and two slow ligands, washout, Gaddum's equilibrium with fast and slow ligands together, and
// what one binding pass reports (ratios from the PK state, the blockade, the stimulus, shares by role).
import { describe, expect, it } from 'vitest';
import { LIGANDS } from '../../sim/index';
import { ReceptorPool, type Bound, type Source } from '../../sim/receptor/pool';

const tone = 0.087; // the catalogue's endorphin tone (c/Kd)
const koff = (name: 'naloxone' | 'fentanyl' | 'buprenorphine') => LIGANDS[name].koff.value;

describe('the pool', () => {
  it('puts endorphin first, then the drugs in the order given, and knows which are slow', () => {
    const pool = new ReceptorPool(['morphine', 'buprenorphine', 'naltrexone', 'endorphin', 'naloxone']);
    expect(pool.ligands.map((l) => l.name)).toEqual([
      'endorphin',
      'morphine',
      'buprenorphine',
      'naltrexone',
      'naloxone',
    ]);
    expect(pool.ligands.map((l) => [l.class, l.role, l.slow])).toEqual([
      ['endogenous', 0, false],
      ['agonist', 3, false],
      ['partial_agonist', 2, true],
      ['antagonist', 1, false],
      ['antagonist', 1, true],
    ]);
    expect(Array.from(pool.kinetic)).toEqual([2, 4]);
    expect(Array.from(pool.fast)).toEqual([1, 3]);
    expect(pool.ligands[1]!.perNgMl).toBe(1 / LIGANDS.morphine.kd.value);
    expect(pool.ligands[2]!.efficacy).toBe(LIGANDS.buprenorphine.efficacy.value);
    expect(Array.from(pool.rates(0.5))).toEqual([
      0,
      0,
      0.5 * koff('buprenorphine'),
      0,
      0.5 * koff('naloxone'),
    ]);
    expect(pool.endorphinTone).toBe(tone);
  });

  it('at rest endorphin alone holds tone / (1 + tone) of the receptors', () => {
    const pool = new ReceptorPool(['heroin']);
    const occ = Float64Array.from([0.5, 0.3]);
    pool.baseline(occ);
    expect(Array.from(occ)).toEqual([tone / (1 + tone), 0]);
  });

  it('one implicit step of one slow ligand next to a fast one is the hand-solved answer', () => {
    // o1 = o0 + dt koff (r free - o1), free = (1 - o1) / (1 + tone + f): solved, o1 = (o0 + a) / (1 + dk + a)
    // with dk = dt koff and a = dk r / (1 + tone + f).
    const pool = new ReceptorPool(['morphine', 'naloxone']);
    const [f, r, o0, dt] = [0.7, 3, 0.2, 0.01];
    const occ = Float64Array.from([0, 0, o0]);
    const free = pool.step(occ, Float64Array.from([0, f, r]), dt);
    const dk = dt * koff('naloxone');
    const a = (dk * r) / (1 + tone + f);
    const o1 = (o0 + a) / (1 + dk + a);
    expect(occ[2]).toBeCloseTo(o1, 15);
    expect(free).toBeCloseTo((1 - o1) / (1 + tone + f), 15);
    expect(occ[1]).toBeCloseTo((f * (1 - o1)) / (1 + tone + f), 15);
    expect(occ[0]).toBeCloseTo((tone * (1 - o1)) / (1 + tone + f), 15);
    expect(occ[0]! + occ[1]! + occ[2]! + free).toBeCloseTo(1, 15);
  });

  it('one implicit step of two slow ligands is the solution of their 2 x 2 system', () => {
    const pool = new ReceptorPool(['fentanyl', 'buprenorphine']);
    const r = [0, 2, 0.5];
    const o0 = [0, 0.1, 0.4];
    const dt = 0.05;
    const occ = Float64Array.from(o0);
    pool.step(occ, Float64Array.from(r), dt);
    // (1 + d_i) o_i + d_i r_i s (o_1 + o_2) = o0_i + d_i r_i s, with s = 1 / (1 + tone): Cramer's rule.
    const s = 1 / (1 + tone);
    const d = [0, dt * koff('fentanyl'), dt * koff('buprenorphine')];
    const [a11, a12, b1] = [1 + d[1]! + d[1]! * r[1]! * s, d[1]! * r[1]! * s, o0[1]! + d[1]! * r[1]! * s];
    const [a21, a22, b2] = [d[2]! * r[2]! * s, 1 + d[2]! + d[2]! * r[2]! * s, o0[2]! + d[2]! * r[2]! * s];
    const det = a11 * a22 - a12 * a21;
    expect(occ[1]).toBeCloseTo((b1 * a22 - a12 * b2) / det, 14);
    expect(occ[2]).toBeCloseTo((a11 * b2 - a21 * b1) / det, 14);
  });

  it('washout: with nothing left to bind, a slow ligand leaves by 1 / (1 + koff dt) a step', () => {
    const pool = new ReceptorPool(['buprenorphine']);
    const occ = Float64Array.from([0, 0.6]);
    const dt = 0.25;
    for (let k = 1; k <= 4; k++) {
      pool.step(occ, new Float64Array(2), dt);
      expect(occ[1]).toBeCloseTo(0.6 / (1 + dt * koff('buprenorphine')) ** k, 15);
    }
  });

  it("at steady state every ligand, fast or slow, holds Gaddum's share: r / (1 + tone + sum r)", () => {
    const pool = new ReceptorPool(['heroin', 'naltrexone', 'buprenorphine', 'naloxone']);
    const r = Float64Array.from([0, 0.9, 4, 0.3, 1.5]);
    const occ = new Float64Array(5);
    pool.baseline(occ);
    for (let k = 0; k < 20; k++) pool.step(occ, r, 100);
    const total = 1 + tone + r.reduce((x, y) => x + y, 0);
    expect(occ[0]).toBeCloseTo(tone / total, 13);
    for (let i = 1; i < 5; i++) expect(occ[i], pool.ligands[i]!.name).toBeCloseTo(r[i]! / total, 13);
  });
});

describe('one binding pass', () => {
  const pool = new ReceptorPool(['heroin', 'buprenorphine', 'naltrexone', '6-beta-naltrexol']);
  // The PK state: each ligand's level at one or two places, with its factor to c/Kd.
  const x = Float64Array.from([10, 20, -3, 4, 1]);
  const sources: Source[] = [
    { at: 0, gain: 0, at2: -1, gain2: 0, blocks: false },
    { at: 0, gain: 0.05, at2: 1, gain2: 0.01, blocks: false }, // heroin: 0.5 + 0.2
    { at: 2, gain: 1, at2: -1, gain2: 0, blocks: false }, // buprenorphine: negative, counts as 0
    { at: 3, gain: 0.5, at2: 4, gain2: 0.25, blocks: true }, // naltrexone: 2 + 0.25
    { at: 4, gain: 3, at2: -1, gain2: 0, blocks: true }, // 6-beta-naltrexol: 3
  ];
  const fresh = (t: number): Bound => ({
    occ: new Float64Array(5),
    free: 0,
    stim: 0,
    ant: 0,
    partial: 0,
    full: 0,
    blockRatio: 0,
    tone: t,
  });

  it('reads each ratio from the state, clamps a negative level to zero, and sums the blockade', () => {
    const out = fresh(tone);
    const ratio = new Float64Array(5);
    const before = Float64Array.from([0, 0, 0.3, 0, 0]);
    pool.bind(x, pool.wire(sources), ratio, before, pool.rates(0.1), out);
    expect(Array.from(ratio)).toEqual([0, 0.05 * 10 + 0.01 * 20, 0, 2.25, 3]);
    expect(out.blockRatio).toBe(5.25);
    // Buprenorphine (slow, nothing to bind) only leaves.
    expect(out.occ[2]).toBeCloseTo(0.3 / (1 + 0.1 * koff('buprenorphine')), 15);
    const total = 1 + tone + 0.7 + 2.25 + 3;
    const free = (1 - out.occ[2]!) / total;
    expect(out.free).toBeCloseTo(free, 15);
    expect(out.occ[0]).toBeCloseTo(tone * free, 15);
    expect(out.occ[1]).toBeCloseTo(0.7 * free, 15);
    expect(out.occ[3]).toBeCloseTo(2.25 * free, 15);
    expect(out.occ[4]).toBeCloseTo(3 * free, 15);
  });

  it('reports the stimulus and the shares by role, and the same occupancy as the plain step', () => {
    const out = fresh(tone);
    const ratio = new Float64Array(5);
    const before = Float64Array.from([0, 0, 0.3, 0, 0]);
    pool.bind(x, pool.wire(sources), ratio, before, pool.rates(0.1), out);
    const o = out.occ;
    const eff = pool.ligands.map((l) => l.efficacy);
    expect(out.stim).toBeCloseTo(
      eff.reduce((s, e, i) => s + e * o[i]!, 0),
      15,
    );
    expect(out.stim).toBeGreaterThan(0);
    expect(out.full).toBe(o[1]);
    expect(out.partial).toBe(o[2]);
    expect(out.ant).toBe(o[3]! + o[4]!);
    const plain = Float64Array.from(before);
    const free = pool.step(plain, ratio, 0.1);
    expect(free).toBe(out.free);
    expect(Array.from(plain)).toEqual(Array.from(o));
  });

  it('a second source anywhere in the state, the first state included, adds to the ratio', () => {
    // Only a negative index means "no second source": state 0 is a state like any other.
    const twoPlaces = sources.map((s, i) => (i === 3 ? { ...s, at2: 0, gain2: 0.1 } : s));
    const ratio = new Float64Array(5);
    pool.bind(x, pool.wire(twoPlaces), ratio, new Float64Array(5), pool.rates(0.1), fresh(tone));
    expect(ratio[3]).toBeCloseTo(0.5 * 4 + 0.1 * 10, 15);
  });

  it('wires each ligand to its source, with its role, efficacy and speed', () => {
    const wired = pool.wire(sources);
    expect(wired).toHaveLength(5);
    wired.forEach((w, i) => {
      const l = pool.ligands[i]!;
      expect(w, l.name).toEqual({ ...sources[i], slow: l.slow, efficacy: l.efficacy, role: l.role });
    });
    expect(wired.map((w) => w.role)).toEqual([0, 3, 2, 1, 1]);
    expect(wired[2]!.slow).toBe(true); // buprenorphine has an off-rate
  });

  it('a raised endorphin tone (drinking) takes more receptors and leaves fewer free', () => {
    const [rest, drunk] = [fresh(tone), fresh(2 * tone)];
    for (const out of [rest, drunk])
      pool.bind(x, pool.wire(sources), new Float64Array(5), new Float64Array(5), pool.rates(0.1), out);
    expect(drunk.occ[0]! / drunk.free).toBeCloseTo(2 * tone, 14);
    expect(rest.occ[0]! / rest.free).toBeCloseTo(tone, 14);
    expect(drunk.free).toBeLessThan(rest.free);
    expect(drunk.stim).toBeGreaterThan(rest.stim);
  });
});
