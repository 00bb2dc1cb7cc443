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
    'pharmacology.md §10: tau_down 1.5-3 days (withdrawal resolves in 5-10 days)',
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
  cowsFullScale: p(
    0.5,
    'signal',
    'D',
    'expressed withdrawal drive that scores the COWS maximum of 48; calibrated to V14/V15',
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
    75,
    '-',
    'D',
    'an antagonist holding the receptors shortens the lag to minutes (precipitated withdrawal, ReVia label)',
  ),
  reliefTime: p(0.5, 'h', 'D', 'an opioid dose relieves withdrawal signs within about half an hour'),
  breathingHalf: p(
    6.5,
    'stimulus',
    'D',
    'agonist stimulus above the adapted level that halves breathing drive; calibrated to CONTRACT.md (25 mg IV heroin: 0.15-0.5)',
  ),
  breathingTolerance: p(
    15,
    '1/signal',
    'D',
    'tolerance shifts breathing sensitivity (DESIGN.md §3): the half-effect stimulus grows by this much per unit adaptation (about 6x for a daily heroin user)',
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
    'euphoria rising through a naltrexone blockade that holds >= half the receptors',
  ),
  overcomeAntagonist: p(
    0.5,
    '-',
    'D',
    'naltrexone (and 6-beta-naltrexol) share of receptors for a blockade to count as present',
  ),
  precipitatedCows: p(
    COWS_BANDS.moderate,
    'COWS',
    'D',
    'moderate withdrawal within 6 h of an antagonist dose',
  ),
  liverDailyMg: p(
    150,
    'mg/24 h',
    'D',
    'hepatotoxicity at 300 mg/day; margin may be under fivefold (label); no labelled regimen exceeds 150 mg in a day',
  ),
};
