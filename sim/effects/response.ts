// From receptor occupancy to what a person feels. Signal follows the operational model
// (Black & Leff): stimulus = sum(efficacy_i * occ_i), signal = stimulus / (1 + stimulus), so a high-
// efficacy agonist needs few receptors (receptor reserve) and a partial agonist has a ceiling.
// Adaptation B (opponent process) follows the receptor's activation above the natural baseline. It
// has two faces: tolerance, which divides the effect of any change in stimulus from rest by
// 1 + k B (desensitisation: the same dose does less, a rightward shift that a larger dose always
// overcomes), and dependence, the adapted level baseline + B that the felt signal must reach, or
// withdrawal follows. Breathing falls with the opioid stimulus above rest, through the same tolerance.
import { COWS_BANDS, RESPONSE } from '../params/response';
import { LIGANDS } from '../params/receptor';

const tone = RESPONSE.endorphinTone.value;
const endorphinOcc = tone / (1 + tone);
/** Stimulus and signal of endorphin alone at rest. */
export const BASELINE_STIMULUS = LIGANDS.endorphin.efficacy.value * endorphinOcc;
export const BASELINE_SIGNAL = BASELINE_STIMULUS / (1 + BASELINE_STIMULUS);
export const BASELINE_OCCUPANCY = endorphinOcc;

const up = RESPONSE.adaptationRise.value;
const down = RESPONSE.adaptationFall.value;
const speedup = RESPONSE.antagonistSpeedup.value;
const from = RESPONSE.antagonistSpeedupFrom.value;
const full = RESPONSE.antagonistSpeedupFull.value;
const maxA = RESPONSE.maxAdaptedLevel.value;
const cowsScale = RESPONSE.cowsFullScale.value;
const shift = RESPONSE.toleranceShift.value;
const breathHalf = RESPONSE.breathingHalf.value;
const breathHill = RESPONSE.breathingSteepness.value;
const dependenceHalf = RESPONSE.dependenceHalf.value;
const expressionLag = RESPONSE.expressionLag.value;
const expressionBoost = RESPONSE.expressionBoost.value;
const reliefTime = RESPONSE.reliefTime.value;
const displacedHalf = RESPONSE.displacedHalf.value;

// Divisions by constants, as factors: the engine's step takes each of them every time.
const invBreathHalf = 1 / breathHalf;
const euphoriaScale = 100 / (1 - BASELINE_SIGNAL);
const cowsPerE = COWS_BANDS.max / cowsScale;

export const signalOf = (stimulus: number): number => stimulus / (1 + stimulus);

/** How much faster adaptation is lost while an antagonist holds the receptors (1 = not at all). */
export function antagonistSpeedup(antagonistOcc: number): number {
  const s = Math.min(1, Math.max(0, (antagonistOcc - from) / (full - from)));
  return 1 + (speedup - 1) * s;
}

/** Decay factors over one step length: steps repeat (1 or 5 minutes), so the model computes them
 *  once per length and the inner loop does no exp() unless an antagonist speeds adaptation up. */
export interface Decays {
  readonly dt: number;
  /** Adaptation rising and falling, expression building (with no displacing ligand) and relieved. */
  readonly up: number;
  readonly down: number;
  /** Adaptation falling at the full antagonist speed-up (naltrexone holding most receptors: weeks of
   *  a treatment's steps, so the exp() is worth taking once). */
  readonly downBlocked: number;
  readonly lag: number;
  readonly relief: number;
}

export function decaysOver(dt: number): Decays {
  return {
    dt,
    up: Math.exp(-dt / up),
    down: Math.exp(-dt / down),
    downBlocked: Math.exp((-dt * speedup) / down),
    lag: Math.exp(-dt / expressionLag),
    relief: Math.exp(-dt / reliefTime),
  };
}

let lastDecays = decaysOver(0);
const decaysFor = (dt: number) => (dt === lastDecays.dt ? lastDecays : (lastDecays = decaysOver(dt)));

/** Adaptation after dt hours, holding the signal at its end-of-step value (exact for that input). */
export function adapt(b: number, signal: number, antagonistOcc: number, dt: number): number {
  return adaptOver(b, signal, antagonistOcc, decaysFor(dt));
}

/** `adapt` with the step's decay factors at hand. */
export function adaptOver(b: number, signal: number, antagonistOcc: number, k: Decays): number {
  const target = Math.min(maxA - BASELINE_SIGNAL, Math.max(0, signal - BASELINE_SIGNAL));
  if (target === 0 && b === 0) return 0;
  const speed = antagonistSpeedup(antagonistOcc);
  const decay =
    target > b
      ? k.up
      : speed === 1
        ? k.down
        : speed === speedup
          ? k.downBlocked
          : Math.exp((-k.dt * speed) / down);
  return target + (b - target) * decay;
}

