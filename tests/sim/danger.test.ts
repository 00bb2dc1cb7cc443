// Known answers about danger: breathing against human ventilation data, a blockade that a large enough
// dose overcomes (and that dose is dangerous), tolerance as a shift in potency that is lost after
// stopping, naloxone's speed and its wearing off, buprenorphine too early and in time, naltrexone in an
// active user, and the liver. Each case names its source and the tolerance that counts as faithful.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../runs';
import { heroinHabit, simulate, type DoseEvent, type Timeline } from '../../sim/index';
import { DAY, dose, peak, run } from './helpers';

const kinds = (t: Timeline) => t.events.map((e) => e.kind);
const maxOf = (s: Float64Array) => Math.max(...s);
/** 50 mg naltrexone tablets once a day for 14 days (days 0-13). */
const tablets: DoseEvent = {
  drug: 'naltrexone',
  route: 'oral',
  mg: 50,
  at_h: 0,
  every_h: DAY,
  until_h: 13 * DAY,
};
const injection = dose('naltrexone', 'im', 380);
/** A dose given at `h` on top of `base`, watched for four hours. */
const challenge = (
  base: DoseEvent[],
  drug: DoseEvent['drug'],
  mg: number,
  h: number,
  route: DoseEvent['route'] = 'iv',
) => run([...base, dose(drug, route, mg, h)], h + 4, { output_from_h: h });
const naiveHeroin25 = maxOf(run([dose('heroin', 'iv', 25)], 6).euphoria);
/** Peak euphoria of 25 mg IV heroin at `h` on top of `base`, as a share of the naive peak. */
const heroinShare = (base: DoseEvent[], h: number) =>
  maxOf(challenge(base, 'heroin', 25, h).euphoria) / naiveHeroin25;

describe('breathing against isohypercapnic ventilation (Algera 2021, opioid-naive volunteers)', () => {
  const t = run([dose('fentanyl', 'iv', 0.075), dose('fentanyl', 'iv', 0.15, 1)], 3);
  it('75 ug IV fentanyl takes about 40% of breathing drive (ventilation to ~60%; within 0.1)', () => {
    expect(Math.abs(peak(t, t.respiratory_depression, 0, 1).value - 0.4)).toBeLessThanOrEqual(0.1);
  });
  it('a further 150 ug an hour later takes about 70% (ventilation to ~30%; within 0.1)', () => {
    expect(Math.abs(peak(t, t.respiratory_depression, 1, 3).value - 0.7)).toBeLessThanOrEqual(0.1);
  });
});

describe('a surmountable blockade (ReVia label: attempts to overcome it may lead to fatal overdose)', () => {
  const onTablets = (drug: DoseEvent['drug'], mg: number) => challenge([tablets], drug, mg, 12 * DAY + 12);
  it('on 50 mg a day an ordinary dose (25 mg IV heroin) is blocked', () => {
    const t = onTablets('heroin', 25);
    expect(maxOf(t.euphoria)).toBeLessThan(0.2 * naiveHeroin25);
    expect(kinds(t)).toEqual([]);
  });
  it('on 50 mg a day heroin breaks through at 5-50 times the usual dose (4 times does not), and blockade_overcome says so', () => {
    expect(kinds(onTablets('heroin', 100))).not.toContain('blockade_overcome');
    let first = NaN;
    for (const mg of [125, 250, 375, 500, 750, 1000, 1250])
      if (Number.isNaN(first) && kinds(onTablets('heroin', mg)).includes('blockade_overcome')) first = mg;
    expect(first).toBeGreaterThanOrEqual(5 * 25);
    expect(first).toBeLessThanOrEqual(50 * 25);
  });
  it('a dose that overcomes the blockade can stop breathing: 1 g of heroin or 3 mg of fentanyl on 50 mg a day', () => {
    for (const t of [onTablets('heroin', 1000), onTablets('fentanyl', 3)]) {
      expect(kinds(t)).toContain('blockade_overcome');
      expect(kinds(t)).toContain('overdose_risk');
    }
  });
  it('no amount is safe: 10 g of heroin on 50 mg a day takes over 90% of breathing drive', () => {
    expect(maxOf(onTablets('heroin', 10000).respiratory_depression)).toBeGreaterThan(0.9);
  });
  it('on day 14 of an injection, 2 g of heroin is an overdose', () => {
    const t = challenge([injection], 'heroin', 2000, 14 * DAY);
    expect(maxOf(t.respiratory_depression)).toBeGreaterThan(0.7);
    expect(kinds(t)).toContain('overdose_risk');
  });
  it('the monthly injection blocks 25 mg IV heroin on day 21 and lets it through by day 35', () => {
    expect(heroinShare([injection], 21 * DAY)).toBeLessThan(0.05);
    expect(heroinShare([injection], 35 * DAY)).toBeGreaterThan(0.2);
  });
});

