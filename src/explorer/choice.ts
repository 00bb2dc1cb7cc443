// The explorer's choice: which opioid (a drop-down) and which moment of naltrexone treatment (radio
// buttons, four weeks after the shot to begin with). Either change asks the page to recompute.
import { el, radio } from '../core/dom';
import { strings } from '../strings/index';
import { panelStrings } from '../strings/panels';
import { OPIOIDS, STATES, type NaltrexoneState, type Opioid } from './sweep';

export function explorerChoice(onChange: () => void) {
  const w = panelStrings.explorer;
  const wrap = el('div', 'ex-controls');
  const label = el('label', 'ex-opioid');
  const select = el('select');
  select.id = 'ex-opioid';
  for (const [name, o] of Object.entries(OPIOIDS)) {
    const option = el('option', '', `${strings.timeline.dose.drugs[name]}, ${w.routes[o.route]}`);
    option.value = name;
    select.append(option);
  }
  label.append(el('span', '', w.opioidLabel), select);
  const states = el('fieldset', 'ex-states');
  states.append(el('legend', '', w.stateLegend));
  for (const s of STATES) {
    const l = el('label', 'ex-state');
    const input = radio('ex-state', s, onChange);
    input.checked = s === 'week4';
    l.append(input, el('span', '', w.states[s]));
    states.append(l);
  }
  select.addEventListener('change', onChange);
  wrap.append(label, states);
  const read = () => ({
    opioid: select.value as Opioid,
    state: (states.querySelector<HTMLInputElement>('input:checked')?.value ?? 'none') as NaltrexoneState,
  });
  return { wrap, read };
}
