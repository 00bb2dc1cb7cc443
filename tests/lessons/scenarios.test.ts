// The lessons' scenarios as a lecturer would check them before class: each runs what its title and
// narration say (the habit's doses, the day naltrexone starts, the missed tablet, the late injection,
// the Drug X experiments), no dose falls outside its run, every step's cursor lands on the charts, and
// every scenario has its own title (a saved scenario's file is named after it).
import { describe, expect, test } from 'vitest';
import {
  DRUG_X_AT_H,
  DRUG_X_EXPERIMENTS,
  DRUG_X_PROFILES,
  DRUG_X_SPAN_H,
  LESSONS,
  drugXBackground,
  drugXScenario,
  heroinHabit,
  lessonById,
  methadoneHabit,
  type DoseEvent,
  type Scenario,
} from '../../sim/index';
import { LESSON_STEPS, stepsOf } from '../../src/lessons/steps';

const DAY = 24;
/** Every administration a dose stands for, repeats written out up to until_h. */
const times = (d: DoseEvent) => {
  if (d.every_h === undefined || d.until_h === undefined) return [d.at_h];
  const out: number[] = [];
  for (let t = d.at_h; t <= d.until_h + 1e-9; t += d.every_h) out.push(t);
  return out;
};
const given = (s: Scenario, drug: string) =>
  s.doses.filter((d) => d.drug === drug).flatMap((d) => times(d).map((t) => ({ t, mg: d.mg })));
const scenario = (lesson: string, variant?: string) => {
  const l = lessonById(lesson)!;
  return variant ? l.variants.find((v) => v.id === variant)!.scenario : l.scenario;
};
const profile = DRUG_X_PROFILES.agonist[1]!;
const drugX = DRUG_X_EXPERIMENTS.map((e) => drugXScenario(profile, e));
const lessons = LESSONS.flatMap((l) => [l.scenario, ...l.variants.map((v) => v.scenario)]);
const all = [...lessons, ...drugX];

describe('every scenario', () => {
  test('has its own title, every lesson its own, and every variant its own label', () => {
    // (The Drug X experiments are named in their own test below.)
    const titles = lessons.map((s) => s.title ?? '');
    expect(titles.every((t) => t.length > 0)).toBe(true);
    expect(new Set(titles).size).toBe(titles.length);
    const names = LESSONS.map((l) => l.title);
    expect(names.every((t) => t.length > 0) && new Set(names).size === names.length).toBe(true);
    for (const l of LESSONS) {
      const labels = l.variants.map((v) => v.label);
      expect(labels.every((t) => t.length > 0) && new Set(labels).size === labels.length).toBe(true);
    }
  });

  test('belongs to a lesson whose id (in links and in the app’s words) has its guided steps', () => {
    expect(LESSONS.map((l) => l.id).sort()).toEqual(Object.keys(LESSON_STEPS).sort());
  });

  test('gives every dose inside its run (none silently dropped)', () => {
    for (const s of all)
      for (const d of s.doses)
        for (const t of times(d)) {
          expect(t, s.title).toBeGreaterThanOrEqual(s.from_h ?? 0);
          expect(t, s.title).toBeLessThanOrEqual(s.to_h);
        }
  });

  test('puts every step of its lesson on the charts: cursor, reveal and close-up', () => {
    for (const l of LESSONS)
      for (const step of stepsOf(l.id).filter((st) => st.kind !== 'free')) {
        const s = scenario(l.id, step.variant);
        const [from, to] = [s.output_from_h ?? s.from_h ?? 0, s.to_h];
        for (const t of [step.seek, step.reveal?.from, step.reveal?.to, step.frame?.from, step.frame?.to])
          if (t !== undefined) expect(t >= from && t <= to, `${l.id}/${step.id} at ${t} h`).toBe(true);
      }
  });
});

describe('the habits', () => {
  test('heroin: 50 mg IV three times a day for 30 days, the last dose when asked', () => {
    const h = times(heroinHabit(-10 * DAY));
    expect(h).toHaveLength(90);
    expect(h.at(-1)).toBe(-10 * DAY);
    expect(heroinHabit(0)).toMatchObject({ drug: 'heroin', route: 'iv', mg: 50, every_h: 8 });
  });

  test('methadone: 60 mg by mouth once a day for 30 days, the last dose when asked', () => {
    const m = times(methadoneHabit(0));
    expect(m).toHaveLength(30);
    expect(m.at(-1)).toBe(0);
    expect(methadoneHabit(0)).toMatchObject({ drug: 'methadone', route: 'oral', mg: 60, every_h: DAY });
  });
});

