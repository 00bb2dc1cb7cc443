// The seeded sampler against the engine: the on-screen share of sites held by each ligand tracks
// the engine's occupancy, turnover stays watchable at the slowest and fastest playback speeds,
// naltrexone holds its sites far longer than heroin, and the same seed gives the same events.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LESSONS, simulate, type Timeline } from '../../sim/index';
import { cleftCountsBetween, occupancyAt } from '../../src/scene/engine-read';
import { ATTEMPTS_PER_MOLECULE_S, SCENE_LIGANDS } from '../../src/scene/pacing';
import { createSampler, type SamplerEvent } from '../../src/scene/sampler';

const N = SCENE_LIGANDS.length;
const FPS = 60;
/** The playback speeds at both ends of the playbar, model hours per second: a minute and a week. */
const SLOWEST_HPS = 1 / 60;
const FASTEST_HPS = 7 * 24;
const index = (name: string) => SCENE_LIGANDS.findIndex((l) => l.name === name);
const NALTREXONE = index('naltrexone');
const HEROIN = index('heroin');
const timelines = new Map<string, Timeline>();
const lesson = (id: string) => {
  if (!timelines.has(id)) timelines.set(id, simulate(LESSONS.find((l) => l.id === id)!.scenario));
  return timelines.get(id)!;
};

interface Run {
  /** Per wall-clock minute, per ligand: mean |on-screen share - engine share|. */
  minuteErrors: number[][];
  events: Array<SamplerEvent & { at: number }>;
}

/**
 * Plays a sampler of `sites` sites for `seconds` of wall-clock time, with the engine's shares given
 * by `shares(wallS, out)` and attempt rates by `rates(wallS, out)`; frame times from `dt(i)`.
 */
function play(
  sites: number,
  seconds: number,
  shares: (wallS: number, out: Float64Array) => void,
  options: {
    seed?: number;
    rates?: (wallS: number, out: Float64Array) => void;
    dt?: (i: number) => number;
  } = {},
): Run {
  const events: Run['events'] = [];
  let wall = 0;
  const sampler = createSampler(sites, SCENE_LIGANDS, options.seed ?? 1, (e) =>
    events.push({ ...e, at: wall }),
  );
  const occ = new Float64Array(N);
  const rates = new Float64Array(N);
  shares(0, occ);
  sampler.snap(occ);
  const minuteErrors: number[][] = [];
  let sum = new Float64Array(N);
  let weight = 0;
  for (let i = 0; wall < seconds; i++) {
    const dt = options.dt?.(i) ?? 1 / FPS;
    wall += dt;
    shares(wall, occ);
    options.rates?.(wall, rates);
    sampler.step(dt, occ, rates);
    for (let l = 0; l < N; l++) sum[l]! += dt * Math.abs(sampler.held(l) / sites - occ[l]!);
    weight += dt;
    if (weight >= 60 || wall >= seconds) {
      minuteErrors.push(Array.from(sum, (s) => s / weight));
      sum = new Float64Array(N);
      weight = 0;
    }
  }
  return { minuteErrors, events };
}

/** Shares and attempt rates from a lesson's timeline played from `fromH` at `speedHps`. */
function fromEngine(timeline: Timeline, fromH: number, speedHps: number) {
  const end = timeline.t_h[timeline.t_h.length - 1]!;
  const at = (wallS: number) => Math.min(end, fromH + wallS * speedHps);
  const counts = new Int32Array(N);
  return {
    shares: (wallS: number, out: Float64Array) => occupancyAt(timeline, at(wallS), out),
    rates: (wallS: number, out: Float64Array) => {
      cleftCountsBetween(timeline, at(wallS - 1 / FPS), at(wallS), counts);
      for (let l = 0; l < N; l++) out[l] = counts[l]! * ATTEMPTS_PER_MOLECULE_S;
    },
  };
}

const worst = (run: Run) => Math.max(...run.minuteErrors.flat());

/** The events a viewer sees: molecules docking or leaving, and molecules turned away by an
 *  antagonist (an attempt at a site an agonist holds changes nothing on screen). */
