// What the counsellor's panel says for the dates entered, as a counsellor would fill it in: nothing
// while a card is empty, a clear problem for a date that is not one or is in the future (and such a
// date is never used), a prompt for the kind when only the last use is entered, and the same advice
// and sentences as the date rules (dates.test.ts) once a date can be used.
import { describe, expect, test } from 'vitest';
import { injectionWords, startWords, tabletWords } from '../../src/counsellor/advice-words';
import { earliestStart, injectionAdvice, tabletAdvice } from '../../src/counsellor/dates';
import { readEntered, type Entered } from '../../src/counsellor/entered';
import { strings } from '../../src/strings/index';

const C = strings.lessons.counsellor;
const TODAY = '2025-03-10';
const EMPTY: Entered = { lastUse: '', kind: '', lastInj: '', lastTab: '' };

describe('an empty panel', () => {
  test('says nothing and gives only the day it was read on', () => {
    expect(readEntered(EMPTY, TODAY)).toEqual({
      dates: { today: TODAY },
      start: null,
      injection: null,
      tablet: null,
    });
  });
});

describe('the start', () => {
  test('asks for the kind of opioid when only the last use is entered, and gives no wait', () => {
    const r = readEntered({ ...EMPTY, lastUse: '2025-03-08' }, TODAY);
    expect(r.start).toEqual({ lines: startWords(undefined) });
    expect(r.dates.start).toBeUndefined();
  });
  test('gives the earliest start once the kind is chosen', () => {
    const r = readEntered({ ...EMPTY, lastUse: '2025-03-08', kind: 'fentanyl' }, TODAY);
    const advice = earliestStart('2025-03-08', 'fentanyl', TODAY);
    expect(r.dates.start).toEqual(advice);
    expect(r.start).toEqual({ lines: startWords(advice) });
  });
});

describe('dates that cannot be used', () => {
  test('a date in the future is a problem, and is not used', () => {
    const r = readEntered({ ...EMPTY, lastUse: '2025-03-11', kind: 'short', lastInj: '2025-04-01' }, TODAY);
    expect(r.start).toEqual({ problem: C.futureDate });
    expect(r.injection).toEqual({ problem: C.futureDate });
    expect(r.dates).toEqual({ today: TODAY });
  });
  test('something that is not a date is a problem', () => {
    expect(readEntered({ ...EMPTY, lastTab: '2025-02-30' }, TODAY).tablet).toEqual({
      problem: C.invalidDate,
    });
  });
});

describe('the injection and the tablets', () => {
  test('give their advice and sentences, and the dates the curve is drawn from', () => {
    const r = readEntered({ ...EMPTY, lastInj: '2025-03-01', lastTab: TODAY }, TODAY);
    const inj = injectionAdvice('2025-03-01', TODAY);
    const tab = tabletAdvice(TODAY, TODAY);
    expect(r.injection).toEqual({ lines: injectionWords(inj) });
    expect(r.tablet).toEqual({ lines: tabletWords(tab) });
    expect(r.dates).toEqual({
      today: TODAY,
      lastInjection: '2025-03-01',
      injection: inj,
      lastTablet: TODAY,
      tablet: tab,
    });
  });
});
