// Path data built by hand: linear maps, lines broken where undefined, areas closed to a baseline,
// coordinates rounded to a tenth of a pixel.
import { describe, expect, test } from 'vitest';
import { areaPath, linePath, linearMap, project } from '../../src/timeline/path';

describe('path data', () => {
  test('a linear map sends the domain onto the range', () => {
    const m = linearMap([0, 100], [200, 0]);
    expect(m.a * 0 + m.b).toBe(200);
    expect(m.a * 100 + m.b).toBe(0);
    expect(m.a * 25 + m.b).toBe(150);
    expect(linearMap([5, 5], [0, 10])).toEqual({ a: 0, b: 0 });
  });

  test('projecting picks the samples and maps them to pixels', () => {
    const p = project([0, 2], [0, 1, 2], [10, 20, 30], { a: 100, b: 0 }, { a: -1, b: 50 });
    expect(Array.from(p.x)).toEqual([0, 200]);
    expect(Array.from(p.y)).toEqual([40, 20]);
    const log = project([1], [0, 1], [0, 100], { a: 1, b: 0 }, (v) => Math.log10(v));
    expect(Array.from(log.y)).toEqual([2]);
  });

  test('a line rounds to a tenth of a pixel and breaks where undefined', () => {
    expect(linePath([0, 1.234, 2], [5, 6.789, 7])).toBe('M0,5L1.2,6.8L2,7');
    expect(linePath([0, 1, 2, 3], [0, NaN, 2, 3], (k) => k !== 1)).toBe('M0,0M2,2L3,3');
    expect(linePath([], [])).toBe('');
  });

  test('an area runs down to the baseline at both ends and closes', () => {
    expect(areaPath([0, 10], [3, 4], 50)).toBe('M0,50L0,3L10,4L10,50Z');
    expect(areaPath([], [], 50)).toBe('');
  });
});
