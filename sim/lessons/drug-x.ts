// The unknown-drug exercise ("Drug X"): hidden profiles built from the engine's own drugs, one drawn
// per seed with the project's one random source, and the scenarios of the three experiments a
// student runs on it. The app shows a profile only as "Drug X"; a link carries only the seed.
import { LIGANDS, type LigandClass } from '../params/receptor';
import { mulberry32, randomInt } from '../random';
import type { DoseEvent, Drug, Route, Scenario } from '../scenario';

export interface DrugXProfile {
  /** An opioid-receptor drug: alcohol has no receptor of its own in the model. */
  drug: Exclude<Drug, 'alcohol'>;
  route: Route;
  /** The usual single dose the exercise gives, mg. */
  mg: number;
}

export type DrugXKind = Exclude<LigandClass, 'endogenous'>;

/**
 * The hidden profiles, by kind: full agonists of different potency and duration (fentanyl acts in
 * micrograms and minutes, methadone for more than a day), a partial agonist at two doses, and a short
 * and a long antagonist. A draw picks the kind first, so each kind comes up as often.
 */
export const DRUG_X_PROFILES: Readonly<Record<DrugXKind, readonly DrugXProfile[]>> = {
  agonist: [
    { drug: 'fentanyl', route: 'iv', mg: 0.1 },
    { drug: 'heroin', route: 'iv', mg: 10 },
    { drug: 'morphine', route: 'iv', mg: 10 },
    { drug: 'oxycodone', route: 'oral', mg: 20 },
    { drug: 'methadone', route: 'oral', mg: 20 },
  ],
  partial_agonist: [
    { drug: 'buprenorphine', route: 'sublingual', mg: 8 },
    { drug: 'buprenorphine', route: 'sublingual', mg: 2 },
  ],
  antagonist: [
    { drug: 'naloxone', route: 'iv', mg: 0.4 },
    { drug: 'naltrexone', route: 'oral', mg: 50 },
  ],
};

const KINDS: readonly DrugXKind[] = ['agonist', 'partial_agonist', 'antagonist'];

/** Seeds a lecturer can type: whole numbers from 1 to 999 999. */
export const DRUG_X_SEEDS = { min: 1, max: 999_999 } as const;
/** The seed `npm run simulate -- unknown-drug` runs. */
export const DRUG_X_LESSON_SEED = 2026;

/** The profile a seed stands for (the same on every machine). */
export function drugXProfile(seed: number): DrugXProfile {
  const random = mulberry32(seed);
  const profiles = DRUG_X_PROFILES[KINDS[randomInt(random, KINDS.length)]!];
  return profiles[randomInt(random, profiles.length)]!;
}

/** What kind of drug the profile is: the class of its ligand in the engine's receptor table. */
export const drugXKind = (p: DrugXProfile): DrugXKind => LIGANDS[p.drug].class as DrugXKind;

export type DrugXExperiment = 'alone' | 'naltrexone' | 'opioid';
export const DRUG_X_EXPERIMENTS: readonly DrugXExperiment[] = ['alone', 'naltrexone', 'opioid'];

const DAY = 24;
/** Drug X is given at hour 2 in every experiment; each runs for a week after it. */
export const DRUG_X_AT_H = 2;
export const DRUG_X_SPAN_H = 7 * DAY;
/** After an opioid: a month of heroin three times a day, the last dose 14 h before Drug X. */
export const DRUG_X_LAST_OPIOID_H = DRUG_X_AT_H - 14;

/** What an experiment gives besides Drug X. */
export function drugXBackground(experiment: DrugXExperiment): DoseEvent[] {
  if (experiment === 'naltrexone') return [{ drug: 'naltrexone', route: 'oral', mg: 50, at_h: 0 }];
  // The lessons' daily heroin habit (heroinHabit in ./index, written out: that file imports this one).
  if (experiment === 'opioid')
    return [
      {
        drug: 'heroin',
        route: 'iv',
        mg: 50,
        at_h: DRUG_X_LAST_OPIOID_H - 30 * DAY + 8,
        every_h: 8,
        until_h: DRUG_X_LAST_OPIOID_H,
      },
    ];
  return [];
}

/**
 * The scenario of one experiment: its background, and Drug X (`factor` times the usual dose) at hour
 * 2, unless `withDrugX` is false (the comparison the exercise draws dashed). Two-minute output over
 * a week: fentanyl's peak lasts minutes, naltrexone's hold days.
 */
export function drugXScenario(
  profile: DrugXProfile,
  experiment: DrugXExperiment,
  factor = 1,
  withDrugX = true,
): Scenario {
  const x: DoseEvent = {
    drug: profile.drug,
    route: profile.route,
    mg: profile.mg * factor,
    at_h: DRUG_X_AT_H,
  };
  return {
    title: `Drug X: ${experiment === 'alone' ? 'given alone' : experiment === 'naltrexone' ? 'with naltrexone' : 'after an opioid'}`,
    from_h: experiment === 'opioid' ? -31 * DAY : 0,
    output_from_h: 0,
    to_h: DRUG_X_AT_H + DRUG_X_SPAN_H,
    step_min: 2,
    doses: [...drugXBackground(experiment), ...(withDrugX ? [x] : [])],
  };
}