describe('functional blockade after the last of 14 daily 50 mg tablets (label: 24 h; PET half-time 72-108 h)', () => {
  const last = 13 * DAY;
  it('25 mg IV heroin is blocked 24 h after the last tablet', () => {
    expect(heroinShare([tablets], last + 24)).toBeLessThan(0.2);
  });
  it('5 days after the last tablet it is not: the receptors naltrexone still holds only double the dose needed', () => {
    expect(heroinShare([tablets], last + 5 * DAY)).toBeGreaterThan(0.2);
  });
});

describe('the Schild relation: competitive antagonism with a slope near 1 (pharmacology.md §7)', () => {
  /** Heroin dose giving the peak euphoria that 10 mg gives a naive person, on day `day` of an injection. */
  const equalEffect = (day: number) => {
    const target = maxOf(run([dose('heroin', 'iv', 10)], 4).euphoria);
    let lo = 1;
    let hi = 10000;
    for (let i = 0; i < 30; i++) {
      const mid = Math.sqrt(lo * hi);
      if (maxOf(challenge([injection], 'heroin', mid, day * DAY).euphoria) > target) hi = mid;
      else lo = mid;
    }
    const block = run([injection], day * DAY, { output_from_h: day * DAY }).occupancy_by_class.antagonist[0]!;
    return { ratio: Math.sqrt(lo * hi) / 10, block };
  };
  const points = [21, 28, 35, 42].map(equalEffect);
  it('the dose ratio grows with the antagonist, and log(DR - 1) against log(B/KB) has a slope of 0.8-1.25', () => {
    // B/KB from the share naltrexone holds against endorphin alone: x = occ (1 + tone) / (1 - occ) - tone.
    const xs = points.map((p) => Math.log(p.block / (1 - p.block)));
    const ys = points.map((p) => Math.log(p.ratio - 1));
    for (let i = 1; i < points.length; i++) expect(points[i]!.ratio).toBeLessThan(points[i - 1]!.ratio);
    const mx = xs.reduce((a, b) => a + b) / xs.length;
    const my = ys.reduce((a, b) => a + b) / ys.length;
    const slope =
      xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
    expect(slope).toBeGreaterThan(0.8);
    expect(slope).toBeLessThan(1.25);
  });
});

describe('tolerance: a rightward shift in potency, lost after stopping', () => {
  const habit = heroinHabit(0); // 50 mg IV every 8 h for 30 days, last dose at 0
  const tolerant = (extra: DoseEvent[], h: number) =>
    simulate({ from_h: -31 * DAY, output_from_h: h, to_h: h + 4, step_min: 1, doses: [habit, ...extra] });
  /** The dose (mg) of `drug` that first reaches `level` of `series`, naive or in the daily user. */
  const doseFor = (
    drug: DoseEvent['drug'],
    series: 'euphoria' | 'respiratory_depression',
    level: number,
    user: boolean,
  ) => {
    let lo = 1e-3;
    let hi = 1000;
    for (let i = 0; i < 30; i++) {
      const mid = Math.sqrt(lo * hi);
      const t = user ? tolerant([dose(drug, 'iv', mid, 8)], 8) : run([dose(drug, 'iv', mid)], 4);
      if (maxOf(t[series]) > level) hi = mid;
      else lo = mid;
    }
    return Math.sqrt(lo * hi);
  };
  it('equal breathing loss needs about 4 times the fentanyl dose in a daily user (Algera 2020: a few-fold; 2.5-6)', () => {
    const shift =
      doseFor('fentanyl', 'respiratory_depression', 0.4, true) /
      doseFor('fentanyl', 'respiratory_depression', 0.4, false);
    expect(shift).toBeGreaterThan(2.5);
    expect(shift).toBeLessThan(6);
  });
  it('equal euphoria needs a few times the heroin dose, and a large enough dose still gets there (no ceiling)', () => {
    const shift = doseFor('heroin', 'euphoria', 40, true) / doseFor('heroin', 'euphoria', 40, false);
    expect(shift).toBeGreaterThan(2.5);
    expect(shift).toBeLessThan(6);
    expect(maxOf(tolerant([dose('heroin', 'iv', 1000, 8)], 8).euphoria)).toBeGreaterThan(naiveHeroin25);
  });
  it('the usual dose does not stop a daily user breathing, but after 21 days without opioids it gives overdose_risk (Merrall 2010; Strang 2003)', () => {
    const usual = tolerant([dose('heroin', 'iv', 50, 8)], 8);
    expect(maxOf(usual.respiratory_depression)).toBeLessThan(0.35);
    expect(kinds(usual)).not.toContain('overdose_risk');
    const after = tolerant([dose('heroin', 'iv', 50, 21 * DAY)], 21 * DAY);
    expect(kinds(after)).toContain('overdose_risk');
  });
  it('tolerance fades over days to weeks: the old dose is less dangerous after 2 days than after 7, and most dangerous after 21', () => {
    const loss = (d: number) =>
      maxOf(tolerant([dose('heroin', 'iv', 50, d * DAY)], d * DAY).respiratory_depression);
    expect(loss(2)).toBeLessThan(loss(7));
    expect(loss(7)).toBeLessThanOrEqual(loss(21));
  });
});

