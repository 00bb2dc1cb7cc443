// What the timeline records, value by value: a person at rest reads the resting values exactly, the
// classes are the sums of their ligands, and the contract's JSON and CSV hold the same numbers. The
// readout, the charts and every export show these series as they are, so a wrong value here is a
// wrong number on screen.
import { describe, expect, test } from 'vitest';
import { breathingOf, euphoriaOf } from '../../sim/effects/response';
import { MORPHINE } from '../../sim/params/pk';
import {
  BASELINE_OCCUPANCY,
  BASELINE_SIGNAL,
  LIGANDS,
  columns,
  heroinHabit,
  simulate,
  toCsv,
  toJson,
  type DoseEvent,
  type LigandName,
  type Scenario,
  type Timeline,
} from '../../sim/index';

const constant = (series: Float64Array, value: number) => Array.from(series).every((v) => v === value);
/** Equal to rounding (the binding step recomputes the resting share each step). */
const steady = (series: Float64Array, value: number) =>
  Array.from(series).every((v) => Math.abs(v - value) <= 1e-15);

describe('a person at rest', () => {
  const t = simulate({ to_h: 48, step_min: 60, doses: [] });
  test('an empty scenario reads the resting values at every time', () => {
    expect(Array.from(t.t_h)).toEqual(Array.from({ length: 49 }, (_, i) => i));
    // Tolerance is the adapted level: with no opioid history, the natural baseline signal itself.
    expect(constant(t.tolerance, BASELINE_SIGNAL)).toBe(true);
    expect(constant(t.signal, BASELINE_SIGNAL)).toBe(true);
    expect(constant(t.euphoria, 0)).toBe(true);
    expect(constant(t.withdrawal_cows, 0)).toBe(true);
    expect(constant(t.respiratory_depression, 0)).toBe(true);
    expect(t.events).toEqual([]);
  });
  test('endorphin holds its resting share of the receptors, the rest are free', () => {
    expect(Object.keys(t.plasma_ng_ml)).toEqual([]);
    expect(Object.keys(t.occupancy)).toEqual(['endorphin', 'free']);
    expect(steady(t.occupancy.endorphin!, BASELINE_OCCUPANCY)).toBe(true);
    expect(steady(t.occupancy.free!, 1 - BASELINE_OCCUPANCY)).toBe(true);
    // The catalogue's endorphin tone 0.087 (c/Kd) holds 0.087 / 1.087 of the receptors, about 8%.
    expect(BASELINE_OCCUPANCY).toBeCloseTo(0.087 / 1.087, 15);
    const c = t.occupancy_by_class;
    expect(Object.keys(c)).toEqual(['endogenous', 'agonist', 'partial_agonist', 'antagonist', 'free']);
    expect(steady(c.endogenous, BASELINE_OCCUPANCY)).toBe(true);
    expect(constant(c.agonist, 0) && constant(c.partial_agonist, 0) && constant(c.antagonist, 0)).toBe(true);
    expect(steady(c.free, 1 - BASELINE_OCCUPANCY)).toBe(true);
    expect(t.blood_alcohol_g_per_l).toBeUndefined();
  });
  test('naltrexone alone in a person without opioid history: no withdrawal, tolerance stays at baseline', () => {
    const n = simulate({
      to_h: 48,
      step_min: 60,
      doses: [{ drug: 'naltrexone', route: 'oral', mg: 50, at_h: 1 }],
    });
    expect(constant(n.tolerance, BASELINE_SIGNAL)).toBe(true);
    expect(constant(n.withdrawal_cows, 0)).toBe(true);
    // It takes endorphin's place: the signal falls below the resting level.
    expect(Math.min(...n.signal)).toBeLessThan(BASELINE_SIGNAL * 0.5);
  });
});

