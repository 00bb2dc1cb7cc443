// Drug X's number (the seed): shown, typed by a lecturer, or drawn anew; and the class link, which
// carries the number and nothing else, so the answer is not in the address.
import { DRUG_X_SEEDS } from '../../sim/index';
import { button, el } from '../core/dom';
import { setText } from '../core/set-text';
import { panelStrings } from '../strings/panels';

/** A new drug number from the platform's random source (the model's seeded source is for the model). */
export function drawSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return DRUG_X_SEEDS.min + (a[0]! % (DRUG_X_SEEDS.max - DRUG_X_SEEDS.min + 1));
}

export const classLink = (seed: number) => `${location.origin}${location.pathname}?drugx=${seed}`;

export function createSeedView(onSeed: (seed: number) => void) {
  const w = panelStrings.drugX;
  const row = el('div', 'dx-seed');
  const label = el('label', 'dx-seed-label');
  const input = el('input');
  input.id = 'dx-seed';
  input.type = 'text';
  input.inputMode = 'numeric';
  input.autocomplete = 'off';
  input.size = 7;
  label.htmlFor = input.id;
  label.textContent = w.seedLabel;
  const status = el('p', 'dx-seed-status');
  status.setAttribute('aria-live', 'polite');
  const manual = el('input', 'dx-link-field');
  manual.readOnly = true;
  manual.hidden = true;
  manual.setAttribute('aria-label', w.manual);
  const use = () => {
    const v = /^\d{1,6}$/.test(input.value.trim()) ? Number(input.value.trim()) : NaN;
    if (v >= DRUG_X_SEEDS.min && v <= DRUG_X_SEEDS.max) onSeed(v);
    else setText(status, w.seedBad(DRUG_X_SEEDS.min, DRUG_X_SEEDS.max));
  };
  input.addEventListener('keydown', (e) => e.key === 'Enter' && use());
  let seed = 0;
  const copy = async () => {
    const link = classLink(seed);
    try {
      await navigator.clipboard.writeText(link);
      manual.hidden = true;
      setText(status, w.copied);
    } catch {
      manual.value = link;
      manual.hidden = false;
      setText(status, w.manual);
      manual.select();
    }
  };
  row.append(
    label,
    input,
    button(w.seedUse, 'dx-seed-use', use),
    button(w.another, 'dx-another', () => onSeed(drawSeed())),
    button(w.copyLink, 'dx-copy', () => void copy()),
  );
  const box = el('div', 'dx-seed-box');
  box.append(row, el('p', 'dx-hint', w.seedHint), status, manual);
  return {
    box,
    show(next: number) {
      seed = next;
      input.value = String(next);
      setText(status, '');
      manual.hidden = true;
    },
  };
}
