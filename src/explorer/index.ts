// The dose-shift explorer, "What would it take?": choose an opioid and a moment of naltrexone
// treatment; the engine sweeps single doses over four decades and the charts show where the curves
// move. Words say what each state means, what the block asks for (measured, and as Gaddum's theory
// predicts) and what tolerance used to ask; a slider reads the curves at any swept dose; the numbers
// are in a table; students can open a Schild plot. Mounted once, in its dialog, when first opened.
// The page is view.ts; this file decides when the curves are computed, so the page never stalls.
import './explorer.css';
import { nextPaint } from '../core/after-paint';
import { panelStrings } from '../strings/panels';
import { createExplorerModel } from './model';
import { timingWords } from './summary';
import { createExplorerView } from './view';
import { createWarmer } from './warm';

export function mountExplorer(host: HTMLElement): void {
  const w = panelStrings.explorer;
  const model = createExplorerModel();
  const view = createExplorerView(host, model, () => schedule());
  const { root } = view;
  const warmLater = createWarmer(model, root);
  /** Cancels the computation waiting for the next paint, if any (a newer choice replaces it). */
  let cancel = () => {};

  /**
   * Recomputes for the current choice: the asked-for sweep first, drawn at once; then, a frame later
   * when they are not computed yet, the comparison curves (the same day without naltrexone, the daily
   * user). The times are shown and kept for the bench: the sweep's, and the whole choice's.
   */
  const recompute = () => {
    const { opioid, state } = view.read();
    const curves = model.missing(opioid, state);
    const t0 = performance.now();
    const first = model.explore(opioid, state, false);
    const sweepMs = performance.now() - t0;
    root.dataset.curves = String(curves);
    root.dataset.sweepMs = sweepMs.toFixed(1);
    view.draw(first);
    const finish = (restMs: number) => {
      root.dataset.recomputeMs = (sweepMs + restMs).toFixed(1);
      view.status(timingWords(curves, sweepMs, restMs));
      root.removeAttribute('aria-busy');
      root.dataset.ready = 'true';
      view.invalidateSchild();
      warmLater(opioid, state);
    };
    if (first.sameDay && first.tolerant) return finish(0);
    view.status(w.comparing);
    cancel = nextPaint(() => {
      const now = view.read();
      if (now.opioid !== opioid || now.state !== state) return;
      const t1 = performance.now();
      view.draw(model.explore(opioid, state));
      finish(performance.now() - t1);
    });
  };
  // Say "computing" first when curves must be computed, so the page shows it before the work.
  const schedule = () => {
    const { opioid, state } = view.read();
    cancel();
    if (model.missing(opioid, state) === 0) return recompute();
    root.setAttribute('aria-busy', 'true');
    view.status(w.computing);
    cancel = nextPaint(recompute);
  };
  schedule();
}
