// Mounts the counsellor's view: the lock-and-key picture, the dates panel, the safety messages, the
// patient's curve behind "Show me the curve" (built from the dates entered, beside the picture), and
// the printable take-away. Shown in counsellor mode only (CSS on body[data-mode]); the take-away
// prints from any mode.
import { el } from '../core/dom';
import { strings } from '../strings/index';
import { renderAlcohol } from './alcohol';
import './counsellor.css';
import { createCurveView, type CurveDates } from './curve-view';
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
  const curve = createCurveView();
  curve.element.hidden = true;
  const datesHost = el('div', 'counsellor-dates');
  const side = el('div', 'counsellor-side');
  renderSafety(side);
  renderAlcohol(side);
  let dates: Dates | null = null;
  const toggle = curvesToggle((shown) => {
    host.dataset.curve = shown ? 'shown' : 'hidden';
    curve.element.hidden = !shown;
    if (shown) {
      curve.show(dates && curveDates(dates));
      curve.element.scrollIntoView({ block: 'nearest' });
    }
  });
  const print = el('button', 'primary print-button', c.print);
  print.type = 'button';
  print.addEventListener('click', () => window.print());
  side.append(toggle, print);
  host.append(h, picture, curve.element, datesHost, side);
  host.dataset.curve = 'hidden';

  const takeaway = mountTakeaway(takeawayHost);
  mountDates(datesHost, (d) => {
    dates = d;
    takeaway.update(d);
    if (!curve.element.hidden) curve.show(curveDates(d));
  });
}
