// The counsellor's fade dates against the model: a 25 mg IV heroin challenge (the label's test dose)
// given on each day after one 380 mg injection, or hours after the last of two weeks of 50 mg
// tablets, compared with the same dose in a person without naltrexone. The dates a patient is given
// (src/counsellor/dates.ts) must agree with what the engine computes.
import { describe, expect, test } from 'vitest';
import { simulate, type DoseEvent } from '../../sim/index';
import { INJECTION_INTERVAL_DAYS, INJECTION_WEAKENS_DAY, TABLET_FADE_DAYS } from '../../src/counsellor/dates';

const DAY = 24;
const challenge = (at_h: number): DoseEvent => ({ drug: 'heroin', route: 'iv', mg: 25, at_h });

function peakEuphoria(doses: DoseEvent[], at_h: number): number {
  const t = simulate({ from_h: 0, output_from_h: at_h, to_h: at_h + 3, step_min: 1, doses });
  return Math.max(...t.euphoria);
}
const open = peakEuphoria([challenge(1)], 1);
/** Share of the unblocked high that a challenge at `at_h` gets through, 0-1. */
const through = (doses: DoseEvent[], at_h: number) => peakEuphoria([...doses, challenge(at_h)], at_h) / open;

const injection: DoseEvent[] = [{ drug: 'naltrexone', route: 'im', mg: 380, at_h: 0 }];
/** The first whole day after the injection on which any of the challenge gets through (over 1%):
 *  where the block of an ordinary dose starts to fade. */
function injectionFadeDay(): number {
  for (let d = 7; d <= 56; d++) if (through(injection, d * DAY) > 0.01) return d;
  return Infinity;
}
const fadeDay = injectionFadeDay();

describe('the monthly injection in the model', () => {
  test('an ordinary dose is blocked for the first two weeks', () => {
    expect(fadeDay).toBeGreaterThan(14);
  });
  test('the block of an ordinary dose starts to fade about 3 weeks in, before the due date', () => {
    expect(fadeDay).toBeLessThan(INJECTION_INTERVAL_DAYS);
    expect(Math.abs(fadeDay - INJECTION_WEAKENS_DAY)).toBeLessThanOrEqual(4);
  });
});

describe('stopping the tablets in the model', () => {
  const tablets: DoseEvent[] = [
    { drug: 'naltrexone', route: 'oral', mg: 25, at_h: 0 },
    { drug: 'naltrexone', route: 'oral', mg: 50, at_h: DAY, every_h: DAY, until_h: 14 * DAY },
  ];
  const last = 14 * DAY;
  test('an ordinary dose is still blocked half a day after the last tablet', () => {
    expect(through(tablets, last + 12)).toBeLessThan(0.2);
  });
  test('the block fades within 1-3 days: by the last of those days part of an ordinary dose gets through', () => {
    expect(through(tablets, last + TABLET_FADE_DAYS.from * DAY)).toBeLessThan(0.01);
    expect(through(tablets, last + TABLET_FADE_DAYS.to * DAY)).toBeGreaterThan(0.05);
    expect(through(tablets, last + (TABLET_FADE_DAYS.to + 1) * DAY)).toBeGreaterThan(0.2);
  });
});
