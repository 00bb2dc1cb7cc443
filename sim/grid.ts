// The engine's own time grid, fixed by the scenario alone (never by the output interval): points on
// a one-minute lattice from from_h, one minute apart for an hour after each fast dose (IV, nasal,
// naloxone: these move in minutes) and five minutes apart otherwise, ending exactly at to_h.

import type { Administration } from './scenario';

export const FINE_MIN = 1;
export const COARSE_MIN = 5;
export const FINE_WINDOW_MIN = 60;

/** A dose whose levels move in minutes (into a vein or the nose, and naloxone by any route): it gets
 *  the one-minute hour, so its rush and its rescue land on the grid. */
export function isFastDose(a: Pick<Administration, 'drug' | 'route'>): boolean {
  return a.route === 'iv' || a.route === 'intranasal' || a.drug === 'naloxone';
}

/**
 * Grid points as minutes after from_h: whole minutes, except a last point at to_h. Steps computed as
 * differences of these are exact (1 or 5 minutes), so each step length has one propagator.
 * `fromM`, a point of the grid, starts the list there (a resumed run needs only the rest): the
 * points after it are those of the whole grid, since where the next point falls depends only on the
 * point before and the doses given by then.
 */
export function buildGrid(
  fromH: number,
  toH: number,
  doseTimesH: readonly number[],
  fast: (i: number) => boolean,
  fromM = 0,
): Float64Array {
  const endM = (toH - fromH) * 60;
  const order = doseTimesH.map((_, i) => i).sort((a, b) => doseTimesH[a]! - doseTimesH[b]!);
  const doses = order.map((i) => (doseTimesH[i]! - fromH) * 60);
  const fineWindow = order.map((i) => (fast(i) ? FINE_WINDOW_MIN : 0));
  // Room for every point without a minute-by-minute buffer (a 90-day run would zero 1 MB per call):
  // the coarse lattice, plus per dose its fine hour and the one step it may cut short.
  const perDose = FINE_WINDOW_MIN / FINE_MIN + 2;
  const span = endM - fromM;
  const out = new Float64Array(
    Math.min(Math.ceil(span) + 2, Math.ceil(span / COARSE_MIN) + doses.length * perDose + 4),
  );
  out[0] = fromM;
  if (fromM >= endM - 1e-9) return out.subarray(0, 1);
  let count = 1;
  let m = fromM;
  let fineUntil = -Infinity;
  let d = 0;
  const last = endM - 1e-9;
  for (;;) {
    while (d < doses.length && doses[d]! <= m + 1e-9) {
      fineUntil = Math.max(fineUntil, doses[d]! + fineWindow[d]!);
      d++;
    }
    // Runs of plain steps at once (most of the grid): each stays clear of the next dose's minute, so
    // no dose falls in them and each point is what the general step below would give.
    const nextDose = d < doses.length ? Math.ceil(doses[d]! - 1e-9) : Infinity;
    while (m < fineUntil && nextDose - m > FINE_MIN && m + FINE_MIN < last) {
      m += FINE_MIN;
      out[count++] = m;
    }
    while (m >= fineUntil && nextDose - m > COARSE_MIN && m + COARSE_MIN < last) {
      m += COARSE_MIN;
      out[count++] = m;
    }
    let step = m < fineUntil ? FINE_MIN : COARSE_MIN;
    if (d < doses.length) step = Math.min(step, Math.max(1, Math.ceil(doses[d]! - 1e-9) - m));
    const next = m + step;
    if (next >= last) {
      out[count++] = endM;
      break;
    }
    out[count++] = next;
    m = next;
  }
  return out.subarray(0, count);
}
