// Model time reads naturally at every zoom: clock times within a day, day numbers across days, weeks
// across months; the cursor's moment is always "day N, HH:MM".
import { describe, expect, test } from 'vitest';
import { tickStep, timeTicks, timeWording } from '../../src/core/time-format';
import { en } from '../../src/strings/en';
import { numberFormat } from '../../src/strings/format';

const { formatDuration, formatMoment, formatTick } = timeWording(en.time, numberFormat('en-GB').num);

describe('time formatting', () => {
  test('a moment is the day and the clock time, with history on negative days', () => {
    expect(formatMoment(0)).toBe('day 0, 00:00');
    expect(formatMoment(3 * 24 + 14)).toBe('day 3, 14:00');
    expect(formatMoment(13 * 24 + 12.5)).toBe('day 13, 12:30');
    expect(formatMoment(-1)).toBe('day -1, 23:00');
    expect(formatMoment(-48)).toBe('day -2, 00:00');
  });

  test('a time a hair before midnight rounds to the next day, never to 24:00', () => {
    expect(formatMoment(24 - 1e-9)).toBe('day 1, 00:00');
    expect(formatMoment(23.999)).toBe('day 1, 00:00');
  });

  test('durations read as minutes, hours, days or weeks', () => {
    expect(formatDuration(1 / 60)).toBe('1 min');
    expect(formatDuration(10 / 60)).toBe('10 min');
    expect(formatDuration(1)).toBe('1 h');
    expect(formatDuration(2.5)).toBe('2 h 30 min');
    expect(formatDuration(24)).toBe('1 day');
    expect(formatDuration(72)).toBe('3 days');
    expect(formatDuration(168)).toBe('1 week');
    expect(formatDuration(36)).toBe('1.5 days');
  });

  test('the tick step grows from minutes to hours, days and weeks as the window widens', () => {
    expect(tickStep(1, 6)).toBeCloseTo(10 / 60);
    expect(tickStep(24, 8)).toBe(3);
    expect(tickStep(7 * 24, 8)).toBe(24);
    expect(tickStep(90 * 24, 8)).toBe(14 * 24);
    expect(tickStep(400 * 24, 8)).toBe(8 * 7 * 24);
  });

  test('ticks fall on whole multiples of the step inside the window', () => {
    const { step, ticks } = timeTicks(13.2, 19.9, 6);
    expect(step).toBe(2);
    expect(ticks).toEqual([14, 16, 18]);
    const days = timeTicks(-50, 100, 8);
    expect(days.step).toBe(24);
    expect(days.ticks).toEqual([-48, -24, 0, 24, 48, 72, 96]);
  });

  test('ticks on a minute lattice do not drift over a long window', () => {
    const { ticks } = timeTicks(0, 2, 12);
    expect(ticks.every((h) => Math.abs(h * 60 - Math.round(h * 60)) < 1e-9)).toBe(true);
  });

  test('tick labels: clock times under a day, naming the day at midnight and on the first tick', () => {
    expect(formatTick(14, 2)).toBe('14:00');
    expect(formatTick(24, 2)).toBe('day 1');
    expect(formatTick(3 * 24 + 14.5, 0.5, true)).toBe('day 3, 14:30');
    expect(formatTick(10 / 60, 5 / 60)).toBe('00:10');
  });

  test('tick labels: day numbers at day steps, weeks at week steps', () => {
    expect(formatTick(48, 24)).toBe('day 2');
    expect(formatTick(-48, 48)).toBe('day -2');
    expect(formatTick(0, 168)).toBe('day 0');
    expect(formatTick(14 * 24, 168)).toBe('week 2');
    expect(formatTick(-7 * 24, 168)).toBe('week -1');
  });
});
