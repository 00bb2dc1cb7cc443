// The counsellor's dates panel: the date of the last opioid use and its kind give the earliest start;
// the date of the last injection gives when it is due, when the block may weaken and when danger
// begins. Everything is computed here in the page; nothing entered is sent or stored.
import { button, el } from '../core/dom';
import { strings } from '../strings/index';
import {
  dayNumber,
  earliestStart,
  formatDate,
  injectionAdvice,
  localToday,
  type InjectionAdvice,
  type OpioidKind,
  type StartAdvice,
} from './dates';

export interface Dates {
  start?: StartAdvice;
  injection?: InjectionAdvice;
}

function field(id: string, label: string, input: HTMLInputElement | HTMLSelectElement) {
  const wrap = el('div', 'field');
  const l = el('label', '', label);
  l.htmlFor = id;
  input.id = id;
  wrap.append(l, input);
  return wrap;
}

function dateInput(): HTMLInputElement {
  const i = el('input');
  i.type = 'date';
  i.autocomplete = 'off';
  return i;
}

export function mountDates(host: HTMLElement, onChange: (d: Dates) => void) {
  const c = strings.lessons.counsellor;
  const dates: Dates = {};

  const start = el('section', 'dates-card');
  start.setAttribute('aria-labelledby', 'start-heading');
  const startH = el('h3', '', c.startHeading);
  startH.id = 'start-heading';
  const lastUse = dateInput();
  const kind = el('select');
  for (const k of ['short', 'methadone', 'buprenorphine'] as const) {
    const o = el('option', '', c.kinds[k]);
    o.value = k;
    kind.append(o);
  }
  const startOut = el('div', 'date-result');
  startOut.id = 'start-result';
  startOut.setAttribute('aria-live', 'polite');
  start.append(startH, field('last-use', c.lastUse, lastUse), field('opioid-kind', c.kind, kind), startOut);

  const inj = el('section', 'dates-card');
  inj.setAttribute('aria-labelledby', 'injection-heading');
  const injH = el('h3', '', c.injectionHeading);
  injH.id = 'injection-heading';
  const lastInj = dateInput();
  const injOut = el('div', 'date-result');
  injOut.id = 'injection-result';
  injOut.setAttribute('aria-live', 'polite');
  inj.append(injH, field('last-injection', c.lastInjection, lastInj), injOut);

  const privacy = el('p', 'privacy-note', c.privacy);
  host.append(start, inj, privacy);

  const problem = (value: string) =>
    dayNumber(value) === undefined
      ? c.invalidDate
      : dayNumber(value)! > dayNumber(localToday())!
        ? c.futureDate
        : undefined;

  const update = () => {
    startOut.replaceChildren();
    injOut.replaceChildren();
    delete dates.start;
    delete dates.injection;
    if (lastUse.value) {
      const bad = problem(lastUse.value);
      if (bad) startOut.append(el('p', 'date-problem', bad));
      else {
        dates.start = earliestStart(lastUse.value, kind.value as OpioidKind);
        startOut.append(
          el('p', 'date-main', c.startResult(formatDate(dates.start.earliest))),
          el('p', 'date-why', dates.start.kind === 'short' ? c.startWhyShort : c.startWhyLong),
        );
      }
    }
    if (lastInj.value) {
      const bad = problem(lastInj.value);
      if (bad) injOut.append(el('p', 'date-problem', bad));
      else {
        const a = (dates.injection = injectionAdvice(lastInj.value));
        injOut.append(
          el('p', 'date-main', c.nextDue(formatDate(a.nextDue))),
          el('p', 'date-why', c.weakens(formatDate(a.weakensFrom))),
          el('p', 'date-danger', c.danger(formatDate(a.dangerFrom))),
        );
      }
    }
    onChange(dates);
  };
  for (const i of [lastUse, kind, lastInj]) i.addEventListener('input', update);
  kind.addEventListener('change', update);
  return { update };
}

export function renderSafety(host: HTMLElement): void {
  const c = strings.lessons.counsellor;
  const box = el('section', 'safety');
  box.setAttribute('aria-labelledby', 'safety-heading');
  const h = el('h3', '', c.safetyHeading);
  h.id = 'safety-heading';
  const list = el('ul');
  for (const line of c.safety) list.append(el('li', '', line));
  box.append(h, list);
  host.append(box);
}

/** "Show me the curve": the charts stay behind a button in counsellor mode. */
export function curvesToggle(onToggle: (shown: boolean) => void): HTMLButtonElement {
  const c = strings.lessons.counsellor;
  let shown = false;
  const b = button(c.showCurves, 'secondary curves-toggle', () => {
    shown = !shown;
    b.textContent = shown ? c.hideCurves : c.showCurves;
    b.setAttribute('aria-expanded', String(shown));
    onToggle(shown);
  });
  b.setAttribute('aria-expanded', 'false');
  b.setAttribute('aria-controls', 'charts-panel');
  return b;
}
