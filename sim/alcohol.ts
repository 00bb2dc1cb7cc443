// Alcohol in the blood: first-order absorption from the gut, Widmark distribution in body water, and
// saturable (Michaelis-Menten) elimination, nearly zero-order at drinking levels. The elimination is
// not linear, so unlike the drugs' compartment models it cannot be stepped by a matrix exponential:
// the gut is exact (it only empties), the blood level is integrated by fourth-order Runge-Kutta in
// sub-steps of at most a minute, and a drink is added at its own time. The same calls serve the grid
// and any time between grid points, so what is reported does not depend on where one looks.
import { ALCOHOL } from './params/alcohol';
import { LN2 } from './params/types';

/** The alcohol part of the model's state: grams in the gut, blood alcohol g/L. */
export interface AlcoholLevels {
  gut: number;
  bac: number;
}

const SUBSTEP_H = 1 / 60;
/** Below this (g and g/L) alcohol is gone: a trace would keep costing sub-steps for nothing. */
const GONE = 1e-9;

const ka = LN2 / ALCOHOL.absorptionHalfLife.value;
const vmax = ALCOHOL.eliminationMax.value;
const km = ALCOHOL.eliminationHalf.value;
const release = ALCOHOL.endorphinRelease.value;
const releaseHalf = ALCOHOL.endorphinReleaseHalf.value;
const stimMax = ALCOHOL.stimulationMax.value;
const stimHalf = ALCOHOL.stimulationHalf.value;
const breathLevel = ALCOHOL.breathingLevel.value;

export class AlcoholKinetics {
  /** Widmark volume, L: body water that dilutes a drink. */
  private readonly volume: number;

  constructor(weightKg: number) {
    this.volume = ALCOHOL.widmarkR.value * weightKg;
  }

  /** Blood alcohol after `h` hours, from the levels given, the gut emptying as it goes (in place). */
  advance(a: AlcoholLevels, h: number): void {
    if (h <= 0 || (a.gut < GONE && a.bac < GONE)) {
      if (a.gut < GONE && a.bac < GONE) a.gut = a.bac = 0;
      return;
    }
    const n = Math.ceil(h / SUBSTEP_H - 1e-9);
    const dt = h / n;
    const perL = ka / this.volume;
    const decay = Math.exp(-ka * dt);
    const halfDecay = Math.exp((-ka * dt) / 2);
    let gut = a.gut;
    let c = a.bac;
    for (let i = 0; i < n; i++) {
      const gMid = gut * halfDecay;
      const gEnd = gut * decay;
      const k1 = perL * gut - elimination(c);
      const k2 = perL * gMid - elimination(c + (dt / 2) * k1);
      const k3 = perL * gMid - elimination(c + (dt / 2) * k2);
      const k4 = perL * gEnd - elimination(c + dt * k3);
      c += (dt / 6) * (k1 + 2 * k2 + 2 * k3 + k4);
      if (c < 0) c = 0;
      gut = gEnd;
    }
    a.gut = gut;
    a.bac = c;
  }

  /** A drink of `mg` of ethanol, swallowed now. */
  drink(a: AlcoholLevels, mg: number): void {
    a.gut += mg / 1000;
  }
}

const elimination = (c: number) => (c > 0 ? (vmax * c) / (km + c) : 0);

/** Endorphin tone as a multiple of its resting level: drinking releases the body's own opioids. */
export function endorphinRise(bac: number): number {
  return bac > 0 ? 1 + (release * bac) / (bac + releaseHalf) : 1;
}

/** Alcohol's own stimulation (not through mu receptors), 0-100 on the euphoria scale. */
export function alcoholStimulation(bac: number): number {
  return bac > 0 ? (stimMax * bac) / (bac + stimHalf) : 0;
}

/** Blood alcohol as a stimulus on the breathing curve, in units of the level that alone halves it. */
export function alcoholBreathing(bac: number): number {
  return bac > 0 ? bac / breathLevel : 0;
}
