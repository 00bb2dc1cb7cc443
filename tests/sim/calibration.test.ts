// Known-answer tests: every calibration target of pharmacology.md §11 and the anchors of CONTRACT.md,
// each with the tolerance that counts as faithful there.
import { describe, expect, it } from 'vitest';
import { heroinHabit, methadoneHabit, type DoseEvent } from '../../sim/index';
import { at, auc, DAY, dose, fittedHalfLife, firstTime, peak, run } from './helpers';

const ntx50 = [dose('naltrexone', 'oral', 50)];

describe('oral naltrexone pharmacokinetics (V1-V3)', () => {
  const t = run(ntx50, 120);
  const parent = t.plasma_ng_ml.naltrexone!;
  const naltrexol = t.plasma_ng_ml['6-beta-naltrexol']!;

  it('V1: 50 mg gives a parent Cmax of 8-20 ng/mL at 0.5-2 h', () => {
    const p = peak(t, parent);
    expect(p.value).toBeGreaterThanOrEqual(8);
    expect(p.value).toBeLessThanOrEqual(20);
    expect(p.t_h).toBeGreaterThanOrEqual(0.5);
    expect(p.t_h).toBeLessThanOrEqual(2);
  });

  it('V2: the parent half-life fitted over 4-24 h is 2.5-6 h', () => {
    const h = fittedHalfLife(t, parent, 4, 24);
    expect(h).toBeGreaterThanOrEqual(2.5);
    expect(h).toBeLessThanOrEqual(6);
  });

  it('V3: 6-beta-naltrexol peaks at 50-150 ng/mL within 3 h, half-life 9-17 h, AUC 10-30x the parent', () => {
    const p = peak(t, naltrexol);
    expect(p.value).toBeGreaterThanOrEqual(50);
    expect(p.value).toBeLessThanOrEqual(150);
    expect(p.t_h).toBeLessThanOrEqual(3);
    const h = fittedHalfLife(t, naltrexol, 24, 96);
    expect(h).toBeGreaterThanOrEqual(9);
    expect(h).toBeLessThanOrEqual(17);
    const ratio = auc(t, naltrexol) / auc(t, parent);
    expect(ratio).toBeGreaterThanOrEqual(10);
    expect(ratio).toBeLessThanOrEqual(30);
  });
});

describe('receptor occupancy by naltrexone (V4, V5, V7)', () => {
  const occupancyWithin8h = (mg: number) => {
    const t = run([dose('naltrexone', 'oral', mg)], 8);
    return peak(t, t.occupancy_by_class.antagonist).value;
  };
  const pet: Array<[number, number, number]> = [
    // dose mg, published occupancy, tolerance (Rabiner 2011)
    [2, 0.27, 0.15],
    [5, 0.505, 0.15 + 0.075],
    [15, 0.61, 0.3],
  ];

  it.each(pet)('V4: %d mg occupies %f of receptors within 8 h, within tolerance', (mg, target, tol) => {
    expect(Math.abs(occupancyWithin8h(mg) - target)).toBeLessThanOrEqual(tol);
  });

  it('V4: 50 mg occupies at least 90% within 8 h, and the ED50 lies between 3 and 9 mg', () => {
    expect(occupancyWithin8h(50)).toBeGreaterThanOrEqual(0.9);
    expect(occupancyWithin8h(3)).toBeLessThan(0.5);
    expect(occupancyWithin8h(9)).toBeGreaterThan(0.5);
  });

  it('V5: after 50 mg the blockade half-time over 48-168 h is 60-120 h, far beyond the plasma half-life', () => {
    const t = run(ntx50, 170, { step_min: 60 });
    const h = fittedHalfLife(t, t.occupancy_by_class.antagonist, 48, 168);
    expect(h).toBeGreaterThanOrEqual(60);
    expect(h).toBeLessThanOrEqual(120);
  });

  it('V7: 25 mg then 50 mg a day holds 90-99% of receptors at every time of day at steady state', () => {
    const doses: DoseEvent[] = [
      dose('naltrexone', 'oral', 25),
      { drug: 'naltrexone', route: 'oral', mg: 50, at_h: DAY, every_h: DAY, until_h: 8 * DAY },
    ];
    const t = run(doses, 8 * DAY, { step_min: 10, output_from_h: 6 * DAY });
    const occ = t.occupancy_by_class.antagonist;
    expect(Math.min(...occ)).toBeGreaterThanOrEqual(0.9);
    expect(Math.max(...occ)).toBeLessThanOrEqual(0.99);
  });
});

