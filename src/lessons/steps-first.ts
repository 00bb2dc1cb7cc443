// The guided steps of lessons 1-4: endorphins, an opioid high, tolerance and the blockade.
// Words live in src/strings (lessons.steps), keyed by lesson id and step id.
import { type Timeline } from '../../sim/index';
import { antagonistShare, at, cowsBand, finePeak, firstBelow, peak, pct, round, without } from './facts';
import { free, type Facts, type LessonStep } from './step-types';

const DAY = 24;

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

export const FIRST_STEPS: Record<string, readonly LessonStep[]> = {
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
};
