// The engine is exact where an exact answer exists: one-dose PK against the closed-form (Bateman)
// solutions, and sampling never changes the model (1- and 10-minute output agree at shared times).
import { describe, expect, it } from 'vitest';
import { simulate, type Scenario } from '../../sim/index';
import { FENTANYL, MORPHINE, OXYCODONE } from '../../sim/params/pk';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('exact pharmacokinetics', () => {
  it('oral oxycodone matches the Bateman function within 1e-6 relative', () => {
    const mg = 20;
    const ka = OXYCODONE.oralKa.value;
    const ke = Math.LN2 / OXYCODONE.halfLife.value;
    const v = (OXYCODONE.cl.value * OXYCODONE.halfLife.value) / Math.LN2;
    const f = OXYCODONE.oralF.value;
    const bateman = (t: number) =>
      ((f * mg * 1000) / v) * (ka / (ka - ke)) * (Math.exp(-ke * t) - Math.exp(-ka * t));
    const t = simulate({ to_h: 24, step_min: 7, doses: [{ drug: 'oxycodone', route: 'oral', mg, at_h: 0 }] });
    t.t_h.forEach((h, i) => {
      if (h > 0) expect(rel(t.plasma_ng_ml.oxycodone![i]!, bateman(h))).toBeLessThan(1e-6);
    });
  });

  it('IV morphine decays as a single exponential within 1e-6 relative, even for a dose off the grid', () => {
    const mg = 10;
    const at = 0.3217;
    const ke = Math.LN2 / MORPHINE.halfLife.value;
    const c = (t: number) => (t < at ? 0 : ((mg * 1000) / MORPHINE.v.value) * Math.exp(-ke * (t - at)));
    // Every 1.5 minutes: the dose (minute 19.302) lies inside the five-minute step 15-20, and the
    // output at 19.5 min, between grid points, must count it, and the one at 18 min must not.
    const t = simulate({ to_h: 12, step_min: 1.5, doses: [{ drug: 'morphine', route: 'iv', mg, at_h: at }] });
    expect(t.t_h[13]! * 60).toBeCloseTo(19.5, 9);
    t.t_h.forEach((h, i) => {
      if (h >= at) expect(rel(t.plasma_ng_ml.morphine![i]!, c(h))).toBeLessThan(1e-6);
      else expect(t.plasma_ng_ml.morphine![i]).toBe(0);
    });
  });
});

/**
 * Plasma level after an IV bolus into the central compartment of a three-compartment mammillary
 * model: (D/V) sum_i A_i e^(-l_i t), the l_i being the roots of the cubic the rates give (Gibaldi and
 * Perrier, Pharmacokinetics, ch. 3), found here by the trigonometric method.
 */
function threeCompartmentBolus(
  dose: number,
  v: number,
  k10: number,
  k12: number,
  k13: number,
  k21: number,
  k31: number,
) {
  const a2 = k10 + k12 + k13 + k21 + k31;
  const a1 = k10 * k21 + k10 * k31 + k21 * k31 + k31 * k12 + k21 * k13;
  const a0 = k10 * k21 * k31;
  // l^3 - a2 l^2 + a1 l - a0 = 0, three positive real roots.
  const p = a1 - (a2 * a2) / 3;
  const q = (a2 * a1) / 3 - (2 * a2 ** 3) / 27 - a0;
  const r = Math.sqrt(-(p ** 3) / 27);
  const phi = Math.acos(-q / (2 * r)) / 3;
  const m = 2 * Math.cbrt(r);
  const l = [0, 1, 2].map((k) => a2 / 3 + m * Math.cos(phi + (2 * Math.PI * k) / 3));
  const coef = l.map((li, i) => {
    const [lj, lk] = l.filter((_, j) => j !== i) as [number, number];
    return ((k21 - li) * (k31 - li)) / ((lj - li) * (lk - li));
  });
  return (t: number) => (dose / v) * coef.reduce((s, c, i) => s + c * Math.exp(-l[i]! * t), 0);
}

describe('fast kinetics in a light patient (the matrix exponential scales and squares)', () => {
  it('IV fentanyl in a 20 kg patient matches the three-exponential closed form within 1e-9 relative', () => {
    const w = 20;
    // Volumes scale with weight and clearances with weight^0.75, so each rate with weight^-0.25.
    const f = (w / 70) ** -0.25;
    const r = (p: { value: number }) => p.value * f;
    const c = threeCompartmentBolus(
      0.1 * 1000, // ug, so the level is in ug/L = ng/mL
      FENTANYL.v.value * (w / 70),
      r(FENTANYL.kout),
      r(FENTANYL.k12),
      r(FENTANYL.k13),
      r(FENTANYL.k21),
      r(FENTANYL.k31),
    );
    const t = simulate({
      to_h: 12,
      step_min: 5,
      patient: { weight_kg: w },
      doses: [{ drug: 'fentanyl', route: 'iv', mg: 0.1, at_h: 0 }],
    });
    // Every output after the first hour is a 5-minute grid step, which scales and squares here.
    expect(t.t_h.at(-1)).toBe(12);
    t.t_h.forEach((h, i) => {
      expect(rel(t.plasma_ng_ml.fentanyl![i]!, c(h)), `at ${h} h`).toBeLessThan(1e-9);
    });
    // And the light patient's level is higher than a 70 kg patient's: same dose, smaller volume.
    const adult = simulate({
      to_h: 12,
      step_min: 5,
      doses: [{ drug: 'fentanyl', route: 'iv', mg: 0.1, at_h: 0 }],
    });
    expect(t.plasma_ng_ml.fentanyl![12]! / adult.plasma_ng_ml.fentanyl![12]!).toBeGreaterThan(2);
  });
});

