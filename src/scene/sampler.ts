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

/** The sampler's sites and what it needs to move them: one object, so each rule is its own function. */
interface Pool {
  readonly sites: number;
  readonly ligands: readonly SamplerLigand[];
  readonly random: Random;
  readonly emit: (event: SamplerEvent) => void;
  readonly phase: Int8Array;
  /** Ligand index at each site, or -1. */
  readonly ligandOf: Int16Array;
  /** Seconds left docking, or of the dwell. */
  readonly timer: Float64Array;
  /** Sites binding or bound, per ligand. */
  readonly held: Int32Array;
  readonly scratch: Int32Array;
}

/**
 * A residence time: memoryless (exponential), as in first-order kinetics; clipped so that no
 * molecule blinks in and out and none overstays. Memorylessness also keeps a crowd that arrived
 * together (after a jump in time) from leaving together.
 */
const dwell = (p: Pool, l: number) =>
  p.ligands[l]!.dwellS * Math.min(4, Math.max(0.15, -Math.log(1 - p.random())));

/** Target site count: the engine's share in sites, held still within the hysteresis band. */
function target(p: Pool, l: number, share: number): number {
  const x = p.sites * share;
  const now = p.held[l]!;
  return Math.abs(x - now) <= 0.5 + HYSTERESIS_SITES ? now : Math.round(x);
}

/** Picks k of the first n indices in scratch, at random, into scratch[0..k). */
function pick(p: Pool, n: number, k: number): void {
  const { scratch } = p;
  for (let i = 0; i < k; i++) {
    const j = i + randomInt(p.random, n - i);
    const tmp = scratch[i]!;
    scratch[i] = scratch[j]!;
    scratch[j] = tmp;
  }
}

function release(p: Pool, s: number): void {
  p.held[p.ligandOf[s]!]!--;
  p.phase[s] = PHASE_FREE;
  p.ligandOf[s] = -1;
  p.emit({ type: 'leave', site: s });
  p.emit({ type: 'clear', site: s });
}

/** Clocks: docking completes, or the dwell ends and the ligand lets go. */
function runClocks(p: Pool): void {
  const { phase, timer } = p;
  for (let s = 0; s < p.sites; s++) {
    if (phase[s] === PHASE_FREE || (timer[s]! -= STEP_S) > 0) continue;
    if (phase[s] === PHASE_BINDING) {
      phase[s] = PHASE_BOUND;
      timer[s] = dwell(p, p.ligandOf[s]!);
      p.emit({ type: 'settle', site: s });
    } else release(p, s);
  }
}

/** Departures where a ligand holds more sites than the engine gives it. */
function departExcess(p: Pool, occupancy: ArrayLike<number>): void {
  for (let l = 0; l < p.ligands.length; l++) {
    const excess = p.held[l]! - target(p, l, occupancy[l]!);
    if (excess <= 0) continue;
    let n = 0;
    for (let s = 0; s < p.sites; s++) if (p.ligandOf[s] === l) p.scratch[n++] = s;
    pick(p, n, excess);
    for (let i = 0; i < excess; i++) release(p, p.scratch[i]!);
  }
}

/** Arrivals where a ligand holds fewer: random free sites, ligands interleaved at random. */
function arriveDeficit(p: Pool, occupancy: ArrayLike<number>): void {
  const wanted: number[] = [];
  for (let l = 0; l < p.ligands.length; l++) {
    const deficit = target(p, l, occupancy[l]!) - p.held[l]!;
    for (let i = 0; i < deficit; i++) wanted.push(l);
  }
  if (!wanted.length) return;
  let free = 0;
  for (let s = 0; s < p.sites; s++) if (p.phase[s] === PHASE_FREE) p.scratch[free++] = s;
  const n = Math.min(free, wanted.length);
  pick(p, free, n);
  for (let i = 0; i < n; i++) {
    const j = i + randomInt(p.random, wanted.length - i);
    const l = wanted[j]!;
    wanted[j] = wanted[i]!;
    const s = p.scratch[i]!;
    p.phase[s] = PHASE_BINDING;
    p.ligandOf[s] = l;
    p.timer[s] = BIND_S;
    p.held[l]!++;
    p.emit({ type: 'arrive', site: s, ligand: l });
  }
}

/** Molecules reaching for receptors: only a held site makes news (turned away or refused). */
function reachFor(p: Pool, attemptsPerS: ArrayLike<number>): void {
  for (let l = 0; l < p.ligands.length; l++) {
    for (let q = attemptsPerS[l]! * STEP_S; q > 0; q -= 1) {
      if (p.random() >= q) continue;
      const s = randomInt(p.random, p.sites);
      if (p.phase[s] === PHASE_BINDING || p.phase[s] === PHASE_BOUND)
        p.emit({ type: 'attempt', site: s, ligand: l });
    }
  }
}

/** Every site at once on the engine's shares, with dwell clocks spread. */
function snapTo(p: Pool, occupancy: ArrayLike<number>): void {
  const { sites, scratch, ligandOf, phase, timer, held } = p;
  held.fill(0);
  for (let s = 0; s < sites; s++) scratch[s] = s;
  pick(p, sites, sites);
  let next = 0;
  for (let l = 0; l < p.ligands.length; l++) {
    const n = Math.min(sites - next, Math.round(sites * occupancy[l]!));
    for (let i = 0; i < n; i++) {
      const s = scratch[next++]!;
      ligandOf[s] = l;
      phase[s] = PHASE_BOUND;
      timer[s] = p.ligands[l]!.dwellS * 1.5 * p.random();
      held[l]!++;
    }
  }
  for (let i = next; i < sites; i++) {
    const s = scratch[i]!;
    ligandOf[s] = -1;
    phase[s] = PHASE_FREE;
    timer[s] = 0;
  }
  for (let s = 0; s < sites; s++) p.emit({ type: 'set', site: s, ligand: ligandOf[s]! });
}

export function createSampler(
  sites: number,
  ligands: readonly SamplerLigand[],
  seed: number,
  emit: (event: SamplerEvent) => void,
): Sampler {
  const p: Pool = {
    sites,
    ligands,
    random: mulberry32(seed),
    emit,
    phase: new Int8Array(sites),
    ligandOf: new Int16Array(sites).fill(-1),
    timer: new Float64Array(sites),
    held: new Int32Array(ligands.length),
    scratch: new Int32Array(sites),
  };
  let carry = 0;
  return {
    sites,
    ligandAt: (s) => p.ligandOf[s]!,
    phaseAt: (s) => p.phase[s] as Phase,
    held: (l) => p.held[l]!,
    step(dtS, occupancy, attemptsPerS) {
      carry += dtS;
      while (carry >= STEP_S) {
        carry -= STEP_S;
        runClocks(p);
        departExcess(p, occupancy);
        arriveDeficit(p, occupancy);
        reachFor(p, attemptsPerS);
      }
    },
    snap: (occupancy) => snapTo(p, occupancy),
  };
}
