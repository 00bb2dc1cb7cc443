// The model's state at one moment: the PK amounts, the receptor occupancies and the response's
// variables, with what is derived from them at each step; and its checkpoint form, one typed array.

export interface State {
  /** Model time, h. The engine sets it on the state a step goes to, before the step. */
  t: number;
  /** PK state of every active system, laid end to end (system s from `Model.offset[s]`), ug or ng/mL. */
  x: Float64Array;
  /** Per system, 1 while every one of its states is exactly zero (nothing to advance). */
  empty: Uint8Array;
  /** Occupancy per pool ligand (endorphin first). */
  occ: Float64Array;
  /** Sum of the blockade ligands' receptor ratios. */
  blockRatio: number;
  /** Free receptor fraction. */
  free: number;
  /** Adaptation above the natural baseline, signal scale. */
  b: number;
  /** Expressed withdrawal (drive units; COWS = 48 e / full scale). */
  e: number;
  /** Receptor stimulus (sum of efficacy x occupancy), derived at each step. */
  stim: number;
  /** Occupancy by antagonists, partial agonists and full agonists (each summed in ligand order). */
  ant: number;
  partial: number;
  full: number;
  /** Share of receptors held by ligands that push an opioid off without replacing its effect. */
  displacing: number;
  /** Felt signal: the stimulus after tolerance, 0-1. */
  signal: number;
  /** Share of receptors naltrexone (with 6-beta-naltrexol) would hold against endorphin alone. */
  block: number;
  /** What the person feels, derived at each step: 0-100, COWS 0-48, breathing drive lost 0-1. */
  euphoria: number;
  cows: number;
  breathing: number;
  /** The part of euphoria that comes through the mu receptors. */
  opioidEuphoria: number;
  /** Alcohol: grams in the gut, blood alcohol g/L, and the endorphin tone it raises (c/Kd). */
  gut: number;
  bac: number;
  tone: number;
}

/** How many numbers a snapshot of `s` takes. */
export const snapshotSize = (s: State): number => s.x.length + s.occ.length + s.empty.length + 19;

/** The state in one typed array, for a checkpoint (one allocation instead of four): the PK states,
 *  the occupancies, the empty flags, then the scalars in the order of `restore`. With `into`, it is
 *  written there from `from` (a run keeps all its checkpoints in one array) and `into` is returned. */
export function snapshotState(s: State, into?: Float64Array, from = 0): Float64Array {
  const { x, occ, empty } = s;
  const snap = into ?? new Float64Array(snapshotSize(s));
  snap.set(x, from);
  snap.set(occ, from + x.length);
  let at = from + x.length + occ.length;
  for (let i = 0; i < empty.length; i++) snap[at++] = empty[i]!;
  snap[at] = s.t;
  snap[at + 1] = s.blockRatio;
  snap[at + 2] = s.free;
  snap[at + 3] = s.b;
  snap[at + 4] = s.e;
  snap[at + 5] = s.stim;
  snap[at + 6] = s.ant;
  snap[at + 7] = s.partial;
  snap[at + 8] = s.full;
  snap[at + 9] = s.displacing;
  snap[at + 10] = s.signal;
  snap[at + 11] = s.block;
  snap[at + 12] = s.euphoria;
  snap[at + 13] = s.cows;
  snap[at + 14] = s.breathing;
  snap[at + 15] = s.gut;
  snap[at + 16] = s.bac;
  snap[at + 17] = s.tone;
  snap[at + 18] = s.opioidEuphoria;
  return snap;
}

/** Sets the state to a snapshot of this model (or of one with the same systems and ligands), found
 *  in `snap` from `from`. */
export function restoreState(snap: Float64Array, s: State, from = 0): void {
  const { x, occ, empty } = s;
  x.set(snap.subarray(from, from + x.length));
  occ.set(snap.subarray(from + x.length, from + x.length + occ.length));
  let at = from + x.length + occ.length;
  for (let i = 0; i < empty.length; i++) empty[i] = snap[at++]!;
  const v = (i: number) => snap[at + i]!;
  s.t = v(0);
  s.blockRatio = v(1);
  s.free = v(2);
  s.b = v(3);
  s.e = v(4);
  s.stim = v(5);
  s.ant = v(6);
  s.partial = v(7);
  s.full = v(8);
  s.displacing = v(9);
  s.signal = v(10);
  s.block = v(11);
  s.euphoria = v(12);
  s.cows = v(13);
  s.breathing = v(14);
  s.gut = v(15);
  s.bac = v(16);
  s.tone = v(17);
  s.opioidEuphoria = v(18);
}
