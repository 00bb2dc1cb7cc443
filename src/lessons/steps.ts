// The guided steps of each lesson: which scenario (the lesson's main one or a variant from
// sim/lessons) the step shows, where the cursor goes, the choices of a prediction and the stretch of
// time the reveal plays. `facts` reads the numbers the narration quotes off the model's output.
// Words live in src/strings (lessons.steps), keyed by lesson id and step id.
import { COWS_BANDS, simulate, type Drug, type Scenario, type Timeline } from '../../sim/index';
import type { MachineStep } from './machine';
import {
  antagonistShare,
  at,
  cowsBand,
  finePeak,
  firstBelow,
  localPeaks,
  ordinaryDoseShare,
  peak,
  pct,
  round,
  without,
} from './facts';

const DAY = 24;

export type Facts = Record<string, string | number>;

export interface LessonStep extends MachineStep {
  /** A variant id of the lesson's scenarios; the main scenario when absent. */
  variant?: string;
  /** Where the cursor goes when the step opens, model hours. */
  seek: number;
  /** The right choice of a prediction. */
  answer?: string;
  /** The stretch of model time the reveal plays through, hours: the charts zoom to it on a reveal. */
  reveal?: { from: number; to: number };
  /**
   * The comparison the step quotes, drawn as a ghost curve on the charts (when the step opens, or for
   * a prediction when it is revealed): the same scenario without these drugs, on this chart.
   */
  ghost?: { without: readonly Drug[]; series: 'euphoria' | 'respiratory_depression' };
  /** A narration step's moment worth a closer look: the charts zoom to it when the step opens. */
  frame?: { from: number; to: number };
  facts?: (t: Timeline, s: Scenario) => Facts;
  /** A panel the step links to ('body-map', 'drug-x'): the root opens it (strings.lessons.ui.open). */
  open?: string;
}

const free: LessonStep = { id: 'free', kind: 'free', seek: 0 };

/** Peak withdrawal after a naltrexone start, with its band, and the minutes it took to pass 25
 *  (moderately severe) or, when it never does, to peak. */
function precipitated(t: Timeline, startH: number): Facts {
  const p = peak(t, 'withdrawal_cows', startH, startH + 3 * DAY);
  const cows = t.withdrawal_cows;
  let crossed = p.t_h;
  for (let i = 0; i < t.t_h.length; i++)
    if (t.t_h[i]! >= startH && cows[i]! >= COWS_BANDS.moderatelySevere) {
      crossed = t.t_h[i]!;
      break;
    }
  return { peakCows: round(p.value), band: cowsBand(p.value), minutes: round((crossed - startH) * 60) };
}

function opioidPeaks(t: Timeline): Facts {
  const win = (from: number) => peak(t, 'euphoria', from, from + 12);
  const [h, o, y, f] = [win(1), win(13), win(25), win(37)];
  return {
    heroinMin: round((h.t_h - 1) * 60),
    fentanylMin: round((f.t_h - 37) * 60),
    tabletH: round((o.t_h - 13 + (y.t_h - 25)) / 2, 1),
    heroinPeak: round(h.value),
    oxyPeak: round(o.value),
    hydroPeak: round(y.value),
    fentanylPeak: round(f.value),
    heroinResp: pct(peak(t, 'respiratory_depression', 1, 13).value),
  };
}

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

/** Breathing lost at the habit's last dose, while the person was still tolerant. */
function tolerantBreathing(s: Scenario): number {
  const habitEnd = -10 * DAY;
  const t = simulate({ ...s, output_from_h: habitEnd - 1, to_h: habitEnd + 2, step_min: 2 });
  return pct(peak(t, 'respiratory_depression', habitEnd, habitEnd + 2).value);
}

