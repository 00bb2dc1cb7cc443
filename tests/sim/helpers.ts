// Small measurement helpers for engine tests: peaks, crossings, half-lives, AUC.
import { simulate, type DoseEvent, type Scenario, type Timeline } from '../../sim/index';

export const DAY = 24;

export function run(doses: DoseEvent[], to_h: number, extra: Partial<Scenario> = {}): Timeline {
  return simulate({ to_h, step_min: 1, doses, ...extra });
}

export const dose = (
  drug: DoseEvent['drug'],
  route: DoseEvent['route'],
  mg: number,
  at_h = 0,
): DoseEvent => ({
  drug,
  route,
  mg,
  at_h,
});

/** Maximum of a series over [from, to] hours, with the time it occurs. */
export function peak(
  t: Timeline,
  series: Float64Array,
  from = -Infinity,
  to = Infinity,
): { value: number; t_h: number } {
  let value = -Infinity;
  let at = NaN;
  t.t_h.forEach((h, i) => {
    if (h >= from && h <= to && series[i]! > value) {
      value = series[i]!;
      at = h;
    }
  });
  return { value, t_h: at };
}

/** Value at the first sample at or after h. */
export function at(t: Timeline, series: Float64Array, h: number): number {
  const i = t.t_h.findIndex((x) => x >= h - 1e-9);
  return series[i]!;
}

/** First time at or after `from` when the series satisfies the predicate. */
export function firstTime(
  t: Timeline,
  series: Float64Array,
  from: number,
  ok: (v: number) => boolean,
): number {
  const i = t.t_h.findIndex((h, k) => h >= from && ok(series[k]!));
  return i < 0 ? NaN : t.t_h[i]!;
}

/** Half-life (h) from a log-linear least-squares fit of the series over [from, to]. */
export function fittedHalfLife(t: Timeline, series: Float64Array, from: number, to: number): number {
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  t.t_h.forEach((h, i) => {
    if (h < from || h > to || !(series[i]! > 0)) return;
    const y = Math.log(series[i]!);
    n++;
    sx += h;
    sy += y;
    sxx += h * h;
    sxy += h * y;
  });
  const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  return -Math.LN2 / slope;
}

/** Trapezoidal area under the series, unit·h. */
export function auc(t: Timeline, series: Float64Array): number {
  let s = 0;
  for (let i = 1; i < t.t_h.length; i++)
    s += ((series[i]! + series[i - 1]!) / 2) * (t.t_h[i]! - t.t_h[i - 1]!);
  return s;
}
