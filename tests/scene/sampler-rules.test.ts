// The sampler's rules, each as a viewer of the receptor scene would see it: a first picture (or a
// new scenario) puts every site at once on the engine's shares, and the molecules placed then leave
// within a dwell and a half; docking takes BIND_S; a bound molecule stays between 0.15 and 4 times its
// ligand's dwell; a share hovering near a half site does not flicker; the events do not depend on the
// display's frame rate; and molecules reach for held sites about as often as the engine's rate says.
import { describe, expect, test } from 'vitest';
import {
  BIND_S,
  HYSTERESIS_SITES,
  PHASE_BOUND,
  PHASE_FREE,
  STEP_S,
  createSampler,
  type SamplerEvent,
  type SamplerLigand,
} from '../../src/scene/sampler';

const LIGANDS: SamplerLigand[] = [
  { cls: 'agonist', dwellS: 1 },
  { cls: 'antagonist', dwellS: 6 },
];
const NONE = new Float64Array(2);

/** A sampler with its events timed in wall-clock seconds. */
function sampler(sites: number, seed = 3, ligands = LIGANDS) {
  const events: Array<SamplerEvent & { at: number }> = [];
  let wall = 0;
  const s = createSampler(sites, ligands, seed, (e) => events.push({ ...e, at: wall }));
  const run = (seconds: number, occ: ArrayLike<number>, rates: ArrayLike<number> = NONE, dt = 1 / 60) => {
    for (let t = 0; t < seconds - 1e-9; t += dt) {
      wall += dt;
      s.step(dt, occ, rates);
    }
  };
  return { s, events, run };
}

describe('a first picture', () => {
  test('sets every site at once on the engine’s shares, each molecule bound', () => {
    const { s, events } = sampler(40);
    s.snap([0.25, 0.5]);
    expect(events.filter((e) => e.type === 'set')).toHaveLength(40);
    expect([s.held(0), s.held(1)]).toEqual([10, 20]);
    const bound = Array.from({ length: 40 }, (_, i) => s.phaseAt(i));
    expect(bound.filter((p) => p === PHASE_BOUND)).toHaveLength(30);
    expect(bound.filter((p) => p === PHASE_FREE)).toHaveLength(10);
    for (let i = 0; i < 40; i++) expect(s.ligandAt(i) === -1).toBe(s.phaseAt(i) === PHASE_FREE);
  });

  test('a new scenario’s picture replaces the old one: sites it leaves free are free', () => {
    const { s, events } = sampler(20);
    s.snap([1, 0]);
    events.length = 0;
    s.snap([0.25, 0]);
    expect(events.filter((e) => e.type === 'set' && e.ligand === -1)).toHaveLength(15);
    expect(s.held(0)).toBe(5);
    for (let i = 0; i < 20; i++) expect(s.ligandAt(i) === -1).toBe(s.phaseAt(i) === PHASE_FREE);
    expect(Array.from({ length: 20 }, (_, i) => s.ligandAt(i)).filter((l) => l === 0)).toHaveLength(5);
  });

  test('before any picture every site is free', () => {
    const { s, run } = sampler(8);
    run(0.1, [0, 0]);
    for (let i = 0; i < 8; i++) expect([s.ligandAt(i), s.phaseAt(i)]).toEqual([-1, PHASE_FREE]);
  });

  test('molecules sit all over the membrane, not on the first sites', () => {
    // Mean site index of the held sites, over pictures and arrivals: about the middle (49.5).
    const { s, events, run } = sampler(100);
    s.snap([0.2, 0]);
    const held = () => Array.from({ length: 100 }, (_, i) => i).filter((i) => s.ligandAt(i) === 0);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(Math.abs(mean(held()) - 49.5)).toBeLessThan(15);
    events.length = 0;
    run(0.05, [0.5, 0]);
    const arrived = events.filter((e) => e.type === 'arrive').map((e) => e.site);
    expect(arrived.length).toBeGreaterThanOrEqual(29);
    expect(Math.abs(mean(arrived) - 49.5)).toBeLessThan(15);
  });

  test('never holds more sites than there are, whatever the shares add up to', () => {
    const { s } = sampler(10);
    s.snap([0.8, 0.8]);
    expect(s.held(0) + s.held(1)).toBe(10);
  });

  test('its molecules leave within a dwell and a half, spread over that time', () => {
    const { s, events, run } = sampler(200);
    s.snap([1, 0]);
    run(1.6, [1, 0]);
    // Each site's first departure is the molecule the picture placed there.
    const first = new Map<number, number>();
    for (const e of events) if (e.type === 'leave' && !first.has(e.site)) first.set(e.site, e.at);
    const left = [...first.values()];
    expect(left).toHaveLength(200);
    expect(Math.max(...left)).toBeLessThanOrEqual(1.5 + 2 * STEP_S);
    expect(Math.max(...left)).toBeGreaterThan(1.3);
    expect(Math.min(...left)).toBeLessThan(0.1);
  });
});