describe('blocking heroin (V8, V9) and the scale anchors', () => {
  const heroin25 = (h: number) => dose('heroin', 'iv', 25, h);
  const naive = (() => {
    const t = run([heroin25(0)], 6);
    return { euphoria: peak(t, t.euphoria).value, breathing: peak(t, t.respiratory_depression).value };
  })();
  /** Peak euphoria of a 25 mg IV heroin challenge at `h` after naltrexone, as a share of the naive peak. */
  const challenge = (ntx: DoseEvent[], h: number) => {
    const t = run([...ntx, heroin25(h)], h + 6, { output_from_h: h });
    return peak(t, t.euphoria).value / naive.euphoria;
  };

  it('anchor: 25 mg IV heroin in a naive person gives peak euphoria 50-90 and breathing depression 0.15-0.5', () => {
    expect(naive.euphoria).toBeGreaterThanOrEqual(50);
    expect(naive.euphoria).toBeLessThanOrEqual(90);
    expect(naive.breathing).toBeGreaterThanOrEqual(0.15);
    expect(naive.breathing).toBeLessThanOrEqual(0.5);
  });

  it('anchor: at rest, without opioids, euphoria is 0, COWS below 5 and endorphins hold 2-20% of receptors', () => {
    const t = run([], 24, { step_min: 60 });
    expect(Math.max(...t.euphoria)).toBe(0);
    expect(Math.max(...t.withdrawal_cows)).toBeLessThan(5);
    for (const v of t.occupancy.endorphin!) {
      expect(v).toBeGreaterThanOrEqual(0.02);
      expect(v).toBeLessThanOrEqual(0.2);
    }
  });

  it.each([
    [50, 24],
    [100, 48],
    [150, 72],
  ])(
    'V8: %d mg naltrexone still blocks 25 mg IV heroin %d h later, as long as the label says (< 20%% of the naive euphoria)',
    (mg, h) => {
      expect(challenge([dose('naltrexone', 'oral', mg)], h)).toBeLessThan(0.2);
    },
  );

  it('V8: at 72 h the blockade is stronger the larger the dose', () => {
    const [a, b, c] = [50, 100, 150].map((mg) => challenge([dose('naltrexone', 'oral', mg)], 72));
    expect(b!).toBeLessThan(a!);
    expect(c!).toBeLessThan(b!);
  });

  it('V9: during the monthly injection the plasma level that just blocks 25 mg IV heroin lies between 0.5 and 3 ng/mL', () => {
    const xr = [dose('naltrexone', 'im', 380)];
    let threshold = NaN;
    for (let day = 14; day <= 60; day++) {
      const t = run([...xr, heroin25(day * DAY)], day * DAY + 6, { output_from_h: day * DAY });
      const level = t.plasma_ng_ml.naltrexone![0]!;
      if (peak(t, t.euphoria).value / naive.euphoria >= 0.2) break;
      threshold = level;
    }
    expect(threshold).toBeGreaterThanOrEqual(0.5);
    expect(threshold).toBeLessThanOrEqual(3);
  });
});

describe('the 380 mg monthly injection (V10)', () => {
  const t = run([dose('naltrexone', 'im', 380)], 42 * DAY, { step_min: 15 });
  const c = t.plasma_ng_ml.naltrexone!;

  it('peaks first within 1-4 h and again at 1.5-4 days', () => {
    let i = 1;
    while (c[i + 1]! > c[i]!) i++;
    expect(t.t_h[i]!).toBeGreaterThanOrEqual(1);
    expect(t.t_h[i]!).toBeLessThanOrEqual(4);
    const second = peak(t, c, 12, 10 * DAY);
    expect(second.t_h / DAY).toBeGreaterThanOrEqual(1.5);
    expect(second.t_h / DAY).toBeLessThanOrEqual(4);
  });

  it('declines with a half-life of 4-10 days and sits at 0.5-3 ng/mL on day 28', () => {
    const h = fittedHalfLife(t, c, 28 * DAY, 42 * DAY) / DAY;
    expect(h).toBeGreaterThanOrEqual(4);
    expect(h).toBeLessThanOrEqual(10);
    const d28 = at(t, c, 28 * DAY);
    expect(d28).toBeGreaterThanOrEqual(0.5);
    expect(d28).toBeLessThanOrEqual(3);
  });
});

