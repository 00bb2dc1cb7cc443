// Parameters of the layers after binding: endorphin tone, signal, adaptation (tolerance and
// dependence), withdrawal on the COWS scale, breathing. Sources: pharmacology.md §8, §10, CONTRACT.md.
import { p } from './types';

export const RESPONSE = {
  endorphinTone: p(
    0.087,
    '-',
    'D',
    'endorphin concentration / Kd at rest; gives 8% baseline occupancy (CONTRACT.md: 2-20%)',
  ),
  adaptationRise: p(
    72,
    'h',
    'D',
    'pharmacology.md §10: tau_up 2-5 days (dependence after about 5 days of use)',
  ),
  adaptationFall: p(
    72,
    'h',
    'D',
    'pharmacology.md §10: tau_down 1.5-3 days (withdrawal resolves in 5-10 days; tolerance "passes off over a few days to weeks", §8a)',
  ),
  antagonistSpeedup: p(
    5,
    '-',
    'D',
    'pharmacology.md §10: 3-10x faster loss of adaptation under antagonist occupancy > 80% (Heishman 1990; Charney 1986)',
  ),
  antagonistSpeedupFrom: p(
    0.5,
    '-',
    'D',
    'antagonist occupancy where the speed-up begins (ramps to full at 0.8)',
  ),
  antagonistSpeedupFull: p(0.8, '-', 'D', 'pharmacology.md §10: > 80% occupancy'),
  toleranceShift: p(
    20,
    '1/signal',
    'D',
    "tolerance divides the effect of a change in receptor stimulus by 1 + this x adaptation: a rightward potency shift (never a ceiling) of about 4 at steady daily heroin use, as Algera 2020/2021 found for breathing in chronic users (pharmacology.md §8c')",
  ),
  cowsFullScale: p(
    0.16,
    'signal',
    'D',
    'expressed withdrawal drive that scores the COWS maximum of 48; calibrated to V14/V15 and to precipitated withdrawal in an active user being severe (> 36)',
  ),
  dependenceHalf: p(
    0.1,
    'signal',
    'D',
    'adaptation at which losing the natural tone counts half toward withdrawal (naltrexone alone causes none)',
  ),
  expressionLag: p(
    12,
    'h',
    'D',
    'signs build after the drive appears: spontaneous onset 6-12 h, peak 24-72 h (WHO 2009; pharmacology.md §8b)',
  ),
  expressionBoost: p(
    400,
    '-',
    'D',
    'a ligand that displaces the opioid shortens the lag to minutes: naloxone-precipitated withdrawal peaks within 5-20 min (Heishman 1989); precipitated withdrawal, ReVia label',
  ),
  displacedHalf: p(
    0.03,
    '-',
    'D',
    'full-agonist occupancy at which a partial agonist speeds withdrawal signs half as much as an antagonist: buprenorphine given while heroin is still on the receptors (COWS < 8) precipitates withdrawal, given later (COWS >= 12) it relieves it (induction guidance, pharmacology.md §8c)',
  ),
  reliefTime: p(0.5, 'h', 'D', 'an opioid dose relieves withdrawal signs within about half an hour'),
  breathingHalf: p(
    2.24,
    'stimulus',
    'D',
    "opioid stimulus above rest (after tolerance) that halves the breathing drive; fitted to isohypercapnic ventilation after IV fentanyl (Algera 2021: 75 ug to 60% of baseline, 150 ug more to 30%) with CONTRACT.md's anchor (25 mg IV heroin: 0.15-0.5)",
  ),
  breathingSteepness: p(
    2,
    '-',
    'D',
    'Hill slope of breathing drive lost against opioid stimulus: fitted to the two fentanyl doses of Algera 2021 it is 1.9-2.0; taken as 2 (the second dose then takes 69%, published about 70%)',
  ),
  maxAdaptedLevel: p(
    0.98,
    'signal',
    'D',
    'numerical ceiling of the adapted level (signal is always below 1)',
  ),
};

/** COWS severity bands (Wesson & Ling 2003): lower bounds of mild, moderate, moderately severe, severe. */
export const COWS_BANDS = { mild: 5, moderate: 13, moderatelySevere: 25, severe: 37, max: 48 } as const;

/** Thresholds the engine uses to report events. */
export const EVENT_THRESHOLDS = {
  overdoseBreathing: p(0.5, '-', 'D', 'half of normal breathing drive lost: the danger zone'),
  overcomeEuphoria: p(
    20,
    '0-100',
    'D',
    'euphoria rising through a naltrexone blockade (CONTRACT.md: "blocked" means below 20% of the unblocked peak)',
  ),
  overcomeAntagonist: p(
    0.5,
    '-',
    'D',
    'share of receptors naltrexone (and 6-beta-naltrexol) would hold against endorphin alone, for a blockade to count as present',
  ),
  precipitatedCows: p(
    COWS_BANDS.moderate,
    'COWS',
    'D',
    'moderate withdrawal within 6 h of an antagonist or buprenorphine dose',
  ),
  liverDailyMg: p(
    300,
    'mg/24 h',
    'A',
    'hepatotoxicity: ALT rises in 5 of 26 obese subjects (19%, vs 0% on placebo) after 3-8 weeks at 300 mg/day (ReVia label via AHFS)',
  ),
  liverDays: p(
    7,
    'days',
    'D',
    'days in a row at or above the daily amount before the warning: sustained use, as in the label cases (3-8 weeks); one large day is not flagged (800 mg/day for a week showed no toxicity, label)',
  ),
};
