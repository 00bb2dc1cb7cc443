// The Schild plot for a known result: the fitted line spans the points with 0.2 of room either side,
// the y range always shows zero, injection days and tablets are told apart, and each point has words.
import { describe, expect, test } from 'vitest';
import { schildPlotData, schildPointWords } from '../../src/explorer/schild-chart';
import type { SchildResult } from '../../src/explorer/model';

const result: SchildResult = {
  points: [
    { label: { day: 7 }, x: 1, y: 2 },
    { label: { day: 28 }, x: 0.5, y: 1.5 },
    { label: {}, x: 0, y: 1 },
  ],
  slope: 1,
  intercept: 1,
};

describe('the Schild plot', () => {
  test('the fit spans the points with room either side, and the y range holds zero', () => {
    const d = schildPlotData(result);
    expect(d.xDomain[0]).toBeCloseTo(-0.2, 12);
    expect(d.xDomain[1]).toBeCloseTo(1.2, 12);
    expect(d.series).toHaveLength(1);
    expect(d.series[0]!.className).toBe('ex-fit');
    expect(d.series[0]!.y[0]).toBeCloseTo(0.8, 12);
    expect(d.series[0]!.y[1]).toBeCloseTo(2.2, 12);
    expect(d.yDomain[0]).toBeCloseTo(-0.1, 12);
    expect(d.yDomain[1]).toBeCloseTo(2.3, 12);
    expect(d.bands).toEqual([{ y0: 0, className: 'ex-zero' }]);
  });
  test('injection days and tablets are drawn apart', () => {
    expect(schildPlotData(result).points!.map((p) => p.className)).toEqual([
      'ex-point',
      'ex-point',
      'ex-point--tablets',
    ]);
  });
  test('each point is listed in words with two decimals', () => {
    expect(schildPointWords(result)).toEqual([
      'Injection, day 7: x 1.00, y 2.00',
      'Injection, day 28: x 0.50, y 1.50',
      'Tablets, low point: x 0.00, y 1.00',
    ]);
  });
});