export const LESSON_STEPS: Record<string, readonly LessonStep[]> = {
  endorphins: [
    { id: 'intro', kind: 'narrate', seek: 6, open: 'body-map' },
    {
      id: 'share',
      kind: 'predict',
      seek: 0,
      choices: ['most', 'half', 'few'],
      answer: 'few',
      reveal: { from: 0, to: 12 },
      facts: (t) => ({
        endorphinPct: pct(at(t, t.occupancy.endorphin!, 12)),
        euphoria: round(at(t, 'euphoria', 12)),
      }),
    },
    free,
  ],
  'opioid-high': [
    { id: 'intro', kind: 'narrate', seek: 0.5 },
    {
      id: 'fastest',
      kind: 'predict',
      seek: 0.9,
      choices: ['injected', 'tablets', 'same'],
      answer: 'injected',
      reveal: { from: 0.9, to: 40 },
      facts: opioidPeaks,
    },
    { id: 'breathing', kind: 'narrate', seek: 1.1, facts: opioidPeaks },
    free,
  ],
  tolerance: [
    { id: 'intro', kind: 'narrate', seek: 8.2 },
    {
      id: 'adapt',
      kind: 'narrate',
      seek: 29 * DAY + 0.2,
      // Heroin's high lasts minutes: read the peaks at the engine's resolution, not the lesson's 30-min samples.
      facts: (_t, s) => ({
        firstEuphoria: round(finePeak(s, 'euphoria', 0, DAY).value),
        lateEuphoria: round(finePeak(s, 'euphoria', 29 * DAY, 30 * DAY).value),
      }),
    },
    {
      id: 'stop',
      kind: 'predict',
      seek: 30 * DAY,
      choices: ['nothing', 'wave', 'months'],
      answer: 'wave',
      reveal: { from: 30 * DAY, to: 40 * DAY },
      facts: (t) => {
        const p = peak(t, 'withdrawal_cows', 30 * DAY, 44 * DAY);
        const gone = firstBelow(t, 'withdrawal_cows', 5, p.t_h);
        return {
          peakDay: round((p.t_h - 30 * DAY) / DAY, 1),
          peakCows: round(p.value),
          band: cowsBand(p.value),
          // Counted from the last dose (day 30 of the scenario), as a person would count.
          goneDays: gone === undefined ? '14+' : Math.ceil((gone - 30 * DAY) / DAY),
        };
      },
    },
    free,
  ],
  blockade: [
    { id: 'intro', kind: 'narrate', seek: 10 * DAY },
    {
      id: 'hold',
      kind: 'narrate',
      seek: 11.5 * DAY,
      facts: (t) => ({ naltrexonePct: pct(antagonistShare(t, 11.5 * DAY)) }),
    },
    {
      id: 'heroin',
      kind: 'predict',
      seek: 13.5 * DAY - 0.5,
      choices: ['full', 'weaker', 'nothing'],
      answer: 'nothing',
      reveal: { from: 13.5 * DAY - 0.25, to: 13.5 * DAY + 3 },
      ghost: { without: ['naltrexone'], series: 'euphoria' },
      facts: (t, s) => ({
        blockedEuphoria: round(peak(t, 'euphoria', 13.5 * DAY, 14.5 * DAY).value),
        openEuphoria: round(peak(without(s, ['naltrexone']), 'euphoria', 13.5 * DAY, 14.5 * DAY).value),
      }),
    },
    {
      id: 'competition',
      kind: 'narrate',
      variant: 'forty-times',
      seek: 13.5 * DAY + 0.1,
      frame: { from: 13.5 * DAY - 0.25, to: 13.5 * DAY + 3 },
      facts: (t) => ({
        euphoria: round(peak(t, 'euphoria', 13.5 * DAY, 14.5 * DAY).value),
        resp: pct(peak(t, 'respiratory_depression', 13.5 * DAY, 14.5 * DAY).value),
        naltrexonePct: pct(antagonistShare(t, 13.5 * DAY - 0.1)),
      }),
    },
    free,
  ],
  'too-early': [
    { id: 'intro', kind: 'narrate', seek: -DAY },
    {
      id: 'day1',
      kind: 'predict',
      seek: DAY - 0.5,
      choices: ['nothing', 'mild', 'severe'],
      answer: 'severe',
      reveal: { from: DAY - 0.25, to: DAY + 6 },
      facts: (t) => precipitated(t, DAY),
    },
    {
      id: 'day10',
      kind: 'predict',
      variant: 'day-10',
      seek: 10 * DAY - 0.5,
      choices: ['same', 'little'],
      answer: 'little',
      reveal: { from: 10 * DAY - 0.25, to: 11 * DAY },
      facts: (t) => precipitated(t, 10 * DAY),
    },
    {
      id: 'methadone7',
      kind: 'narrate',
      variant: 'methadone-day-7',
      seek: 7 * DAY + 3,
      facts: (t) => precipitated(t, 7 * DAY),
    },
    {
      id: 'methadone14',
      kind: 'narrate',
      variant: 'methadone-day-14',
      seek: 14 * DAY + 3,
      facts: (t) => precipitated(t, 14 * DAY),
    },
    free,
  ],
  overcome: [
    {
      id: 'intro',
      kind: 'narrate',
      seek: 14 * DAY + 0.2,
      facts: (t) => ({ euphoria14: round(peak(t, 'euphoria', 14 * DAY, 15 * DAY).value) }),
    },
    {
      id: 'large',
      kind: 'predict',
      seek: 42 * DAY - 0.5,
      choices: ['blocked', 'through'],
      answer: 'through',
      reveal: { from: 42 * DAY - 0.25, to: 42 * DAY + 3 },
      facts: (t) => ({
        euphoria: round(peak(t, 'euphoria', 42 * DAY, 43 * DAY).value),
        antagonistPct: pct(antagonistShare(t, 42 * DAY)),
        resp: pct(peak(t, 'respiratory_depression', 42 * DAY, 43 * DAY).value),
      }),
    },
    {
      id: 'stopped',
      kind: 'predict',
      variant: 'stopped',
      seek: 84 * DAY - 0.5,
      choices: ['same', 'worse'],
      answer: 'worse',
      reveal: { from: 84 * DAY - 0.25, to: 84 * DAY + 3 },
      facts: (t, s) => ({
        resp: pct(peak(t, 'respiratory_depression', 84 * DAY, 85 * DAY).value),
        tolerantResp: tolerantBreathing(s),
      }),
    },
    {
      id: 'naloxone',
      kind: 'narrate',
      variant: 'naloxone',
      seek: 84 * DAY + 0.5,
      ghost: { without: ['naloxone'], series: 'respiratory_depression' },
      frame: { from: 84 * DAY - 0.25, to: 84 * DAY + 3 },
      facts: (t, s) => ({
        before: pct(at(without(s, ['naloxone']), 'respiratory_depression', 84 * DAY + 1 / 3)),
        after: pct(at(t, 'respiratory_depression', 84 * DAY + 1 / 3)),
      }),
    },
    free,
  ],
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

export function stepsOf(lessonId: string): readonly LessonStep[] {
  return LESSON_STEPS[lessonId] ?? [];
}
