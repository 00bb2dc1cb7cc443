// The engine's shortcuts for speed change no number: the fused binding pass gives the bits of the
// plain one, a system skipped while empty restarts exactly, states no dose can reach stay zero, a
// checkpoint restores every field, and the grid's fast runs give the points of the step-by-step rule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../runs';
import { simulate } from '../../sim/index';
import { COARSE_MIN, FINE_MIN, FINE_WINDOW_MIN, buildGrid } from '../../sim/grid';
import { Model } from '../../sim/model';
import { LIGAND_NAMES, type LigandName } from '../../sim/params/receptor';
import { MORPHINE } from '../../sim/params/pk';
import { buildSystems } from '../../sim/pk/systems';
import { LinearSystem } from '../../sim/pk/linear-system';
import { ReceptorPool, type Bound, type Source } from '../../sim/receptor/pool';
import { WRITTEN_SLOTS, bindWritten, slotsOf } from '../../sim/receptor/written';
import { expandDoses } from '../../sim/scenario';

const DAY = 24;

describe('binding in one pass', () => {
  const drugs = LIGAND_NAMES.filter((n) => n !== 'endorphin');

  it('gives the bits of the plain step, slow ligands included, and sums by role in ligand order', () => {
    fc.assert(
      fc.property(
        fc.subarray(drugs, { minLength: 1 }),
        fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 9, maxLength: 9 }),
        fc.constantFrom(1 / 60, 5 / 60, 0.37),
        (names: LigandName[], levels, dt) => {
          const pool = new ReceptorPool(names);
          const n = pool.ligands.length;
          // Each ligand reads its level from its own slot of a PK state vector, with a gain of 1.
          const x = Float64Array.from(levels);
          const sources: Source[] = pool.ligands.map((l, i) => ({
            at: i % x.length,
            gain: 1,
            at2: -1,
            gain2: 0,
            blocks: l.name === 'naltrexone' || l.name === '6-beta-naltrexol',
          }));
          const before = new Float64Array(n);
          pool.baseline(before);
          before.forEach((_, i) => {
            if (i > 0 && pool.ligands[i]!.slow) before[i] = 0.5 / n;
          });
          const rates = pool.rates(dt);
          const ratio = new Float64Array(n);
          const out: Bound = {
            occ: new Float64Array(n),
            free: 0,
            stim: 0,
            ant: 0,
            partial: 0,
            full: 0,
            blockRatio: 0,
            tone: pool.endorphinTone,
          };
          pool.bind(x, pool.wire(sources), ratio, before, rates, out);

          const plainRatio = Float64Array.from(pool.ligands, (_, i) => {
            const c = i === 0 ? 0 : x[i % x.length]!;
            return c > 0 ? c : 0;
          });
          const plain = Float64Array.from(before);
          const free = pool.stepFrom(before, plainRatio, rates, plain);
          expect(Array.from(out.occ)).toEqual(Array.from(plain));
          expect(out.free).toBe(free);
          let stim = 0;
          const byClass = { antagonist: 0, partial_agonist: 0, agonist: 0, endogenous: 0 };
          pool.ligands.forEach((l, i) => {
            stim += l.efficacy * plain[i]!;
            byClass[l.class] += plain[i]!;
          });
          expect(out.stim).toBe(stim);
          expect([out.ant, out.partial, out.full]).toEqual([
            byClass.antagonist,
            byClass.partial_agonist,
            byClass.agonist,
          ]);
        },
      ),
      { numRuns: runs(300), seed: 11 },
    );
  });
});

