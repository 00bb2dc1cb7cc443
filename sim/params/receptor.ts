// Mu-opioid receptor parameters of every ligand: affinity in the living brain, binding kinetics and
// intrinsic efficacy. Sources: pharmacology.md §3, §5 (and §6 for equianalgesic potency).
//
// The model's affinity `kd` is a concentration at the ligand's binding source (its effect site, or
// plasma for naltrexone), total drug in ng/mL, at which that ligand alone would hold half the
// receptors. For antagonists it comes from PET; for full agonists no PET exists, so it is calibrated:
// heroin to CONTRACT.md's anchor, the others to equianalgesic doses (scripts/calibrate.ts; tested in
// tests/sim/potency.test.ts). In vitro Ki values are kept beside it for comparison: agonists bind far
// more weakly in vivo (sodium, GTP, the low-affinity receptor state) than in [3H]DAMGO assays.
import { NALTREXONE } from './pk';
import { p, LN2, S_PER_H, type Param } from './types';

export type LigandClass = 'endogenous' | 'agonist' | 'partial_agonist' | 'antagonist';

export interface LigandParams {
  readonly class: LigandClass;
  /** Molar mass, g/mol. */
  readonly mw: Param;
  /** In vitro affinity (Ki or Kd), nM, for comparison. */
  readonly kiInVitro: Param;
  /** In vivo affinity: total concentration at the binding source for half occupancy, ng/mL. */
  readonly kd: Param;
  /** Dissociation rate, 1/h; absent means fast (at equilibrium with the free receptors). */
  readonly koff?: Param;
  /** Operational-model transducer ratio tau: 0 antagonist, small partial agonist, large full agonist. */
  readonly efficacy: Param;
  /** How long a site stays held, rebinding included, h, where that differs from 1/koff (drawn by the scene). */
  readonly hold?: Param;
}

const none = p(0, '-', 'A', 'pure antagonist (ReVia label; naloxone: no agonist effect)');
const calibrated = (value: number, anchor: string) =>
  p(value, 'ng/mL', 'D', `calibrated by scripts/calibrate.ts: ${anchor}`);

