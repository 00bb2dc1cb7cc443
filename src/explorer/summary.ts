// The explorer's words under the charts: what the block does to the curves, and how long they took.
// Pure: from an Exploration (and the times measured) to sentences.
import { panelStrings } from '../strings/panels';
import { formatDose, formatRatio, pct } from './format';
import type { Exploration } from './model';
import { SWEEP } from './sweep';

/** The sentences under the charts: the block, the shift against theory, the tolerance that was lost
 *  (the last two once the comparison curves are there). */
export function summarise(e: Exploration): string[] {
  const w = panelStrings.explorer;
  const dose = (mg: number | undefined) => (mg === undefined ? w.beyond : formatDose(mg));
  const out = [w.blocked(pct(e.curve.blocked))];
  if (!e.sameDay || !e.tolerant) return [...out, w.comparing];
  if (e.state === 'none') out.push(w.noBlock(dose(e.danger.curve)));
  else
    out.push(
      w.shift(
        dose(e.danger.curve),
        e.measuredRatio === undefined ? '?' : formatRatio(e.measuredRatio),
        dose(e.danger.sameDay),
        formatRatio(e.predictedRatio),
      ),
    );
  out.push(w.tolerance(dose(e.danger.tolerant), dose(e.danger.sameDay)));
  return out;
}

/**
 * What a choice cost: nothing when its `curves` were all computed before, else the moment's sweep
 * (`sweepMs`) and, when the comparisons were computed too (`restMs` more), the whole choice's time.
 */
export function timingWords(curves: number, sweepMs: number, restMs: number): string {
  const w = panelStrings.explorer;
  const ms = (x: number) => Math.round(x);
  return curves === 0
    ? w.cached(SWEEP.count)
    : restMs > 0.5
      ? w.computed(ms(sweepMs), ms(sweepMs + restMs), SWEEP.count)
      : w.computedOne(ms(sweepMs), SWEEP.count);
}