export const toleranceOf = (b: number): number => BASELINE_SIGNAL + b;

/**
 * The share of a change in stimulus from rest that a tolerance of `b` lets through: 1 / (1 + k B).
 * The engine takes it once per step and multiplies, so that no division waits on the new stimulus.
 */
export const tolerated = (b: number): number => 1 / (1 + shift * b);

/**
 * The stimulus a tolerant person's receptors pass on: rest plus the change from rest, divided by the
 * tolerance factor. A drug's effect (or an antagonist's loss of endorphin tone) is smaller by that
 * factor, so equal effect needs that many times the dose, but a larger dose always gets there.
 */
export function effectiveStimulus(stimulus: number, b: number): number {
  return BASELINE_STIMULUS + (stimulus - BASELINE_STIMULUS) * tolerated(b);
}

/** 0-100: felt signal above the natural baseline, as a share of the most a naive person can feel. */
export function euphoriaOf(signal: number): number {
  const v = (signal - BASELINE_SIGNAL) * euphoriaScale;
  return v <= 0 ? 0 : v >= 100 ? 100 : v;
}

/**
 * Withdrawal drive: the adaptation not matched by signal above the natural baseline. Losing the
 * natural (endorphin) tone itself, as under an antagonist, adds to the drive only in proportion to
 * dependence, so naltrexone in a person without opioid history causes no withdrawal.
 */
export function withdrawalDrive(signal: number, b: number): number {
  const above = signal - BASELINE_SIGNAL;
  const drive = above >= 0 ? b - above : b - (above * b) / (b + dependenceHalf);
  return drive > 0 ? drive : 0;
}

/**
 * Expressed withdrawal after dt hours. Signs build with a lag after the drive appears (spontaneous
 * withdrawal: onset 6-12 h, peak 24-72 h); a ligand that pushes the opioid off the receptors (an
 * antagonist, or a partial agonist such as buprenorphine) removes the lag in proportion to the share it
 * holds (precipitated withdrawal within minutes); a dose of opioid relieves them quickly.
 */
export function express(e: number, drive: number, displacingOcc: number, dt: number): number {
  return expressOver(e, drive, displacingOcc, decaysFor(dt));
}

/** `express` with the step's decay factors at hand. */
export function expressOver(e: number, drive: number, displacingOcc: number, k: Decays): number {
  if (drive === 0 && e === 0) return 0;
  const decay =
    drive <= e
      ? k.relief
      : displacingOcc === 0
        ? k.lag
        : Math.exp((-k.dt * (1 + expressionBoost * displacingOcc)) / expressionLag);
  return drive + (e - drive) * decay;
}

/**
 * The share of receptors held by ligands that push an opioid off without replacing its effect: every
 * antagonist, and a partial agonist in proportion to the full agonist it is displacing (buprenorphine
 * precipitates withdrawal only while a full agonist is still on the receptors).
 */
export function displacingShare(antagonist: number, partial: number, fullAgonist: number): number {
  return partial === 0 ? antagonist : antagonist + (partial * fullAgonist) / (fullAgonist + displacedHalf);
}

/** 0-48 COWS from the expressed withdrawal. */
export function cowsOf(e: number): number {
  const v = e * cowsPerE;
  return v <= 0 ? 0 : v >= COWS_BANDS.max ? COWS_BANDS.max : v;
}

/**
 * 0-1 fraction of breathing drive lost. Opioid stimulus above rest, divided by the tolerance factor,
 * depresses breathing along a Hill curve (fitted to isohypercapnic ventilation after IV fentanyl).
 * Tolerance shifts the curve to the right without a ceiling, so a dose a tolerant person takes daily
 * can stop the breathing of the same person after weeks without opioids, and any blockade can be
 * overcome by a dose large enough to be deadly.
 */
export function breathingOf(stimulus: number, b: number, alcohol = 0): number {
  return breathingPassed((stimulus - BASELINE_STIMULUS) * tolerated(b), alcohol);
}

/** `breathingOf` from the opioid stimulus above rest that tolerance lets through (`tolerated`). */
export function breathingPassed(passed: number, alcohol = 0): number {
  const opioid = passed * invBreathHalf;
  // Alcohol (already in units of the half-effect) adds on the same curve: together they depress
  // breathing more than either alone (van der Schrier 2017). Tolerance to opioids does not shift it.
  const excess = (opioid > 0 ? opioid : 0) + alcohol;
  if (excess <= 0) return 0;
  // A slope of 2 is a plain square: no power function in the engine's inner loop.
  const x = breathHill === 2 ? excess * excess : excess ** breathHill;
  return x / (x + 1);
}
