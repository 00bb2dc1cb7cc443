// The numbers of the dose-shift explorer ("What would it take?"). For one opioid and one moment of
// a naltrexone treatment, single doses over four decades, each run by the engine with the person's
// whole history, give the peak euphoria and the peak breathing loss. Pure: no DOM; the bench and the
// tests run it in Node.
//
// Speed: a sweep runs the history once and then resumes each dose from the engine's checkpoint
// before it (`simulate(next, previous)`), so a dose costs a few hours of model time, not 40 days.
import { heroinHabit, simulate, type DoseEvent, type Route, type Timeline } from '../../sim/index';

const DAY = 24;

/** The opioids the explorer offers, with the route and the usual single dose it marks (mg). */
export const OPIOIDS = {
  heroin: { route: 'iv', usualMg: 25 },
  fentanyl: { route: 'iv', usualMg: 0.1 },
  morphine: { route: 'iv', usualMg: 10 },
  oxycodone: { route: 'oral', usualMg: 20 },
  methadone: { route: 'oral', usualMg: 30 },
} as const satisfies Record<string, { route: Route; usualMg: number }>;
export type Opioid = keyof typeof OPIOIDS;

export const STATES = ['none', 'tablets', 'week1', 'week4', 'stopped'] as const;
export type NaltrexoneState = (typeof STATES)[number];

/**
 * The one story every state is a moment of: heroin 50 mg IV every 8 hours for a month (the last
 * dose at hour 0), ten opioid-free days, then naltrexone from day 10, as the labels ask.
 */
export const STORY = {
  habit: heroinHabit(0),
  startH: 10 * DAY,
  /** 25 mg, then 50 mg a day for two weeks; the last tablet on day 23. */
  lastTabletH: 23 * DAY,
  /** While still using: when the next dose of the habit was due. */
  tolerantH: 8,
  fromH: -31 * DAY,
} as const;

const tablets: DoseEvent[] = [
  { drug: 'naltrexone', route: 'oral', mg: 25, at_h: STORY.startH },
  {
    drug: 'naltrexone',
    route: 'oral',
    mg: 50,
    at_h: STORY.startH + DAY,
    every_h: DAY,
    until_h: STORY.lastTabletH,
  },
];
const injection: DoseEvent = { drug: 'naltrexone', route: 'im', mg: 380, at_h: STORY.startH };

/** A moment of the story: the naltrexone given before it, and when the opioid dose is taken (h). */
export interface Moment {
  naltrexone: readonly DoseEvent[];
  atH: number;
}

export const MOMENTS: Readonly<Record<NaltrexoneState, Moment>> = {
  none: { naltrexone: [], atH: STORY.startH },
  tablets: { naltrexone: tablets, atH: STORY.lastTabletH + DAY },
  week1: { naltrexone: [injection], atH: STORY.startH + 7 * DAY },
  week4: { naltrexone: [injection], atH: STORY.startH + 28 * DAY },
  stopped: { naltrexone: tablets, atH: STORY.lastTabletH + 21 * DAY },
};

/** Days since the monthly injection for the Schild plot's points (its slow decline, weeks 1-6). */
export const SCHILD_DAYS = [7, 14, 21, 28, 35, 42] as const;

export const SWEEP = {
  /** Doses from a tenth of the usual dose to a thousand times it, evenly on a log scale. */
  count: 32,
  lowFactor: 0.1,
  highFactor: 1000,
} as const;

/** One dose-response sweep: peak effects of each dose, and the block present when it is taken. */
export interface Curve {
  /** mg, rising. */
  doses: Float64Array;
  /** Peak euphoria after each dose, 0-100. */
  euphoria: Float64Array;
  /** Peak share of breathing drive lost after each dose, 0-1. */
  breathing: Float64Array;
  /** Share of receptors the antagonists hold just before the dose (against endorphin alone). */
  blocked: number;
}

export function sweepDoses(opioid: Opioid): Float64Array {
  const { usualMg } = OPIOIDS[opioid];
  const n = SWEEP.count;
  const span = Math.log(SWEEP.highFactor / SWEEP.lowFactor);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = usualMg * SWEEP.lowFactor * Math.exp((span * i) / (n - 1));
  return out;
}

const maxFrom = (series: Float64Array) => {
  let m = 0;
  for (let i = 0; i < series.length; i++) if (series[i]! > m) m = series[i]!;
  return m;
};

/** How long after the dose its peak is looked for, h: the engine's one-minute grid covers the first
 *  hour after an injection (the peak comes within minutes); methadone by mouth peaks at 4-5 h. */
export const PEAK_WINDOW_H = { iv: 1.5, oral: 8 } as const;

/**
 * Peak effects of each dose of `opioid` taken at `atH` after `history`, sampled every minute after
 * an injected dose and every five after a swallowed one (the engine's own grid there).
 */
export function sweepCurve(opioid: Opioid, history: readonly DoseEvent[], atH: number): Curve {
  const { route } = OPIOIDS[opioid];
  const doses = sweepDoses(opioid);
  const euphoria = new Float64Array(doses.length);
  const breathing = new Float64Array(doses.length);
  const iv = route === 'iv';
  let previous: Timeline | undefined;
  let blocked = 0;
  for (let i = 0; i < doses.length; i++) {
    const t = simulate(
      {
        from_h: STORY.fromH,
        output_from_h: atH,
        to_h: atH + (iv ? PEAK_WINDOW_H.iv : PEAK_WINDOW_H.oral),
        step_min: iv ? 1 : 5,
        doses: [...history, { drug: opioid, route, mg: doses[i]!, at_h: atH }],
      },
      previous,
      { recycle: true },
    );
    // The first sample is the moment of the dose, before it acts.
    if (i === 0) blocked = t.occupancy_by_class.antagonist[0]!;
    euphoria[i] = maxFrom(t.euphoria);
    breathing[i] = maxFrom(t.respiratory_depression);
    previous = t;
  }
  return { doses, euphoria, breathing, blocked };
}

/**
 * The dose at which `series` first reaches `level`, read between the swept doses on the log scale;
 * undefined when no swept dose reaches it (or the lowest already does).
 */
export function doseAt(curve: Curve, series: 'euphoria' | 'breathing', level: number): number | undefined {
  const y = curve[series];
  for (let i = 1; i < y.length; i++) {
    if (y[i]! < level) continue;
    if (y[i - 1]! >= level) return undefined;
    const f = (level - y[i - 1]!) / (y[i]! - y[i - 1]!);
    const lo = Math.log(curve.doses[i - 1]!);
    return Math.exp(lo + f * (Math.log(curve.doses[i]!) - lo));
  }
  return undefined;
}

/** Competitive (Gaddum) theory's dose ratio for a block holding `blocked` of the receptors against
 *  endorphin alone: 1 + (B/K_B)/(1 + endorphin tone), which is 1 / (1 - blocked). */
export const gaddumRatio = (blocked: number) => 1 / (1 - blocked);

/** Least-squares slope and intercept of y on x. */
export function fitLine(xs: readonly number[], ys: readonly number[]): { slope: number; intercept: number } {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}
