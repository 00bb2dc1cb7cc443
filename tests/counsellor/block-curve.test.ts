// The patient's curve ("Show me the curve") is the engine's answer, and it agrees with the dates the
// counsellor's page gives: the injection blocks an ordinary dose fully for weeks and starts to let it
// through before the due date; the tablets' block holds a day and fades within three. Which curve the
// dates call for: the later of the last injection and the last tablet.
import { describe, expect, test } from 'vitest';
import { curveWork, type BlockPoint, type CurveKind } from '../../src/counsellor/block-curve';
import { INJECTION_INTERVAL_DAYS, INJECTION_WEAKENS_DAY, TABLET_FADE_DAYS } from '../../src/counsellor/dates';
import { curveDates } from '../../src/counsellor/index';

function curve(kind: CurveKind): BlockPoint[] {
  const work = curveWork(kind);
  while (!work.done) work.next();
  return [...work.points];
}
const at = (points: BlockPoint[], day: number) => points.find((p) => p.day === day)!.strength;

describe('the injection', () => {
  const points = curve('injection');
  test('is worked out a point at a time, for every day to day 42', () => {
    expect(points.length).toBe(43);
    expect(points.at(-1)!.day).toBe(42);
    for (const p of points) expect(p.strength).toBeGreaterThanOrEqual(0);
    for (const p of points) expect(p.strength).toBeLessThanOrEqual(1);
  });
  test('blocks an ordinary dose fully from hours after the shot until past two weeks', () => {
    for (const p of points.filter((q) => q.day <= 14))
      expect(p.strength, `day ${p.day}`).toBeGreaterThan(0.99);
  });
  test('starts to let an ordinary dose through after the fade day the page names, before the due date', () => {
    const firstLeak = points.find((p) => p.strength < 0.99)!.day;
    expect(firstLeak).toBeGreaterThanOrEqual(INJECTION_WEAKENS_DAY);
    expect(firstLeak).toBeLessThan(INJECTION_INTERVAL_DAYS);
  });
  test('fades steadily after that, and is far from full two weeks after the due date', () => {
    const late = points.filter((p) => p.day >= INJECTION_WEAKENS_DAY);
    for (let i = 1; i < late.length; i++)
      expect(late[i]!.strength).toBeLessThanOrEqual(late[i - 1]!.strength);
    expect(at(points, 42)).toBeLessThan(0.7);
  });
});

describe('the tablets', () => {
  const points = curve('tablet');
  test('hold the block a day after the last tablet and let part of a dose through by day 3', () => {
    expect(at(points, 0)).toBeGreaterThan(0.99);
    expect(at(points, TABLET_FADE_DAYS.from)).toBeGreaterThan(0.99);
    expect(at(points, TABLET_FADE_DAYS.to)).toBeLessThan(0.95);
    expect(at(points, 5)).toBeLessThan(at(points, TABLET_FADE_DAYS.to));
  });
});

describe('which curve the dates call for', () => {
  test('none without a date, else the later of the injection and the tablet', () => {
    expect(curveDates({})).toBeNull();
    expect(curveDates({ lastTablet: '2025-03-01', today: '2025-03-05' })).toEqual({
      kind: 'tablet',
      origin: '2025-03-01',
      today: '2025-03-05',
    });
    expect(curveDates({ lastInjection: '2025-02-01', lastTablet: '2025-03-01' })?.kind).toBe('tablet');
    expect(curveDates({ lastInjection: '2025-03-01', lastTablet: '2025-02-01' })?.kind).toBe('injection');
    expect(curveDates({ lastInjection: '2025-03-01', lastTablet: '2025-03-01' })?.kind).toBe('injection');
  });
});
