// Per-pixel downsampling keeps every column's extremes, so a one-sample spike survives, and draws at
// most two points per pixel column.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { downsampler, lowerBound, minMaxIndices } from '../../src/timeline/downsample';

const series = (n: number, f: (i: number) => number) => ({
  t: Float64Array.from({ length: n }, (_, i) => i),
  v: Float64Array.from({ length: n }, (_, i) => f(i)),
});

describe('downsampling', () => {
  test('lowerBound finds the first sample at or after a time', () => {
    const t = [0, 1, 2, 3];
    expect(lowerBound(t, -1)).toBe(0);
    expect(lowerBound(t, 1)).toBe(1);
    expect(lowerBound(t, 1.5)).toBe(2);
    expect(lowerBound(t, 9)).toBe(4);
  });

  test('a window with fewer samples than columns keeps every sample, plus one beyond each edge', () => {
    const { t, v } = series(100, (i) => i);
    expect(minMaxIndices(t, v, 10, 20, 500)).toEqual(Array.from({ length: 12 }, (_, k) => 9 + k));
  });

  test('26k samples over 1000 columns become at most two per column, edges included', () => {
    const { t, v } = series(25921, (i) => Math.sin(i / 50));
    const idx = minMaxIndices(t, v, 0, 25920, 1000);
    expect(idx.length).toBeLessThanOrEqual(2 * 1000 + 2);
    expect(idx.length).toBeGreaterThan(1000);
    expect(idx[0]).toBe(0);
    expect(idx.at(-1)).toBe(25920);
  });

  test('a single-sample spike survives downsampling', () => {
    const { t, v } = series(20000, (i) => (i === 12345 ? 99 : 1));
    const idx = minMaxIndices(t, v, 0, 19999, 300);
    expect(idx).toContain(12345);
  });

  test('indices are strictly increasing, and each column keeps its true min and max', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 2, maxLength: 600 }),
        fc.integer({ min: 1, max: 80 }),
        (vals, cols) => {
          const t = vals.map((_, i) => i);
          const h1 = vals.length - 1;
          const idx = minMaxIndices(t, vals, 0, h1, cols);
          for (let k = 1; k < idx.length; k++) expect(idx[k]!).toBeGreaterThan(idx[k - 1]!);
          const kept = new Set(idx);
          // The global extremes are always kept.
          const max = vals.indexOf(Math.max(...vals));
          const min = vals.indexOf(Math.min(...vals));
          expect(kept.has(max) || vals[idx.find((i) => vals[i] === vals[max])!] === vals[max]).toBe(true);
          expect(kept.has(min) || vals[idx.find((i) => vals[i] === vals[min])!] === vals[min]).toBe(true);
        },
      ),
    );
  });

  test('an empty series or an empty window draws nothing', () => {
    expect(minMaxIndices([], [], 0, 1, 10)).toEqual([]);
    const { t, v } = series(10, (i) => i);
    expect(minMaxIndices(t, v, 5, 5, 10)).toEqual([]);
  });

  test('reusing the columns before a change gives exactly a fresh downsampling of the new series', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 2, maxLength: 800 }),
        fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 800 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: -100, max: 900 }),
        fc.integer({ min: 50, max: 1200 }),
        (before, edits, cols, at, w0, span) => {
          const n = before.length;
          const t = before.map((_, i) => i * 0.5);
          // The change starts anywhere after the first sample.
          const from = 1 + (at % (n - 1));
          const after = before.map((x, i) => (i < from ? x : edits[i % edits.length]!));
          const h0 = (w0 / 1000) * t.at(-1)!;
          const h1 = h0 + (span / 1000) * t.at(-1)!;
          const reuse = { index: minMaxIndices(t, before, h0, h1, cols), from };
          expect(minMaxIndices(t, after, h0, h1, cols, reuse)).toEqual(minMaxIndices(t, after, h0, h1, cols));
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Per column of [h0, h1] (and the columns just outside it), the first sample holding its minimum
 *  and the first holding its maximum, in time order: the rule written out plainly. */
function reference(t: number[], v: number[], h0: number, h1: number, cols: number): number[] {
  const first = Math.max(0, lowerBound(t, h0) - 1);
  const last = Math.min(t.length - 1, lowerBound(t, h1));
  if (last - first + 1 <= 2 * cols) return Array.from({ length: last - first + 1 }, (_, k) => first + k);
  const byColumn = new Map<number, number[]>();
  for (let i = first; i <= last; i++) {
    const c = Math.floor((t[i]! - h0) * (cols / (h1 - h0)));
    byColumn.set(c, [...(byColumn.get(c) ?? []), i]);
  }
  return [...byColumn.values()].flatMap((is) => {
    const lo = is.reduce((a, i) => (v[i]! < v[a]! ? i : a));
    const hi = is.reduce((a, i) => (v[i]! > v[a]! ? i : a));
    return [...new Set([lo, hi])].sort((a, b) => a - b);
  });
}

describe('downsampling against the rule written out', () => {
  test('any window, anywhere in the series: each column keeps its first minimum and first maximum', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 2, maxLength: 500, size: 'max' }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: -100, max: 900 }),
        fc.integer({ min: 1, max: 1200 }),
        (vals, cols, w0, span) => {
          // Times bunch and spread (a fine grid after a dose), and the window starts anywhere.
          const t = vals.map((_, i) => i + (i % 7 === 0 ? 0 : 0.9));
          const h0 = (w0 / 1000) * t.at(-1)!;
          const h1 = h0 + (span / 1000) * t.at(-1)!;
          expect(minMaxIndices(t, vals, h0, h1, cols)).toEqual(reference(t, vals, h0, h1, cols));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('up to two samples per column all stay, even bunched into one column; more do not', () => {
    // Six samples, three columns: every one is drawn, though four of them share the first column.
    const t = [0, 0.01, 0.02, 0.03, 1, 2];
    const v = [1, 5, 2, 4, 3, 3];
    expect(minMaxIndices(t, v, 0, 2, 3)).toEqual([0, 1, 2, 3, 4, 5]);
    // Seven: the bunch keeps only its lowest and highest.
    const t7 = [...t, 2.5];
    expect(minMaxIndices(t7, [...v, 0], 0, 2.5, 3)).toEqual([0, 1, 4, 5, 6]);
    // The same seven from a window that starts later: the count is of the samples it holds.
    expect(minMaxIndices([-9, -8, ...t7], [0, 0, ...v, 0], 0, 2.5, 3)).toEqual([1, 2, 3, 6, 7, 8]);
  });
});