describe('naloxone: fast, and shorter than many opioids (label; Heishman 1989)', () => {
  it('in a dependent person, withdrawal precipitated by 0.4 mg IV naloxone peaks within 5-20 min', () => {
    const t = simulate({
      from_h: -31 * DAY,
      output_from_h: 2,
      to_h: 4,
      step_min: 1,
      doses: [heroinHabit(0), dose('naloxone', 'iv', 0.4, 2)],
    });
    const p = peak(t, t.withdrawal_cows, 2, 4);
    expect((p.t_h - 2) * 60).toBeGreaterThanOrEqual(5);
    expect((p.t_h - 2) * 60).toBeLessThanOrEqual(20);
    expect(p.value).toBeGreaterThanOrEqual(13);
    expect(kinds(t)).toContain('precipitated_withdrawal');
  });
  it('a rescue dose halves breathing loss within 5 minutes of a heroin overdose (IV 0.4 mg or nasal 4 mg)', () => {
    for (const [route, mg] of [
      ['iv', 0.4],
      ['intranasal', 4],
    ] as const) {
      const t = run([dose('heroin', 'iv', 100), dose('naloxone', route, mg, 10 / 60)], 1);
      const before = t.respiratory_depression[10]!;
      expect(before).toBeGreaterThan(0.5);
      expect(t.respiratory_depression[15]!).toBeLessThan(before / 2);
    }
  });
  it('its effect wears off before a long-acting opioid: breathing falls back into danger after naloxone for a methadone overdose', () => {
    const t = run([dose('methadone', 'oral', 300), dose('naloxone', 'iv', 0.4, 3)], 8);
    expect(t.respiratory_depression[180]!).toBeGreaterThan(0.5);
    expect(t.respiratory_depression[185]!).toBeLessThan(t.respiratory_depression[180]! / 2);
    expect(peak(t, t.respiratory_depression, 3.5, 8).value).toBeGreaterThan(0.5);
    expect(t.events.filter((e) => e.kind === 'overdose_risk' && e.t_h > 3.5).length).toBe(1);
  });
});

describe('buprenorphine induction (partial agonist, high affinity, slow off-rate)', () => {
  const induction = (h: number) => {
    const doses = [heroinHabit(0), dose('buprenorphine', 'sublingual', 8, h)];
    const withBup = simulate({ from_h: -31 * DAY, output_from_h: h, to_h: h + 8, step_min: 5, doses });
    return { t: withBup, before: withBup.withdrawal_cows[0]! };
  };
  it('given too early (COWS under 8) it precipitates withdrawal', () => {
    const { t, before } = induction(8);
    expect(before).toBeLessThan(8);
    expect(maxOf(t.withdrawal_cows)).toBeGreaterThanOrEqual(13);
    expect(kinds(t)).toContain('precipitated_withdrawal');
  });
  it('given in moderate withdrawal (COWS 12 or more) it relieves it', () => {
    for (const h of [20, 30]) {
      const { t, before } = induction(h);
      expect(before).toBeGreaterThanOrEqual(12);
      expect(kinds(t)).not.toContain('precipitated_withdrawal');
      expect(maxOf(t.withdrawal_cows)).toBeLessThan(before + 2);
      expect(t.withdrawal_cows[48]!).toBeLessThan(0.6 * before); // 4 h later
    }
  });
});

