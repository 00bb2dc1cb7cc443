// An engine event as facts: the engine (sim/events.ts) writes each event as one English sentence with
// its numbers in it; a translation tells the event again from its kind and these numbers, so the
// numbers are exactly the engine's. A sentence this does not recognise gives the kind alone, and the
// translation then says only what kind of event it is (tests/strings/events.test.ts runs every kind).
import { COWS_BANDS, type TimelineEvent } from '../../sim/index';

export type CowsBandKey = 'mild' | 'moderate' | 'moderatelySevere' | 'severe';

export interface EventFacts {
  kind: string;
  /** The engine's own sentence (English). */
  text: string;
  /** Precipitated withdrawal: the drug that brought it on, the COWS score and its band. */
  drug?: string;
  cows?: number;
  band?: CowsBandKey;
  /** Overdose risk: the share of the breathing drive lost, percent. */
  breathingPct?: number;
  /** Blockade overcome: euphoria (0-100) and the share of receptors naltrexone blocked, percent. */
  euphoria?: number;
  blockPct?: number;
  /** Liver warning: naltrexone by mouth, mg a day, and for how many days in a row. */
  mgPerDay?: number;
  days?: number;
}

const band = (cows: number): CowsBandKey =>
  cows >= COWS_BANDS.severe
    ? 'severe'
    : cows >= COWS_BANDS.moderatelySevere
      ? 'moderatelySevere'
      : cows >= COWS_BANDS.moderate
        ? 'moderate'
        : 'mild';

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const PATTERNS: Record<string, RegExp> = {
  precipitated_withdrawal: new RegExp(
    String.raw`^Precipitated withdrawal: (?:(buprenorphine) replaced|(\S+) took away).*\(COWS ${NUMBER},`,
  ),
  overdose_risk: new RegExp(String.raw`breathing drive down by ${NUMBER}%`),
  blockade_overcome: new RegExp(
    String.raw`euphoria ${NUMBER} of 100 through a naltrexone block of ${NUMBER}%`,
  ),
  liver_dose_warning: new RegExp(String.raw`^Liver: ${NUMBER} mg of naltrexone a day for ${NUMBER} days`),
};

export function eventFacts(e: Pick<TimelineEvent, 'kind' | 'text'>): EventFacts {
  const facts: EventFacts = { kind: e.kind, text: e.text };
  const m = PATTERNS[e.kind]?.exec(e.text);
  if (!m) return facts;
  switch (e.kind) {
    case 'precipitated_withdrawal':
      return { ...facts, drug: m[1] ?? m[2]!, cows: Number(m[3]), band: band(Number(m[3])) };
    case 'overdose_risk':
      return { ...facts, breathingPct: Number(m[1]) };
    case 'blockade_overcome':
      return { ...facts, euphoria: Number(m[1]), blockPct: Number(m[2]) };
    default:
      return { ...facts, mgPerDay: Number(m[1]), days: Number(m[2]) };
  }
}
