// Reads what the scene needs from the engine's timeline at the current model time: each ligand's
// share of receptors (interpolated between samples) and its molecule count in the cleft. Pure and
// allocation-free, since it runs every frame.
import type { Timeline } from '../../sim/index';
import { sampleIndex } from '../core/store';
import { ENDORPHIN_INDEX, ENDORPHIN_RATIO, SCENE_LIGANDS, capCounts, cleftCount } from './pacing';

/** Writes each scene ligand's receptor share at time t into `out` (indexed like SCENE_LIGANDS). */
export function occupancyAt(timeline: Timeline, t: number, out: Float64Array): void {
  const times = timeline.t_h;
  const i = sampleIndex(timeline, t);
  const j = Math.min(i + 1, times.length - 1);
  const span = times[j]! - times[i]!;
  const w = span > 0 ? Math.min(1, Math.max(0, (t - times[i]!) / span)) : 0;
  for (let k = 0; k < SCENE_LIGANDS.length; k++) {
    const series = timeline.occupancy[SCENE_LIGANDS[k]!.name];
    out[k] = series ? series[i]! * (1 - w) + series[j]! * w : 0;
  }
}

/**
 * Writes each ligand's cleft molecule count into `out`, from its highest concentration between
 * t0 and t1: at high playback speed a frame spans hours, and an IV dose's minutes-long peak must
 * still show up for at least a frame.
 */
export function cleftCountsBetween(timeline: Timeline, t0: number, t1: number, out: Int32Array): void {
  const a = sampleIndex(timeline, Math.min(t0, t1));
  const b = sampleIndex(timeline, Math.max(t0, t1));
  for (let k = 0; k < SCENE_LIGANDS.length; k++) {
    const spec = SCENE_LIGANDS[k]!;
    if (k === ENDORPHIN_INDEX) {
      out[k] = cleftCount(ENDORPHIN_RATIO);
      continue;
    }
    const series = timeline.plasma_ng_ml[spec.name];
    let peak = 0;
    if (series) for (let i = a; i <= b; i++) peak = Math.max(peak, series[i]!);
    out[k] = cleftCount(peak / spec.kd);
  }
  capCounts(out);
}
