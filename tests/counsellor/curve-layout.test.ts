// What the patient's curve shows, before it is drawn: the calendar starts on the day of the shot, the
// marked days stand where the counsellor's page says (fade on day 21, due on day 28; the tablets' 1
// and 3), today's line is where today is or hidden when today is past the curve, the words say the
// dates, and a phone gets fewer dates and labels that stay on the screen. Made-up points stand in
// for the engine's (block-curve.test.ts checks those).
import { describe, expect, test } from 'vitest';
import type { BlockPoint } from '../../src/counsellor/block-curve';
import { curveLayout, type CurveDates } from '../../src/counsellor/curve-layout';
import { INJECTION_INTERVAL_DAYS, INJECTION_WEAKENS_DAY, TABLET_FADE_DAYS } from '../../src/counsellor/dates';
import { locale, strings } from '../../src/strings/index';

const C = strings.lessons.counsellor.curve;
const date = (iso: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
const SHOT: CurveDates = { kind: 'injection', origin: '2025-03-01', today: '2025-03-10' };
/** A block that is full for three weeks and then fades by a tenth a day, to day 50. */
const POINTS: BlockPoint[] = Array.from({ length: 51 }, (_, day) => ({
  day,
  strength: Math.max(0, Math.min(1, 1 - (day - 21) / 10)),
}));
const marker = (l: ReturnType<typeof curveLayout>, cls: string) => l.markers.find((m) => m.cls === cls)!;

describe('the injection on a wide screen', () => {
  const l = curveLayout(SHOT, POINTS, true, 600);
  test('has a date a week apart under the curve from the day of the shot to six weeks on', () => {
    expect(l.ticks.map((t) => t.day)).toEqual([0, 7, 14, 21, 28, 35, 42]);
    expect(l.ticks[0]!.label).toBe(date('2025-03-01'));
    expect(l.ticks[4]!.label).toBe(date('2025-03-29'));
    expect(l.width).toBe(600);
    expect(l.plotWidth).toBe(600 - 72 - 18);
  });
  test('marks the shot, the fade day and the due day in that order, the fade shaded to the end', () => {
    expect(l.markers.map((m) => [m.cls, m.label])).toEqual([
      ['given', C.shot],
      ['fades', C.fades],
      ['due', C.due],
    ]);
    expect(marker(l, 'given').x).toBe(0);
    expect(marker(l, 'fades').x).toBeCloseTo((l.plotWidth * INJECTION_WEAKENS_DAY) / 42);
    expect(marker(l, 'due').x).toBeCloseTo((l.plotWidth * INJECTION_INTERVAL_DAYS) / 42);
    expect(l.fadeZone.x).toBe(marker(l, 'fades').x);
    expect(l.fadeZone.x + l.fadeZone.width).toBeCloseTo(l.plotWidth);
  });
  test("keeps the fade's label left of its line on a row above the others, so none overlaps", () => {
    expect(marker(l, 'fades').anchor).toBe('end');
    expect(marker(l, 'fades').labelY).toBeLessThan(marker(l, 'given').labelY);
    expect(marker(l, 'given').anchor).toBe('start');
    expect(marker(l, 'due').anchor).toBe('start');
  });
  test('draws today on day 9, labelled to the right of its line', () => {
    expect(l.today.visible).toBe(true);
    expect(l.today.x).toBeCloseTo((l.plotWidth * 9) / 42);
    expect(l.today.anchor).toBe('start');
  });
  test("draws the block only over the curve's six weeks, full at the top and none at the bottom", () => {
    expect(l.linePath.match(/[ML]/g)!.length).toBe(43);
    expect(l.levels.map((v) => v.label)).toEqual([C.full, C.half, C.none]);
    expect(l.levels[0]!.y).toBe(0);
    expect(l.levels[2]!.y).toBe(l.plotHeight);
    expect(l.areaPath.length).toBeGreaterThan(l.linePath.length);
  });
  test('says the dates of the shot, the fade and the due day, and explains the line', () => {
    expect(l.summary).toBe(
      C.summary('injection', date('2025-03-01'), date('2025-03-22'), date('2025-03-29')),
    );
    expect(l.caption).toBe(C.explainInjection);
    expect(l.status).toBe('');
  });
});

describe('while the engine is still working, and later on', () => {
  test('says it is working out the curve until every point is in', () => {
    expect(curveLayout(SHOT, POINTS.slice(0, 5), false, 600).status).toBe(C.working);
  });
  test('hides today and says the block has probably faded when today is past the curve', () => {
    const l = curveLayout({ ...SHOT, today: '2025-05-01' }, POINTS, true, 600);
    expect(l.today.visible).toBe(false);
    expect(l.today.x).toBeCloseTo(l.plotWidth);
    expect(l.status).toBe(C.later);
  });
});

describe('the tablets on a phone', () => {
  const l = curveLayout({ kind: 'tablet', origin: '2025-03-09', today: '2025-03-10' }, [], true, 300);
  test('has dates two days apart from two days before the last tablet, and room for a row more of labels', () => {
    expect(l.narrow).toBe(true);
    expect(l.ticks.map((t) => t.day)).toEqual([-2, 0, 2, 4]);
    expect(l.ticks[0]!.label).toBe(date('2025-03-07'));
    expect(l.height).toBeGreaterThan(curveLayout(SHOT, POINTS, true, 600).height);
  });
  test('marks the last tablet, the fade and the day the block is mostly gone, that label kept on the screen', () => {
    expect(l.markers.map((m) => m.label)).toEqual([C.lastTablet, C.fades, C.gone]);
    expect(marker(l, 'fades').x).toBeCloseTo((l.plotWidth * (TABLET_FADE_DAYS.from + 2)) / 7);
    expect(marker(l, 'due').anchor).toBe('end');
    expect(new Set(l.markers.map((m) => m.labelY)).size).toBe(3);
    expect(l.caption).toBe(C.explainTablet);
  });
  test('is never narrower than 260 pixels', () => {
    expect(curveLayout(SHOT, POINTS, true, 100).width).toBe(260);
  });
});