describe('the downsampler kept between redraws', () => {
  test('after an edit, the leading points it reports unchanged are those before the edit, as they were', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 2, maxLength: 600, size: 'max' }),
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 1, max: 10_000 }),
        (before, edits, cols, at) => {
          const n = before.length;
          const t = before.map((_, i) => i);
          const from = 1 + (at % (n - 1));
          const after = before.map((x, i) => (i < from ? x : edits[i % edits.length]!));
          const draw = downsampler();
          const old = draw(t, before, 0, n - 1, cols, 0).index;
          const { index, unchanged } = draw(t, after, 0, n - 1, cols, from);
          expect(index).toEqual(minMaxIndices(t, after, 0, n - 1, cols));
          let same = 0;
          while (same < index.length && index[same] === old[same] && index[same]! < from) same++;
          expect(unchanged).toBe(same);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('a new window, width, length or scale, or a change from the first sample, redraws every point', () => {
    const { t, v } = series(5000, (i) => Math.sin(i / 40));
    const first = () => {
      const draw = downsampler();
      expect(draw(t, v, 0, 4999, 100, 0, 'linear').unchanged).toBe(0);
      return draw;
    };
    expect(first()(t, v, 0, 4999, 100, 4000, 'linear').unchanged).toBeGreaterThan(100);
    expect(first()(t, v, 0, 4999, 100, 0, 'linear').unchanged).toBe(0);
    expect(first()(t, v, 0, 4999, 101, 4000, 'linear').unchanged).toBe(0);
    expect(first()(t, v, 0, 4000, 100, 4000, 'linear').unchanged).toBe(0);
    expect(first()(t, v, 0, 4999, 100, 4000, 'log').unchanged).toBe(0);
    expect(first()(t.subarray(0, 4990), v, 0, 4999, 100, 4000, 'linear').unchanged).toBe(0);
    // Without a scale named, the same as the last call without one.
    const plain = downsampler();
    plain(t, v, 0, 4999, 100, 0);
    expect(plain(t, v, 0, 4999, 100, 4000).unchanged).toBeGreaterThan(100);
  });
});
