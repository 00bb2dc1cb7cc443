// Alcohol: blood levels against Widmark's textbook arithmetic, the endorphin release that naltrexone
// blunts (modestly, as in the human laboratory) while the blood level is unchanged, no
// disulfiram-like reaction, no protection against alcohol's own dangers, alcohol deepening opioid
// breathing depression, and bad input refused.
import { describe, expect, it } from 'vitest';
import { simulate, validateScenario, type DoseEvent, type Timeline } from '../../sim/index';
import { AlcoholKinetics, alcoholBreathing, alcoholStimulation, endorphinRise } from '../../sim/alcohol';
import { Model } from '../../sim/model';
import { ALCOHOL } from '../../sim/params/alcohol';
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
  it('counts a drink from the moment it is swallowed, even in the middle of a step', () => {
    const model = new Model([{ drug: 'alcohol', route: 'oral', mg: 2 * DRINK, t_h: 0.5 }], 70);
    const state = (t: number) => Object.assign(model.newState(), { t });
    // One step of an hour with the drink half-way, against two half-hour steps with it between them.
    const once = state(1);
    model.step(model.newState(), model.stepLength(1), 0, 1, once);
    const half = state(0.5);
    const twice = state(1);
    model.step(model.newState(), model.stepLength(0.5), 0, 1, half);
    model.step(half, model.stepLength(0.5), 1, 1, twice);
    expect(twice.bac).toBeGreaterThan(0.1);
    expect(once.bac).toBeCloseTo(twice.bac, 12);
    expect(once.gut).toBeCloseTo(twice.gut, 9);
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

describe('the alcohol kinetics against known answers', () => {
  const km = ALCOHOL.eliminationHalf.value;
  const vmax = ALCOHOL.eliminationMax.value;
  /** With nothing left in the gut, Michaelis-Menten elimination has the exact (implicit) solution
   *  km ln(c0 / c) + (c0 - c) = vmax t; solved for c by bisection. */
  const exact = (c0: number, t: number) => {
    let [lo, hi] = [0, c0];
    for (let i = 0; i < 200; i++) {
      const c = (lo + hi) / 2;
      if (km * Math.log(c0 / c) + (c0 - c) > vmax * t) lo = c;
      else hi = c;
    }
    return (lo + hi) / 2;
  };
  it('blood alcohol falls exactly as Michaelis-Menten elimination does (fourth-order Runge-Kutta)', () => {
    for (const [c0, h] of [
      [1.2, 0.5],
      [1.2, 3],
      [0.3, 2],
      [0.05, 1.5],
    ] as const) {
      const a = { gut: 0, bac: c0 };
      new AlcoholKinetics(70).advance(a, h);
      expect(Math.abs(a.bac - exact(c0, h)), `${c0} g/L after ${h} h`).toBeLessThan(1e-9);
    }
  });
  it('a drink in the gut empties with a half-life of 10 minutes into 0.68 L/kg of body water', () => {
    const k = new AlcoholKinetics(50);
    const a = { gut: 0, bac: 0 };
    k.drink(a, 14000);
    expect(a.gut).toBe(14);
    k.advance(a, 10 / 60);
    expect(a.gut).toBeCloseTo(7, 12);
    // What left the gut is in the blood, less what the liver took meanwhile (at most vmax t).
    const absorbed = 7 / (0.68 * 50);
    expect(a.bac).toBeLessThan(absorbed);
    expect(a.bac).toBeGreaterThan(absorbed - vmax * (10 / 60));
  });
  it('while a drink is absorbed, blood alcohol follows the full equation solved with one-second steps', () => {
    // dc/dt = ka gut(t) / V - vmax c / (km + c), gut(t) = g0 e^(-ka t): a reference integration 60
    // times finer than the engine's one-minute sub-steps (they differ by about 1e-8 of the level).
    const [kg, g0, c0] = [60, 28, 0.3];
    const ka = Math.LN2 / ALCOHOL.absorptionHalfLife.value;
    const volume = ALCOHOL.widmarkR.value * kg;
    const slope = (t: number, c: number) => (ka * g0 * Math.exp(-ka * t)) / volume - (vmax * c) / (km + c);
    const reference = (h: number) => {
      const n = Math.round(h * 3600);
      const dt = h / n;
      let c = c0;
      for (let i = 0; i < n; i++) {
        const t = i * dt;
        const k1 = slope(t, c);
        const k2 = slope(t + dt / 2, c + (dt / 2) * k1);
        const k3 = slope(t + dt / 2, c + (dt / 2) * k2);
        const k4 = slope(t + dt, c + dt * k3);
        c += (dt / 6) * (k1 + 2 * k2 + 2 * k3 + k4);
      }
      return c;
    };
    for (const h of [0.05, 0.25, 1]) {
      const a = { gut: g0, bac: c0 };
      new AlcoholKinetics(kg).advance(a, h);
      expect(Math.abs(a.bac - reference(h)) / reference(h), `after ${h} h`).toBeLessThan(1e-6);
    }
  });
  it('steps of any length give the same levels: 5 steps of a minute or one of five', () => {
    const k = new AlcoholKinetics(80);
    const once = { gut: 30, bac: 0.4 };
    const fives = { gut: 30, bac: 0.4 };
    k.advance(once, 5 / 60);
    for (let i = 0; i < 5; i++) k.advance(fives, 1 / 60);
    expect(once).toEqual(fives);
  });
  it('no time, or nothing there, changes nothing; a trace left is set to zero', () => {
    const k = new AlcoholKinetics(70);
    const a = { gut: 3, bac: 0.2 };
    k.advance(a, 0);
    expect(a).toEqual({ gut: 3, bac: 0.2 });
    const drunk = { gut: 0, bac: 0.8 };
    k.advance(drunk, 0);
    expect(drunk).toEqual({ gut: 0, bac: 0.8 });
    const trace = { gut: 1e-10, bac: 1e-10 };
    k.advance(trace, 1);
    expect(trace).toEqual({ gut: 0, bac: 0 });
    // Never below zero: at low levels elimination is first order (vmax / km per hour).
    const low = { gut: 0, bac: 0.01 };
    k.advance(low, 5);
    expect(low.bac).toBeGreaterThan(0);
    expect(low.bac).toBeCloseTo(0.01 * Math.exp((-vmax / km) * 5), 6);
  });
  it('the endorphin release, the lift and the breathing load at their half-effect levels', () => {
    expect(endorphinRise(0)).toBe(1);
    expect(endorphinRise(ALCOHOL.endorphinReleaseHalf.value)).toBeCloseTo(
      1 + ALCOHOL.endorphinRelease.value / 2,
      14,
    );
    expect(endorphinRise(1e9)).toBeCloseTo(1 + ALCOHOL.endorphinRelease.value, 6);
    expect(alcoholStimulation(0)).toBe(0);
    expect(alcoholStimulation(ALCOHOL.stimulationHalf.value)).toBeCloseTo(
      ALCOHOL.stimulationMax.value / 2,
      12,
    );
    expect(alcoholBreathing(0)).toBe(0);
    expect(alcoholBreathing(ALCOHOL.breathingLevel.value)).toBe(1);
    expect(alcoholBreathing(2)).toBeCloseTo(2 / ALCOHOL.breathingLevel.value, 14);
  });
  it('in the engine, a drink taken between grid points counts from its own time', () => {
    const at = (h: number) => run([{ drug: 'alcohol', route: 'oral', mg: 28000, at_h: h }], 4);
    const early = at(1);
    const late = at(1 + 2 / 60);
    // At 2 h each is its drink's own curve: one hour after the first, 58 minutes after the other.
    const curve = (h: number) => {
      const a = { gut: 0, bac: 0 };
      const k = new AlcoholKinetics(70);
      k.drink(a, 28000);
      k.advance(a, h);
      return a.bac;
    };
    expect(bac(early)[early.t_h.indexOf(2)]!).toBeCloseTo(curve(1), 12);
    expect(bac(late)[late.t_h.indexOf(2)]!).toBeCloseTo(curve(1 - 2 / 60), 12);
    expect(curve(1 - 2 / 60)).not.toBeCloseTo(curve(1), 4);
  });
});
