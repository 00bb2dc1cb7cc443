// The seeded sampler: turns the engine's occupancy at the current model time into arrival and
// departure events for N receptor sites, so that the on-screen share of sites held by each ligand
// tracks the engine, molecules turn over at a watchable pace (each ligand dwells for its compressed
// residence time, in wall-clock seconds, whatever the playback speed), and drifting molecules
// reach for occupied sites (the attempts the site machine turns away when an antagonist holds it).
// Pure: no Pixi, no DOM, no clock of its own; the same seed and inputs give the same events.
import { mulberry32, randomInt, type LigandClass, type Random } from '../../sim/index';

export const PHASE_FREE = 0;
export const PHASE_BINDING = 1;
export const PHASE_BOUND = 2;
export type Phase = 0 | 1 | 2;

/** Seconds a molecule takes to dock: long enough to see, short enough to track. */
export const BIND_S = 0.35;
/** Seconds the view takes to show a molecule leaving. The site itself is free at once (LEAVE then
 *  CLEAR in the same step): were it blocked while the molecule floats off, a receptor population
 *  held entirely by a fast ligand would always be a few sites short of the engine's share. */
export const UNBIND_S = 0.35;
/** Fixed internal step, so results do not depend on the display's frame rate. */
export const STEP_S = 1 / 60;
/** A ligand's count moves only when the engine's share is this many sites (plus a half) away:
 *  without it a share near x.5 sites would flicker on and off every frame. */
export const HYSTERESIS_SITES = 0.3;

export type SamplerEvent =
  | { type: 'arrive'; site: number; ligand: number }
  | { type: 'settle'; site: number }
  | { type: 'leave'; site: number }
  | { type: 'clear'; site: number }
  /** A drifting molecule reaches a held site (the site machine decides whether it is turned away). */
  | { type: 'attempt'; site: number; ligand: number }
  /** Jump without animation (the first picture, or a new scenario); ligand -1 is free. */
  | { type: 'set'; site: number; ligand: number };

export interface SamplerLigand {
  cls: LigandClass;
  dwellS: number;
}

export interface Sampler {
  readonly sites: number;
  /** Ligand index at a site, or -1 when free. */
  ligandAt(site: number): number;
  phaseAt(site: number): Phase;
  /** Sites binding or bound by a ligand: its on-screen share is held(l) / sites. */
  held(ligand: number): number;
  /** Advances wall-clock time by dtS with the engine's current shares and attempt rates (per s). */
  step(dtS: number, occupancy: ArrayLike<number>, attemptsPerS: ArrayLike<number>): void;
  /** Places every site at once on the engine's shares, with dwell clocks spread. */
  snap(occupancy: ArrayLike<number>): void;
}

