// The one-page take-away a counsellor prints for the patient: their dates (or blank lines to fill
// in by hand), what naltrexone does and does not do, side effects, naloxone and emergency pain
// relief. It is hidden on screen and is the only thing printed (see counsellor.css, @media print).
import { el } from '../core/dom';
import { strings } from '../strings/index';
import { formatDate } from './dates';
import type { Dates } from './view';

function block(heading: string, body: string | readonly string[], cls = '') {
  const s = el('section', `takeaway-block ${cls}`.trim());
  s.append(el('h2', '', heading));
  if (typeof body === 'string') s.append(el('p', '', body));
  else {
    const list = el('ul');
    for (const line of body) list.append(el('li', '', line));
    s.append(list);
  }
  return s;
}

export function mountTakeaway(host: HTMLElement) {
  const t = strings.lessons.takeaway;
  host.classList.add('takeaway');
  host.setAttribute('aria-hidden', 'true');
  const title = el('h1', 'takeaway-title', t.title);
  const dates = el('section', 'takeaway-block takeaway-dates');
  const grid = el('div', 'takeaway-columns');
  grid.append(
    block(t.doesHeading, t.does),
    block(t.doesNotHeading, t.doesNot),
    block(t.commonHeading, t.common),
    block(t.doctorHeading, t.doctor, 'warn'),
  );
  host.append(
    title,
    dates,
    grid,
    block(t.naloxoneHeading, t.naloxone, 'strong'),
    block(t.painHeading, t.pain),
    el('p', 'takeaway-footer', t.footer),
  );

  const line = (label: string, date: string | undefined) => {
    const p = el('p', 'takeaway-date');
    p.append(el('span', 'label', label), el('strong', '', date ? formatDate(date) : t.noDate));
    return p;
  };
  const update = (d: Dates) => {
    dates.replaceChildren(
      el('h2', '', t.datesHeading),
      line(t.startLine, d.start?.earliest),
      line(t.nextLine, d.injection?.nextDue),
      line(t.dangerLine, d.injection?.dangerFrom),
    );
  };
  update({});
  return { update };
}
