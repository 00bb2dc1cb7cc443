// The scene's model, without any drawing: each frame it reads the engine's timeline at the store's
// clock, feeds the seeded sampler, lets the receptor-site actors apply the rules, counts who is
// turned away and words it all for the live region. The view draws through `SiteEffects`; with no
// WebGL the model runs alone and the words still come.
import type { Playback } from '../core/playback';
import type { Store } from '../core/store';
import type { Timeline } from '../../sim/index';
import { describeScene, RECENT_MS } from './description';
import { cleftCountsBetween, occupancyAt } from './engine-read';
import { ATTEMPTS_PER_MOLECULE_S, SCENE_LIGANDS } from './pacing';
import { createSampler, type Sampler } from './sampler';
import { createSiteActors, type SiteActor, type SiteEffects } from './site-actors';
import { countingEffects, createTally, isPlayedSpan, recentlyTurnedAway } from './scene-tally';

export interface SceneModel {
  /** Molecules of each ligand in the cleft now (indexed like SCENE_LIGANDS). */
  readonly counts: Int32Array;
  timeline: Timeline;
  step(dtS: number, nowMs: number): void;
  held(ligand: number): number;
  turnedAway(ligand: number): number;
  totalTurnedAway(): number;
  /** Bindings and unbindings so far. */
  readonly changes: number;
  siteStates(): string[];
  /** The scene in words (see description.ts). */
  describe(nowMs: number): string;
  /** Restarts the sampler from a seed, placing every site at once. */
  reseed(seed: number): void;
}

const stateName = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : Object.entries(value as Record<string, unknown>)
        .map(([k, v]) => `${k}.${stateName(v)}`)
        .join();

/** Each site's machine state, with the ligand it holds if any (for tests and the debug view). */
const siteStateNames = (actors: readonly SiteActor[]): string[] =>
  actors.map((a) => {
    const { value, context } = a.getSnapshot();
    return context.ligand ? `${stateName(value)} ${context.ligand}` : stateName(value);
  });

export function createSceneModel(
  store: Store,
  playback: Pick<Playback, 'playing' | 'speedHps'>,
  sites: number,
  seed: number,
  effects: SiteEffects,
): SceneModel {
  const n = SCENE_LIGANDS.length;
  const tally = createTally(n);
  const actors = createSiteActors(sites, countingEffects(effects, tally));
  const occ = new Float64Array(n);
  const counts = new Int32Array(n);
  const rates = new Float64Array(n);
  let sampler: Sampler;
  let prevT = store.get().timeH;

  const model: SceneModel = {
    counts,
    timeline: store.get().timeline,
    step(dt, now) {
      tally.nowMs = now;
      const state = store.get();
      if (state.timeline !== model.timeline) {
        model.timeline = state.timeline;
        tally.turned.fill(0);
      }
      const t = state.timeH;
      const span = isPlayedSpan(playback.playing, playback.speedHps, dt, prevT, t);
      occupancyAt(model.timeline, t, occ);
      cleftCountsBetween(model.timeline, span ? prevT : t, t, counts);
      for (let i = 0; i < n; i++) rates[i] = counts[i]! * ATTEMPTS_PER_MOLECULE_S;
      prevT = t;
      sampler.step(dt, occ, rates);
    },
    held: (l) => sampler.held(l),
    turnedAway: (l) => tally.turned[l]!,
    totalTurnedAway: () => tally.turned.reduce((a, b) => a + b, 0),
    get changes() {
      return tally.changes;
    },
    siteStates: () => siteStateNames(actors.actors),
    describe(now) {
      const recent = recentlyTurnedAway(SCENE_LIGANDS, tally.lastTurnedMs, now, RECENT_MS);
      const held = SCENE_LIGANDS.map((l, i) => ({ name: l.name, count: sampler.held(i) }));
      return describeScene(held, sites, recent);
    },
    reseed(s) {
      sampler = createSampler(sites, SCENE_LIGANDS, s, actors.dispatch);
      occupancyAt(model.timeline, store.get().timeH, occ);
      sampler.snap(occ);
    },
  };
  model.reseed(seed);
  return model;
}