describe('sampling does not change the model', () => {
  const scenarios: Scenario[] = [
    {
      from_h: -24 * 20,
      to_h: 24 * 5,
      doses: [
        { drug: 'heroin', route: 'iv', mg: 50, at_h: -24 * 20, every_h: 8, until_h: -0.3 },
        { drug: 'naltrexone', route: 'oral', mg: 50, at_h: 24.123 },
        { drug: 'naloxone', route: 'intranasal', mg: 4, at_h: 30.05 },
      ],
    },
    {
      to_h: 24 * 40,
      doses: [
        { drug: 'naltrexone', route: 'im', mg: 380, at_h: 0.5 },
        { drug: 'fentanyl', route: 'iv', mg: 0.5, at_h: 24 * 30 + 0.01 },
        { drug: 'buprenorphine', route: 'sublingual', mg: 8, at_h: 24 * 35.5 },
      ],
    },
  ];

  it.each(scenarios.map((s, i) => [i, s] as const))(
    'scenario %d: 1-minute and 10-minute output agree within 1e-6',
    (_, s) => {
      const fine = simulate({ ...s, step_min: 1 });
      const coarse = simulate({ ...s, step_min: 10 });
      const close = (a: number, b: number) =>
        Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b)) + 1e-300;
      const pairs: Array<[Float64Array, Float64Array]> = [
        [fine.signal, coarse.signal],
        [fine.euphoria, coarse.euphoria],
        [fine.withdrawal_cows, coarse.withdrawal_cows],
        [fine.respiratory_depression, coarse.respiratory_depression],
        [fine.tolerance, coarse.tolerance],
        ...Object.keys(fine.occupancy).map(
          (k) => [fine.occupancy[k]!, coarse.occupancy[k]!] as [Float64Array, Float64Array],
        ),
        ...Object.keys(fine.plasma_ng_ml).map(
          (k) => [fine.plasma_ng_ml[k]!, coarse.plasma_ng_ml[k]!] as [Float64Array, Float64Array],
        ),
      ];
      for (let j = 0; j < coarse.t_h.length; j++) {
        expect(fine.t_h[j * 10]).toBe(coarse.t_h[j]);
        for (const [a, b] of pairs)
          if (!close(a[j * 10]!, b[j]!))
            throw new Error(`differs at ${coarse.t_h[j]}: ${a[j * 10]} vs ${b[j]}`);
      }
      expect(fine.events).toEqual(coarse.events);
    },
  );

  it('an output window (output_from_h) reports the same values as the full run', () => {
    const s = scenarios[0]!;
    const full = simulate({ ...s, step_min: 10 });
    const tail = simulate({ ...s, step_min: 10, output_from_h: 0 });
    const offset = full.t_h.findIndex((h) => h === 0);
    tail.t_h.forEach((h, j) => {
      expect(h).toBe(full.t_h[j + offset]);
      expect(tail.withdrawal_cows[j]).toBe(full.withdrawal_cows[j + offset]);
      expect(tail.occupancy.naltrexone![j]).toBe(full.occupancy.naltrexone![j + offset]);
    });
  });

  it('a window starting at 4.1 h (245.99999999999997 min in floating point) reports the bits of the full run', () => {
    const s = scenarios[0]!;
    const full = simulate({ ...s, from_h: 0, step_min: 1 });
    const tail = simulate({ ...s, from_h: 0, step_min: 1, output_from_h: 4.1 });
    // Minute 246 lies between two five-minute grid points: the value there needs a partial step.
    expect(tail.t_h[0]).toBe(full.t_h[246]);
    expect(Array.from(tail.signal.slice(0, 60))).toEqual(Array.from(full.signal.slice(246, 306)));
    expect(Array.from(tail.plasma_ng_ml.naltrexone!.slice(0, 60))).toEqual(
      Array.from(full.plasma_ng_ml.naltrexone!.slice(246, 306)),
    );
  });

  it('output every 2.5 minutes lands between whole minutes, at the times asked for', () => {
    const t = simulate({ ...scenarios[0]!, from_h: 0, to_h: 1, step_min: 2.5 });
    expect(t.t_h.length).toBe(25);
    t.t_h.forEach((h, j) => expect(h * 60).toBeCloseTo(j * 2.5, 9));
  });

  it('a window starting at the moment of an event still reports it, and none before', () => {
    const s = scenarios[0]!;
    const full = simulate({ ...s, step_min: 10 });
    const at = full.events.find((e) => e.t_h > s.from_h! + 1)!;
    expect(at).toBeDefined();
    const tail = simulate({ ...s, step_min: 10, output_from_h: at.t_h });
    expect(tail.events).toEqual(full.events.filter((e) => e.t_h >= at.t_h));
    expect(tail.events[0]).toEqual(at);
  });
});
