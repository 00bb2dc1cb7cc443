// Drug X's experiments, run by the engine and read without its name: the share of receptors Drug X
// holds (whatever molecules it makes), what the background holds (naltrexone, or the heroin of the
// daily user), endorphin and free receptors, and the curves a student watches. Pure: no DOM.
import {
  drugXBackground,
  drugXScenario,
  simulate,
  SUPPORTED_ROUTES,
  type DrugXExperiment,
  type DrugXProfile,
  type Drug,
  type Timeline,
} from '../../sim/index';

export interface Shares {
  drugX: Float64Array;
  /** What the experiment's background holds: naltrexone, or heroin and its products. */
  background: Float64Array;
  endorphin: Float64Array;
  free: Float64Array;
}

export interface Run {
  t: Float64Array;
  shares: Shares;
  euphoria: Float64Array;
  breathing: Float64Array;
  cows: Float64Array;
}

export interface Experiment {
  experiment: DrugXExperiment;
  factor: number;
  withX: Run;
  /** The same person without Drug X. */
  withoutX: Run;
}

const molecules = new Map<Drug, Set<string>>();
/** The molecules a drug puts in the blood, as the engine reports them (heroin: heroin, 6-MAM, morphine). */
export function moleculesOf(drug: Drug): Set<string> {
  let m = molecules.get(drug);
  if (!m) {
    const route = SUPPORTED_ROUTES[drug][0]!;
    const t = simulate({ to_h: 0.1, step_min: 6, doses: [{ drug, route, mg: 1, at_h: 0 }] });
    m = new Set(Object.keys(t.plasma_ng_ml));
    molecules.set(drug, m);
  }
  return m;
}

/**
 * Splits the receptors of `t` between Drug X and the background. A molecule both make (naltrexone
 * after naltrexone, morphine after heroin) is Drug X's only in what it holds beyond the same person
 * without Drug X (`without`).
 */
function shares(t: Timeline, xMolecules: Set<string>, bgMolecules: Set<string>, without?: Timeline): Shares {
  const n = t.t_h.length;
  const drugX = new Float64Array(n);
  const background = new Float64Array(n);
  for (const [ligand, occ] of Object.entries(t.occupancy)) {
    if (ligand === 'endorphin' || ligand === 'free') continue;
    const inX = xMolecules.has(ligand);
    const base = inX && bgMolecules.has(ligand) ? without?.occupancy[ligand] : undefined;
    for (let i = 0; i < n; i++) {
      const x = !inX ? 0 : base ? Math.max(0, occ[i]! - base[i]!) : occ[i]!;
      drugX[i] = drugX[i]! + x;
      background[i] = background[i]! + occ[i]! - x;
    }
  }
  const zero = new Float64Array(n);
  return { drugX, background, endorphin: t.occupancy.endorphin ?? zero, free: t.occupancy.free ?? zero };
}

const asRun = (t: Timeline, s: Shares): Run => ({
  t: t.t_h,
  shares: s,
  euphoria: t.euphoria,
  breathing: t.respiratory_depression,
  cows: t.withdrawal_cows,
});

/** One experiment on Drug X: with it, and the same person without it. */
export function runExperiment(profile: DrugXProfile, experiment: DrugXExperiment, factor = 1): Experiment {
  const without = simulate(drugXScenario(profile, experiment, factor, false));
  const withX = simulate(drugXScenario(profile, experiment, factor, true));
  const bg = new Set<string>();
  for (const d of drugXBackground(experiment)) for (const m of moleculesOf(d.drug)) bg.add(m);
  const x = moleculesOf(profile.drug);
  return {
    experiment,
    factor,
    withX: asRun(withX, shares(withX, x, bg, without)),
    withoutX: asRun(without, shares(without, new Set(), bg)),
  };
}
