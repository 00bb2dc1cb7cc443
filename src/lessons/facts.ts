// Read numbers off the engine's timeline for the narration: peaks, times and shares. The lessons
// quote what the model computed, never a number typed into the text, so each teaching point is
// seen to emerge from the model.
import { simulate, type Scenario, type Timeline } from '../../sim/index';
import { cowsBand as bandOf } from '../core/cows';
import { strings } from '../strings/index';

export type Series = 'euphoria' | 'withdrawal_cows' | 'respiratory_depression' | 'signal' | 'tolerance';

export interface Peak {
  value: number;
  t_h: number;
}

/** The largest value of a series between two times (inclusive); value -Infinity when none lie there. */
export function peak(t: Timeline, series: Series | Float64Array, from: number, to: number): Peak {
  const s = typeof series === 'string' ? t[series] : series;
  let best: Peak = { value: -Infinity, t_h: from };
  for (let i = 0; i < t.t_h.length; i++) {
    const h = t.t_h[i]!;
    if (h < from || h > to) continue;
    if (s[i]! > best.value) best = { value: s[i]!, t_h: h };
  }
  return best;
}

/** The value at the sample nearest to (at or before) a time. */
export function at(t: Timeline, series: Series | Float64Array, h: number): number {
  const s = typeof series === 'string' ? t[series] : series;
  let i = 0;
  while (i + 1 < t.t_h.length && t.t_h[i + 1]! <= h) i++;
  return s[i] ?? 0;
}

/** The first time at or after `from` that the series falls below a level, or undefined. */
export function firstBelow(
  t: Timeline,
  series: Series | Float64Array,
  level: number,
  from: number,
): number | undefined {
  const s = typeof series === 'string' ? t[series] : series;
  for (let i = 0; i < t.t_h.length; i++) if (t.t_h[i]! >= from && s[i]! < level) return t.t_h[i];
  return undefined;
}

/** The last time a series is at or above a level, or undefined. */
export function lastAbove(t: Timeline, series: Float64Array, level: number): number | undefined {
  for (let i = t.t_h.length - 1; i >= 0; i--) if (series[i]! >= level) return t.t_h[i];
  return undefined;
}

/** Local maxima of a series (strictly higher than the samples `width` either side). */
export function localPeaks(t: Timeline, series: Float64Array, width = 2): Peak[] {
  const out: Peak[] = [];
  for (let i = width; i < series.length - width; i++) {
    let top = true;
    for (let k = 1; k <= width && top; k++) top = series[i]! > series[i - k]! && series[i]! >= series[i + k]!;
    if (top) out.push({ value: series[i]!, t_h: t.t_h[i]! });
  }
  return out;
}

/**
 * The peak of a series between two times, read from the engine at one-minute resolution: a lesson's
 * own timeline may be sampled every 30 minutes, which misses a heroin peak that lasts minutes.
 */
export function finePeak(s: Scenario, series: Series, from: number, to: number): Peak {
  const t = simulate({ ...s, output_from_h: from, to_h: to, step_min: 1 });
  return peak(t, series, from, to);
}

/**
 * Each scenario's runs without some of its drugs, by the drugs left out. A step's ghost curve and its
 * narration ask for the same run, and reopening the step asks again; lesson 6's is an 85-day run of
 * nearly 5 MB, which the page pays for twice over (the engine, then the first writes to new memory).
 * Scenarios are never changed in place (an edit makes a new one), timelines never after their run,
 * and these are never handed back to the engine to recycle.
 */
const withoutRuns = new WeakMap<Scenario, Map<string, Timeline>>();

/** The same scenario without the drugs named: "what the model gives without naltrexone". */
export function without(s: Scenario, drugs: readonly string[]): Timeline {
  let runs = withoutRuns.get(s);
  if (!runs) withoutRuns.set(s, (runs = new Map()));
  const key = [...drugs].sort().join();
  let t = runs.get(key);
  if (!t) {
    t = simulate({ ...s, doses: s.doses.filter((d) => !drugs.includes(d.drug)) });
    runs.set(key, t);
  }
  return t;
}

export const antagonistShare = (t: Timeline, h: number) => at(t, t.occupancy_by_class.antagonist, h);

/** An ordinary dose: 25 mg of heroin into a vein (the label's challenge dose). */
const ORDINARY = { drug: 'heroin', route: 'iv', mg: 25 } as const;

/**
 * How much of an ordinary dose's high gets through at `h` in a scenario: the peak euphoria of 25 mg IV
 * heroin given then, as a share of what the same dose gives the same person without naltrexone. The
 * blockade that matters is this, not the share of receptors held (a competitive block that leaves a
 * third of the receptors free only triples the dose needed).
 */
export function ordinaryDoseShare(s: Scenario, h: number): number {
  const challenge = (doses: Scenario['doses']) =>
    peak(
      simulate({
        ...s,
        output_from_h: h,
        to_h: h + 4,
        step_min: 2,
        doses: [...doses, { ...ORDINARY, at_h: h }],
      }),
      'euphoria',
      h,
      h + 4,
    ).value;
  const open = challenge(s.doses.filter((d) => d.drug !== 'naltrexone'));
  return open > 0 ? Math.min(1, challenge(s.doses) / open) : 0;
}

/** The band's name as the lessons' sentences use it, in the active language (edges from core/cows.ts). */
export const cowsBand = (cows: number): string => strings.timeline.feel.bands[bandOf(cows)];

export const pct = (fraction: number) => Math.round(fraction * 100);
export const round = (v: number, digits = 0) => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};
