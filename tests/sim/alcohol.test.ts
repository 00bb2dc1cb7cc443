// Alcohol: blood levels against Widmark's textbook arithmetic, the endorphin release that naltrexone
// blunts (modestly, as in the human laboratory) while the blood level is unchanged, no
// disulfiram-like reaction, no protection against alcohol's own dangers, alcohol deepening opioid
// breathing depression, and bad input refused.
import { describe, expect, it } from 'vitest';
import { simulate, validateScenario, type DoseEvent, type Timeline } from '../../sim/index';
import { DAY, peak } from './helpers';

const DRINK = 14000; // mg of ethanol in one standard drink
const drinks = (n: number, every_h: number, from = 0): DoseEvent[] =>
  Array.from({ length: n }, (_, i) => ({
    drug: 'alcohol',
    route: 'oral',
    mg: DRINK,
    at_h: from + i * every_h,
  }));
const tabletsFrom = (h: number): DoseEvent => ({
  drug: 'naltrexone',
  route: 'oral',
  mg: 50,
  at_h: h,
  every_h: DAY,
  until_h: h + 3 * DAY,
});
const run = (doses: DoseEvent[], to_h: number, from_h = 0) => simulate({ from_h, to_h, step_min: 5, doses });
const bac = (t: Timeline) => t.blood_alcohol_g_per_l!;

describe('blood alcohol (Widmark 1932; Jones 2010)', () => {
  it('0.5 g/kg at once (35 g in 70 kg) peaks within 0.3 g/L of A/(r W) - beta t, within 2 h', () => {
    const t = run([{ drug: 'alcohol', route: 'oral', mg: 35000, at_h: 0 }], 8);
    const p = peak(t, bac(t));
    const widmark = 35 / (0.68 * 70) - 0.15 * p.t_h;
    expect(Math.abs(p.value - widmark)).toBeLessThan(0.1);
    expect(p.t_h).toBeGreaterThan(0.25);
    expect(p.t_h).toBeLessThan(2);
  });
  it('falls nearly in a straight line at 0.10-0.25 g/L an hour, then is gone', () => {
    const t = run(drinks(4, 0.5), 12);
    const at = (h: number) => bac(t)[Math.round(h * 12)]!;
    const slope = (at(3) - at(5)) / 2;
    expect(slope).toBeGreaterThanOrEqual(0.1);
    expect(slope).toBeLessThanOrEqual(0.25);
    expect(at(12)).toBeLessThan(0.01);
  });
  it('one standard drink gives about 0.2 g/L at its peak (0.15-0.3)', () => {
    const t = run(drinks(1, 1), 4);
    expect(peak(t, bac(t)).value).toBeGreaterThan(0.15);
    expect(peak(t, bac(t)).value).toBeLessThan(0.3);
  });
  it('is reported only when the scenario has alcohol', () => {
    expect(run([{ drug: 'heroin', route: 'iv', mg: 25, at_h: 0 }], 2).blood_alcohol_g_per_l).toBeUndefined();
  });
});

describe('naltrexone and drinking (Mitchell 2012; Hendershot 2017; the labels)', () => {
  const evening = drinks(4, 0.5, 2 * DAY);
  const without = run(evening, 2 * DAY + 8, -DAY);
  const onNaltrexone = run([tabletsFrom(-DAY), ...evening], 2 * DAY + 8, -DAY);
  const window = [2 * DAY, 2 * DAY + 8] as const;
  it('drinking releases endorphins: their share of receptors rises with blood alcohol', () => {
    expect(peak(without, without.occupancy.endorphin!, ...window).value).toBeGreaterThan(
      1.3 * without.occupancy.endorphin![0]!,
    );
  });
  it('the blood alcohol is the same to the last bit with or without naltrexone (no change in its kinetics)', () => {
    expect(Array.from(bac(onNaltrexone))).toEqual(Array.from(bac(without)));
  });
  it('the lift of drinking is blunted modestly, by 15-40%, not abolished', () => {
    const open = peak(without, without.euphoria, ...window).value;
    const blunted = peak(onNaltrexone, onNaltrexone.euphoria, ...window).value;
    expect(blunted).toBeLessThan(0.85 * open);
    expect(blunted).toBeGreaterThan(0.6 * open);
  });
  it('causes no reaction: no event, no withdrawal, no breathing change from naltrexone', () => {
    expect(onNaltrexone.events).toEqual([]);
    expect(Math.max(...onNaltrexone.withdrawal_cows)).toBeLessThan(5);
    expect(peak(onNaltrexone, onNaltrexone.respiratory_depression, ...window).value).toBeLessThanOrEqual(
      peak(without, without.respiratory_depression, ...window).value + 1e-9,
    );
  });
  it("gives no protection against alcohol's own danger: 300 g stops breathing with or without it", () => {
    const binge: DoseEvent = { drug: 'alcohol', route: 'oral', mg: 300000, at_h: 2 * DAY };
    for (const t of [run([binge], 3 * DAY, -DAY), run([tabletsFrom(-DAY), binge], 3 * DAY, -DAY)]) {
      expect(t.events.map((e) => e.kind)).toContain('overdose_risk');
      expect(t.events.map((e) => e.kind)).not.toContain('blockade_overcome');
    }
  });
});

describe('alcohol deepens opioid breathing depression (van der Schrier 2017)', () => {
  it('with about 1 g/L of blood alcohol, 20 mg of oxycodone takes at least twice the breathing drive', () => {
    const oxy: DoseEvent = { drug: 'oxycodone', route: 'oral', mg: 20, at_h: 1.5 };
    const alone = run([oxy], 8);
    const withDrink = run([...drinks(5, 0.25), oxy], 8);
    expect(peak(withDrink, bac(withDrink), 1.5, 4).value).toBeGreaterThan(0.8);
    expect(peak(withDrink, withDrink.respiratory_depression).value).toBeGreaterThan(
      2 * peak(alone, alone.respiratory_depression).value,
    );
  });
  it('after stopping naltrexone, the old heroin dose with drinks is worse than without', () => {
    const heroin: DoseEvent = { drug: 'heroin', route: 'iv', mg: 25, at_h: 2 };
    const plain = run([heroin], 6);
    const drunk = run([...drinks(4, 0.4), heroin], 6);
    expect(peak(drunk, drunk.respiratory_depression).value).toBeGreaterThan(
      peak(plain, plain.respiratory_depression).value + 0.05,
    );
  });
});

describe('bad input', () => {
  const errorsOf = (d: unknown) => {
    const v = validateScenario({ to_h: 10, doses: [d] });
    return v.ok ? [] : v.errors;
  };
  it('refuses a negative amount, alcohol by vein, and an implausible amount, naming the field', () => {
    expect(errorsOf({ drug: 'alcohol', route: 'oral', mg: -14000, at_h: 0 })[0]).toMatch(/^doses\[0\]\.mg:/);
    expect(errorsOf({ drug: 'alcohol', route: 'iv', mg: 14000, at_h: 0 })[0]).toMatch(
      /^doses\[0\]\.route: alcohol by iv is not supported/,
    );
    expect(errorsOf({ drug: 'alcohol', route: 'oral', mg: 600000, at_h: 0 })[0]).toMatch(
      /^doses\[0\]\.mg: .*500 g/,
    );
    expect(errorsOf({ drug: 'alcohol', route: 'oral', mg: 56000, at_h: 0 })).toEqual([]);
  });
});
