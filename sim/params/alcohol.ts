// Alcohol (ethanol): blood level by Widmark distribution with saturable, nearly zero-order
// elimination; the endorphin release it causes; its own stimulation and its effect on breathing.
// Amounts in g, blood alcohol in g/L (1 g/L = 0.1%), times in h. Sources: pharmacology.md §9.
import { p } from './types';

export const ALCOHOL = {
  widmarkR: p(
    0.68,
    'L/kg',
    'A',
    'Widmark factor, men 0.68 (women 0.55): body water per kg (Widmark 1932; Jones 2010); the model is one 70 kg adult',
  ),
  absorptionHalfLife: p(
    10 / 60,
    'h',
    'B',
    'oral absorption half-life about 5-15 min on an empty stomach, slower after food (Jones 2010)',
  ),
  eliminationMax: p(
    0.17,
    'g/L/h',
    'D',
    'most the liver removes per hour: gives 0.15 g/L/h at 0.8 g/L, the mean of 0.10-0.25 (Jones 2010)',
  ),
  eliminationHalf: p(
    0.1,
    'g/L',
    'B',
    'blood alcohol at which elimination runs at half speed (Michaelis-Menten Km about 0.1 g/L; Jones 2010)',
  ),
  endorphinRelease: p(
    1,
    '-',
    'D',
    "most that drinking raises endorphin tone, as a share of its resting level: [11C]carfentanil displacement in nucleus accumbens and orbitofrontal cortex (Mitchell 2012). Sized so the endorphin-driven part is about a quarter of alcohol's stimulation",
  ),
  endorphinReleaseHalf: p(
    0.5,
    'g/L',
    'D',
    'blood alcohol giving half that release (Mitchell 2012 dosed to about 0.5-0.8 g/L)',
  ),
  stimulationMax: p(
    40,
    '0-100',
    'D',
    "alcohol's own stimulation, not through mu receptors (GABA, glutamate and other paths), at high blood levels: naltrexone leaves it, so it lowers stimulation only modestly (Hendershot 2017; Ray et al.: g about -0.2 to -0.3)",
  ),
  stimulationHalf: p(0.6, 'g/L', 'D', 'blood alcohol giving half of that stimulation'),
  breathingLevel: p(
    4,
    'g/L',
    'BK',
    'blood alcohol that alone halves breathing drive (levels above 3-4 g/L can stop breathing); added to the opioid stimulus on one curve, so alcohol deepens opioid breathing depression (van der Schrier 2017: about 1 g/L with 20 mg oxycodone roughly doubled the fall in ventilation)',
  ),
};

/** One standard drink: 14 g of ethanol (US), in mg, for the app's "drinks" helper. */
export const STANDARD_DRINK_MG = 14000;
