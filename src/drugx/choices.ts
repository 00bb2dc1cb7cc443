// The Drug X exercise's choices: the experiment and the amount of the drug (radio groups, the first
// of each chosen to begin with), which run the engine, and the window of time the charts show, which
// only redraws them.
import { DRUG_X_EXPERIMENTS, type DrugXExperiment } from '../../sim/index';
import { el, radio } from '../core/dom';
import { panelStrings } from '../strings/panels';

/** How many times the usual amount an experiment gives. */
const AMOUNTS = [1, 4, 16] as const;
/** The windows the charts can show, hours: the first one to begin with. */
export const WINDOWS = [6, 48, 168] as const;

function radioGroup<T extends string | number>(
  name: string,
  legend: string,
  values: readonly T[],
  words: (v: T) => string,
  onChange: () => void,
) {
  const fieldset = el('fieldset', `dx-choice dx-${name}`);
  fieldset.append(el('legend', '', legend));
  values.forEach((value, i) => {
    const label = el('label', 'dx-option');
    const input = radio(`dx-${name}`, String(value), onChange);
    input.checked = i === 0;
    label.append(input, el('span', '', words(value)));
    fieldset.append(label);
  });
  const read = () => fieldset.querySelector<HTMLInputElement>('input:checked')!.value;
  return { fieldset, read };
}

/** The choices' row; `onRun` when the experiment or the amount changes, `onWindow` for the window. */
export function createDrugXChoices(onRun: () => void, onWindow: () => void) {
  const w = panelStrings.drugX;
  const experiment = radioGroup(
    'experiment',
    w.experimentLegend,
    DRUG_X_EXPERIMENTS,
    (e) => w.experiments[e],
    onRun,
  );
  const amount = radioGroup('amount', w.amountLegend, AMOUNTS, (a) => w.amounts[a]!, onRun);
  const windowSelect = el('select');
  windowSelect.id = 'dx-window';
  for (const h of WINDOWS) {
    const o = el('option', '', w.windows[h]!);
    o.value = String(h);
    windowSelect.append(o);
  }
  windowSelect.addEventListener('change', onWindow);
  const windowLabel = el('label', 'dx-window', w.windowLabel);
  windowLabel.htmlFor = windowSelect.id;
  const box = el('div', 'dx-controls');
  box.append(experiment.fieldset, amount.fieldset, windowLabel, windowSelect);
  return {
    box,
    experiment: () => experiment.read() as DrugXExperiment,
    /** How many times the usual amount. */
    factor: () => Number(amount.read()),
    /** The window shown, hours. */
    windowH: () => Number(windowSelect.value),
  };
}
