// The one-page take-away a counsellor prints for the patient: first what needs help at once, then
// lines to write the patient's name and the prescriber's phone on (the page never asks for them),
// their dates (or blank lines to fill in by hand) with the kind of last opioid the start date
// assumes, the lock-and-key picture, what naltrexone does and does not do, how to stay safe,
// naloxone, side effects and emergency pain relief. It is hidden on screen and is the only thing
// printed (see counsellor.css, @media print); tests/browser/counsellor.test.ts prints it.
import { el } from '../core/dom';
import { locale, strings } from '../strings/index';
import { formatDate as inAnyLocale, type IsoDate } from './dates';
import { renderLockAndKey } from './lock-and-key';
import type { Dates } from './view';

const formatDate = (date: IsoDate) => inAnyLocale(date, locale);

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

/** The dates as lines of the sheet: a date, a date with a note, or a blank to write in. */
function dateLines(d: Dates): Array<[label: string, value: string | undefined]> {
  const t = strings.lessons.takeaway;
  const start = d.start;
  const startText = !start
    ? undefined
    : start.stage === 'over'
      ? t.startOver
      : `${formatDate(start.earliest)} (${t.startUsual(formatDate(start.usualBy))})`;
  const inj = d.injection;
  const due = inj && (inj.daysLate > 0 ? t.overdue(formatDate(inj.nextDue)) : formatDate(inj.nextDue));
  return [
    [t.startLine, startText],
    [t.kindLine, start && strings.lessons.counsellor.kinds[start.kind]],
    [t.weakensLine, inj && formatDate(inj.weakensFrom)],
    [t.nextLine, due],
    [t.tabletLine, d.tablet && formatDate(d.tablet.goneBy)],
  ];
}

export function mountTakeaway(host: HTMLElement) {
  const t = strings.lessons.takeaway;
  host.classList.add('takeaway');
  host.setAttribute('aria-hidden', 'true');
  const title = el('h1', 'takeaway-title', t.title);
  const who = el('div', 'takeaway-who');
  for (const label of [t.nameLine, t.phoneLine]) {
    const p = el('p', 'takeaway-date takeaway-blank');
    p.append(el('span', 'label', label), el('span', 'blank'));
    who.append(p);
  }
  const picture = el('section', 'takeaway-block takeaway-picture');
  renderLockAndKey(picture);
  const dates = el('section', 'takeaway-block takeaway-dates');
  const grid = el('div', 'takeaway-columns');
  grid.append(
    block(t.doesHeading, t.does),
    block(t.doesNotHeading, t.doesNot),
    block(t.safeHeading, t.safe, 'strong'),
    block(t.naloxoneHeading, t.naloxone, 'strong'),
    block(t.soonHeading, t.soon, 'warn'),
    block(t.commonHeading, t.common),
  );
  host.append(
    title,
    block(t.helpNowHeading, t.helpNow, 'help-now'),
    dates,
    picture,
    grid,
    block(t.painHeading, t.pain),
    el('p', 'takeaway-footer', t.footer),
  );

  const update = (d: Dates) => {
    dates.replaceChildren(el('h2', '', t.datesHeading), who);
    for (const [label, value] of dateLines(d)) {
      const p = el('p', 'takeaway-date');
      p.append(el('span', 'label', label), el('strong', '', value ?? t.noDate));
      dates.append(p);
    }
  };
  update({});
  return { update };
}
