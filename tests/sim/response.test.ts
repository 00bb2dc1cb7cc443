// From stimulus to what a person feels, formula by formula, at the numbers docs/model.md states
// (sections 4 and 5): the operational model's signal, adaptation rising and falling over 3 days (up to
// five times faster under an antagonist holding 50-80% or more), tolerance as a 1 + 20 B shift,
// euphoria, the withdrawal drive and its expression, COWS, and breathing on its Hill curve.
import { describe, expect, it } from 'vitest';
import { COWS_BANDS, RESPONSE } from '../../sim/index';
import {
  BASELINE_SIGNAL,
  BASELINE_STIMULUS,
  adapt,
  adaptOver,
  antagonistSpeedup,
  breathingOf,
  cowsOf,
  decaysOver,
  displacingShare,
  effectiveStimulus,
  euphoriaOf,
  express,
  expressOver,
  signalOf,
  toleranceOf,
  withdrawalDrive,
} from '../../sim/effects/response';

const R = RESPONSE;
const S0 = BASELINE_STIMULUS;
const B0 = BASELINE_SIGNAL;

describe('signal and the natural baseline', () => {
  it('signal = S / (1 + S); endorphin alone gives the stimulus 0.24 and the signal 0.19', () => {
    expect(signalOf(0)).toBe(0);
    expect(signalOf(1)).toBe(0.5);
    expect(signalOf(3)).toBe(0.75);
    expect(S0).toBeCloseTo((3 * 0.087) / 1.087, 15);
    expect(S0).toBeCloseTo(0.24, 2);
    expect(B0).toBeCloseTo(S0 / (1 + S0), 15);
    expect(B0).toBeCloseTo(0.19, 2);
  });
});

describe('adaptation B', () => {
  const k = (dt: number) => decaysOver(dt);
  it('decay factors are exp(-dt / tau) for each time constant', () => {
    const d = decaysOver(2);
    expect(d).toEqual({
      dt: 2,
      up: Math.exp(-2 / R.adaptationRise.value),
      down: Math.exp(-2 / R.adaptationFall.value),
      downBlocked: Math.exp((-2 * R.antagonistSpeedup.value) / R.adaptationFall.value),
      lag: Math.exp(-2 / R.expressionLag.value),
      relief: Math.exp(-2 / R.reliefTime.value),
    });
    expect(R.adaptationRise.value).toBe(72);
    expect(R.adaptationFall.value).toBe(72);
  });
  it('rises toward the felt signal above baseline with a 3-day time constant', () => {
    const target = 0.3;
    expect(adaptOver(0, B0 + target, 0, k(72))).toBeCloseTo(target * (1 - Math.exp(-1)), 15);
    expect(adapt(0.1, B0 + target, 0, 24)).toBeCloseTo(target + (0.1 - target) * Math.exp(-24 / 72), 15);
  });
  it('falls toward zero at rest, and at no more than the adapted maximum', () => {
    expect(adaptOver(0.2, B0, 0, k(72))).toBeCloseTo(0.2 * Math.exp(-1), 15);
    expect(adaptOver(0.2, 0, 0, k(10))).toBeCloseTo(0.2 * Math.exp(-10 / 72), 15);
    const cap = R.maxAdaptedLevel.value - B0;
    expect(adaptOver(0, 5, 0, k(1e6))).toBeCloseTo(cap, 12);
    expect(adaptOver(0, B0, 0, k(5))).toBe(0);
  });
  it('falls faster while an antagonist holds the receptors: from 50% occupancy, five times at 80%', () => {
    expect(R.antagonistSpeedupFrom.value).toBe(0.5);
    expect(R.antagonistSpeedupFull.value).toBe(0.8);
    expect(R.antagonistSpeedup.value).toBe(5);
    expect(antagonistSpeedup(0)).toBe(1);
    expect(antagonistSpeedup(0.5)).toBe(1);
    expect(antagonistSpeedup(0.65)).toBeCloseTo(3, 14);
    expect(antagonistSpeedup(0.8)).toBe(5);
    expect(antagonistSpeedup(0.99)).toBe(5);
    expect(adaptOver(0.2, B0, 0.8, k(24))).toBeCloseTo(0.2 * Math.exp((-24 * 5) / 72), 15);
    expect(adaptOver(0.2, B0, 0.65, k(24))).toBeCloseTo(0.2 * Math.exp((-24 * 3) / 72), 15);
    // Rising is not sped up.
    expect(adaptOver(0, B0 + 0.3, 0.9, k(24))).toBe(adaptOver(0, B0 + 0.3, 0, k(24)));
  });
  it('at the full speed-up, falls by the factor of its step length: the same bits as working it out', () => {
    const b = 0.173;
    const fall = (dt: number) => b * Math.exp((-dt * 5) / 72);
    for (const dt of [1 / 60, 5 / 60, 24])
      for (const occ of [0.8, 0.93, 1]) expect(adaptOver(b, B0, occ, k(dt))).toBe(fall(dt));
    // Below full occupancy the factor is worked out from the occupancy, not taken from the table.
    expect(adaptOver(b, B0, 0.79, k(24))).toBe(b * Math.exp((-24 * antagonistSpeedup(0.79)) / 72));
    expect(adaptOver(b, B0, 0.79, k(24))).toBeGreaterThan(fall(24));
  });
  it('tolerance in the timeline is baseline + B', () => {
    expect(toleranceOf(0)).toBe(B0);
    expect(toleranceOf(0.25)).toBe(B0 + 0.25);
  });
});