describe('naltrexone in an active user', () => {
  const precipitated = simulate({
    from_h: -31 * DAY,
    output_from_h: 0,
    to_h: 4 * DAY,
    step_min: 10,
    doses: [heroinHabit(0), dose('naltrexone', 'oral', 50, 4)],
  });
  const spontaneous = simulate({
    from_h: -31 * DAY,
    output_from_h: 0,
    to_h: 12 * DAY,
    step_min: 10,
    doses: [heroinHabit(0)],
  });
  const hoursAtLeast = (t: Timeline, cows: number) => t.withdrawal_cows.filter((v) => v >= cows).length / 6;
  it('precipitates severe withdrawal (COWS over 36) within the hour', () => {
    const p = peak(precipitated, precipitated.withdrawal_cows);
    expect(p.value).toBeGreaterThan(36);
    expect(p.t_h - 4).toBeLessThanOrEqual(1);
  });
  it('which is shorter than spontaneous withdrawal (hours at moderate or worse)', () => {
    expect(hoursAtLeast(precipitated, 13)).toBeLessThan(0.6 * hoursAtLeast(spontaneous, 13));
  });
});

describe('the liver warning follows the label: sustained daily doses of 300 mg or more', () => {
  const daily = (mg: number, every_h: number, days: number) =>
    run([{ drug: 'naltrexone', route: 'oral', mg, at_h: 0, every_h, until_h: days * DAY - 1 }], days * DAY, {
      step_min: 60,
    });
  it.each([
    [50, 24, 30],
    [150, 24, 30],
    [100, 12, 10],
    [300, 24, 6],
  ])('%d mg every %d h for %d days gives no warning', (mg, every, days) => {
    expect(kinds(daily(mg, every, days))).not.toContain('liver_dose_warning');
  });
  it.each([
    [300, 24, 8],
    [100, 8, 10],
  ])('%d mg every %d h for %d days warns, once, with the reason', (mg, every, days) => {
    const warnings = daily(mg, every, days).events.filter((e) => e.kind === 'liver_dose_warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.text).toMatch(/300 mg a day/);
    expect(warnings[0]!.t_h).toBeGreaterThanOrEqual(6 * DAY - 1e-9);
  });
});

describe('surmountability over random blockades (fast-check)', () => {
  const afterNaltrexone = (ntxMg: number, h: number, heroinMg: number) =>
    run([dose('naltrexone', 'oral', ntxMg), dose('heroin', 'iv', heroinMg, h)], h + 3, {
      output_from_h: h,
      step_min: 2,
    });
  const arb = fc.record({
    ntx: fc.tuple(fc.double({ min: 1, max: 500, noNaN: true }), fc.double({ min: 1, max: 500, noNaN: true })),
    h: fc.double({ min: 1, max: 200, noNaN: true }),
    heroin: fc.double({ min: 10, max: 2000, noNaN: true }),
  });
  it('a large enough opioid dose always wins, and a larger blockade always takes more of it', () => {
    fc.assert(
      fc.property(arb, ({ ntx, h, heroin }) => {
        const [low, high] = ntx[0] <= ntx[1] ? ntx : [ntx[1], ntx[0]];
        // More naltrexone, the same dose: never more effect (the dose ratio grows with the antagonist).
        const weak = maxOf(afterNaltrexone(low, h, heroin).euphoria);
        const strong = maxOf(afterNaltrexone(high, h, heroin).euphoria);
        expect(strong).toBeLessThanOrEqual(weak + 1e-9);
        // The largest dose the contract allows breaks through any of these blockades, dangerously.
        const flood = afterNaltrexone(high, h, 10000);
        expect(maxOf(flood.euphoria)).toBeGreaterThan(20);
        expect(maxOf(flood.respiratory_depression)).toBeGreaterThan(0.5);
      }),
      { numRuns: runs(40), seed: 7 },
    );
  });
});
