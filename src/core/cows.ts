// The COWS bands (none, mild, moderate, moderately severe, severe) from the engine's COWS_BANDS, the
// one place their edges are written: the feel chart's bands, the readout and the lessons' facts.
import { COWS_BANDS } from '../../sim/index';

export type BandKey = 'none' | 'mild' | 'moderate' | 'moderatelySevere' | 'severe';

/** The COWS bands as [from, to) ranges on the 0-48 scale (none < 5, mild 5-12, ..., severe >= 37). */
export function cowsBands(): { key: BandKey; from: number; to: number }[] {
  return [
    { key: 'none', from: 0, to: COWS_BANDS.mild },
    { key: 'mild', from: COWS_BANDS.mild, to: COWS_BANDS.moderate },
    { key: 'moderate', from: COWS_BANDS.moderate, to: COWS_BANDS.moderatelySevere },
    { key: 'moderatelySevere', from: COWS_BANDS.moderatelySevere, to: COWS_BANDS.severe },
    { key: 'severe', from: COWS_BANDS.severe, to: COWS_BANDS.max },
  ];
}

/** The band a COWS score falls in. */
export function cowsBand(score: number): BandKey {
  const bands = cowsBands();
  for (let i = bands.length - 1; i >= 0; i--) if (score >= bands[i]!.from) return bands[i]!.key;
  return 'none';
}
