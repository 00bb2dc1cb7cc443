// Per-pixel downsampling keeps every column's extremes, so a one-sample spike survives, and draws at
// most two points per pixel column.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { lowerBound, minMaxIndices } from '../../src/timeline/downsample';

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
