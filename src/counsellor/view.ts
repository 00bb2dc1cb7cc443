// The counsellor's dates panel: the last opioid use and its kind (which must be chosen: there is no
// default) give the earliest start; the last injection gives when its block starts to fade and when
// the next is due; the last tablet gives when the block is gone. Dates in the past are told as past.
// Everything is computed here in the page; nothing entered is sent or stored.
import { button, el } from '../core/dom';
import { strings } from '../strings/index';
import { injectionWords, startWords, tabletWords, type Line } from './advice-words';
import {
  dayNumber,
  earliestStart,
  injectionAdvice,
  localToday,
  OPIOID_KINDS,
  tabletAdvice,
  type InjectionAdvice,
  type IsoDate,
  type OpioidKind,
  type StartAdvice,
  type TabletAdvice,
} from './dates';

export interface Dates {
  start?: StartAdvice;
  injection?: InjectionAdvice;
  tablet?: TabletAdvice;
  /** The dates entered, when they can be used (not empty, not in the future). */
  lastInjection?: IsoDate;
  lastTablet?: IsoDate;
  /** The day the dates were read on. */
  today?: IsoDate;
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

/** The list of kinds, opening on "Choose one" so that forgetting to choose never gives a wait. */
function kindSelect(): HTMLSelectElement {
  const c = strings.lessons.counsellor;
  const kind = el('select');
  kind.required = true;
  const prompt = el('option', '', c.kindPrompt);
  prompt.value = '';
  prompt.disabled = true;
  prompt.selected = true;
  kind.append(prompt);
  for (const k of OPIOID_KINDS) {
    const o = el('option', '', c.kinds[k]);
    o.value = k;
    kind.append(o);
  }
  return kind;
}

function card(id: string, heading: string, ...fields: HTMLElement[]) {
  const section = el('section', 'dates-card');
  section.setAttribute('aria-labelledby', `${id}-heading`);
  const h = el('h3', '', heading);
  h.id = `${id}-heading`;
  const out = el('div', 'date-result');
  out.id = `${id}-result`;
  out.setAttribute('aria-live', 'polite');
  section.append(h, ...fields, out);
  return { section, out };
}

const show = (out: HTMLElement, lines: readonly Line[]) =>
  out.replaceChildren(...lines.map((l) => el('p', `date-${l.tone}`, l.text)));

export function mountDates(host: HTMLElement, onChange: (d: Dates) => void) {
  const c = strings.lessons.counsellor;
  const dates: Dates = { today: localToday() };
  const lastUse = dateInput();
  const kind = kindSelect();
  // On a phone the list shows only the start of a long choice: the whole choice is written under it.
  const chosen = el('p', 'kind-chosen');
  chosen.setAttribute('aria-hidden', 'true');
  const hint = el('p', 'field-hint', c.kindHint);
  const start = card(
    'start',
    c.startHeading,
    field('last-use', c.lastUse, lastUse),
    field('opioid-kind', c.kind, kind),
    chosen,
    hint,
  );
  const lastInj = dateInput();
  const inj = card('injection', c.injectionHeading, field('last-injection', c.lastInjection, lastInj));
  const lastTab = dateInput();
  const tab = card('tablet', c.tabletHeading, field('last-tablet', c.lastTablet, lastTab));
  host.append(start.section, inj.section, tab.section, el('p', 'privacy-note', c.privacy));

  /** A problem with a date, or undefined when it can be used. */
  const problem = (value: string, today: string) =>
    dayNumber(value) === undefined
      ? c.invalidDate
      : dayNumber(value)! > dayNumber(today)!
        ? c.futureDate
        : undefined;
  const bad = (out: HTMLElement, text: string) => out.replaceChildren(el('p', 'date-problem', text));

  const update = () => {
    const today = localToday();
    chosen.textContent = kind.value ? (kind.selectedOptions[0]?.textContent ?? '') : '';
    for (const out of [start.out, inj.out, tab.out]) out.replaceChildren();
    delete dates.start;
    delete dates.injection;
    delete dates.tablet;
    delete dates.lastInjection;
    delete dates.lastTablet;
    dates.today = today;
    const useProblem = lastUse.value ? problem(lastUse.value, today) : undefined;
    if (useProblem) bad(start.out, useProblem);
    else if (lastUse.value) {
      if (kind.value) dates.start = earliestStart(lastUse.value, kind.value as OpioidKind, today);
      show(start.out, startWords(dates.start));
    }
    const injProblem = lastInj.value ? problem(lastInj.value, today) : undefined;
    if (injProblem) bad(inj.out, injProblem);
    else if (lastInj.value) {
      dates.lastInjection = lastInj.value;
      show(inj.out, injectionWords((dates.injection = injectionAdvice(lastInj.value, today))));
    }
    const tabProblem = lastTab.value ? problem(lastTab.value, today) : undefined;
    if (tabProblem) bad(tab.out, tabProblem);
    else if (lastTab.value) {
      dates.lastTablet = lastTab.value;
      show(tab.out, tabletWords((dates.tablet = tabletAdvice(lastTab.value, today))));
    }
    onChange(dates);
  };
  const inputs = { lastUse, kind, lastInj, lastTab };
  for (const i of Object.values(inputs)) {
    i.addEventListener('input', update);
    i.addEventListener('change', update);
  }
  return {
    update,
    /** What was entered, to carry over a change of language (kept in this tab only). */
    values: (): Record<string, string> =>
      Object.fromEntries(Object.entries(inputs).map(([k, i]) => [k, i.value])),
    /** Enters carried values again; anything malformed is left empty, as the inputs would. */
    restore(values: Record<string, unknown> | undefined) {
      if (!values) return;
      for (const [k, i] of Object.entries(inputs)) {
        const v = values[k];
        if (typeof v !== 'string' || v.length > 20) continue;
        if (i === kind && !(OPIOID_KINDS as readonly string[]).includes(v)) continue;
        i.value = v;
      }
      update();
    },
  };
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

/** "Show me the curve": the patient's curve (curve-view.ts) opens beside the lock-and-key picture. */
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
  b.setAttribute('aria-controls', 'patient-curve');
  return b;
}
