// The engine's time grid: whatever the doses, it runs from 0 to the end in increasing whole minutes,
// steps by one minute for an hour after a fast dose and by five otherwise, unless a dose's minute
// cuts the step short, and lands on every dose's minute. Its buffer is sized from the doses, so
// dense schedules also check that no point is lost for want of room. Started at one of its points,
// it gives the rest of itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../runs';
import { COARSE_MIN, FINE_MIN, FINE_WINDOW_MIN, buildGrid, isFastDose } from '../../sim/grid';

const TOL = 1e-9;

function check(spanH: number, doses: readonly number[], fast: readonly boolean[]) {
  const g = buildGrid(0, spanH, doses, (i) => fast[i]!);
  const endM = spanH * 60;
  expect(g[0]).toBe(0);
  expect(g[g.length - 1]).toBeCloseTo(endM, 9);
  const points = new Set(g);
  const starts = doses.map((h) => Math.ceil(h * 60 - TOL));
  // A dose's minute within rounding of the end is the end point itself (0.2 h is 12.000000000000002 min).
  expect(starts.filter((m) => m > 0 && m < endM - TOL && !points.has(m))).toEqual([]);
  // Fine windows as [start, end) minutes, sorted, to test each step once.
  const windows = starts
    .filter((_, i) => fast[i])
    .map((m) => [m, m + FINE_WINDOW_MIN] as const)
    .sort((a, b) => a[0] - b[0]);
  let w = 0;
  const bad: string[] = [];
  for (let k = 1; k < g.length; k++) {
    const step = g[k]! - g[k - 1]!;
    if (!(step > 0 && step <= COARSE_MIN + TOL)) bad.push(`step ${step} at ${g[k]}`);
    if (k < g.length - 1 && !Number.isInteger(g[k])) bad.push(`${g[k]} not a whole minute`);
    while (w < windows.length && windows[w]![1] < g[k]! - TOL) w++;
    const inFine = windows.slice(w).some(([a, b]) => a <= g[k - 1]! && g[k]! <= b);
    if (inFine && step > FINE_MIN + TOL) bad.push(`step ${step} at ${g[k]} inside a fine hour`);
    // Elsewhere it is as sparse as it may be: five minutes, unless a dose's minute cuts the step short.
    // (A dose counts from its minute to rounding, 1e-9 min; a slow one has a fine window of length 0.)
    const fineFrom = doses.some((h, i) => {
      const m = h * 60;
      return m <= g[k - 1]! + TOL && g[k - 1]! < m + (fast[i] ? FINE_WINDOW_MIN : 0);
    });
    const cut = starts.includes(g[k]!) || k === g.length - 1;
    if (!fineFrom && !cut && step !== COARSE_MIN) bad.push(`step ${step} at ${g[k]} outside a fine hour`);
  }
  expect(bad.slice(0, 3)).toEqual([]);
}

describe('buildGrid', () => {
  it('holds its invariants for random schedules, sparse and dense', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 400, noNaN: true }),
        fc.array(fc.tuple(fc.double({ min: -5, max: 405, noNaN: true }), fc.boolean()), { maxLength: 120 }),
        (spanH, doses) => {
          check(
            spanH,
            doses.map((d) => d[0]),
            doses.map((d) => d[1]),
          );
        },
      ),
      { numRuns: runs(200), seed: 4 },
    );
  });

  it('started at any of its points, gives the rest of the whole grid (a resumed run needs only that)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 200, noNaN: true }),
        fc.array(fc.tuple(fc.double({ min: -5, max: 205, noNaN: true }), fc.boolean()), { maxLength: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (spanH, doses, where) => {
          const times = doses.map((d) => d[0]);
          const fast = (i: number) => doses[i]![1];
          const whole = buildGrid(-3, spanH, times, fast);
          const k = Math.floor(where * (whole.length - 1));
          expect(Array.from(buildGrid(-3, spanH, times, fast, whole[k]))).toEqual(
            Array.from(whole.subarray(k)),
          );
        },
      ),
      { numRuns: runs(200), seed: 5 },
    );
  });

  it('started at its last point, is that point alone (a run resumed at the end steps no further)', () => {
    const whole = buildGrid(0, 7.25, [1, 2.5], (i) => i === 0);
    expect(Array.from(buildGrid(0, 7.25, [1, 2.5], (i) => i === 0, whole.at(-1)))).toEqual([7.25 * 60]);
  });

  it('has room for a fast dose just over every hour for weeks (the most points per dose)', () => {
    const doses = Array.from({ length: 500 }, (_, i) => (i * 61.5 + 0.5) / 60);
    check(
      520,
      doses,
      doses.map(() => true),
    );
  });
});

describe('a grid worked out by hand', () => {
  it('a slow dose on the five-minute lattice, a fast one, then a slow one off it', () => {
    const range = (a: number, b: number, step: number) =>
      Array.from({ length: Math.floor((b - a) / step) + 1 }, (_, i) => a + i * step);
    // Tablet at 60 min, IV at 120 min, tablet at 183 min, end at 210 min.
    const g = buildGrid(0, 3.5, [1, 2, 3.05], (i) => i === 1);
    expect(Array.from(g)).toEqual([
      ...range(0, 120, 5), // the tablet at 60 lies on the lattice: no step is cut
      ...range(121, 180, 1), // the IV dose's hour, minute by minute
      ...range(183, 208, 5), // the tablet at 183 cuts one step short; the lattice goes on from it
      210,
    ]);
  });
});

describe('which doses are fast', () => {
  it('into a vein or the nose, and naloxone by any route: their levels move in minutes', () => {
    expect(isFastDose({ drug: 'heroin', route: 'iv' })).toBe(true);
    expect(isFastDose({ drug: 'naloxone', route: 'intranasal' })).toBe(true);
    expect(isFastDose({ drug: 'fentanyl', route: 'intranasal' })).toBe(true);
    expect(isFastDose({ drug: 'naloxone', route: 'im' })).toBe(true);
  });

  it('not by mouth, under the tongue or into a muscle (naloxone aside)', () => {
    expect(isFastDose({ drug: 'heroin', route: 'oral' })).toBe(false);
    expect(isFastDose({ drug: 'buprenorphine', route: 'sublingual' })).toBe(false);
    expect(isFastDose({ drug: 'naltrexone', route: 'im' })).toBe(false);
    expect(isFastDose({ drug: 'alcohol', route: 'oral' })).toBe(false);
  });
});
