// Pure data preparation for the charts: which samples to draw, how occupancy stacks, the log range of
// the drug levels and the COWS bands. No DOM here, so each is tested on known numbers.
import { LIGANDS, type Timeline } from '../../sim/index';
import { minMaxIndices } from './downsample';

const CLASS_ORDER = ['endogenous', 'agonist', 'partial_agonist', 'antagonist'] as const;

/** Stack order from the axis up: endorphin, full agonists, partial agonists, antagonists, then free. */
export function occupancyOrder(keys: readonly string[]): string[] {
  const rank = (k: string) => {
    if (k === 'free') return CLASS_ORDER.length;
    const cls = (LIGANDS as Record<string, { class: string }>)[k]?.class;
    const r = CLASS_ORDER.indexOf(cls as (typeof CLASS_ORDER)[number]);
    return r < 0 ? CLASS_ORDER.length - 0.5 : r;
  };
  return keys
    .map((k, i) => ({ k, i }))
    .sort((a, b) => rank(a.k) - rank(b.k) || a.i - b.i)
    .map((e) => e.k);
}

export interface Layer {
  key: string;
  /** Sample indices drawn, shared by every layer so the stack stays whole. */
  index: number[];
  lower: Float64Array;
  upper: Float64Array;
}

/** The free share of receptors: the series the stack's samples are picked by. */
export const freeShare = (tl: Pick<Timeline, 't_h' | 'occupancy'>) =>
  tl.occupancy.free ?? new Float64Array(tl.t_h.length);

/**
 * Stacked occupancy layers over the given samples. The samples are picked per pixel column by the
 * extremes of the free share, i.e. the moments of most and least binding, so a short rush still shows.
 * `picked`: those samples, when the caller has them already (kept between redraws).
 */
export function stackOccupancy(
  tl: Pick<Timeline, 't_h' | 'occupancy'>,
  h0: number,
  h1: number,
  columns: number,
  picked?: number[],
): Layer[] {
  const order = occupancyOrder(Object.keys(tl.occupancy));
  const index = picked ?? minMaxIndices(tl.t_h, freeShare(tl), h0, h1, columns);
  const base = new Float64Array(index.length);
  return order.map((key) => {
    const v = tl.occupancy[key]!;
    const lower = base.slice();
    for (let j = 0; j < index.length; j++) base[j]! += v[index[j]!]!;
    return { key, index, lower, upper: base.slice() };
  });
}

/** The largest of v[from..to) (-Infinity for none; NaN never counts). */
function seriesMax(v: ArrayLike<number>, from: number, to: number): number {
  let max = -Infinity;
  for (let i = from; i < to; i++) if (v[i]! > max) max = v[i]!;
  return max;
}

const MAX_BLOCK = 512;

/**
 * A series' largest value, kept by blocks of samples between calls: after an edit whose first
 * changed sample is `from`, only the blocks from there on are scanned again.
 */
export function maxTracker(): (v: ArrayLike<number>, from: number) => number {
  let blocks = new Float64Array(0);
  let length = -1;
  return (v, from) => {
    const count = Math.ceil(v.length / MAX_BLOCK);
    let b0 = Math.floor(Math.min(from, v.length) / MAX_BLOCK);
    if (v.length !== length) {
      blocks = new Float64Array(count);
      length = v.length;
      b0 = 0;
    }
    for (let b = b0; b < count; b++)
      blocks[b] = seriesMax(v, b * MAX_BLOCK, Math.min(v.length, (b + 1) * MAX_BLOCK));
    let max = -Infinity;
    for (let b = 0; b < count; b++) if (blocks[b]! > max) max = blocks[b]!;
    return max;
  };
}

/** Lowest concentration drawn on the log scale, ng/mL: below this a drug counts as gone. */
export const PLASMA_FLOOR = 0.01;

/** Log-scale domain of the drug levels: from the floor to the decade above the highest level shown. */
export function plasmaDomain(
  plasma: Record<string, ArrayLike<number>>,
  shown: readonly string[],
  maxOf: (key: string, v: ArrayLike<number>) => number = (_, v) => seriesMax(v, 0, v.length),
): [number, number] {
  let max = 0;
  for (const k of shown) {
    const v = plasma[k];
    if (v) max = Math.max(max, maxOf(k, v));
  }
  const top = max > PLASMA_FLOOR ? 10 ** Math.ceil(Math.log10(max)) : 1;
  return [PLASMA_FLOOR, Math.max(top, 1)];
}
