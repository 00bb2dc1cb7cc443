// The answer to a Drug X exercise and its explanation, read off the engine, never typed in: the kind
// is the class of the drug's ligand in the engine's receptor table; how long it acts is how long,
// given alone, it holds at least half of the share of receptors it held at its peak. The facts the
// explanation quotes come from the same three experiments the student ran.
import { drugXKind, EVENT_THRESHOLDS, type DrugXKind, type DrugXProfile } from '../../sim/index';
import { runExperiment, type Run } from './runs';

export type Duration = 'short' | 'hours' | 'long';
export const DURATIONS: readonly Duration[] = ['short', 'hours', 'long'];
export const KINDS: readonly DrugXKind[] = ['agonist', 'partial_agonist', 'antagonist'];

/** Where the duration classes meet, hours: under 2, 2 to 12, over 12. */
export const DURATION_LIMITS_H = { short: 2, hours: 12 } as const;
/** The larger amount the exercise offers: full agonists reach the danger zone with it, a partial one does not. */
export const LARGE_FACTOR = 16;

export const durationOf = (hours: number): Duration =>
  hours < DURATION_LIMITS_H.short ? 'short' : hours <= DURATION_LIMITS_H.hours ? 'hours' : 'long';

const peak = (a: Float64Array, t: Float64Array, from = -Infinity, to = Infinity) => {
  let m = 0;
  for (let i = 0; i < a.length; i++) if (t[i]! >= from && t[i]! <= to && a[i]! > m) m = a[i]!;
  return m;
};

/** How long Drug X holds at least half its peak share of receptors, h (to the end of the run at most). */
export function holdHours(run: Run): number {
  const x = run.shares.drugX;
  const top = peak(x, run.t);
  let start = -1;
  for (let i = 0; i < x.length; i++) {
    if (start < 0 && x[i]! >= top / 2) start = run.t[i]!;
    else if (start >= 0 && x[i]! < top / 2) return run.t[i]! - start;
  }
  return start < 0 ? 0 : run.t[run.t.length - 1]! - start;
}

export interface DrugXFacts {
  kind: DrugXKind;
  duration: Duration;
  holdH: number;
  /** Given alone: the most receptors it held (%), peak euphoria (0-100), breathing lost (%). */
  alonePct: number;
  aloneEuphoria: number;
  aloneBreathing: number;
  /** Breathing lost at the large amount (%), and whether that is the danger zone. */
  largeBreathing: number;
  largeDanger: boolean;
  /** Peak euphoria after Drug X with naltrexone on board. */
  blockedEuphoria: number;
  /** After the opioid: peak withdrawal (COWS) in the 6 h after Drug X, with and without it. */
  withdrawalWith: number;
  withdrawalWithout: number;
}

const round = (x: number) => Math.round(x);

/** Runs the experiments (the usual amount, and the large one alone) and reads the facts. */
export function drugXFacts(profile: DrugXProfile, atH: number): DrugXFacts {
  const alone = runExperiment(profile, 'alone').withX;
  const large = runExperiment(profile, 'alone', LARGE_FACTOR).withX;
  const blocked = runExperiment(profile, 'naltrexone').withX;
  const opioid = runExperiment(profile, 'opioid');
  const holdH = holdHours(alone);
  const largeBreathing = peak(large.breathing, large.t);
  return {
    kind: drugXKind(profile),
    duration: durationOf(holdH),
    holdH,
    alonePct: round(100 * peak(alone.shares.drugX, alone.t)),
    aloneEuphoria: round(peak(alone.euphoria, alone.t)),
    aloneBreathing: round(100 * peak(alone.breathing, alone.t)),
    largeBreathing: round(100 * largeBreathing),
    largeDanger: largeBreathing >= EVENT_THRESHOLDS.overdoseBreathing.value,
    blockedEuphoria: round(peak(blocked.euphoria, blocked.t, atH)),
    withdrawalWith: round(peak(opioid.withX.cows, opioid.withX.t, atH, atH + 6)),
    withdrawalWithout: round(peak(opioid.withoutX.cows, opioid.withoutX.t, atH, atH + 6)),
  };
}

export interface Verdict {
  kindRight: boolean;
  durationRight: boolean;
}

export const judge = (facts: DrugXFacts, kind: DrugXKind, duration: Duration): Verdict => ({
  kindRight: kind === facts.kind,
  durationRight: duration === facts.duration,
});
