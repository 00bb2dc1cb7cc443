// What the scene counts as the receptor sites act: bindings and unbindings, and the molecules
// each ligand had turned away and when it last happened. The counting wraps the view's effects, so
// the sites tell one place; the words are built from the tally, never from the pictures.
import type { LigandName } from '../../sim/index';
import type { LigandSpec } from './pacing';
import type { SiteEffects } from './site-actors';

export interface SceneTally {
  /** Bindings and unbindings so far. */
  changes: number;
  /** Molecules of each ligand turned away (indexed like SCENE_LIGANDS). */
  readonly turned: Int32Array;
  /** When each ligand was last turned away, page ms (-Infinity: never). */
  readonly lastTurnedMs: Float64Array;
  /** The time of the frame being stepped, page ms. */
  nowMs: number;
}

export function createTally(ligands: number): SceneTally {
  return {
    changes: 0,
    turned: new Int32Array(ligands),
    lastTurnedMs: new Float64Array(ligands).fill(-Infinity),
    nowMs: 0,
  };
}

/** The view's effects, with the tally counting each binding, unbinding and turned-away molecule. */
export function countingEffects(effects: SiteEffects, tally: SceneTally): SiteEffects {
  return {
    ...effects,
    startBinding: (s, l) => {
      tally.changes++;
      effects.startBinding(s, l);
    },
    startUnbinding: (s) => {
      tally.changes++;
      effects.startUnbinding(s);
    },
    turnedAway: (s, l) => {
      tally.turned[l]!++;
      tally.lastTurnedMs[l] = tally.nowMs;
      effects.turnedAway(s, l);
    },
  };
}

/** The ligands turned away within the last `recentMs`, drugs before endorphin: the drug is the news. */
export function recentlyTurnedAway(
  ligands: readonly LigandSpec[],
  lastTurnedMs: Float64Array,
  nowMs: number,
  recentMs: number,
): LigandName[] {
  return ligands
    .map((l, i) => ({ l, i }))
    .filter(({ i }) => nowMs - lastTurnedMs[i]! < recentMs)
    .sort((a, b) => Number(a.l.cls === 'endogenous') - Number(b.l.cls === 'endogenous'))
    .map(({ l }) => l.name);
}

/**
 * Whether a frame covers the hours from the last frame's time to now (so the molecules that came
 * and went between them count): only while playing, and not after a jump, which is a seek.
 */
export const isPlayedSpan = (playing: boolean, speedHps: number, dtS: number, prevH: number, nowH: number) =>
  playing && Math.abs(nowH - prevH) <= speedHps * dtS * 3 + 1e-9;
