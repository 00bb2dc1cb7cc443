// The counsellor's date rules, table-driven: every kind of last opioid (none is a default), the
// injection's weakening date before its due date, the tablets case, and dates in the past told as
// past. These are the dates a patient is handed; docs/sources.md gives the source of each wait.
import { describe, expect, test } from 'vitest';
import { injectionWords, startWords, tabletWords } from '../../src/counsellor/advice-words';
import {
  addDays,
  dayNumber,
  daysBetween,
  earliestStart,
  formatDate,
  fromDayNumber,
  INJECTION_INTERVAL_DAYS,
  INJECTION_WEAKENS_DAY,
  injectionAdvice,
  isIsoDate,
  localToday,
  OPIOID_KINDS,
  tabletAdvice,
  WAITS,
  type OpioidKind,
} from '../../src/counsellor/dates';

const LAST = '2025-03-01';

describe('earliest start, for every kind of last opioid', () => {
  // kind, shortest wait, end of the usual wait, "sometimes longer"
  const table: Array<[OpioidKind, number, number, boolean]> = [
    ['short', 7, 10, false],
    ['fentanyl', 10, 14, true],
    ['extended', 10, 14, true],
    ['methadone', 10, 14, true],
    ['buprenorphine', 10, 14, true],
    ['unsure', 10, 14, true],
  ];
  test('the table covers every kind the view offers', () => {
    expect(table.map(([k]) => k).sort()).toEqual([...OPIOID_KINDS].sort());
  });
  test.each(table)('%s: %i to %i days (sometimes longer: %s)', (kind, min, max, longer) => {
    const a = earliestStart(LAST, kind, LAST);
    expect(a.earliest).toBe(addDays(LAST, min));
    expect(a.usualBy).toBe(addDays(LAST, max));
    expect(a.wait.sometimesLonger).toBe(longer);
    expect(a.stage).toBe('ahead');
    const words = startWords(a).map((l) => l.text);
    expect(words[0]).toContain(formatDate(a.earliest));
    expect(words[0]).toContain(formatDate(a.usualBy));
    expect(words.join(' ')).toMatch(longer ? /10 to 14 days, and sometimes longer/ : /7 to 10 days/);
    expect(words.join(' ')).toMatch(/urine drug test.*naloxone challenge/);
  });
  test('fentanyl, slow-release pills and patches wait 10-14 days, never the short 7', () => {
    for (const kind of ['fentanyl', 'extended'] as const) {
      expect(WAITS[kind].min).toBeGreaterThanOrEqual(10);
      expect(WAITS[kind].max).toBe(14);
    }
  });
  test('only the short-acting group has the 7-day wait, and not being sure gives the long one', () => {
    const short = OPIOID_KINDS.filter((k) => WAITS[k].min < 10);
    expect(short).toEqual(['short']);
    expect(WAITS.unsure).toEqual(WAITS.methadone);
  });
  test('with no kind chosen there is no date, only a request to choose', () => {
    const words = startWords(undefined);
    expect(words).toHaveLength(1);
    expect(words[0]!.text).toMatch(/Choose/);
    expect(words[0]!.text).not.toMatch(/\d/);
  });
  test('it crosses month ends and leap days', () => {
    expect(earliestStart('2024-02-25', 'short', '2024-02-25').earliest).toBe('2024-03-03');
    expect(earliestStart('2023-02-25', 'short', '2023-02-25').earliest).toBe('2023-03-04');
    expect(earliestStart('2024-02-20', 'methadone', '2024-02-20').usualBy).toBe('2024-03-05');
  });
});

/** Dates the words name that lie before today, unless the words say they have passed. */
function staleDates(text: string, today: string): string[] {
  const named = [...text.matchAll(/\w+day,? (\d{1,2} \w+ \d{4})/g)].map((m) => m[1]!);
  const past = named.filter((d) => new Date(`${d} UTC`).getTime() < Date.parse(`${today}T00:00:00Z`));
  return /already|over|overdue|was due|ago/.test(text) && past.length <= 1 ? [] : past;
}

