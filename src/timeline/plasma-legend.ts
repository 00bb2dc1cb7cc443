// The drug-levels chart's legend: one real checkbox per molecule (its colour, shape and dash beside
// its name), so a reader can hide a line and keyboard users can too. Rebuilt only when the set of
// molecules changes; the hidden set is shared with the chart, which redraws on a change.
import { strings } from '../strings/index';
import { LIGAND_LINE, LIGAND_STYLE } from '../theme';
import { swatch } from './legend';

const S = strings.timeline;
type Key = keyof typeof LIGAND_STYLE;
export const styleOf = (k: string) => LIGAND_STYLE[k as Key] ?? LIGAND_STYLE.free;
export const lineOf = (k: string) => LIGAND_LINE[k as Key] ?? LIGAND_LINE.free;

export interface PlasmaLegend {
  /** Shows one toggle per molecule in `keys` (a no-op while the molecules stay the same). */
  show(keys: readonly string[]): void;
  /** The molecules shown in the legend, in order. */
  keys(): string[];
}

export function createPlasmaLegend(
  head: HTMLElement,
  hidden: Set<string>,
  changed: () => void,
): PlasmaLegend {
  const legend = head.appendChild(document.createElement('fieldset'));
  legend.className = 'tl-legend tl-toggles';
  const title = legend.appendChild(document.createElement('legend'));
  title.className = 'visually-hidden';
  title.textContent = S.plasma.title;
  let shown = '';

  const toggle = (k: string) => {
    const label = document.createElement('label');
    const box = label.appendChild(document.createElement('input'));
    box.type = 'checkbox';
    box.checked = !hidden.has(k);
    box.value = k;
    box.addEventListener('change', () => {
      if (box.checked) hidden.delete(k);
      else hidden.add(k);
      changed();
    });
    label.append(swatch(styleOf(k).shape, styleOf(k).css, lineOf(k)), S.names[k] ?? k);
    return label;
  };

  return {
    show(keys) {
      if (keys.join() === shown) return;
      shown = keys.join();
      legend.replaceChildren(title, ...keys.map(toggle));
    },
    keys: () => shown.split(',').filter(Boolean),
  };
}
