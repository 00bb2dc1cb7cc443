// Each lesson's teaching point (DESIGN.md §1) asserted on the engine's output for the lesson's own
// scenarios, and the numbers the narration quotes read off the same output.
import { describe, expect, test } from 'vitest';
import { lessonById, simulate, type Scenario, type Timeline } from '../../sim/index';
import {
  antagonistShare,
  at,
  firstBelow,
  localPeaks,
  ordinaryDoseShare,
  peak,
  without,
} from '../../src/lessons/facts';
import { LESSON_STEPS } from '../../src/lessons/steps';

const DAY = 24;
const cache = new Map<string, Timeline>();
function scenarioOf(lesson: string, variant?: string): Scenario {
  const l = lessonById(lesson)!;
  return variant ? l.variants.find((v) => v.id === variant)!.scenario : l.scenario;
}
function run(lesson: string, variant?: string): Timeline {
  const key = `${lesson}/${variant ?? ''}`;
  if (!cache.has(key)) cache.set(key, simulate(scenarioOf(lesson, variant)));
  return cache.get(key)!;
}
const max = (
  t: Timeline,
  s: 'euphoria' | 'withdrawal_cows' | 'respiratory_depression',
  a: number,
  b: number,
) => peak(t, s, a, b).value;

describe('1. endorphins and the baseline', () => {
  test('at rest endorphins hold 2-20% of receptors and euphoria is 0', () => {
    const t = run('endorphins');
    for (let i = 0; i < t.t_h.length; i++) {
      expect(t.occupancy.endorphin![i]).toBeGreaterThanOrEqual(0.02);
      expect(t.occupancy.endorphin![i]).toBeLessThanOrEqual(0.2);
      expect(t.euphoria[i]).toBe(0);
      expect(t.withdrawal_cows[i]).toBeLessThan(5);
    }
  });
});

describe('2. an opioid high', () => {
  const t = run('opioid-high');
  const windows = { heroin: 1, oxycodone: 13, hydrocodone: 25, fentanyl: 37 };
  test('each opioid gives euphoria in a person with no tolerance', () => {
    for (const [drug, from] of Object.entries(windows))
      expect(max(t, 'euphoria', from, from + 12), drug).toBeGreaterThan(10);
  });
  test('injected fentanyl and heroin peak faster than the tablets', () => {
    const tPeak = (from: number) => peak(t, 'euphoria', from, from + 12).t_h - from;
    const injected = Math.max(tPeak(windows.heroin), tPeak(windows.fentanyl));
    const tablets = Math.min(tPeak(windows.oxycodone), tPeak(windows.hydrocodone));
    expect(injected).toBeLessThan(0.5);
    expect(tablets).toBeGreaterThan(2 * injected);
  });
});

describe('3. tolerance, dependence and withdrawal', () => {
  const t = run('tolerance');
  test('the same dose gives less euphoria after weeks of use', () => {
    expect(max(t, 'euphoria', 29 * DAY, 30 * DAY)).toBeLessThan(0.8 * max(t, 'euphoria', 0, DAY));
  });
  test('withdrawal after stopping peaks on day 1-3 and fades by day 10', () => {
    const p = peak(t, 'withdrawal_cows', 30 * DAY, 44 * DAY);
    expect(p.value).toBeGreaterThanOrEqual(13);
    expect(p.t_h - 30 * DAY).toBeGreaterThanOrEqual(1 * DAY - 12);
    expect(p.t_h - 30 * DAY).toBeLessThanOrEqual(3 * DAY);
    expect(at(t, 'withdrawal_cows', 40 * DAY)).toBeLessThan(5);
  });
});

describe('4. naltrexone after detox', () => {
  test('heroin under naltrexone gives under 20% of the euphoria it gives without', () => {
    const s = scenarioOf('blockade');
    const blocked = max(run('blockade'), 'euphoria', 13.5 * DAY, 14.5 * DAY);
    const open = max(without(s, ['naltrexone']), 'euphoria', 13.5 * DAY, 14.5 * DAY);
    expect(open).toBeGreaterThan(30);
    expect(blocked).toBeLessThan(0.2 * open);
  });
  test('forty times the dose breaks through and is an overdose risk: the block is a competition', () => {
    const t = run('blockade', 'forty-times');
    const kinds = t.events.map((e) => e.kind);
    expect(kinds).toContain('blockade_overcome');
    expect(kinds).toContain('overdose_risk');
    expect(antagonistShare(t, 13.5 * DAY - 0.1)).toBeGreaterThan(0.9);
  });
  test('starting after 10 opioid-free days causes no precipitated withdrawal', () => {
    expect(run('blockade').events.filter((e) => e.kind === 'precipitated_withdrawal')).toEqual([]);
  });
});