describe('docking and dwelling', () => {
  const timesOf = (events: Array<SamplerEvent & { at: number }>) => {
    const arrive = new Map<number, number>();
    const settle = new Map<number, number>();
    const docking: number[] = [];
    const bound: number[] = [];
    for (const e of events) {
      if (e.type === 'arrive') arrive.set(e.site, e.at);
      if (e.type === 'settle') {
        docking.push(e.at - arrive.get(e.site)!);
        settle.set(e.site, e.at);
      }
      if (e.type === 'leave' && settle.has(e.site)) {
        bound.push(e.at - settle.get(e.site)!);
        settle.delete(e.site);
      }
    }
    return { docking, bound };
  };

  test('a molecule takes BIND_S to dock, then stays 0.15 to 4 dwells, about one on average', () => {
    const { s, events, run } = sampler(60);
    s.snap([0, 0]);
    run(200, [0.5, 0]);
    const { docking, bound } = timesOf(events);
    expect(bound.length).toBeGreaterThan(2000);
    for (const d of docking) expect(Math.abs(d - BIND_S)).toBeLessThanOrEqual(STEP_S + 1e-9);
    expect(Math.min(...bound)).toBeGreaterThanOrEqual(0.15 - STEP_S);
    expect(Math.min(...bound)).toBeLessThan(0.15 + 2 * STEP_S);
    expect(Math.max(...bound)).toBeLessThanOrEqual(4 + 2 * STEP_S);
    expect(Math.max(...bound)).toBeGreaterThan(3.5);
    // The clipped exponential's mean: 0.15 + e^-0.15 - e^-4 = 1.0424 dwells.
    const mean = bound.reduce((a, b) => a + b, 0) / bound.length;
    expect(mean).toBeGreaterThan(0.98);
    expect(mean).toBeLessThan(1.12);
  });
});

describe('holding still', () => {
  test('a share hovering within the band around the count held moves it by no site', () => {
    // A ligand that stays put (a 1000 s dwell), so that only the engine's share could move it.
    const { s, run } = sampler(10, 3, [{ cls: 'antagonist', dwellS: 1000 }, LIGANDS[1]!]);
    s.snap([0.3, 0]);
    // 3 sites held; the engine's share swings between 2.25 and 3.75 sites, inside 3 +- (0.5 + 0.3).
    const held: number[] = [];
    for (let i = 0; i < 120; i++) {
      run(STEP_S, [i % 2 ? 0.375 : 0.225, 0]);
      held.push(s.held(0));
    }
    expect(new Set(held)).toEqual(new Set([3]));
  });

  test('a share just outside the band moves the count to it at once', () => {
    const { s, run } = sampler(10);
    s.snap([0.3, 0]);
    run(STEP_S, [0.3 + (0.5 + HYSTERESIS_SITES + 0.01) / 10, 0]);
    expect(s.held(0)).toBe(4);
    run(STEP_S, [0.2 - (HYSTERESIS_SITES + 0.01) / 10, 0]);
    expect(s.held(0)).toBe(2);
  });
});

test('the same seed gives the same events at 30, 60 or 144 frames a second', () => {
  const at = (dt: number) => {
    const { s, events, run } = sampler(30, 9);
    s.snap([0.2, 0.3]);
    run(20, [0.4, 0.3], [5, 2], dt);
    return events.map(({ at: _at, ...e }) => e);
  };
  const base = at(1 / 60);
  expect(base.length).toBeGreaterThan(300);
  expect(at(1 / 30)).toEqual(base);
  expect(at(1 / 144).slice(0, base.length - 40)).toEqual(base.slice(0, base.length - 40));
});

test('molecules reach for held sites as often as the rate and the share held say', () => {
  const { s, events, run } = sampler(50);
  s.snap([0, 0.6]);
  // 30 tries a second, 60% of sites held (by the long-dwelling antagonist): about 18 attempts a second.
  run(60, [0, 0.6], [30, 0]);
  const attempts = events.filter((e) => e.type === 'attempt');
  expect(attempts.every((e) => e.type === 'attempt' && e.ligand === 0)).toBe(true);
  expect(attempts.length / 60).toBeGreaterThan(16);
  expect(attempts.length / 60).toBeLessThan(20);
  // A site whose molecule is still docking is held too: molecules reach for it.
  const docking = sampler(50, 3, [{ cls: 'agonist', dwellS: 1000 }, LIGANDS[1]!]);
  docking.s.snap([0, 0]);
  docking.run(BIND_S - 2 * STEP_S, [1, 0], [0, 60]);
  expect(docking.events.filter((e) => e.type === 'attempt').length).toBeGreaterThan(5);
  // More than one try per step (90 a second) is not lost.
  const busy = sampler(50);
  busy.s.snap([0, 1]);
  busy.run(20, [0, 1], [90, 0]);
  expect(busy.events.filter((e) => e.type === 'attempt').length / 20).toBeGreaterThan(85);
});
