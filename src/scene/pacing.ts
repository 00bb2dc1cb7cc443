// How the engine's numbers become an on-screen pace: how long each ligand sits in a receptor (its
// real residence time, compressed so that something happens every second), how many of its
// molecules drift in the cleft (log-scaled from its concentration and capped, so the picture stays
// readable and fast) and how often those molecules reach for a receptor.
import { LIGANDS, LIGAND_NAMES, RESPONSE, type LigandClass, type LigandName } from '../../sim/index';

export interface LigandSpec {
  name: LigandName;
  cls: LigandClass;
  /** Mean time a molecule stays bound on screen, wall-clock seconds. */
  dwellS: number;
  /** Affinity in the engine's units (ng/mL), to turn a concentration into a pressure. */
  kd: number;
}

/** Residence time assumed for ligands the engine treats as fast (no koff): a few minutes. */
export const FAST_RESIDENCE_H = 0.05;
/** Dwell on screen of a fast ligand (heroin, morphine, endorphin), seconds. */
export const FAST_DWELL_S = 1.6;
/** Compression exponent: a residence 2,900 times longer (naltrexone) shows about 7 times longer. */
export const DWELL_EXPONENT = 0.25;
export const MIN_DWELL_S = 1;
export const MAX_DWELL_S = 20;

/** Real mean residence of a bound molecule, hours: the hold with rebinding where the engine gives one
 *  (naltrexone), else 1/koff, or a few minutes for fast ligands. */
export function residenceH(name: LigandName): number {
  const params = LIGANDS[name];
  if ('hold' in params) return params.hold.value;
  return 'koff' in params ? 1 / params.koff.value : FAST_RESIDENCE_H;
}

/** On-screen dwell: a power law of the real residence keeps the order (naltrexone >> heroin) and
 *  squeezes days into seconds, whatever the playback speed. */
export function dwellS(residence_h: number): number {
  const s = FAST_DWELL_S * Math.pow(residence_h / FAST_RESIDENCE_H, DWELL_EXPONENT);
  return Math.min(MAX_DWELL_S, Math.max(MIN_DWELL_S, s));
}

/** Every ligand the engine knows, in its order; the scene indexes ligands by position here. */
export const SCENE_LIGANDS: readonly LigandSpec[] = LIGAND_NAMES.map((name) => ({
  name,
  cls: LIGANDS[name].class,
  dwellS: dwellS(residenceH(name)),
  kd: LIGANDS[name].kd.value,
}));

export const ENDORPHIN_INDEX = SCENE_LIGANDS.findIndex((l) => l.name === 'endorphin');

/** Endorphin has no plasma level in the engine: its tone (concentration over Kd) is constant. */
export const ENDORPHIN_RATIO = RESPONSE.endorphinTone.value;

export const MAX_MOLECULES_PER_LIGAND = 40;
/** The cleft never holds more than this: a readable picture, well inside the frame budget. */
export const MAX_MOLECULES = 240;

/** Molecules of one ligand in the cleft for a concentration/Kd ratio: about 9 at the endorphin
 *  tone, 22 at heroin's peak after 25 mg IV, the cap for naltrexone after a tablet. */
export function cleftCount(ratio: number): number {
  if (!(ratio > 0)) return 0;
  return Math.min(MAX_MOLECULES_PER_LIGAND, Math.round(6 * Math.log2(1 + 20 * ratio)));
}

/** Scales per-ligand counts down together when their sum would pass the cap (in place). */
export function capCounts(counts: Int32Array | number[], cap = MAX_MOLECULES): void {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i]!;
  if (total <= cap) return;
  const f = cap / total;
  for (let i = 0; i < counts.length; i++) counts[i] = Math.floor(counts[i]! * f);
}

/** How often each drifting molecule reaches for a receptor, per second. */
export const ATTEMPTS_PER_MOLECULE_S = 0.12;
