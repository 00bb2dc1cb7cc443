// The binding pass written out for up to six ligands, endorphin's included: heroin (three ligands)
// with naltrexone (two), or any one or two drugs of the catalogue. V8 spends some seven cycles on each
// turn of a short loop, and `ReceptorPool.bind` makes two turns per ligand every step; written out,
// the bench's 90-day timeline runs some 6% faster (docs/performance.md). More ligands use the loop.
//
// It gives the loop's bits: the same sums, in ligand order, from the same start. A ligand with one
// source reads its first source again with gain 0 (x * gain + 0, as the loop adds 0). Slots past the
// last ligand read state 0 with gain 0 and belong to no sum, so they add nothing and write nothing.
import type { Bound, ReceptorPool, WiredLigand } from './pool';

/** Ligands the written-out pass holds, endorphin's slot included. */
export const WRITTEN_SLOTS = 6;

/** One ligand as the written-out pass reads it. */
export interface Slot {
  at: number;
  gain: number;
  /** The second source, or the first again with gain2 0. */
  at2: number;
  gain2: number;
  /** 1 for naltrexone and 6-beta-naltrexol (the blockade's ratio), else 0. */
  blocks: number;
  /** 1 for a ligand integrated with its off-rate, 0 for one at equilibrium with the free sites. */
  slow: number;
  efficacy: number;
  /** As `WiredLigand.role` (1 antagonist, 2 partial agonist, 3 full agonist); 0 for endorphin's
   *  slot, which joins no class sum, and for an empty one. */
  role: number;
}

/** The slots for these ligands (padded with empty ones), or undefined when there are too many.
 *  Every slot comes from the one literal below, so all share one shape and V8 reads them alike. */
export function slotsOf(wired: readonly WiredLigand[]): Slot[] | undefined {
  if (wired.length > WRITTEN_SLOTS) return undefined;
  return Array.from({ length: WRITTEN_SLOTS }, (_, i) => {
    const l = wired[i];
    const two = l !== undefined && l.at2 >= 0;
    return {
      at: l?.at ?? 0,
      gain: l?.gain ?? 0,
      at2: two ? l.at2 : (l?.at ?? 0),
      gain2: two ? l.gain2 : 0,
      blocks: l?.blocks === true ? 1 : 0,
      slow: l?.slow === true ? 1 : 0,
      efficacy: l?.efficacy ?? 0,
      role: l?.role ?? 0,
    };
  });
}

/** The receptor ratio c/Kd of a slot from the PK state. */
function ratioOf(x: Float64Array, s: Slot): number {
  const c = x[s.at]! * s.gain + x[s.at2]! * s.gain2;
  return c > 0 ? c : 0;
}

/**
 * `ReceptorPool.bind` for the `n` ligands of `slots` (`slotsOf`), with the same bits. `ratio` has a
 * place for every slot; `out.occ` one for each of the n ligands.
 */
export function bindWritten(
  pool: ReceptorPool,
  n: number,
  x: Float64Array,
  slots: readonly Slot[],
  ratio: Float64Array,
  before: Float64Array,
  dtKoff: Float64Array,
  out: Bound,
): void {
  const s1 = slots[1]!;
  const s2 = slots[2]!;
  const s3 = slots[3]!;
  const s4 = slots[4]!;
  const s5 = slots[5]!;
  const tone = out.tone;
  const r1 = ratioOf(x, s1);
  const r2 = ratioOf(x, s2);
  const r3 = ratioOf(x, s3);
  const r4 = ratioOf(x, s4);
  const r5 = ratioOf(x, s5);
  ratio[1] = r1;
  ratio[2] = r2;
  ratio[3] = r3;
  ratio[4] = r4;
  ratio[5] = r5;
  // The free fraction: endorphin and the ligands at equilibrium, then the slow ones' hold.
  let sum = tone;
  if (s1.slow === 0) sum += r1;
  if (s2.slow === 0) sum += r2;
  if (s3.slow === 0) sum += r3;
  if (s4.slow === 0) sum += r4;
  if (s5.slow === 0) sum += r5;
  const inv = 1 / (1 + sum);
  const occ = out.occ;
  const held = pool.kinetic.length === 0 ? 0 : pool.holdSlow(before, ratio, dtKoff, inv, occ);
  const free = (1 - held) * inv;
  // A slow ligand's occupancy is the one `holdSlow` wrote; the others are at equilibrium.
  const o0 = tone * free;
  const o1 = s1.slow === 1 ? occ[1]! : r1 * free;
  const o2 = s2.slow === 1 ? occ[2]! : r2 * free;
  const o3 = s3.slow === 1 ? occ[3]! : r3 * free;
  const o4 = s4.slow === 1 ? occ[4]! : r4 * free;
  const o5 = s5.slow === 1 ? occ[5]! : r5 * free;
  occ[0] = o0;
  if (n > 1) occ[1] = o1;
  if (n > 2) occ[2] = o2;
  if (n > 3) occ[3] = o3;
  if (n > 4) occ[4] = o4;
  if (n > 5) occ[5] = o5;
  // Stimulus, and occupancy by class, each summed in ligand order.
  let ant = 0;
  let partial = 0;
  let full = 0;
  let block = 0;
  const role1 = s1.role;
  if (role1 === 1) ant += o1;
  else if (role1 === 2) partial += o1;
  else if (role1 === 3) full += o1;
  if (s1.blocks === 1) block += r1;
  const role2 = s2.role;
  if (role2 === 1) ant += o2;
  else if (role2 === 2) partial += o2;
  else if (role2 === 3) full += o2;
  if (s2.blocks === 1) block += r2;
  const role3 = s3.role;
  if (role3 === 1) ant += o3;
  else if (role3 === 2) partial += o3;
  else if (role3 === 3) full += o3;
  if (s3.blocks === 1) block += r3;
  const role4 = s4.role;
  if (role4 === 1) ant += o4;
  else if (role4 === 2) partial += o4;
  else if (role4 === 3) full += o4;
  if (s4.blocks === 1) block += r4;
  const role5 = s5.role;
  if (role5 === 1) ant += o5;
  else if (role5 === 2) partial += o5;
  else if (role5 === 3) full += o5;
  if (s5.blocks === 1) block += r5;
  out.free = free;
  out.stim =
    0 +
    slots[0]!.efficacy * o0 +
    s1.efficacy * o1 +
    s2.efficacy * o2 +
    s3.efficacy * o3 +
    s4.efficacy * o4 +
    s5.efficacy * o5;
  out.ant = ant;
  out.partial = partial;
  out.full = full;
  out.blockRatio = block;
}