describe('after opioids', () => {
  const t = simulate({
    from_h: -24 * 10,
    output_from_h: 0,
    to_h: 24,
    step_min: 10,
    doses: [
      heroinHabit(0, 10),
      { drug: 'buprenorphine', route: 'sublingual', mg: 8, at_h: 12 },
      { drug: 'naltrexone', route: 'oral', mg: 50, at_h: 20 },
    ],
  });
  const classOf = (name: string) => (name === 'free' ? 'free' : LIGANDS[name as LigandName].class);
  test('each class is the sum of its ligands, and every sample sums to 1', () => {
    for (let i = 0; i < t.t_h.length; i++) {
      const sums: Record<string, number> = {};
      for (const [name, s] of Object.entries(t.occupancy))
        sums[classOf(name)] = (sums[classOf(name)] ?? 0) + s[i]!;
      for (const [cls, s] of Object.entries(t.occupancy_by_class))
        expect(s[i], `${cls} at ${t.t_h[i]} h`).toBeCloseTo(sums[cls] ?? 0, 14);
      expect(Object.values(t.occupancy).reduce((a, s) => a + s[i]!, 0)).toBeCloseTo(1, 12);
    }
    const at21 = t.t_h.indexOf(21);
    expect(t.occupancy_by_class.agonist[at21]).toBeGreaterThan(0);
    expect(t.occupancy_by_class.partial_agonist[at21]).toBeGreaterThan(0.1);
    expect(t.occupancy_by_class.antagonist[at21]).toBeGreaterThan(0.1);
  });
  test('ten days of heroin leave tolerance above baseline, fading after the last dose', () => {
    expect(t.tolerance[0]!).toBeGreaterThan(BASELINE_SIGNAL + 0.1);
    expect(t.tolerance[t.t_h.indexOf(12)]!).toBeLessThan(t.tolerance[0]!);
    // The output starts at 0: no sample from the history.
    expect(t.t_h[0]).toBe(0);
    expect(t.t_h.length).toBe(24 * 6 + 1);
  });
  test('plasma levels are never negative and every drug given has its molecules', () => {
    expect(Object.keys(t.plasma_ng_ml).sort()).toEqual(
      ['6-MAM', '6-beta-naltrexol', 'buprenorphine', 'heroin', 'morphine', 'naltrexone'].sort(),
    );
    for (const s of Object.values(t.plasma_ng_ml)) expect(Math.min(...s)).toBeGreaterThanOrEqual(0);
  });
});

describe('every series holds what the model computed', () => {
  const mg = 10;
  const at = 1;
  const m = simulate({ to_h: 6, step_min: 10, doses: [{ drug: 'morphine', route: 'iv', mg, at_h: at }] });
  test('plasma is the amount over the volume: IV morphine against its closed form', () => {
    const ke = Math.LN2 / MORPHINE.halfLife.value;
    const c = (h: number) => (h < at ? 0 : ((mg * 1000) / MORPHINE.v.value) * Math.exp(-ke * (h - at)));
    m.t_h.forEach((h, i) => {
      const v = m.plasma_ng_ml.morphine![i]!;
      if (h < at) expect(v).toBe(0);
      else expect(Math.abs(v - c(h)) / c(h), `${h} h`).toBeLessThan(1e-6);
    });
  });
  test('euphoria is the felt signal above rest; breathing lost is the Hill curve of the occupancy', () => {
    const efficacy = (name: string) => (name === 'free' ? 0 : LIGANDS[name as LigandName].efficacy.value);
    m.t_h.forEach((h, i) => {
      expect(m.euphoria[i], `${h} h`).toBe(euphoriaOf(m.signal[i]!));
      const stim = Object.entries(m.occupancy).reduce((s, [name, o]) => s + efficacy(name) * o[i]!, 0);
      const b = m.tolerance[i]! - BASELINE_SIGNAL;
      expect(m.respiratory_depression[i], `${h} h`).toBeCloseTo(breathingOf(stim, b), 12);
    });
    // Not only the resting zeros: 10 mg into a vein is felt and slows breathing.
    expect(Math.max(...m.euphoria)).toBeGreaterThan(20);
    expect(Math.max(...m.respiratory_depression)).toBeGreaterThan(0.02);
  });
  test('the COWS an event names is the COWS the timeline shows at its time', () => {
    const t = simulate({
      from_h: -24 * 10,
      output_from_h: 0,
      to_h: 24,
      step_min: 1,
      doses: [heroinHabit(0, 10), { drug: 'naltrexone', route: 'oral', mg: 50, at_h: 12 }],
    });
    expect(t.events.map((e) => e.kind)).toEqual(['precipitated_withdrawal']);
    const [event] = t.events;
    const named = Number(/COWS (\d+(\.\d)?)/.exec(event!.text)![1]);
    const shown = t.withdrawal_cows[t.t_h.findIndex((h) => Math.abs(h - event!.t_h) < 1e-9)]!;
    expect(Math.abs(shown - named)).toBeLessThanOrEqual(0.05);
    expect(shown).toBeGreaterThan(13);
    expect(toJson(t).events).toEqual(t.events);
  });
  test('a run resumed from an earlier one records what a fresh run records, copied samples too', () => {
    // A second dose late in the day: the run resumes from a checkpoint and copies the samples before it.
    const morphine = (at_h: number): DoseEvent => ({ drug: 'morphine', route: 'oral', mg: 30, at_h });
    const drink: DoseEvent = { drug: 'alcohol', route: 'oral', mg: 28000, at_h: 1 };
    const base: Scenario = { to_h: 24, step_min: 10, doses: [drink, morphine(2)] };
    const later: Scenario = { ...base, doses: [drink, morphine(2), morphine(18)] };
    const resumed = simulate(later, simulate(base));
    expect(toJson(resumed)).toEqual(toJson(simulate(later)));
    expect(Math.max(...resumed.plasma_ng_ml.morphine!.subarray(0, 6 * 17))).toBeGreaterThan(1);
    expect(Math.max(...resumed.blood_alcohol_g_per_l!.subarray(0, 6 * 17))).toBeGreaterThan(0.1);
  });
});

