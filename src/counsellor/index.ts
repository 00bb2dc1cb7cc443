// Mounts the counsellor's view: the lock-and-key picture, the dates panel, the safety messages, the
// patient's curve behind "Show me the curve" (built from the dates entered, beside the picture), and
// the printable take-away. Shown in counsellor mode only (CSS on body[data-mode]); the take-away
// prints from any mode.
import { el } from '../core/dom';
import { strings } from '../strings/index';
import { renderAlcohol } from './alcohol';
import './counsellor.css';
import type { CurveDates, CurveView } from './curve-view';
import { daysBetween, localToday } from './dates';
import { renderLockAndKey } from './lock-and-key';
import { mountTakeaway } from './takeaway';
import { curvesToggle, mountDates, renderSafety, type Dates } from './view';

/** Which curve the dates call for: the later of the last injection and the last tablet (the
 *  injection when they fall on the same day), or none without either. */
export function curveDates(d: Dates): CurveDates | null {
  const inj = d.lastInjection;
  const tab = d.lastTablet;
  const today = d.today ?? localToday();
  if (inj && (!tab || daysBetween(tab, inj) >= 0)) return { kind: 'injection', origin: inj, today };
  if (tab) return { kind: 'tablet', origin: tab, today };
  return null;
}

export function mountCounsellor(host: HTMLElement, takeawayHost: HTMLElement) {
  const c = strings.lessons.counsellor;
  host.classList.add('panel', 'counsellor-panel');
  host.setAttribute('aria-labelledby', 'counsellor-heading');
  const h = el('h2', 'panel-title', c.heading);
  h.id = 'counsellor-heading';
  const picture = el('div', 'counsellor-picture');
  renderLockAndKey(picture);
  let dates: Dates | null = null;
  // The curve's code (its chart and the engine's runs) is fetched the first time it is asked for.
  const curveHost = el('div', 'patient-curve-host');
  curveHost.hidden = true;
  let curve: Promise<CurveView> | undefined;
  const showCurve = () => {
    curve ??= import('./curve-view').then(({ createCurveView }) => {
      const view = createCurveView();
      curveHost.append(view.element);
      return view;
    });
    void curve.then((view) => {
      if (curveHost.hidden) return;
      view.show(dates && curveDates(dates));
      view.element.scrollIntoView({ block: 'nearest' });
    });
  };
  const datesHost = el('div', 'counsellor-dates');
  const side = el('div', 'counsellor-side');
  renderSafety(side);
  renderAlcohol(side);
  const toggle = curvesToggle((shown) => {
    host.dataset.curve = shown ? 'shown' : 'hidden';
    curveHost.hidden = !shown;
    if (shown) showCurve();
  });
  const print = el('button', 'primary print-button', c.print);
  print.type = 'button';
  print.addEventListener('click', () => window.print());
  side.append(toggle, print);
  host.append(h, picture, curveHost, datesHost, side);
  host.dataset.curve = 'hidden';

  const takeaway = mountTakeaway(takeawayHost);
  const fields = mountDates(datesHost, (d) => {
    dates = d;
    takeaway.update(d);
    if (!curveHost.hidden) void curve?.then((view) => view.show(curveDates(d)));
  });
  return { values: fields.values, restore: fields.restore };
}
