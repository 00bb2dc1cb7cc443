// The counsellor's dates panel: the last opioid use and its kind (which must be chosen: there is no
// default) give the earliest start; the last injection gives when its block starts to fade and when
// the next is due; the last tablet gives when the block is gone. Dates in the past are told as past.
// Everything is computed here in the page; nothing entered is sent or stored. The form is
// dates-form.ts and what the dates say is entered.ts; here they are wired together, with the safety
// messages and the "Show me the curve" button beside them.
import { button, el } from '../core/dom';
import { strings } from '../strings/index';
import type { Line } from './advice-words';
import { localToday, OPIOID_KINDS } from './dates';
import { createDatesForm } from './dates-form';
import { readEntered, type Dates, type Entered, type Said } from './entered';

export type { Dates } from './entered';

const show = (out: HTMLElement, lines: readonly Line[]) =>
  out.replaceChildren(...lines.map((l) => el('p', `date-${l.tone}`, l.text)));

/** Puts what a card's dates say under it (its output emptied first). */
function say(out: HTMLElement, said: Said) {
  if (!said) return;
  if ('problem' in said) out.replaceChildren(el('p', 'date-problem', said.problem));
  else show(out, said.lines);
}

export function mountDates(host: HTMLElement, onChange: (d: Dates) => void) {
  const { inputs, chosen, outs } = createDatesForm(host);
  const { kind } = inputs;
  const entered = (): Entered => ({
    lastUse: inputs.lastUse.value,
    kind: kind.value,
    lastInj: inputs.lastInj.value,
    lastTab: inputs.lastTab.value,
  });

  const update = () => {
    const today = localToday();
    chosen.textContent = kind.value ? (kind.selectedOptions[0]?.textContent ?? '') : '';
    const read = readEntered(entered(), today);
    for (const out of Object.values(outs)) out.replaceChildren();
    say(outs.start, read.start);
    say(outs.injection, read.injection);
    say(outs.tablet, read.tablet);
    onChange(read.dates);
  };
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
