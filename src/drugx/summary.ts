// The sentences under Drug X's charts: the peaks of the run with Drug X (its share of receptors,
// euphoria, breathing drive lost, withdrawal) and of the same person without it. Pure.
import { panelStrings } from '../strings/panels';
import type { Experiment } from './runs';

const peakOf = (a: Float64Array) => a.reduce((m, v) => (v > m ? v : m), 0);

export function summaryWords(e: Experiment): [withX: string, withoutX: string] {
  const w = panelStrings.drugX;
  const a = e.withX;
  const b = e.withoutX;
  const r = (x: number) => Math.round(x);
  return [
    w.summary(
      r(100 * peakOf(a.shares.drugX)),
      r(peakOf(a.euphoria)),
      r(100 * peakOf(a.breathing)),
      r(peakOf(a.cows)),
    ),
    w.summaryWithout(r(peakOf(b.euphoria)), r(100 * peakOf(b.breathing)), r(peakOf(b.cows))),
  ];
}