function visibleEvents(run: Run): Array<SamplerEvent & { at: number; blocked?: boolean }> {
  const holder = new Map<number, number>();
  const out: Array<SamplerEvent & { at: number; blocked?: boolean }> = [];
  for (const e of run.events) {
    if (e.type === 'set') holder.set(e.site, e.ligand);
    else if (e.type === 'arrive') holder.set(e.site, e.ligand);
    else if (e.type === 'clear') holder.set(e.site, -1);
    if (e.type === 'arrive' || e.type === 'leave') out.push(e);
    if (e.type === 'attempt') {
      const held = SCENE_LIGANDS[holder.get(e.site) ?? -1];
      if (held?.cls === 'antagonist' && SCENE_LIGANDS[e.ligand]!.cls !== 'antagonist')
        out.push({ ...e, blocked: true });
    }
  }
  return out;
}

describe('on-screen shares track the engine (60 sites, mean absolute difference per minute)', () => {
  test('for random engine occupancies that drift between random states', () => {
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    const state = fc.tuple(fc.array(share, { minLength: N, maxLength: N }), share);
    fc.assert(
      fc.property(
        fc.array(state, { minLength: 2, maxLength: 8 }),
        fc.double({ min: 4, max: 20, noNaN: true }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.array(fc.double({ min: 1 / 144, max: 1 / 20, noNaN: true }), { minLength: 1, maxLength: 16 }),
        (states, knotS, seed, frames) => {
          // Each state: weights per ligand and a free share; shares glide linearly from knot to knot.
          const normal = states.map(([w, free]) => {
            const total = w.reduce((a, b) => a + b, 0) || 1;
            return w.map((x) => (x / total) * (1 - free));
          });
          const shares = (wallS: number, out: Float64Array) => {
            const k = Math.min(normal.length - 1.000001, wallS / knotS);
            const i = Math.floor(k);
            const f = k - i;
            for (let l = 0; l < N; l++) out[l] = normal[i]![l]! * (1 - f) + normal[i + 1]![l]! * f;
          };
          const run = play(60, 60, shares, { seed, dt: (i) => frames[i % frames.length]! });
          expect(worst(run)).toBeLessThanOrEqual(0.05);
        },
      ),
      { numRuns: 60 },
    );
  });

  test.each([
    ['blockade', SLOWEST_HPS, 13.5 * 24],
    ['blockade', 1, 9.9 * 24],
    ['blockade', FASTEST_HPS, 8 * 24],
    ['too-early', 1, 23],
    ['too-early', 6, -2 * 24],
    ['opioid-high', 1, 0],
    ['tolerance', 24, 0],
    ['overcome', 6, 0],
  ])('in the %s lesson at %s h/s from hour %s', (id, speed, fromH) => {
    const { shares, rates } = fromEngine(lesson(id), fromH, speed);
    const run = play(60, 180, shares, { rates });
    expect(worst(run)).toBeLessThanOrEqual(0.05);
  });
});

describe('turnover stays watchable', () => {
  test.each([
    ['slowest', SLOWEST_HPS],
    ['fastest', FASTEST_HPS],
  ])('at the %s speed something happens every second or so, under naltrexone too', (_, speed) => {
    // 24 sites, as on screen, through steady naltrexone: its days-long hold still turns over.
    const { shares, rates } = fromEngine(lesson('blockade'), 11 * 24, speed);
    const run = play(24, 60, shares, { rates });
    const times = visibleEvents(run).map((e) => e.at);
    expect(times.length / 60).toBeGreaterThanOrEqual(2);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(Math.max(times[0]!, ...gaps)).toBeLessThanOrEqual(3);
  });

  test('naltrexone holds a site about seven times longer than heroin', () => {
    const shares = (_: number, out: Float64Array) => {
      out.fill(0);
      out[NALTREXONE] = 0.45;
      out[HEROIN] = 0.45;
    };
    const run = play(60, 300, shares);
    const settled = new Map<number, { at: number; ligand: number }>();
    const dwell: number[][] = SCENE_LIGANDS.map(() => []);
    const holder = new Map<number, number>();
    for (const e of run.events) {
      if (e.type === 'arrive') holder.set(e.site, e.ligand);
      if (e.type === 'settle') settled.set(e.site, { at: e.at, ligand: holder.get(e.site)! });
      if (e.type === 'leave' && settled.has(e.site)) {
        const s = settled.get(e.site)!;
        dwell[s.ligand]!.push(e.at - s.at);
        settled.delete(e.site);
      }
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(dwell[HEROIN]!.length).toBeGreaterThan(100);
    expect(dwell[NALTREXONE]!.length).toBeGreaterThan(20);
    expect(mean(dwell[NALTREXONE]!) / mean(dwell[HEROIN]!)).toBeGreaterThan(5);
    // ...and heroin still turns over every couple of seconds, naltrexone within half a minute.
    expect(mean(dwell[HEROIN]!)).toBeLessThan(2.5);
    expect(mean(dwell[NALTREXONE]!)).toBeLessThan(30);
  });
});

describe('turned-away attempts', () => {
  test('heroin after naltrexone reaches for receptors that naltrexone holds', () => {
    const { shares, rates } = fromEngine(lesson('blockade'), 13.5 * 24, SLOWEST_HPS);
    const run = play(60, 20, shares, { rates });
    const blocked = visibleEvents(run).filter((e) => e.type === 'attempt' && e.ligand === HEROIN);
    expect(blocked.length).toBeGreaterThan(10);
  });

  test('no attempt is ever made at a free site (binding there follows the engine, not chance)', () => {
    const { shares, rates } = fromEngine(lesson('opioid-high'), 0, 1);
    const phase = new Int8Array(60);
    const run = play(60, 30, shares, { rates });
    for (const e of run.events) {
      if (e.type === 'arrive' || (e.type === 'set' && e.ligand >= 0)) phase[e.site] = 1;
      if (e.type === 'clear') phase[e.site] = 0;
      if (e.type === 'attempt') expect(phase[e.site]).toBe(1);
    }
  });
});

describe('determinism', () => {
  const run = (seed: number) => {
    const { shares, rates } = fromEngine(lesson('too-early'), 23, 1);
    return play(40, 30, shares, { seed, rates });
  };
  const once = (seed: number) => run(seed).events;

  test('the same seed gives the same events', () => {
    const a = once(42);
    expect(a.length).toBeGreaterThan(50);
    expect(once(42)).toEqual(a);
  });

  test('another seed gives other events with the same statistics', () => {
    const [a, b] = [run(42), run(43)];
    expect(b.events).not.toEqual(a.events);
    // What a viewer could count: arrivals, departures and turned-away attempts per ligand, and how
    // closely the screen follows the engine. Two seeds agree on these within chance.
    const counts = (r: Run) => {
      const c = SCENE_LIGANDS.map(() => ({ arrive: 0, leave: 0, attempt: 0 }));
      const holder = new Map<number, number>();
      for (const e of r.events) {
        if (e.type === 'set' || e.type === 'arrive') holder.set(e.site, e.ligand);
        if (e.type === 'arrive') c[e.ligand]!.arrive++;
        if (e.type === 'leave') c[holder.get(e.site)!]!.leave++;
        if (e.type === 'attempt') c[e.ligand]!.attempt++;
      }
      return c;
    };
    const [ca, cb] = [counts(a), counts(b)];
    const busy = ca.filter((c) => c.arrive + c.attempt >= 20).length;
    expect(busy).toBeGreaterThanOrEqual(2);
    ca.forEach((x, l) => {
      for (const k of ['arrive', 'leave', 'attempt'] as const) {
        const mean = (x[k] + cb[l]![k]) / 2;
        // Poisson-like counts: within four standard deviations, and both zero or both not.
        expect(Math.abs(x[k] - cb[l]![k]), `${SCENE_LIGANDS[l]!.name} ${k}`).toBeLessThanOrEqual(
          4 * Math.sqrt(2 * mean) + 2,
        );
      }
    });
    expect(worst(a)).toBeLessThanOrEqual(0.05);
    expect(worst(b)).toBeLessThanOrEqual(0.05);
  });
});