describe('5. too early', () => {
  test('naltrexone one day after heroin crosses COWS 25 and is reported as precipitated', () => {
    const t = run('too-early');
    expect(max(t, 'withdrawal_cows', DAY, DAY + 6)).toBeGreaterThanOrEqual(25);
    expect(t.events.some((e) => e.kind === 'precipitated_withdrawal')).toBe(true);
  });
  test('a start on day 10 stays under 13', () => {
    expect(max(run('too-early', 'day-10'), 'withdrawal_cows', 10 * DAY, 13 * DAY)).toBeLessThan(13);
  });
  test('after methadone, day 7 is still too early (>= 13) and day 14 is not (< 13)', () => {
    expect(
      max(run('too-early', 'methadone-day-7'), 'withdrawal_cows', 7 * DAY, 10 * DAY),
    ).toBeGreaterThanOrEqual(13);
    expect(max(run('too-early', 'methadone-day-14'), 'withdrawal_cows', 14 * DAY, 17 * DAY)).toBeLessThan(13);
  });
});

describe('6. overcoming the blockade, lost tolerance, naloxone', () => {
  test('25 mg on day 14 is blocked; 150 mg as the injection wears off breaks through', () => {
    const t = run('overcome');
    expect(max(t, 'euphoria', 14 * DAY, 15 * DAY)).toBeLessThan(10);
    const late = max(t, 'euphoria', 42 * DAY, 43 * DAY);
    const overcome = t.events.some((e) => e.kind === 'blockade_overcome' && e.t_h >= 42 * DAY);
    expect(overcome || late > 40).toBe(true);
    expect(antagonistShare(t, 42 * DAY)).toBeGreaterThan(0.5);
  });
  test('the huge dose is dangerous and marked: an overdose risk as well as a blockade overcome', () => {
    const late = run('overcome').events.filter((e) => e.t_h >= 42 * DAY);
    expect(late.map((e) => e.kind)).toEqual(expect.arrayContaining(['blockade_overcome', 'overdose_risk']));
    expect(max(run('overcome'), 'respiratory_depression', 42 * DAY, 43 * DAY)).toBeGreaterThanOrEqual(0.5);
  });
  test('the old dose after weeks without opioids is an overdose risk', () => {
    for (const variant of ['stopped', 'no-naltrexone']) {
      const t = run('overcome', variant);
      expect(
        t.events.some((e) => e.kind === 'overdose_risk'),
        variant,
      ).toBe(true);
    }
  });
  test('the same dose was far less dangerous while the person was tolerant', () => {
    const s = scenarioOf('overcome', 'stopped');
    const tolerant = simulate({ ...s, output_from_h: -10 * DAY - 1, to_h: -10 * DAY + 2, step_min: 2 });
    const now = max(run('overcome', 'stopped'), 'respiratory_depression', 84 * DAY, 85 * DAY);
    expect(max(tolerant, 'respiratory_depression', -10 * DAY, -10 * DAY + 2)).toBeLessThan(now / 2);
  });
  test('naloxone lowers respiratory depression', () => {
    const withNx = run('overcome', 'naloxone');
    const withoutNx = run('overcome', 'stopped');
    for (const h of [0.34, 0.5, 1])
      expect(at(withNx, 'respiratory_depression', 84 * DAY + h)).toBeLessThan(
        0.6 * at(withoutNx, 'respiratory_depression', 84 * DAY + h),
      );
  });
});