export function createSampler(
  sites: number,
  ligands: readonly SamplerLigand[],
  seed: number,
  emit: (event: SamplerEvent) => void,
): Sampler {
  const random: Random = mulberry32(seed);
  const phase = new Int8Array(sites);
  const ligandOf = new Int16Array(sites).fill(-1);
  const timer = new Float64Array(sites);
  const held = new Int32Array(ligands.length);
  const scratch = new Int32Array(sites);
  let carry = 0;

  // Residence is memoryless (exponential), as in first-order kinetics; clipped so that no molecule
  // blinks in and out and none overstays. Memorylessness also keeps a crowd that arrived together
  // (after a jump in time) from leaving together.
  const dwell = (l: number) => ligands[l]!.dwellS * Math.min(4, Math.max(0.15, -Math.log(1 - random())));
  /** Target site count: the engine's share in sites, held still within the hysteresis band. */
  const target = (l: number, share: number) => {
    const x = sites * share;
    const now = held[l]!;
    return Math.abs(x - now) <= 0.5 + HYSTERESIS_SITES ? now : Math.round(x);
  };
  /** Picks k of the first n indices in scratch, at random, into scratch[0..k). */
  const pick = (n: number, k: number) => {
    for (let i = 0; i < k; i++) {
      const j = i + randomInt(random, n - i);
      const tmp = scratch[i]!;
      scratch[i] = scratch[j]!;
      scratch[j] = tmp;
    }
  };
  const release = (s: number) => {
    held[ligandOf[s]!]!--;
    phase[s] = PHASE_FREE;
    ligandOf[s] = -1;
    emit({ type: 'leave', site: s });
    emit({ type: 'clear', site: s });
  };

  function tick(occupancy: ArrayLike<number>, attemptsPerS: ArrayLike<number>): void {
    // Clocks: docking completes, or the dwell ends and the ligand lets go.
    for (let s = 0; s < sites; s++) {
      if (phase[s] === PHASE_FREE || (timer[s]! -= STEP_S) > 0) continue;
      if (phase[s] === PHASE_BINDING) {
        phase[s] = PHASE_BOUND;
        timer[s] = dwell(ligandOf[s]!);
        emit({ type: 'settle', site: s });
      } else release(s);
    }
    // Departures where a ligand holds more sites than the engine gives it.
    for (let l = 0; l < ligands.length; l++) {
      const excess = held[l]! - target(l, occupancy[l]!);
      if (excess <= 0) continue;
      let n = 0;
      for (let s = 0; s < sites; s++) if (ligandOf[s] === l) scratch[n++] = s;
      pick(n, excess);
      for (let i = 0; i < excess; i++) release(scratch[i]!);
    }
    // Arrivals where it holds fewer: random free sites, ligands interleaved at random.
    const wanted: number[] = [];
    for (let l = 0; l < ligands.length; l++) {
      const deficit = target(l, occupancy[l]!) - held[l]!;
      for (let i = 0; i < deficit; i++) wanted.push(l);
    }
    if (wanted.length) {
      let free = 0;
      for (let s = 0; s < sites; s++) if (phase[s] === PHASE_FREE) scratch[free++] = s;
      const n = Math.min(free, wanted.length);
      pick(free, n);
      for (let i = 0; i < n; i++) {
        const j = i + randomInt(random, wanted.length - i);
        const l = wanted[j]!;
        wanted[j] = wanted[i]!;
        const s = scratch[i]!;
        phase[s] = PHASE_BINDING;
        ligandOf[s] = l;
        timer[s] = BIND_S;
        held[l]!++;
        emit({ type: 'arrive', site: s, ligand: l });
      }
    }
    // Molecules reaching for receptors: only a held site makes news (turned away or refused).
    for (let l = 0; l < ligands.length; l++) {
      for (let p = attemptsPerS[l]! * STEP_S; p > 0; p -= 1) {
        if (random() >= p) continue;
        const s = randomInt(random, sites);
        if (phase[s] === PHASE_BINDING || phase[s] === PHASE_BOUND)
          emit({ type: 'attempt', site: s, ligand: l });
      }
    }
  }

  return {
    sites,
    ligandAt: (s) => ligandOf[s]!,
    phaseAt: (s) => phase[s] as Phase,
    held: (l) => held[l]!,
    step(dtS, occupancy, attemptsPerS) {
      carry += dtS;
      while (carry >= STEP_S) {
        carry -= STEP_S;
        tick(occupancy, attemptsPerS);
      }
    },
    snap(occupancy) {
      held.fill(0);
      for (let s = 0; s < sites; s++) scratch[s] = s;
      pick(sites, sites);
      let next = 0;
      for (let l = 0; l < ligands.length; l++) {
        const n = Math.min(sites - next, Math.round(sites * occupancy[l]!));
        for (let i = 0; i < n; i++) {
          const s = scratch[next++]!;
          ligandOf[s] = l;
          phase[s] = PHASE_BOUND;
          timer[s] = ligands[l]!.dwellS * 1.5 * random();
          held[l]!++;
        }
      }
      for (let i = next; i < sites; i++) {
        const s = scratch[i]!;
        ligandOf[s] = -1;
        phase[s] = PHASE_FREE;
        timer[s] = 0;
      }
      for (let s = 0; s < sites; s++) emit({ type: 'set', site: s, ligand: ligandOf[s]! });
    },
  };
}
