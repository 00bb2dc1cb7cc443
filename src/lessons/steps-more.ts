// The guided steps of lessons 7-10: tablets against the injection, the sandbox, alcohol and the
// unknown drug. Words live in src/strings (lessons.steps), keyed by lesson id and step id.
import { simulate, type Scenario, type Timeline } from '../../sim/index';
import {
  antagonistShare,
  at,
  firstBelow,
  localPeaks,
  ordinaryDoseShare,
  peak,
  pct,
  round,
  without,
} from './facts';
import { free, type Facts, type LessonStep } from './step-types';

const DAY = 24;

function injectionPeaks(t: Timeline, s: Scenario): Facts {
  const ntx = t.plasma_ng_ml.naltrexone ?? new Float64Array(t.t_h.length);
  const first = peak(t, ntx, 0, 12);
  const second = peak(t, ntx, 24, 6 * DAY);
  // How many rises the level makes in the first days: the label's shape has two.
  const early = simulate({ ...s, to_h: 6 * DAY, step_min: 20 });
  const peakCount = localPeaks(early, early.plasma_ng_ml.naltrexone ?? ntx).length;
  // How long one injection alone keeps the level up: the next injection would hide the fall.
  const one = simulate({ ...s, doses: s.doses.filter((d) => d.route === 'im').slice(0, 1) });
  const below = firstBelow(one, one.plasma_ng_ml.naltrexone ?? ntx, 1, 6 * DAY);
  return {
    peak1: round(first.value, 1),
    peak1H: round(first.t_h),
    peak2: round(second.value, 1),
    peak2D: round(second.t_h / DAY, 1),
    aboveDays: below === undefined ? '?' : round(below / DAY),
    peakCount,
  };
}

export const MORE_STEPS: Record<string, readonly LessonStep[]> = {
  'tablets-vs-injection': [
    { id: 'intro', kind: 'narrate', variant: 'tablets', seek: 2 * DAY },
    {
      id: 'missed',
      kind: 'predict',
      variant: 'tablets',
      seek: 12 * DAY,
      choices: ['same', 'weaker', 'zero'],
      answer: 'weaker',
      reveal: { from: 11 * DAY, to: 13 * DAY - 1 },
      facts: (t, s) => ({
        beforePct: pct(antagonistShare(t, 12 * DAY - 1)),
        naltrexonePct: pct(antagonistShare(t, 13 * DAY - 1)),
        ordinaryPct: pct(ordinaryDoseShare(s, 13 * DAY - 1)),
      }),
    },
    {
      id: 'peaks',
      kind: 'predict',
      seek: 0,
      choices: ['onePeak', 'twoPeaks', 'flat'],
      answer: 'twoPeaks',
      reveal: { from: 0, to: 28 * DAY },
      facts: injectionPeaks,
    },
    {
      id: 'late',
      kind: 'narrate',
      seek: 62 * DAY,
      facts: (t, s) => ({
        naltrexonePct: pct(antagonistShare(t, 62 * DAY)),
        level: round(at(t, t.plasma_ng_ml.naltrexone ?? new Float64Array(t.t_h.length), 62 * DAY), 1),
        ordinaryPct: pct(ordinaryDoseShare(s, 62 * DAY)),
      }),
    },
    {
      id: 'one',
      kind: 'narrate',
      variant: 'one-injection',
      seek: 42 * DAY,
      facts: (t, s) => ({
        week4Ordinary: pct(ordinaryDoseShare(s, 28 * DAY)),
        week6Pct: pct(antagonistShare(t, 42 * DAY)),
        week6Ordinary: pct(ordinaryDoseShare(s, 42 * DAY)),
        week10Pct: pct(antagonistShare(t, 70 * DAY)),
      }),
    },
    free,
  ],
  sandbox: [{ id: 'intro', kind: 'free', seek: 0 }],
  alcohol: [
    {
      id: 'intro',
      kind: 'narrate',
      variant: 'no-naltrexone',
      seek: 2 * DAY + 20.5,
      facts: (t) => ({
        bac: round(peak(t, t.blood_alcohol_g_per_l ?? t.t_h, 2 * DAY, 3 * DAY).value, 2),
        endorphinPct: pct(peak(t, t.occupancy.endorphin!, 2 * DAY, 3 * DAY).value),
        restPct: pct(at(t, t.occupancy.endorphin!, 2 * DAY)),
      }),
    },
    {
      id: 'lift',
      kind: 'predict',
      seek: 2 * DAY + 18.5,
      choices: ['gone', 'smaller', 'same'],
      answer: 'smaller',
      reveal: { from: 2 * DAY + 18.75, to: 2 * DAY + 24 },
      facts: (t, s) => {
        const open = without(s, ['naltrexone']);
        const window = [2 * DAY, 3 * DAY] as const;
        return {
          lift: round(peak(t, 'euphoria', ...window).value),
          openLift: round(peak(open, 'euphoria', ...window).value),
          bac: round(peak(t, t.blood_alcohol_g_per_l ?? t.t_h, ...window).value, 2),
          openBac: round(peak(open, open.blood_alcohol_g_per_l ?? open.t_h, ...window).value, 2),
        };
      },
    },
    { id: 'honest', kind: 'narrate', seek: 2 * DAY + 22 },
    free,
  ],
  // Every step shows the known antagonist: the lesson's own scenario is the hidden Drug X.
  'unknown-drug': [
    { id: 'intro', kind: 'narrate', variant: 'antagonist-alone', seek: 0.5, open: 'drug-x' },
    {
      id: 'alone',
      kind: 'predict',
      variant: 'antagonist-alone',
      seek: 0.9,
      choices: ['high', 'withdrawal', 'nothing'],
      answer: 'nothing',
      reveal: { from: 0.9, to: 3 },
      facts: (t) => ({
        euphoria: round(peak(t, 'euphoria', 1, 6).value),
        resp: pct(peak(t, 'respiratory_depression', 1, 6).value),
        cows: round(peak(t, 'withdrawal_cows', 1, 6).value),
        blockPct: pct(peak(t, t.occupancy_by_class.antagonist, 1, 6).value),
      }),
    },
    { id: 'try', kind: 'narrate', variant: 'antagonist-alone', seek: 3, open: 'drug-x' },
    { ...free, variant: 'antagonist-alone' },
  ],
};