describe('binding written out for up to six ligands', () => {
  const drugs = LIGAND_NAMES.filter((n) => n !== 'endorphin');
  const bound = (pool: ReceptorPool): Bound => ({
    occ: new Float64Array(pool.ligands.length),
    free: 0,
    stim: 0,
    ant: 0,
    partial: 0,
    full: 0,
    blockRatio: 0,
    tone: pool.endorphinTone * 1.3,
  });

  /** Binds from the same start by the loop and by the written-out pass, and expects every output bit
   *  for bit the same. Slow ligands start holding `slowShare(i)` of the receptors. */
  function expectSameBits(
    pool: ReceptorPool,
    x: Float64Array,
    sources: Source[],
    slowShare: (i: number) => number,
    dt: number,
    label = '',
  ): void {
    const n = pool.ligands.length;
    const before = new Float64Array(n);
    pool.baseline(before);
    before.forEach((_, i) => {
      if (i > 0 && pool.ligands[i]!.slow) before[i] = slowShare(i);
    });
    const rates = pool.rates(dt);
    const wired = pool.wire(sources);
    const loop = bound(pool);
    pool.bind(x, wired, new Float64Array(n), before, rates, loop);
    const written = bound(pool);
    bindWritten(pool, n, x, slotsOf(wired)!, new Float64Array(WRITTEN_SLOTS), before, rates, written);
    for (let i = 0; i < n; i++)
      expect(Object.is(written.occ[i], loop.occ[i]), `${label}occupancy ${i}`).toBe(true);
    for (const key of ['free', 'stim', 'ant', 'partial', 'full', 'blockRatio'] as const)
      expect(Object.is(written[key], loop[key]), `${label}${key}`).toBe(true);
  }

  it('gives the bits of the loop for any ligands, sources (one or two each) and levels, slow ligands included', () => {
    fc.assert(
      fc.property(
        // Any drugs in any order, so that a slow ligand, an antagonist or a second source lands in
        // every slot; levels mostly present, some zero or slightly negative (as PK states can be).
        fc.shuffledSubarray(drugs, { minLength: 1, maxLength: WRITTEN_SLOTS - 1 }),
        fc.array(
          fc.oneof(
            { arbitrary: fc.double({ min: 1e-6, max: 1e5, noNaN: true }), weight: 4 },
            { arbitrary: fc.constant(0), weight: 1 },
            { arbitrary: fc.double({ min: -1e-3, max: 0, noNaN: true }), weight: 1 },
          ),
          { minLength: 12, maxLength: 12 },
        ),
        fc.array(
          fc.tuple(
            fc.nat(11),
            fc.double({ min: 1e-3, max: 10, noNaN: true }),
            fc.integer({ min: -1, max: 11 }),
          ),
          {
            minLength: WRITTEN_SLOTS,
            maxLength: WRITTEN_SLOTS,
          },
        ),
        fc.constantFrom(1 / 60, 5 / 60, 0.37),
        (names: LigandName[], levels, wiring, dt) => {
          const pool = new ReceptorPool(names);
          const n = pool.ligands.length;
          const x = Float64Array.from(levels);
          const sources: Source[] = pool.ligands.map((l, i) => {
            const [at, gain, at2] = wiring[i]!;
            return {
              at,
              gain,
              at2,
              gain2: gain / 3,
              blocks: l.name === 'naltrexone' || l.name === '6-beta-naltrexol',
            };
          });
          expectSameBits(pool, x, sources, () => 0.4 / n, dt);
        },
      ),
      { numRuns: runs(400), seed: 12 },
    );
  });

  it('gives the bits of the loop with every drug in every slot (a test that does not hang on chance)', () => {
    for (let slot = 1; slot < WRITTEN_SLOTS; slot++)
      for (const drug of drugs) {
        // The drug in this slot, the others in order around it, five drugs in all.
        const others = drugs.filter((d) => d !== drug);
        const names = [...others.slice(0, slot - 1), drug, ...others.slice(slot - 1, WRITTEN_SLOTS - 2)];
        const pool = new ReceptorPool(names);
        expect(pool.ligands[slot]!.name).toBe(drug);
        // Levels of every size, and every ligand read from two states (its own and the next).
        const x = Float64Array.from({ length: 12 }, (_, i) => ((i * 37) % 11) * 10 ** ((i % 5) - 2));
        const sources: Source[] = pool.ligands.map((l, i) => ({
          at: i + 1,
          gain: 0.5 + i,
          at2: i % 2 === 0 ? -1 : i + 2,
          gain2: 0.25,
          blocks: l.name === 'naltrexone' || l.name === '6-beta-naltrexol',
        }));
        expectSameBits(pool, x, sources, (i) => 0.05 * i, 5 / 60, `${names.join()}: `);
      }
  });

  it('leaves more ligands to the loop', () => {
    const pool = new ReceptorPool(drugs.slice(0, WRITTEN_SLOTS));
    const sources = pool.ligands.map(() => ({ at: 0, gain: 1, at2: -1, gain2: 0, blocks: false }));
    expect(pool.ligands.length).toBe(WRITTEN_SLOTS + 1);
    expect(slotsOf(pool.wire(sources))).toBeUndefined();
    expect(slotsOf(pool.wire(sources).slice(0, WRITTEN_SLOTS))).toHaveLength(WRITTEN_SLOTS);
  });
});