describe('dates in the past are told as past', () => {
  const TODAY = '2026-10-01';
  // days since the last use, kind, the stage, words that must appear
  const table: Array<[number, OpioidKind, string, RegExp]> = [
    [0, 'short', 'ahead', /Not before/],
    [8, 'short', 'within', /shortest wait is already over/],
    [10, 'short', 'over', /usual wait is already over/],
    [40, 'short', 'over', /usual wait is already over/],
    [12, 'methadone', 'within', /already over.*Some people need to wait longer/],
    [40, 'methadone', 'over', /usual wait is already over\. Some people need to wait longer/],
    [40, 'fentanyl', 'over', /usual wait is already over\. Some people need to wait longer/],
  ];
  test.each(table)('last use %i days ago (%s): %s', (ago, kind, stage, words) => {
    const a = earliestStart(addDays(TODAY, -ago), kind, TODAY);
    expect(a.stage).toBe(stage);
    const text = startWords(a)
      .map((l) => l.text)
      .join(' ');
    expect(text).toMatch(words);
    expect(text).toMatch(/checks before the first dose/);
    expect(staleDates(text, TODAY)).toEqual([]);
  });

  // days since the injection, the stage, how late, words that must appear
  const injections: Array<[number, string, number, RegExp]> = [
    [
      0,
      'ahead',
      -28,
      /Next injection due: Thursday,? 29 October 2026\. From about Thursday,? 22 October 2026/,
    ],
    [20, 'ahead', -8, /starts to fade/],
    [21, 'within', -7, /already starting to fade/],
    [27, 'within', -1, /already starting to fade/],
    [28, 'over', 0, /due today/],
    [29, 'over', 1, /overdue\. It was due on .*, 1 day ago\. The block has probably faded/],
    [60, 'over', 32, /overdue\. It was due on .*, 32 days ago\. The block has probably faded/],
  ];
  test.each(injections)('injection %i days ago: %s, %i days late', (ago, stage, late, words) => {
    const a = injectionAdvice(addDays(TODAY, -ago), TODAY);
    expect(a.stage).toBe(stage);
    expect(a.daysLate).toBe(late);
    const lines = injectionWords(a);
    const text = lines.map((l) => l.text).join(' ');
    expect(text).toMatch(words);
    expect(staleDates(text, TODAY)).toEqual([]);
    // Tolerance is low from before the first shot: the danger is said whatever the date.
    expect(lines.some((l) => l.tone === 'danger' && /small amount/.test(l.text))).toBe(true);
  });
  test('an overdue injection says the danger is now', () => {
    const text = injectionWords(injectionAdvice(addDays(TODAY, -60), TODAY))
      .map((l) => l.text)
      .join(' ');
    expect(text).toMatch(/dangerous now/);
    expect(text).not.toMatch(/Next injection due/);
  });

  // days since the last tablet, the stage, words that must appear
  const tablets: Array<[number, string, RegExp]> = [
    [
      0,
      'ahead',
      /starts to fade from about Friday,? 2 October 2026\. By Sunday,? 4 October 2026 it is mostly gone/,
    ],
    [1, 'within', /already fading/],
    [2, 'within', /already fading/],
    [3, 'over', /probably gone already/],
    [30, 'over', /probably gone already/],
  ];
  test.each(tablets)('last tablet %i days ago: %s', (ago, stage, words) => {
    const a = tabletAdvice(addDays(TODAY, -ago), TODAY);
    expect(a.stage).toBe(stage);
    const text = tabletWords(a)
      .map((l) => l.text)
      .join(' ');
    expect(text).toMatch(words);
    expect(text).toMatch(/take it when you remember\. Do not test the block/);
    expect(staleDates(text, TODAY)).toEqual([]);
  });
});

describe('the monthly injection', () => {
  test('the block is said to weaken before the next injection is due', () => {
    expect(INJECTION_WEAKENS_DAY).toBeLessThan(INJECTION_INTERVAL_DAYS);
    expect(INJECTION_WEAKENS_DAY).toBeGreaterThanOrEqual(14); // blood levels fall from about day 14
    const a = injectionAdvice('2025-01-10', '2025-01-10');
    expect(a).toMatchObject({ weakensFrom: '2025-01-31', nextDue: '2025-02-07' });
  });
  test('a late-December injection is due in the new year', () => {
    expect(injectionAdvice('2025-12-20', '2025-12-20').nextDue).toBe('2026-01-17');
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
    expect(() => addDays('2025-02-30', 1)).toThrow(new RangeError('not a date: 2025-02-30'));
  });
  test('counting days between dates names the one that is not a date', () => {
    expect(daysBetween('2025-02-27', '2025-03-01')).toBe(2);
    expect(daysBetween('2025-03-01', '2025-02-27')).toBe(-2);
    expect(() => daysBetween('2025-02-30', '2025-03-01')).toThrow(new RangeError('not a date: 2025-02-30'));
    expect(() => daysBetween('2025-03-01', 'soon')).toThrow(new RangeError('not a date: soon'));
  });
  test('a date must be the whole text: nothing before or after it', () => {
    for (const bad of ['x2025-01-01', '2025-01-011', '12025-01-01', '2025-01-01 ', ' 2025-01-01'])
      expect(isIsoDate(bad), bad).toBe(false);
  });
  test('years from 1900 to 2200 are dates, others are typing mistakes', () => {
    expect(isIsoDate('1899-12-31')).toBe(false);
    expect(isIsoDate('1900-01-01')).toBe(true);
    expect(isIsoDate('2200-12-31')).toBe(true);
    expect(isIsoDate('2201-01-01')).toBe(false);
    expect(dayNumber('1900-01-01')).toBe(-25567);
    expect(fromDayNumber(-25567)).toBe('1900-01-01');
  });
  test('day and month out of range are refused, at every month end', () => {
    for (const bad of ['2025-01-00', '2025-01-32', '2025-06-31', '2025-12-32', '2024-02-30', '2025-00-01'])
      expect(dayNumber(bad), bad).toBeUndefined();
    for (const good of ['2025-01-31', '2025-06-30', '2025-12-31', '2024-02-29'])
      expect(fromDayNumber(dayNumber(good)!), good).toBe(good);
  });
});
