// "Show me the curve": the patient's own curve, from the dates entered. The block's strength (the
// share of an ordinary dose it stops, from block-curve.ts) on the calendar from the last injection (or
// the last tablet), with the day the block may start to fade, the day the next shot is due and a
// "today" line, in plain words. What to draw is worked out in curve-layout.ts and drawn with D3 once
// and updated (curve-chart.ts); the engine's points are worked out in small pieces between frames (a
// few milliseconds each), so the page never stalls.
import { el } from '../core/dom';
import { strings } from '../strings/index';
import { curveWork, type CurveKind, type CurveWork } from './block-curve';
import { createCurveChart } from './curve-chart';
import { curveLayout, type CurveDates } from './curve-layout';

export type { CurveDates } from './curve-layout';

/** A piece of work between frames, ms: the engine's runs are 2-20 ms each. */
const SLICE_MS = 10;

export interface CurveView {
  element: HTMLElement;
  /** Shows the curve for these dates (or asks for a date, given none). */
  show(dates: CurveDates | null): void;
}

/** The figure: its heading, the chart's box, the explanation and the progress read out. */
function curveFigure() {
  const c = strings.lessons.counsellor.curve;
  const figure = el('figure', 'patient-curve');
  figure.id = 'patient-curve';
  const heading = el('h3', 'curve-title', c.heading);
  heading.id = 'patient-curve-title';
  figure.setAttribute('aria-labelledby', heading.id);
  const status = el('p', 'curve-status');
  status.setAttribute('aria-live', 'polite');
  const box = el('div', 'curve-box');
  const caption = el('figcaption', 'curve-caption');
  figure.append(heading, box, caption, status);
  return { figure, box, caption, status };
}

export function createCurveView(): CurveView {
  const c = strings.lessons.counsellor.curve;
  const { figure, box, caption, status } = curveFigure();
  const chart = createCurveChart(box);
  const works: Partial<Record<CurveKind, CurveWork>> = {};
  let current: CurveDates | null = null;
  let pending: ReturnType<typeof setTimeout> | undefined;

  const draw = () => {
    const d = current;
    if (!d) return;
    const work = works[d.kind]!;
    const layout = curveLayout(d, work.points, work.done, box.clientWidth);
    chart.draw(layout);
    caption.textContent = layout.caption;
    status.textContent = layout.status;
    figure.dataset.points = String(work.points.length);
    figure.dataset.kind = d.kind;
    figure.dataset.done = String(work.done);
  };

  /** Works out a few more points, draws, and comes back after the browser has had its turn. */
  const step = () => {
    pending = undefined;
    const d = current;
    if (!d) return;
    const work = (works[d.kind] ??= curveWork(d.kind));
    const began = performance.now();
    while (!work.done && performance.now() - began < SLICE_MS) work.next();
    draw();
    if (!work.done) pending = setTimeout(step, 0);
  };

  new ResizeObserver(() => current && draw()).observe(box);
  return {
    element: figure,
    show(dates) {
      current = dates;
      figure.classList.toggle('curve-empty', !dates);
      chart.shown(!!dates);
      if (!dates) {
        caption.textContent = c.empty;
        status.textContent = '';
        return;
      }
      if (pending === undefined) step();
    },
  };
}
