// The guided steps of lessons 5 and 6: naltrexone started too early, and overcoming the block
// after lost tolerance. Words live in src/strings (lessons.steps), keyed by lesson id and step id.
import { COWS_BANDS, simulate, type Scenario, type Timeline } from '../../sim/index';
import { antagonistShare, at, cowsBand, peak, pct, round, without } from './facts';
import { free, type Facts, type LessonStep } from './step-types';

const DAY = 24;

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

/** Breathing lost at the habit's last dose, while the person was still tolerant. */
function tolerantBreathing(s: Scenario): number {
  const habitEnd = -10 * DAY;
  const t = simulate({ ...s, output_from_h: habitEnd - 1, to_h: habitEnd + 2, step_min: 2 });
  return pct(peak(t, 'respiratory_depression', habitEnd, habitEnd + 2).value);
}

export const RISK_STEPS: Record<string, readonly LessonStep[]> = {
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
};