describe('7. tablets or the monthly injection', () => {
  const inj = simulate({ ...scenarioOf('tablets-vs-injection'), to_h: 35 * DAY, step_min: 20 });
  const ntx = inj.plasma_ng_ml.naltrexone!;
  test('the injection has two peaks: within hours, then after 2-3 days', () => {
    const peaks = localPeaks(inj, ntx).filter((p) => p.t_h < 6 * DAY);
    expect(peaks.length).toBe(2);
    expect(peaks[0]!.t_h).toBeLessThan(6);
    expect(peaks[1]!.t_h).toBeGreaterThanOrEqual(2 * DAY - 12);
    expect(peaks[1]!.t_h).toBeLessThanOrEqual(3 * DAY + 12);
  });
  test('plasma stays above 1 ng/mL for about 4 weeks, and falls after', () => {
    const one = run('tablets-vs-injection', 'one-injection');
    const below = firstBelow(one, one.plasma_ng_ml.naltrexone!, 1, 6 * DAY)!;
    expect(below / DAY).toBeGreaterThan(24);
    expect(below / DAY).toBeLessThan(32);
    expect(at(inj, ntx, 28 * DAY - 1)).toBeGreaterThan(1);
    expect(at(one, one.plasma_ng_ml.naltrexone!, 42 * DAY)).toBeLessThan(1);
    expect(antagonistShare(one, 70 * DAY)).toBeLessThan(antagonistShare(one, 28 * DAY));
  });
  test('holding receptors is not blocking: a week-late injection holds most of them, yet lets a third of an ordinary dose through', () => {
    const s = scenarioOf('tablets-vs-injection');
    expect(antagonistShare(run('tablets-vs-injection'), 62 * DAY)).toBeGreaterThan(0.6);
    expect(ordinaryDoseShare(s, 62 * DAY)).toBeGreaterThan(0.2);
    const one = scenarioOf('tablets-vs-injection', 'one-injection');
    expect(ordinaryDoseShare(one, 21 * DAY)).toBeLessThan(0.05);
    expect(ordinaryDoseShare(one, 42 * DAY)).toBeGreaterThan(ordinaryDoseShare(one, 28 * DAY));
  });
  test('a missed tablet leaves occupancy still high at the end of the missed day', () => {
    const t = run('tablets-vs-injection', 'tablets');
    expect(antagonistShare(t, 13 * DAY - 1)).toBeGreaterThan(0.75);
    expect(antagonistShare(t, 13 * DAY - 1)).toBeLessThan(antagonistShare(t, 11 * DAY + 12));
  });
});

describe('8. the sandbox is honest at any dose', () => {
  test('on naltrexone, an absurd dose of heroin or fentanyl is shown as an overdose, not as harmless', () => {
    for (const [drug, mg] of [
      ['heroin', 10000],
      ['fentanyl', 10],
    ] as const) {
      const t = simulate({
        ...scenarioOf('sandbox'),
        doses: [
          { drug: 'naltrexone', route: 'oral', mg: 50, at_h: 0, every_h: DAY, until_h: 6 * DAY },
          { drug, route: 'iv', mg, at_h: 3 * DAY },
        ],
      });
      expect(t.events.map((e) => e.kind)).toContain('overdose_risk');
    }
  });
});

describe('9. alcohol and the reward', () => {
  test('naltrexone blunts the lift of the same four drinks, leaves blood alcohol and breathing alone, and warns of nothing', () => {
    const on = run('alcohol');
    const off = run('alcohol', 'no-naltrexone');
    const lift = (t: Timeline) => max(t, 'euphoria', 2 * DAY, 3 * DAY);
    expect(lift(on)).toBeLessThan(0.85 * lift(off));
    expect(lift(on)).toBeGreaterThan(0.5 * lift(off));
    expect(Array.from(on.blood_alcohol_g_per_l!)).toEqual(Array.from(off.blood_alcohol_g_per_l!));
    expect(on.events).toEqual([]);
  });
});

describe('the narration quotes the model', () => {
  test('every step with facts yields finite numbers on its own scenario', () => {
    for (const [id, steps] of Object.entries(LESSON_STEPS))
      for (const step of steps) {
        if (!step.facts) continue;
        const s = scenarioOf(id, step.variant);
        const facts = step.facts(run(id, step.variant), s);
        for (const [k, v] of Object.entries(facts))
          if (typeof v === 'number') expect(Number.isFinite(v), `${id}/${step.id}.${k}`).toBe(true);
      }
  });
  test('lesson 5 says the early start is severe and the day-10 start is not', () => {
    const [, day1, day10] = LESSON_STEPS['too-early']!;
    expect(day1!.facts!(run('too-early'), scenarioOf('too-early')).band).toMatch(/severe/);
    expect(day10!.facts!(run('too-early', 'day-10'), scenarioOf('too-early', 'day-10')).band).toMatch(
      /none|mild/,
    );
  });
});
