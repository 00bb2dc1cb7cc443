// The patient's curve: how much of an ordinary dose of heroin (25 mg into a vein, the labels' test
// dose) the block would stop on each day after the last injection or the last tablet. Every point is
// the engine's answer, never a drawn shape: the peak euphoria of the ordinary dose given on that day,
// against the same dose in the same person without naltrexone (tests/counsellor/engine-dates.test.ts
// checks the fade days the counsellor quotes with the same sums). The curve depends only on the days
// since the dose, so it is worked out once per page, a point at a time, and the dates entered only
// place it on the calendar.
import { simulate, type DoseEvent } from '../../sim/index';

const DAY = 24;
/** The ordinary dose: 25 mg of heroin into a vein, the challenge dose of the naltrexone labels. */
const ORDINARY = { drug: 'heroin', route: 'iv', mg: 25 } as const;

export type CurveKind = 'injection' | 'tablet';

export interface BlockPoint {
  /** Days after the last injection or the last tablet. */
  day: number;
  /** Share of the ordinary dose's effect the block stops, 0-1. */
  strength: number;
}

/** What each curve simulates: the naltrexone given, where the run starts, the days it is read at. */
export const CURVES: Readonly<Record<CurveKind, { doses: DoseEvent[]; fromH: number; days: number[] }>> = {
  // The monthly injection (380 mg into a muscle) on day 0: from six hours on, then each day to day 42.
  injection: {
    doses: [{ drug: 'naltrexone', route: 'im', mg: 380, at_h: 0 }],
    fromH: 0,
    days: [0.25, ...Array.from({ length: 42 }, (_, i) => i + 1)],
  },
  // Two weeks of 50 mg tablets, the last on day 0: every six hours from two days before to five after.
  tablet: {
    doses: [{ drug: 'naltrexone', route: 'oral', mg: 50, at_h: -14 * DAY, every_h: DAY, until_h: 0 }],
    fromH: -15 * DAY,
    days: Array.from({ length: 29 }, (_, i) => -2 + i / 4),
  },
};

/** Peak euphoria of the ordinary dose given at `atH` on top of `doses` (simulated from `fromH`). */
function challenge(doses: readonly DoseEvent[], atH: number, fromH: number): number {
  const t = simulate({
    from_h: fromH,
    output_from_h: atH,
    to_h: atH + 3,
    step_min: 2,
    doses: [...doses, { ...ORDINARY, at_h: atH }],
  });
  let peak = 0;
  for (const v of t.euphoria) if (v > peak) peak = v;
  return peak;
}

let openPeak: number | undefined;
/** The ordinary dose's peak in a person with no naltrexone and no opioid history. */
const open = () => (openPeak ??= challenge([], 1, 0));

/** The block's strength `day` days after the dose of curve `kind`: the share of the ordinary dose stopped. */
export function blockStrength(kind: CurveKind, day: number): number {
  const c = CURVES[kind];
  return Math.max(0, Math.min(1, 1 - challenge(c.doses, day * DAY, c.fromH) / open()));
}

/**
 * The curve's points as they are worked out: each call of `next` adds one (a run of the engine, a few
 * milliseconds), so the page can spread the work over idle moments; `done` once every day is there.
 */
export interface CurveWork {
  readonly kind: CurveKind;
  readonly points: readonly BlockPoint[];
  readonly done: boolean;
  next(): void;
}

export function curveWork(kind: CurveKind): CurveWork {
  const points: BlockPoint[] = [];
  const days = CURVES[kind].days;
  return {
    kind,
    points,
    get done() {
      return points.length === days.length;
    },
    next() {
      const day = days[points.length];
      if (day !== undefined) points.push({ day, strength: blockStrength(kind, day) });
    },
  };
}
