// The student's answer: what kind of drug Drug X is and how long it acts (two real radio groups),
// checked against the engine's answer and explained with the numbers of the experiments; the drug is
// named only then.
import { DRUG_X_AT_H, type DrugXKind, type DrugXProfile } from '../../sim/index';
import { button, el, radio } from '../core/dom';
import { setText } from '../core/set-text';
import { format, strings } from '../strings/index';
import { panelStrings } from '../strings/panels';
import { drugXFacts, DURATIONS, judge, KINDS, type DrugXFacts, type Duration } from './answer';

function radios<T extends string>(
  name: string,
  legend: string,
  options: readonly T[],
  words: Record<T, string>,
) {
  const fieldset = el('fieldset', `dx-question dx-${name}`);
  fieldset.append(el('legend', '', legend));
  for (const value of options) {
    const label = el('label', 'dx-option');
    const input = radio(`dx-${name}`, value);
    label.append(input, el('span', '', words[value]));
    fieldset.append(label);
  }
  const read = () => fieldset.querySelector<HTMLInputElement>('input:checked')?.value as T | undefined;
  const clear = () => fieldset.querySelectorAll('input').forEach((i) => (i.checked = false));
  return { fieldset, read, clear };
}

/** The explanation: the drug, what its kind showed in the experiments, and how long it held on. */
export function explain(profile: DrugXProfile, f: DrugXFacts): string[] {
  const w = panelStrings.drugX;
  const name = strings.scene.ligands[profile.drug];
  const kind =
    f.kind === 'antagonist'
      ? w.explain.antagonist({ pct: f.alonePct, withdrawal: f.withdrawalWith, without: f.withdrawalWithout })
      : w.explain[f.kind]({
          euphoria: f.aloneEuphoria,
          breathing: f.aloneBreathing,
          large: f.largeBreathing,
          blocked: f.blockedEuphoria,
        });
  const hours = f.holdH < 10 ? format.fixed(f.holdH, 1) : format.num(Math.round(f.holdH));
  return [
    w.was(name, format.num(profile.mg), w.routes[profile.route] ?? profile.route),
    kind,
    w.explainDuration(hours),
  ];
}

export function createAnswerView() {
  const w = panelStrings.drugX;
  const box = el('section', 'dx-answer');
  const heading = el('h3', '', w.answerHeading);
  heading.id = 'dx-answer-heading';
  box.setAttribute('aria-labelledby', heading.id);
  const kind = radios<DrugXKind>('kind', w.kindLegend, KINDS, w.kinds);
  const duration = radios<Duration>('duration', w.durationLegend, DURATIONS, w.durations);
  const result = el('div', 'dx-result');
  result.setAttribute('aria-live', 'polite');
  let profile: DrugXProfile | undefined;
  const check = button(w.check, 'primary dx-check', () => {
    const k = kind.read();
    const d = duration.read();
    if (!profile) return;
    if (!k || !d) {
      result.replaceChildren(el('p', 'dx-need', w.needBoth));
      return;
    }
    const facts = drugXFacts(profile, DRUG_X_AT_H);
    const v = judge(facts, k, d);
    const verdict = [
      v.kindRight ? w.kindRight : w.kindWrong(w.kinds[facts.kind]),
      v.durationRight ? w.durationRight : w.durationWrong(w.durations[facts.duration]),
    ];
    result.dataset.right = String(v.kindRight && v.durationRight);
    result.replaceChildren(
      el('p', `dx-verdict ${v.kindRight && v.durationRight ? 'right' : ''}`, verdict.join(' ')),
      ...explain(profile, facts).map((s) => el('p', 'dx-explain', s)),
    );
  });
  box.append(heading, kind.fieldset, duration.fieldset, check, result);
  return {
    box,
    /** A new drug: the answers and the result are cleared. */
    reset(next: DrugXProfile) {
      profile = next;
      kind.clear();
      duration.clear();
      setText(result, '');
      delete result.dataset.right;
    },
  };
}
