// Mounts the counsellor's view: the lock-and-key picture, the dates panel, the safety messages, the
// "show me the curve" switch for the charts, and the printable take-away. Shown in counsellor mode
// only (CSS on body[data-mode]); the take-away prints from any mode.
import { el } from '../core/dom';
import { strings } from '../strings/index';
import './counsellor.css';
import { renderLockAndKey } from './lock-and-key';
import { mountTakeaway } from './takeaway';
import { curvesToggle, mountDates, renderSafety } from './view';

export function mountCounsellor(host: HTMLElement, takeawayHost: HTMLElement) {
  const c = strings.lessons.counsellor;
  host.classList.add('panel', 'counsellor-panel');
  host.setAttribute('aria-labelledby', 'counsellor-heading');
  const h = el('h2', 'panel-title', c.heading);
  h.id = 'counsellor-heading';
  const picture = el('div', 'counsellor-picture');
  renderLockAndKey(picture);
  const datesHost = el('div', 'counsellor-dates');
  const side = el('div', 'counsellor-side');
  renderSafety(side);
  const toggle = curvesToggle((shown) => (document.body.dataset.curves = shown ? 'shown' : 'hidden'));
  const print = el('button', 'primary print-button', c.print);
  print.type = 'button';
  print.addEventListener('click', () => window.print());
  side.append(toggle, print);
  host.append(h, picture, datesHost, side);
  document.body.dataset.curves = 'hidden';

  const takeaway = mountTakeaway(takeawayHost);
  const dates = mountDates(datesHost, (d) => takeaway.update(d));
  return { print: () => window.print(), values: dates.values, restore: dates.restore };
}