describe('each lesson runs what it says', () => {
  test('too early: naltrexone the number of days after the last opioid that the title gives', () => {
    for (const v of [undefined, 'day-10', 'methadone-day-7', 'methadone-day-14']) {
      const s = scenario('too-early', v);
      const last = Math.max(...s.doses.filter((d) => d.drug !== 'naltrexone').flatMap(times));
      const start = given(s, 'naltrexone')[0]!.t;
      const days = (start - last) / DAY;
      expect(s.title).toBe(`Naltrexone ${days} day${days === 1 ? '' : 's'} after the last opioid`);
    }
  });

  test('blockade: naltrexone 25 mg on day 10, then 50 mg daily; heroin of the title on day 13', () => {
    for (const [v, mg] of [
      [undefined, 25],
      ['forty-times', 1000],
    ] as const) {
      const s = scenario('blockade', v);
      expect(given(s, 'naltrexone')).toEqual([
        { t: 10 * DAY, mg: 25 },
        ...[11, 12, 13, 14, 15, 16].map((d) => ({ t: d * DAY, mg: 50 })),
      ]);
      expect(given(s, 'heroin').at(-1)).toEqual({ t: 13 * DAY + 12, mg });
      expect(s.title).toContain(mg === 25 ? 'heroin on day 13' : `${mg} mg of heroin on day 13`);
    }
  });

  test('tablets: one a day for 30 days but day 12; injections: the third a week late', () => {
    const tablets = given(scenario('tablets-vs-injection', 'tablets'), 'naltrexone').map((d) => d.t / DAY);
    expect(tablets).toEqual([...Array.from({ length: 30 }, (_, d) => d)].filter((d) => d !== 12));
    const shots = given(scenario('tablets-vs-injection'), 'naltrexone').map((d) => d.t / DAY);
    expect(shots).toEqual([0, 28, 28 + 28 + 7]);
  });

  test('alcohol: four drinks from 19:00 on day 2, half an hour apart; tablets from day 0', () => {
    const drinks = given(scenario('alcohol'), 'alcohol').map((d) => d.t);
    expect(drinks).toEqual([0, 0.5, 1, 1.5].map((h) => 2 * DAY + 19 + h));
    expect(given(scenario('alcohol'), 'naltrexone').map((d) => d.t / DAY)).toEqual([0, 1, 2]);
    expect(given(scenario('alcohol', 'no-naltrexone'), 'naltrexone')).toEqual([]);
  });

  test('overcome: detox 10 days before the injection, which the charts show; heroin on days 14 and 42', () => {
    for (const v of [undefined, 'no-naltrexone', 'stopped', 'naloxone']) {
      const s = scenario('overcome', v);
      const habit = s.doses.find((d) => d.every_h !== undefined)!;
      expect(habit.until_h, v).toBe(-10 * DAY);
      if (v !== 'no-naltrexone') {
        expect(given(s, 'naltrexone'), v).toEqual([{ t: 0, mg: 380 }]);
        expect(s.output_from_h!, v).toBeLessThan(0);
      }
    }
    expect(given(scenario('overcome'), 'heroin').slice(-2)).toEqual([
      { t: 14 * DAY, mg: 25 },
      { t: 42 * DAY, mg: 150 },
    ]);
    // The old daily dose after three weeks without opioids.
    expect(given(scenario('overcome', 'no-naltrexone'), 'heroin').at(-1)).toEqual({ t: 11 * DAY, mg: 50 });
  });

  test('overcome: the old dose on day 84 after one injection; naloxone 5 minutes later', () => {
    const heroin = given(scenario('overcome', 'naloxone'), 'heroin');
    expect(heroin.at(-1)).toEqual({ t: 84 * DAY, mg: 100 });
    expect(given(scenario('overcome', 'naloxone'), 'naloxone')).toEqual([{ t: 84 * DAY + 5 / 60, mg: 4 }]);
    expect(given(scenario('overcome', 'stopped'), 'naloxone')).toEqual([]);
  });
});

describe('the Drug X experiments', () => {
  test('are three: given alone, with naltrexone, after an opioid, each named so', () => {
    expect(DRUG_X_EXPERIMENTS).toEqual(['alone', 'naltrexone', 'opioid']);
    expect(drugX.map((s) => s.title)).toEqual([
      'Drug X: given alone',
      'Drug X: with naltrexone',
      'Drug X: after an opioid',
    ]);
  });

  test('give Drug X at hour 2 and run a week after it; the comparison leaves it out', () => {
    for (const [i, e] of DRUG_X_EXPERIMENTS.entries()) {
      expect(drugX[i]!.doses.at(-1)).toEqual({ ...profile, at_h: DRUG_X_AT_H });
      expect(drugX[i]!.to_h).toBe(DRUG_X_AT_H + DRUG_X_SPAN_H);
      expect(DRUG_X_SPAN_H).toBe(7 * DAY);
      expect(drugXScenario(profile, e, 1, false).doses).toEqual(drugXBackground(e));
    }
  });

  test('backgrounds: nothing; naltrexone 50 mg at hour 0; a month of heroin, the last 14 h before', () => {
    expect(drugXBackground('alone')).toEqual([]);
    expect(drugXBackground('naltrexone')).toEqual([{ drug: 'naltrexone', route: 'oral', mg: 50, at_h: 0 }]);
    const heroin = drugXBackground('opioid').flatMap(times);
    expect(heroin).toHaveLength(90);
    expect(heroin.at(-1)).toBe(DRUG_X_AT_H - 14);
  });
});