export const LIGANDS = {
  endorphin: {
    class: 'endogenous',
    mw: p(
      1000,
      'g/mol',
      'D',
      'not used: endorphin enters as a concentration/Kd ratio (RESPONSE.endorphinTone)',
    ),
    kiInVitro: p(0.36, 'nM', 'A', 'endomorphin-1 Ki (Zadina 1997)'),
    kd: p(1, 'ratio', 'D', 'not used: see RESPONSE.endorphinTone'),
    efficacy: p(3, '-', 'D', 'full agonist (Zadina 1997); sets the baseline signal near 0.2'),
  },
  heroin: {
    class: 'agonist',
    mw: p(369.4, 'g/mol', 'BK', 'pharmacology.md units'),
    kiInVitro: p(1.2, 'nM', 'BK', 'no heroin Ki found; morphine value (Chen 1991)'),
    kd: calibrated(
      7260,
      'CONTRACT.md anchor, 25 mg IV heroin in a naive person gives peak euphoria 62 (accepted 50-90), where breathing then loses 45% (accepted 15-50%) on the ventilation curve fitted to Algera 2021; same as 6-MAM',
    ),
    efficacy: p(
      15,
      '-',
      'D',
      'above morphine: Selley 2001 (6-MAM and heroin more efficacious than morphine)',
    ),
  },
  '6-MAM': {
    class: 'agonist',
    mw: p(327.4, 'g/mol', 'BK', 'pharmacology.md units'),
    kiInVitro: p(1.2, 'nM', 'BK', 'no 6-MAM Ki found; morphine value (Chen 1991)'),
    kd: calibrated(7260, 'taken equal to heroin (one anchor for the pair)'),
    efficacy: p(15, '-', 'D', 'above morphine: Selley 2001'),
  },
  morphine: {
    class: 'agonist',
    mw: p(285.3, 'g/mol', 'BK', 'pharmacology.md units'),
    kiInVitro: p(1.2, 'nM', 'A', 'Chen et al. 1991 Life Sci 48:2165, rat brain [3H]DAMGO'),
    kd: calibrated(
      677,
      'IV heroin about twice as potent as IV morphine (BK): 20 mg morphine IV = 10 mg heroin IV at peak',
    ),
    efficacy: p(
      10,
      '-',
      'D',
      'GTPgS order oxycodone < morphine < methadone (JPET 2018); below 6-MAM (Selley 2001)',
    ),
  },
  oxycodone: {
    class: 'agonist',
    mw: p(315.4, 'g/mol', 'BK', 'base; the HCl salt is 351.83 (label)'),
    kiInVitro: p(25.87, 'nM', 'BK', 'Volpe 2011 value from memory; category 1-100 nM verified (A)'),
    kd: calibrated(525, 'oxycodone 20 mg oral = morphine 30 mg oral (C: 15-20 mg, gppainhelp table)'),
    efficacy: p(8, '-', 'D', 'in vivo efficacy morphine > oxycodone (Pawar 2007)'),
  },
  hydrocodone: {
    class: 'agonist',
    mw: p(299.4, 'g/mol', 'BK', 'base; the bitartrate hydrate is 494.49 (label)'),
    kiInVitro: p(19.8, 'nM', 'A', 'Chen et al. 1991, rat brain [3H]DAMGO'),
    kd: calibrated(
      1200,
      'hydrocodone 30 mg oral = morphine 30 mg oral (BK); its hydromorphone metabolite is folded in',
    ),
    efficacy: p(8, '-', 'D', 'full agonist, taken like oxycodone'),
  },
  fentanyl: {
    class: 'agonist',
    mw: p(336.4, 'g/mol', 'A', 'FDA model repository'),
    kiInVitro: p(0.35, 'nM', 'A', 'Mann et al. 2022 Table S2 (FDA): (Koff/Kon)^(1/n)'),
    kd: calibrated(
      9.6,
      'human ventilation after IV fentanyl (Algera 2021, A): 75 ug takes 40% of breathing drive on the curve that gives 25 mg IV heroin 45%. The analgesic table (0.1 mg = morphine 10 mg IV, BK) would leave fentanyl about 3.6 times weaker than that (tension in docs/model.md)',
    ),
    koff: p(4.33e-3 * S_PER_H, '1/h', 'A', 'Mann et al. 2022 Table S2: Koff 4.33e-3 /s (t1/2 2.7 min)'),
    efficacy: p(20, '-', 'D', 'high-efficacy full agonist, steep concentration-response (Yassen 2008)'),
  },
  methadone: {
    class: 'agonist',
    mw: p(309.4, 'g/mol', 'BK', 'base'),
    kiInVitro: p(3.378, 'nM', 'BK', 'Volpe 2011 value from memory; category 1-100 nM verified (A)'),
    kd: calibrated(1100, 'methadone 20 mg oral = morphine 10 mg IV as a single dose (BK)'),
    efficacy: p(12, '-', 'D', 'GTPgS order morphine < methadone (JPET 2018)'),
  },
  buprenorphine: {
    class: 'partial_agonist',
    mw: p(467.6, 'g/mol', 'BK', 'pharmacology.md units'),
    kiInVitro: p(0.2157, 'nM', 'BK', 'Volpe 2011 value from memory'),
    kd: p(
      (0.18 * 0.4676) / 0.04,
      'ng/mL',
      'D',
      'Yassen 2007 in vivo KD 0.18 nM, taken as unbound with 4% unbound in plasma (BK, 96% bound); matches Greenwald 2003 PET',
    ),
    koff: p(1.37e-4 * S_PER_H, '1/h', 'A', 'Mann et al. 2022 Table S2: Koff 1.37e-4 /s (t1/2 84 min)'),
    efficacy: p(
      3,
      '-',
      'D',
      'weak partial agonist (Virk 2009): ceiling signal 0.75; >= 50% occupancy suppresses withdrawal (Greenwald 2014)',
    ),
  },
  naloxone: {
    class: 'antagonist',
    mw: p(327.27, 'g/mol', 'A', 'FDA model repository'),
    kiInVitro: p(0.58, 'nM', 'A', 'Mann et al. 2022 Table S2'),
    kd: p(
      1.01,
      'ng/mL',
      'D',
      'calibrated by scripts/calibrate.ts: peak occupancy 50% after 0.00229 mg/kg IV (Trøstheim 2022 ED50)',
    ),
    koff: p(3.96e-2 * S_PER_H, '1/h', 'A', 'Mann et al. 2022 Table S2: Koff 3.96e-2 /s (t1/2 0.29 min)'),
    efficacy: none,
  },
  naltrexone: {
    class: 'antagonist',
    mw: p(341.41, 'g/mol', 'A', 'Vivitrol label'),
    kiInVitro: p(0.2, 'nM', 'BK', 'about 0.1-0.3 nM'),
    kd: p(
      0.21,
      'ng/mL',
      'D',
      'brain level (plasma-equivalent) for half occupancy, fitted to PET: single doses within Rabiner 2011 (ED50 3-9 mg), 50 mg/day within 90-99% (Weerts 2008); blocks 25 mg IV heroin above about 1-2 ng/mL in plasma (Castillo 2024)',
    ),
    hold: p(
      NALTREXONE.brainHalfLife.value / LN2,
      'h',
      'D',
      "a released molecule mostly rebinds nearby (de Witte; Vauquelin & Charlton 2010), so a site stays held for about the brain pool's time constant (half-life / ln 2); competition interrupts it",
    ),
    efficacy: none,
  },
  '6-beta-naltrexol': {
    class: 'antagonist',
    mw: p(343.4, 'g/mol', 'C', 'PubChem via vendor page'),
    kiInVitro: p(2.12, 'nM', 'C', 'MOR Ki (Wikipedia text via profilbaru)'),
    kd: p(
      21,
      'ng/mL',
      'D',
      '100x the naltrexone value: about 100x less potent in vivo (Ko 2006, pA2 6.5 vs 8.5)',
    ),
    hold: p(
      NALTREXONE.brainHalfLife.value / LN2,
      'h',
      'D',
      "a released molecule mostly rebinds nearby (de Witte; Vauquelin & Charlton 2010), so a site stays held for about the brain pool's time constant (half-life / ln 2); competition interrupts it",
    ),
    efficacy: p(0, '-', 'C', 'neutral antagonist'),
  },
} as const satisfies Record<string, LigandParams>;

export type LigandName = keyof typeof LIGANDS;
export const LIGAND_NAMES = Object.keys(LIGANDS) as LigandName[];