describe('dependence and withdrawal (V14, V15)', () => {
  /** Peak COWS within 12 h of 50 mg naltrexone given `day` days after the last opioid. */
  const precipitated = (habit: DoseEvent, day: number) => {
    const h = day * DAY;
    const t = run([habit, dose('naltrexone', 'oral', 50, h)], h + 12, {
      from_h: -32 * DAY,
      output_from_h: h,
      step_min: 5,
    });
    return peak(t, t.withdrawal_cows).value;
  };

  it.each([1, 2])('V14: naltrexone on day %d after heroin precipitates withdrawal of COWS >= 25', (day) => {
    expect(precipitated(heroinHabit(0), day)).toBeGreaterThanOrEqual(25);
  });

  it.each([7, 10])('V14: naltrexone on day %d after heroin stays under COWS 13', (day) => {
    expect(precipitated(heroinHabit(0), day)).toBeLessThan(13);
  });

  it('V14: after methadone, day 7 is still too early (COWS >= 13) and day 14 is not (COWS < 13)', () => {
    expect(precipitated(methadoneHabit(0), 7)).toBeGreaterThanOrEqual(13);
    expect(precipitated(methadoneHabit(0), 14)).toBeLessThan(13);
  });

  it('V15: spontaneous heroin withdrawal starts at 6-24 h, peaks at 24-72 h with COWS 10-36 and is under 5 by day 4-10', () => {
    const t = run([heroinHabit(0)], 12 * DAY, { from_h: -31 * DAY, output_from_h: 0, step_min: 10 });
    const cows = t.withdrawal_cows;
    const onset = firstTime(t, cows, 0.5, (v) => v >= 5);
    expect(onset).toBeGreaterThanOrEqual(6);
    expect(onset).toBeLessThanOrEqual(24);
    const p = peak(t, cows);
    expect(p.t_h).toBeGreaterThanOrEqual(24);
    expect(p.t_h).toBeLessThanOrEqual(72);
    expect(p.value).toBeGreaterThanOrEqual(10);
    expect(p.value).toBeLessThanOrEqual(36);
    const resolved = firstTime(t, cows, p.t_h, (v) => v < 5) / DAY;
    expect(resolved).toBeGreaterThanOrEqual(4);
    expect(resolved).toBeLessThanOrEqual(10);
  });
});

describe('events', () => {
  it('naloxone given during a heroin high is a rescue, not a blockade overcome', () => {
    const t = run([dose('heroin', 'iv', 50), dose('naloxone', 'iv', 2, 0.1)], 4);
    expect(t.events.map((e) => e.kind)).not.toContain('blockade_overcome');
  });

  it('a large heroin dose as the monthly injection wears off overcomes the blockade', () => {
    const t = run([dose('naltrexone', 'im', 380), dose('heroin', 'iv', 150, 42 * DAY)], 42 * DAY + 6, {
      output_from_h: 42 * DAY - 1,
    });
    expect(t.events.map((e) => e.kind)).toContain('blockade_overcome');
  });

  it('warns about the liver only for sustained daily doses of 300 mg or more, not at the usual doses or one large day', () => {
    const usual = run(
      [{ drug: 'naltrexone', route: 'oral', mg: 50, at_h: 0, every_h: 24, until_h: 96 }],
      100,
      { step_min: 60 },
    );
    expect(usual.events).toEqual([]);
    const oneDay = run([dose('naltrexone', 'oral', 800)], 50, { step_min: 60 });
    expect(oneDay.events).toEqual([]);
    const sustained = run(
      [{ drug: 'naltrexone', route: 'oral', mg: 100, at_h: 0, every_h: 8, until_h: 10 * DAY }],
      10 * DAY,
      { step_min: 60 },
    );
    expect(sustained.events.map((e) => e.kind)).toContain('liver_dose_warning');
  });

  it('a naive person taking 100 mg IV heroin is at risk of overdose', () => {
    const t = run([dose('heroin', 'iv', 100)], 4);
    expect(t.events.map((e) => e.kind)).toContain('overdose_risk');
  });
});
