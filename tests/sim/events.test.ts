// Each event the engine reports, exactly at its threshold and just short of it: the detector is fed
// the states it reads (time, COWS, breathing, euphoria through the receptors, naltrexone's block), so
// the edges are exact numbers rather than whatever a dose happens to reach. The thresholds are the
// catalogue's (docs/model.md, "Events").
import { describe, expect, test } from 'vitest';
import {
  EVENT_THRESHOLDS as T,
  COWS_BANDS,
  heroinHabit,
  simulate,
  type Administration,
} from '../../sim/index';
import { EventDetector, type Observed } from '../../sim/events';

const COWS = T.precipitatedCows.value;
const BREATHING = T.overdoseBreathing.value;
const EUPHORIA = T.overcomeEuphoria.value;
const BLOCK = T.overcomeAntagonist.value;
const quiet: Observed = { t: 0, cows: 0, breathing: 0, opioidEuphoria: 0, block: 0 };
const given = (drug: Administration['drug'], t_h: number, mg = 50): Administration => ({
  drug,
  route: drug === 'naloxone' ? 'iv' : drug === 'buprenorphine' ? 'sublingual' : 'oral',
  mg,
  t_h,
});

/** Feeds the detector one state per entry (each a change from a quiet state) and returns its events. */
function watch(doses: Administration[], states: Array<Partial<Observed> & { t: number }>) {
  const d = new EventDetector(doses);
  for (const s of states) d.observe({ ...quiet, ...s });
  return d.events;
}

