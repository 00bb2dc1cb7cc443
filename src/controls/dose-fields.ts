// The dose form's fields, each a labelled real control: what (drug, route, amount with the usual
// amounts one click away), when (now at the cursor, or a chosen day and time), how often (once, or
// every so many hours until a day), and the note a field shows for a problem or a warning. Each
// builder returns its elements and how to read them; dose-form.ts puts them together.
import { DRUGS, type Drug, type Route } from '../../sim/index';
import { setAttr, setProp, setText } from '../core/set-text';
import { strings } from '../strings/index';
import { drugName, formatMg, formatMoment, routeName } from './dose-text';
import { defaultAmount, routesOf, usualAmounts } from './dose-presets';

const S = strings.timeline.dose;
let seq = 0;

/** Day number and "HH:MM" to model hours. */
export function hoursOf(day: number, clock: string): number {
  const [hh, mm] = clock.split(':').map(Number);
  return day * 24 + (hh ?? 0) + (mm ?? 0) / 60;
}

function field(label: string, control: HTMLElement, cls = 'dp-field'): HTMLElement {
  const id = `dp-${++seq}`;
  control.id = id;
  const wrap = document.createElement('div');
  wrap.className = cls;
  const l = wrap.appendChild(document.createElement('label'));
  l.htmlFor = id;
  l.textContent = label;
  wrap.appendChild(control);
  return wrap;
}

const number = (min: number, step: string) => {
  const i = document.createElement('input');
  i.type = 'number';
  i.min = String(min);
  i.step = step;
  i.inputMode = 'decimal';
  return i;
};

/** Drug, route and amount, with the usual amounts of the chosen drug and route one click away. */
export function whatFields() {
  const drug = document.createElement('select');
  for (const d of DRUGS) drug.append(new Option(drugName(d), d));
  drug.value = 'naltrexone';
  const route = document.createElement('select');
  const mg = number(0, 'any');
  mg.required = true;
  const usual = document.createElement('div');
  usual.className = 'dp-usual';
  usual.setAttribute('role', 'group');
  usual.setAttribute('aria-label', S.usual);
  const markUsual = () => {
    for (const b of usual.querySelectorAll<HTMLButtonElement>('button'))
      b.setAttribute('aria-pressed', String(Number(b.dataset.mg) === Number(mg.value)));
  };
  const chip = (v: number) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'dp-chip';
    b.textContent = formatMg(v, drug.value);
    b.dataset.mg = String(v);
    b.addEventListener('click', () => {
      mg.value = String(v);
      markUsual();
    });
    return b;
  };
  const fillRoutes = () =>
    route.replaceChildren(
      ...routesOf(drug.value as Drug).map((r) => new Option(routeName(drug.value, r), r)),
    );
  const fillUsual = () => {
    const [d, r] = [drug.value as Drug, route.value as Route];
    mg.value = String(defaultAmount(d, r));
    usual.replaceChildren(...usualAmounts(d, r).map(chip));
    markUsual();
  };
  drug.addEventListener('change', () => {
    fillRoutes();
    fillUsual();
  });
  route.addEventListener('change', fillUsual);
  mg.addEventListener('input', markUsual);
  fillRoutes();
  fillUsual();

  const row = document.createElement('div');
  row.className = 'dp-row';
  row.append(field(S.drug, drug), field(S.route, route));
  const amount = field(S.amount, mg, 'dp-field dp-amount');
  const amountRow = amount.appendChild(document.createElement('div'));
  amountRow.className = 'dp-row dp-amount-row';
  amountRow.append(mg, usual);
  const read = () => ({ drug: drug.value as Drug, route: route.value as Route, mg: parseFloat(mg.value) });
  return { elements: [row, amount], read, mg, amount, drug, route };
}

