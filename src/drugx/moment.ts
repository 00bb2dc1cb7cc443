// The receptors at the chosen time, worked out without a page: the hundred squares' counts from the
// run with Drug X at that hour, the letter and colour of the experiment's background drug, and the
// picture said in words. moment-view.ts shows it. Pure.
import { format } from '../strings/index';
import { panelStrings } from '../strings/panels';
import { LIGAND_STYLE } from '../theme';
import { hundred, type Holder } from './picture';
import type { Experiment } from './runs';

export interface Moment {
  counts: Record<Holder, number>;
  /** The background drug's square: N for naltrexone, H for heroin and its products. */
  background: { letter: string; colour: string };
  /** The hour, in words ("hour 2.5"). */
  time: string;
  words: string;
}

/** The last sample at or before hour `h` (the first, before the run starts). */
export function sampleAt(t: Float64Array, h: number): number {
  let i = 0;
  while (i < t.length - 1 && t[i + 1]! <= h) i++;
  return i;
}

export function momentAt(e: Experiment, h: number): Moment {
  const w = panelStrings.drugX;
  const i = sampleAt(e.withX.t, h);
  const s = e.withX.shares;
  const counts = hundred({
    drugX: s.drugX[i]!,
    background: s.background[i]!,
    endorphin: s.endorphin[i]!,
    free: s.free[i]!,
  });
  const naltrexone = e.experiment === 'naltrexone';
  const colour = naltrexone ? LIGAND_STYLE.naltrexone.css : LIGAND_STYLE.heroin.css;
  const time = w.timeValue(format.fixed(h, h < 10 ? 1 : 0));
  const bgName = w.series.background[e.experiment];
  return {
    counts,
    background: { letter: naltrexone ? 'N' : 'H', colour },
    time,
    words: w.picture(time, counts.drugX, counts.background, bgName, counts.endorphin, counts.free),
  };
}
