// The counsellor's dates for known inputs: label waits, the injection calendar, and no time-zone slips.
import { describe, expect, test } from 'vitest';
import {
  addDays,
  dayNumber,
  earliestStart,
  formatDate,
  injectionAdvice,
  isIsoDate,
  localToday,
} from '../../src/counsellor/dates';

describe('earliest start', () => {
  test('after a short-acting opioid it is 7 days after the last use', () => {
    expect(earliestStart('2025-03-01', 'short')).toEqual({
      earliest: '2025-03-08',
      waitDays: 7,
      kind: 'short',
    });
  });
  test('after methadone or buprenorphine it is 14 days after the last use', () => {
    expect(earliestStart('2025-03-01', 'methadone').earliest).toBe('2025-03-15');
    expect(earliestStart('2025-12-25', 'buprenorphine').earliest).toBe('2026-01-08');
  });
  test('it crosses month ends and leap days', () => {
    expect(earliestStart('2024-02-25', 'short').earliest).toBe('2024-03-03');
    expect(earliestStart('2023-02-25', 'short').earliest).toBe('2023-03-04');
    expect(earliestStart('2024-02-20', 'methadone').earliest).toBe('2024-03-05');
  });
});

describe('the monthly injection', () => {
  test('the next injection is due 4 weeks later, and the danger window opens then', () => {
    expect(injectionAdvice('2025-01-10')).toEqual({
      nextDue: '2025-02-07',
      weakensFrom: '2025-02-07',
      dangerFrom: '2025-02-07',
    });
  });
  test('a late-December injection is due in the new year', () => {
    expect(injectionAdvice('2025-12-20').nextDue).toBe('2026-01-17');
  });
});

describe('calendar dates', () => {
  test('impossible or malformed dates are refused', () => {
    for (const bad of ['2025-02-29', '2025-04-31', '2025-13-01', '2025-1-1', '', 'tomorrow', '2025-00-10'])
      expect(isIsoDate(bad), bad).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });
  test('adding days across a daylight-saving change keeps whole days', () => {
    expect(addDays('2025-03-29', 7)).toBe('2025-04-05');
    expect(addDays('2025-10-25', 7)).toBe('2025-11-01');
    expect(dayNumber('1970-01-02')).toBe(1);
  });
  test('dates are written out without shifting a day', () => {
    expect(formatDate('2025-03-08')).toMatch(/^Saturday,? 8 March 2025$/);
  });
  test("today is the user's local calendar date", () => {
    expect(localToday(new Date(2025, 0, 31, 23, 59))).toBe('2025-01-31');
  });
  test('adding to a bad date throws rather than guessing', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
  });
});
