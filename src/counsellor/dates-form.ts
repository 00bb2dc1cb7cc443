// The counsellor's dates panel as a form: three cards (when naltrexone can start, the monthly
// injection, the tablets), each with its labelled fields and a live place for what its dates say, and
// the note that nothing entered leaves the page. The words for each card come from entered.ts.
import { el } from '../core/dom';
import { strings } from '../strings/index';
import { OPIOID_KINDS } from './dates';

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

/** The three cards in `host`: their inputs (keyed as the values carried over a change of language),
 *  the kind chosen written out, and where each card's words go. */
export function createDatesForm(host: HTMLElement) {
  const c = strings.lessons.counsellor;
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
  return {
    inputs: { lastUse, kind, lastInj, lastTab },
    chosen,
    outs: { start: start.out, injection: inj.out, tablet: tab.out },
  };
}