describe('precipitated withdrawal: COWS at least moderate (13), and 5 above where it stood, within 6 h of the dose', () => {
  test('at exactly 13 it is reported, with the drug and the band', () => {
    const events = watch([given('naltrexone', 1)], [{ t: 0.5 }, { t: 1, cows: COWS }]);
    expect(events).toEqual([
      {
        t_h: 1,
        kind: 'precipitated_withdrawal',
        text: 'Precipitated withdrawal: naltrexone took away at once the opioid signal the still-adapted brain relies on (COWS 13, moderate and rising).',
      },
    ]);
  });
  test('just under 13 it is not', () => {
    expect(watch([given('naltrexone', 1)], [{ t: 0.5 }, { t: 1, cows: COWS - 1e-9 }])).toEqual([]);
  });
  test('the rise is counted from the COWS at the dose: exactly 5 above is enough, less is not', () => {
    const from = (before: number, after: number) =>
      watch(
        [given('naloxone', 1)],
        [
          { t: 0.9, cows: before },
          { t: 1.1, cows: after },
        ],
      );
    expect(from(10, 15)).toHaveLength(1);
    expect(from(10.5, 15)).toEqual([]);
    // Already in spontaneous withdrawal at 20: the dose must add 5 more.
    expect(from(20, 24.9)).toEqual([]);
    expect(from(20, 25)[0]!.text).toMatch(/naloxone took away.*\(COWS 25, moderately severe and rising\)/);
  });
  test('the window ends 6 h after the dose, that moment included', () => {
    const at = (t: number) => watch([given('naltrexone', 1)], [{ t: 1 }, { t, cows: 40 }]);
    expect(at(7)).toHaveLength(1);
    expect(at(7)[0]!.text).toMatch(/COWS 40, severe and rising/);
    expect(at(7 + 1e-9)).toEqual([]);
  });
  test('nothing before the dose counts, and one dose gives one event', () => {
    expect(watch([given('naltrexone', 5)], [{ t: 4, cows: 40 }])).toEqual([]);
    const twice = watch(
      [given('naltrexone', 1)],
      [
        { t: 1, cows: 20 },
        { t: 1.5, cows: 30 },
        { t: 2, cows: 40 },
      ],
    );
    expect(twice.map((e) => e.t_h)).toEqual([1]);
  });
  test('buprenorphine is named for what it does: a weaker signal in the opioid’s place', () => {
    const [e] = watch([given('buprenorphine', 1, 8)], [{ t: 1.2, cows: 14.04 }]);
    expect(e!.text).toBe(
      'Precipitated withdrawal: buprenorphine replaced the opioid on the receptors with a weaker signal the still-adapted brain relies on (COWS 14, moderate and rising).',
    );
  });
  test('a second dose within the window keeps the COWS of the first as the reference', () => {
    const doses = [given('naltrexone', 1), given('naloxone', 3)];
    // COWS 12 when the naloxone comes (not yet an event), 17 later: 5 above the 12 it stood at
    // before the naltrexone? No: the reference is the first dose's (0), so 13 is reached at 17.
    const events = watch(doses, [
      { t: 1, cows: 0 },
      { t: 3, cows: 12 },
      { t: 3.5, cows: 13 },
    ]);
    expect(events.map((e) => [e.t_h, e.text.split(' took')[0]])).toEqual([
      [3.5, 'Precipitated withdrawal: naloxone'],
    ]);
  });
  test('a second dose within the window does not move the reference up to the COWS it meets', () => {
    // COWS has climbed to 9 when the naloxone comes; the reference stays the 0 before the naltrexone.
    const doses = [given('naltrexone', 1), given('naloxone', 3)];
    const events = watch(doses, [
      { t: 1, cows: 0 },
      { t: 2, cows: 9 },
      { t: 3, cows: 12 },
      { t: 3.5, cows: 13 },
    ]);
    expect(events.map((e) => e.t_h)).toEqual([3.5]);
  });
  test('a dose at the first moment after the window takes the COWS it meets, one at the window’s end does not', () => {
    // Naltrexone at 1 h; COWS 12 at 5 h. Another dose at 10 h (the window closed at 7 h, unseen):
    // the reference is 12, so 16 is no event.
    const after = [given('naltrexone', 1), given('naltrexone', 10)];
    expect(
      watch(after, [
        { t: 1, cows: 0 },
        { t: 5, cows: 12 },
        { t: 10, cows: 16 },
      ]),
    ).toEqual([]);
    // Another dose at exactly 7 h, still in the window: the reference stays 0, so 13 is an event.
    const atEnd = [given('naltrexone', 1), given('naltrexone', 7)];
    expect(
      watch(atEnd, [
        { t: 1, cows: 0 },
        { t: 5, cows: 12 },
        { t: 7, cows: 13 },
      ]).map((e) => e.t_h),
    ).toEqual([7]);
  });
  test('an opioid dose opens no window: withdrawal rising after heroin is not precipitated', () => {
    expect(
      watch(
        [given('heroin', 1, 10)],
        [
          { t: 1, cows: 0 },
          { t: 2, cows: 20 },
        ],
      ),
    ).toEqual([]);
  });
  test('after the window closes a new dose takes the COWS of that moment as its reference', () => {
    const doses = [given('naltrexone', 1), given('naltrexone', 10)];
    expect(
      watch(doses, [
        { t: 1, cows: 0 },
        { t: 9, cows: 20 },
        { t: 10, cows: 24 },
      ]),
    ).toEqual([]);
    expect(
      watch(doses, [
        { t: 1, cows: 0 },
        { t: 9, cows: 20 },
        { t: 10, cows: 25 },
      ]),
    ).toHaveLength(1);
  });
  test('the COWS bands in the text are the catalogue’s', () => {
    const band = (cows: number) =>
      watch([given('naltrexone', 0)], [{ t: 0, cows }])[0]!.text.match(/\(COWS [\d.]+, ([a-z ]+) and/)![1];
    expect(band(COWS_BANDS.moderatelySevere - 0.01)).toBe('moderate');
    expect(band(COWS_BANDS.moderatelySevere)).toBe('moderately severe');
    expect(band(COWS_BANDS.severe - 0.01)).toBe('moderately severe');
    expect(band(COWS_BANDS.severe)).toBe('severe');
  });
});

describe('overdose risk: half of breathing drive lost', () => {
  test('at exactly 50% it is reported', () => {
    expect(watch([], [{ t: 2, breathing: BREATHING }])).toEqual([
      { t_h: 2, kind: 'overdose_risk', text: 'Overdose risk: breathing drive down by 50%.' },
    ]);
  });
  test('just under it is not', () => {
    expect(watch([], [{ t: 2, breathing: BREATHING - 1e-9 }])).toEqual([]);
  });
  test('it is reported again only after breathing recovers below 80% of the threshold', () => {
    const times = (recovered: number) =>
      watch(
        [],
        [
          { t: 1, breathing: 0.9 },
          { t: 2, breathing: 0.8 * BREATHING * recovered },
          { t: 3, breathing: 0.6 },
        ],
      ).map((e) => e.t_h);
    expect(times(1)).toEqual([1]);
    expect(times(0.999)).toEqual([1, 3]);
  });
});

describe('blockade overcome: euphoria through the receptors rising to 20 while naltrexone holds half of them', () => {
  const rise = (block: number, from = EUPHORIA - 1e-9, to = EUPHORIA) =>
    watch(
      [],
      [
        { t: 1, opioidEuphoria: from, block },
        { t: 2, opioidEuphoria: to, block },
      ],
    );
  test('at exactly 20 through a block of exactly half it is reported', () => {
    expect(rise(BLOCK)).toEqual([
      {
        t_h: 2,
        kind: 'blockade_overcome',
        text: 'Blockade overcome: euphoria 20 of 100 through a naltrexone block of 50% of receptors. A dose large enough to do this is large enough to stop breathing.',
      },
    ]);
  });
  test('not under 20, not under a block of half, and only when crossing upward', () => {
    expect(rise(BLOCK, 10, EUPHORIA - 1e-9)).toEqual([]);
    expect(rise(BLOCK - 1e-9)).toEqual([]);
    // Crossing from the quiet start at 25; staying above (30) is not a new crossing.
    expect(rise(BLOCK, 25, 30).map((e) => e.t_h)).toEqual([1]);
  });
  test('standing at exactly 20 and rising is not a crossing', () => {
    // At 20 without a block (no event), then 25 through a block: it was already at the threshold.
    expect(
      watch(
        [],
        [
          { t: 1, opioidEuphoria: EUPHORIA, block: 0 },
          { t: 2, opioidEuphoria: 25, block: 0.9 },
        ],
      ),
    ).toEqual([]);
  });
  test('it is reported again only after euphoria falls below half of 20', () => {
    const times = (low: number) =>
      watch(
        [],
        [
          { t: 1, opioidEuphoria: 30, block: 0.9 },
          { t: 2, opioidEuphoria: low, block: 0.9 },
          { t: 3, opioidEuphoria: 30, block: 0.9 },
        ],
      ).map((e) => e.t_h);
    expect(times(EUPHORIA / 2)).toEqual([1]);
    expect(times(EUPHORIA / 2 - 1e-9)).toEqual([1, 3]);
  });
});

describe('the liver warning: 300 mg of naltrexone by mouth in every 24 h for 7 days in a row', () => {
  const days = (n: number, mg: number, route: 'oral' | 'im' = 'oral') =>
    Array.from({ length: n }, (_, i) => ({ ...given('naltrexone', 24 * i, mg), route }));
  const liver = (doses: Administration[]) => new EventDetector(doses).fromDoses;
  test('at exactly 300 mg a day, at the dose that completes the seventh day', () => {
    expect(liver(days(7, 300))).toEqual([
      {
        t_h: 144,
        kind: 'liver_dose_warning',
        text: "Liver: 300 mg of naltrexone a day for 7 days. At 300 mg a day for 3-8 weeks, liver tests rose in about 1 in 5 people in the label's studies (usual dose: 50 mg a day). The prescriber checks liver tests.",
      },
    ]);
  });
  test('not at a little less, not for 6 days, and not for the monthly injection', () => {
    expect(liver(days(7, 299.9))).toEqual([]);
    expect(liver(days(6, 300))).toEqual([]);
    expect(liver(days(7, 380, 'im'))).toEqual([]);
    // The warning is naltrexone's label: 300 mg of oral morphine a day for a week is not counted.
    expect(liver(days(7, 300).map((d) => ({ ...d, drug: 'morphine' as const })))).toEqual([]);
  });
  test('two doses in a day count together, and a day without naltrexone starts the count again', () => {
    const split = days(7, 150).flatMap((d) => [d, { ...d, t_h: d.t_h + 12 }]);
    expect(liver(split).map((e) => e.t_h)).toEqual([156]);
    const gap = [...days(3, 300), ...days(7, 300).map((d) => ({ ...d, t_h: d.t_h + 96 }))];
    expect(liver(gap).map((e) => e.t_h)).toEqual([96 + 144]);
  });
  test('one warning for a sustained stretch, and another after a break', () => {
    const long = days(20, 300);
    expect(liver(long).map((e) => e.t_h)).toEqual([144]);
    const again = [...days(8, 300), ...days(7, 300).map((d) => ({ ...d, t_h: d.t_h + 24 * 10 }))];
    expect(liver(again).map((e) => e.t_h)).toEqual([144, 240 + 144]);
  });
});

describe('all events in time order', () => {
  test('dose-derived events come first at equal times', () => {
    const doses = Array.from({ length: 7 }, (_, i) => given('naltrexone', 24 * i, 300));
    const d = new EventDetector(doses);
    d.observe({ ...quiet, t: 100, breathing: 0.6 });
    d.observe({ ...quiet, t: 144, breathing: 0.1 });
    d.observe({ ...quiet, t: 144, breathing: 0.7 });
    expect(d.events.map((e) => [e.t_h, e.kind])).toEqual([
      [100, 'overdose_risk'],
      [144, 'liver_dose_warning'],
      [144, 'overdose_risk'],
    ]);
  });
  test('a detector resumed from a memo goes on exactly as the one it was taken from', () => {
    const doses = [given('naltrexone', 1)];
    const states: Observed[] = [
      { ...quiet, t: 0.5, cows: 2, breathing: 0.6, opioidEuphoria: 30, block: 0.8 },
      { ...quiet, t: 1, cows: 8, breathing: 0.1, opioidEuphoria: 5, block: 0.8 },
      { ...quiet, t: 1.5, cows: 13, breathing: 0.6, opioidEuphoria: 25, block: 0.8 },
    ];
    const whole = new EventDetector(doses);
    states.forEach((s) => whole.observe(s));
    for (let k = 0; k <= states.length; k++) {
      const first = new EventDetector(doses);
      states.slice(0, k).forEach((s) => first.observe(s));
      const resumed = new EventDetector(doses);
      resumed.resume(first.memo(), first.timed);
      states.slice(k).forEach((s) => resumed.observe(s));
      expect(resumed.events, `resumed after ${k} states`).toEqual(whole.events);
      // Handed the whole run's events, it keeps only those found before the memo.
      const handed = new EventDetector(doses);
      handed.resume(first.memo(), whole.timed);
      states.slice(k).forEach((s) => handed.observe(s));
      expect(handed.events, `resumed after ${k} states, handed every event`).toEqual(whole.events);
    }
  });
});

describe('the engine reports each event at the first minute that crosses its threshold', () => {
  const first = (series: Float64Array, t: Float64Array, ok: (v: number) => boolean) => {
    const i = series.findIndex(ok);
    return { i, t: t[i], before: series[i - 1] };
  };
  test('overdose risk: 150 mg of IV heroin in a naive person', () => {
    const tl = simulate({
      to_h: 2,
      step_min: 1,
      doses: [{ drug: 'heroin', route: 'iv', mg: 150, at_h: 0.5 }],
    });
    const { t, before } = first(tl.respiratory_depression, tl.t_h, (v) => v >= BREATHING);
    expect(before).toBeLessThan(BREATHING);
    expect(tl.events.filter((e) => e.kind === 'overdose_risk').map((e) => e.t_h)).toEqual([t]);
  });
  test('precipitated withdrawal: naloxone in a daily heroin user', () => {
    const tl = simulate({
      from_h: -24 * 10,
      output_from_h: 0,
      to_h: 3,
      step_min: 1,
      doses: [heroinHabit(-2, 10), { drug: 'naloxone', route: 'iv', mg: 0.4, at_h: 1 }],
    });
    const { t, before } = first(tl.withdrawal_cows, tl.t_h, (v) => v >= COWS);
    expect(before).toBeLessThan(COWS);
    expect(t).toBeGreaterThan(1);
    expect(tl.events.filter((e) => e.kind === 'precipitated_withdrawal').map((e) => e.t_h)).toEqual([t]);
  });
});