describe('the contract’s JSON and CSV hold the same numbers', () => {
  const t = simulate({
    to_h: 6,
    step_min: 60,
    doses: [
      { drug: 'alcohol', route: 'oral', mg: 28000, at_h: 0 },
      { drug: 'morphine', route: 'oral', mg: 30, at_h: 1 },
    ],
  });
  const all = (tl: Timeline): Record<string, number[]> =>
    Object.fromEntries(columns(tl).map(([k, v]) => [k, Array.from(v)]));
  test('JSON: every series as a plain array, in the contract’s keys and order', () => {
    const json = toJson(t);
    expect(Object.keys(json)).toEqual([
      't_h',
      'plasma_ng_ml',
      'occupancy',
      'occupancy_by_class',
      'signal',
      'tolerance',
      'euphoria',
      'withdrawal_cows',
      'respiratory_depression',
      'blood_alcohol_g_per_l',
      'events',
    ]);
    expect(json.tolerance).toEqual(Array.from(t.tolerance));
    expect(json.blood_alcohol_g_per_l).toEqual(Array.from(t.blood_alcohol_g_per_l!));
    expect((json.plasma_ng_ml as Record<string, number[]>).morphine).toEqual(
      Array.from(t.plasma_ng_ml.morphine!),
    );
    expect(Math.max(...(json.blood_alcohol_g_per_l as number[]))).toBeGreaterThan(0.3);
    const noDrink = toJson(simulate({ to_h: 1, doses: [] }));
    expect('blood_alcohol_g_per_l' in noDrink).toBe(false);
  });
  test('CSV: a header of dotted names, then one row per time with the same numbers', () => {
    const csv = toCsv(t);
    expect(csv.endsWith('\n')).toBe(true);
    const [head, ...rows] = csv.trimEnd().split('\n');
    const names = head!.split(',');
    expect(names).toEqual(Object.keys(all(t)));
    expect(names.slice(0, 4)).toEqual([
      't_h',
      'plasma_ng_ml.heroin',
      'plasma_ng_ml.6-MAM',
      'plasma_ng_ml.morphine',
    ]);
    expect(names).toContain('occupancy_by_class.free');
    expect(names.slice(-6)).toEqual([
      'signal',
      'tolerance',
      'euphoria',
      'withdrawal_cows',
      'respiratory_depression',
      'blood_alcohol_g_per_l',
    ]);
    expect(rows).toHaveLength(7);
    rows.forEach((row, i) => {
      const values = row.split(',').map(Number);
      names.forEach((name, j) => expect(values[j], `${name} at row ${i}`).toBe(all(t)[name]![i]));
    });
  });
});