describe('what the step skips', () => {
  it('a system emptied for weeks restarts exactly: IV morphine decays as one exponential again', () => {
    // The first dose is gone (below 1e-24 ug) long before the second, so morphine's system sleeps.
    const mg = 10;
    const second = 40 * DAY + 0.2;
    const ke = Math.LN2 / MORPHINE.halfLife.value;
    const t = simulate({
      to_h: second + 12,
      output_from_h: second,
      step_min: 3,
      doses: [
        { drug: 'morphine', route: 'iv', mg, at_h: 0.5 },
        { drug: 'morphine', route: 'iv', mg, at_h: second },
      ],
    });
    t.t_h.forEach((h, i) => {
      const expected = ((mg * 1000) / MORPHINE.v.value) * Math.exp(-ke * (h - second));
      const got = t.plasma_ng_ml.morphine![i]!;
      expect(Math.abs(got - expected) / expected).toBeLessThan(1e-6);
    });
  });

  it('states no dose of the scenario can reach stay exactly zero, and the reachable ones fill', () => {
    for (const spec of buildSystems(70)) {
      const system = new LinearSystem(spec);
      for (const key of Object.keys(spec.routes)) {
        const [drug, route] = key.split('/') as [string, string];
        const input = system.input(drug, route)!;
        const reach = new Set(system.reachable([input]));
        let x = Float64Array.from(input);
        const seen = new Float64Array(system.n);
        // Hourly for two weeks: every reachable state holds something at some point.
        for (let h = 0; h < 24 * 14; h++) {
          const next = new Float64Array(system.n);
          system.advance(x, 1, next);
          x = next;
          x.forEach((v, i) => (seen[i] = Math.max(seen[i]!, Math.abs(v))));
        }
        seen.forEach((v, i) => {
          if (reach.has(i)) expect(v, `${spec.name} ${key} state ${i}`).toBeGreaterThan(0);
          else expect(v, `${spec.name} ${key} state ${i}`).toBe(0);
        });
      }
    }
  });

  it('a checkpoint restores every field of the state, bit for bit', () => {
    const admin = expandDoses(
      [
        { drug: 'heroin', route: 'iv', mg: 25, at_h: 0, every_h: 8, until_h: 48 },
        { drug: 'naltrexone', route: 'oral', mg: 50, at_h: 60 },
        { drug: 'fentanyl', route: 'iv', mg: 0.1, at_h: 61 },
      ],
      0,
      72,
    );
    const model = new Model(admin, 70);
    let cur = model.newState();
    let next = model.newState();
    model.dose(cur, 0, 1);
    const len = model.stepLength(5 / 60);
    let d = 1;
    for (let k = 1; k <= 12 * 62; k++) {
      next.t = k / 12;
      let hi = d;
      while (hi < model.doses.length && model.doses[hi]!.t_h <= next.t + 1e-9) hi++;
      model.step(cur, len, d, hi, next);
      [cur, next] = [next, cur];
      d = hi;
    }
    const copy = model.newState();
    model.restore(model.snapshot(cur), copy);
    expect(copy).toEqual(cur);
    // Kept in a run's one array of checkpoints, after another: the same state back, and the
    // neighbours untouched.
    const size = model.snapshot(cur).length;
    const store = new Float64Array(3 * size).fill(-7);
    model.snapshot(model.newState(), store, 0);
    expect(model.snapshot(cur, store, size)).toBe(store);
    const again = model.newState();
    model.restore(store, again, size);
    expect(again).toEqual(cur);
    expect(Array.from(store.subarray(2 * size)).every((v) => v === -7)).toBe(true);
    model.restore(store, again, 0);
    expect(again).toEqual(model.newState());
  });
});

/** The grid's rule one point at a time (the plain form of `buildGrid`, for comparison). */
function gridByRule(fromH: number, toH: number, doseTimesH: number[], fast: boolean[]): number[] {
  const endM = (toH - fromH) * 60;
  const order = doseTimesH.map((_, i) => i).sort((a, b) => doseTimesH[a]! - doseTimesH[b]!);
  const doses = order.map((i) => (doseTimesH[i]! - fromH) * 60);
  const out = [0];
  let m = 0;
  let fineUntil = -Infinity;
  let d = 0;
  for (;;) {
    while (d < doses.length && doses[d]! <= m + 1e-9) {
      fineUntil = Math.max(fineUntil, doses[d]! + (fast[order[d]!] ? FINE_WINDOW_MIN : 0));
      d++;
    }
    let step = m < fineUntil ? FINE_MIN : COARSE_MIN;
    if (d < doses.length) step = Math.min(step, Math.max(1, Math.ceil(doses[d]! - 1e-9) - m));
    if (m + step >= endM - 1e-9) return [...out, endM];
    m += step;
    out.push(m);
  }
}

describe('the grid in runs', () => {
  it('has the points of the step-by-step rule', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: 0, noNaN: true }),
        fc.double({ min: 0.05, max: 300, noNaN: true }),
        fc.array(fc.tuple(fc.double({ min: -0.2, max: 1.2, noNaN: true }), fc.boolean(), fc.boolean()), {
          maxLength: 40,
        }),
        (from, span, doses) => {
          // Doses anywhere in the span, half of them on whole minutes (as the app's doses are).
          const times = doses.map(([u, , whole]) => {
            const h = from + u * span;
            return whole ? Math.round(h * 60) / 60 : h;
          });
          const fast = doses.map(([, f]) => f);
          const grid = buildGrid(from, from + span, times, (i) => fast[i]!);
          expect(Array.from(grid)).toEqual(gridByRule(from, from + span, times, fast));
        },
      ),
      { numRuns: runs(500), seed: 5 },
    );
  });
});