/** When: now (the cursor, shown beside it) or a chosen day and time. */
export function whenFields() {
  const when = document.createElement('fieldset');
  when.className = 'dp-when';
  when.appendChild(document.createElement('legend')).textContent = S.when;
  const name = `dp-when-${++seq}`;
  const radio = (value: string, text: string) => {
    const l = when.appendChild(document.createElement('label'));
    l.className = 'dp-radio';
    const r = l.appendChild(document.createElement('input'));
    r.type = 'radio';
    r.name = name;
    r.value = value;
    const span = l.appendChild(document.createElement('span'));
    span.textContent = text;
    return { r, span };
  };
  const now = radio('now', S.now);
  now.r.checked = true;
  const nowTime = now.span.appendChild(document.createElement('strong'));
  const at = radio('at', S.at);
  const day = number(-400, '1');
  const clock = document.createElement('input');
  clock.type = 'time';
  const atFields = when.appendChild(document.createElement('div'));
  atFields.className = 'dp-row';
  atFields.append(field(S.day, day), field(S.clock, clock));
  const syncAt = () => void (day.disabled = clock.disabled = !at.r.checked);
  now.r.addEventListener('change', syncAt);
  at.r.addEventListener('change', syncAt);
  syncAt();
  return {
    el: when,
    day,
    clock,
    chosen: () => at.r.checked,
    /** The dose's time: the chosen day and time, or the cursor. */
    atH: (cursor: number) => (at.r.checked ? hoursOf(Number(day.value), clock.value || '00:00') : cursor),
    /** Shows the cursor; the chosen-time fields follow it until the user picks "at a chosen time".
     *  Says whether anything changed. */
    show(h: number, d: number, minute: number): boolean {
      if (!setText(nowTime, ` ${formatMoment(h)}`)) return false;
      if (!at.r.checked) {
        day.value = String(d);
        clock.value = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
      }
      return true;
    },
  };
}

/** Repeat: every N hours until a day (the end of that day). */
export function repeatFields() {
  const box = document.createElement('input');
  box.type = 'checkbox';
  const every = number(1, 'any');
  every.value = '24';
  const until = number(-400, '1');
  const repeat = document.createElement('fieldset');
  repeat.className = 'dp-repeat';
  const legend = repeat.appendChild(document.createElement('legend'));
  legend.appendChild(document.createElement('label')).append(box, ` ${S.repeat}`);
  const fields = repeat.appendChild(document.createElement('div'));
  fields.className = 'dp-row';
  fields.append(field(S.every, every), field(S.until, until));
  const sync = () => void (every.disabled = until.disabled = !box.checked);
  box.addEventListener('change', sync);
  sync();
  return {
    el: repeat,
    every,
    until,
    /** As typed (NaN where not a number), or null without a repeat. */
    raw: () => (box.checked ? { every: parseFloat(every.value), untilDay: parseFloat(until.value) } : null),
    read: () =>
      box.checked ? { every_h: Number(every.value), until_h: Number(until.value) * 24 + 23 + 59 / 60 } : null,
    /** Until a week after the cursor's day, unless the user is setting a repeat. */
    follow: (d: number) => void (!box.checked && (until.value = String(d + 7))),
  };
}

/** A note under a field: a problem (the field is marked invalid) or a warning. */
export function fieldNote(control: HTMLInputElement, after: HTMLElement) {
  const note = document.createElement('p');
  note.id = `${control.id}-note`;
  note.className = 'dp-note';
  note.hidden = true;
  after.insertAdjacentElement('afterend', note);
  // Called on every change of the form and the scenario: only what differs is written, since an
  // attribute written again with the same value still makes the browser restyle the element.
  return (text: string | null, kind: 'error' | 'warning' = 'error') => {
    setProp(note, 'hidden', !text);
    setText(note, text ?? '');
    if (text) setProp(note, 'className', `dp-note dp-note--${kind}`);
    setAttr(control, 'aria-invalid', text && kind === 'error' ? 'true' : null);
    setAttr(control, 'aria-describedby', text ? note.id : null);
  };
}