describe('tolerance as a shift in potency', () => {
  it('the felt stimulus is rest plus the change from rest divided by 1 + 20 B', () => {
    expect(R.toleranceShift.value).toBe(20);
    expect(effectiveStimulus(S0, 0.3)).toBe(S0);
    expect(effectiveStimulus(S0 + 7, 0)).toBeCloseTo(S0 + 7, 14);
    expect(effectiveStimulus(S0 + 7, 0.3)).toBeCloseTo(S0 + 1, 14);
    // Below rest (an antagonist taking endorphin's place) the loss is shrunk the same way.
    expect(effectiveStimulus(0, 0.05)).toBeCloseTo(S0 - S0 / 2, 14);
  });
});

describe('euphoria, withdrawal and breathing', () => {
  it('euphoria is the felt signal above baseline as a share of the most a naive person can feel', () => {
    expect(euphoriaOf(B0)).toBe(0);
    expect(euphoriaOf(B0 - 0.1)).toBe(0);
    expect(euphoriaOf(1)).toBe(100);
    expect(euphoriaOf((1 + B0) / 2)).toBeCloseTo(50, 12);
    expect(euphoriaOf(B0 + 0.5 * (1 - B0))).toBeCloseTo(50, 12);
  });
  it('the withdrawal drive is the adaptation not matched by signal above baseline', () => {
    expect(withdrawalDrive(B0 + 0.1, 0.3)).toBeCloseTo(0.2, 15);
    expect(withdrawalDrive(B0 + 0.4, 0.3)).toBe(0);
    expect(withdrawalDrive(B0, 0.3)).toBe(0.3);
    // Below baseline the lost tone adds in proportion to dependence, B / (B + 0.1).
    expect(R.dependenceHalf.value).toBe(0.1);
    expect(withdrawalDrive(B0 - 0.1, 0.1)).toBeCloseTo(0.1 + 0.1 * 0.5, 15);
    expect(withdrawalDrive(B0 - 0.1, 0)).toBe(0);
  });
  it('signs build with a 12-hour lag, at once with a displacing ligand, and are relieved in half an hour', () => {
    expect(R.expressionLag.value).toBe(12);
    expect(R.reliefTime.value).toBe(0.5);
    expect(express(0, 1, 0, 12)).toBeCloseTo(1 - Math.exp(-1), 15);
    expect(expressOver(0.5, 1, 0, decaysOver(3))).toBeCloseTo(1 - 0.5 * Math.exp(-3 / 12), 15);
    const boost = R.expressionBoost.value;
    expect(boost).toBe(400);
    expect(express(0, 1, 0.5, 0.1)).toBeCloseTo(1 - Math.exp((-0.1 * (1 + boost * 0.5)) / 12), 15);
    expect(express(0.8, 0.2, 0.5, 0.5)).toBeCloseTo(0.2 + 0.6 * Math.exp(-1), 15);
    expect(express(0.8, 0.8, 0, 3)).toBe(0.8);
    expect(express(0, 0, 0, 3)).toBe(0);
  });
  it('signs outlast their drive: with none left (a dose covers all adaptation) they fade over half an hour', () => {
    // Not gone at once: a person who takes an opioid in withdrawal feels better within the hour.
    expect(express(0.8, 0, 0, 0.5)).toBeCloseTo(0.8 * Math.exp(-1), 15);
    expect(expressOver(0.1, 0, 0, decaysOver(1 / 60))).toBeCloseTo(0.1 * Math.exp(-1 / 30), 15);
    expect(cowsOf(express(R.cowsFullScale.value, 0, 0.9, 0.5))).toBeCloseTo(48 * Math.exp(-1), 12);
  });
  it('what displaces an opioid: every antagonist, and buprenorphine by the full agonist it finds', () => {
    expect(displacingShare(0.3, 0, 0.5)).toBe(0.3);
    const half = R.displacedHalf.value;
    expect(half).toBe(0.03);
    expect(displacingShare(0.1, 0.6, half)).toBeCloseTo(0.1 + 0.3, 15);
    expect(displacingShare(0, 0.6, 0)).toBe(0);
  });
  it('COWS is 48 times the expressed withdrawal over its full scale, from 0 to 48', () => {
    const full = R.cowsFullScale.value;
    expect(full).toBe(0.16);
    expect(cowsOf(full / 2)).toBeCloseTo(24, 12);
    expect(cowsOf(full)).toBe(COWS_BANDS.max);
    expect(cowsOf(2 * full)).toBe(48);
    expect(cowsOf(-0.1)).toBe(0);
    expect(cowsOf(0)).toBe(0);
  });
  it('breathing: x = (S - S0) / ((1 + 20 B) 2.24), lost = x^2 / (1 + x^2), alcohol adding to x', () => {
    expect(R.breathingHalf.value).toBe(2.24);
    expect(R.breathingSteepness.value).toBe(2);
    expect(breathingOf(S0, 0)).toBe(0);
    expect(breathingOf(S0 - 0.1, 0)).toBe(0);
    expect(breathingOf(S0 + 2.24, 0)).toBeCloseTo(0.5, 15);
    expect(breathingOf(S0 + 2 * 2.24, 0)).toBeCloseTo(0.8, 15);
    expect(breathingOf(S0 + 2.24 * 21, 1)).toBeCloseTo(0.5, 15);
    expect(breathingOf(S0, 0, 1)).toBeCloseTo(0.5, 15);
    expect(breathingOf(S0 + 2.24, 0, 1)).toBeCloseTo(0.8, 15);
    // An antagonist's pull below rest does not offset alcohol.
    expect(breathingOf(0, 0, 1)).toBeCloseTo(0.5, 15);
  });
});
