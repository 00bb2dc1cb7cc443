// The doses of the scenario as a list in words, each with a Remove button, so every dose (including a
// lesson's history, off the visible part of the charts) can be read and removed by keyboard.
import type { DoseEvent } from '../../sim/index';
import { strings } from '../strings/index';
import { describeDose } from './dose-text';

const S = strings.timeline.dose;

export interface DoseList {
  el: HTMLElement;
  update(doses: readonly DoseEvent[]): void;
}

export function createDoseList(onRemove: (index: number) => void): DoseList {
  const el = document.createElement('details');
  el.className = 'dp-list';
  const summary = el.appendChild(document.createElement('summary'));
  const ol = el.appendChild(document.createElement('ol'));
  const empty = el.appendChild(document.createElement('p'));
  empty.textContent = S.none;
  let key = '';
  return {
    el,
    update(doses) {
      const k = JSON.stringify(doses);
      if (k === key) return;
      key = k;
      summary.textContent = `${S.list} (${doses.length})`;
      empty.hidden = doses.length > 0;
      const focused = ol.contains(document.activeElement)
        ? Number((document.activeElement as HTMLElement).dataset.index)
        : -1;
      ol.replaceChildren(
        ...doses.map((d, i) => {
          const li = document.createElement('li');
          const text = describeDose(d);
          li.appendChild(document.createElement('span')).textContent = text;
          const b = li.appendChild(document.createElement('button'));
          b.type = 'button';
          b.className = 'dp-remove';
          b.dataset.index = String(i);
          b.textContent = S.remove;
          b.setAttribute('aria-label', S.removeLabel.replace('{dose}', text));
          b.addEventListener('click', () => onRemove(i));
          return li;
        }),
      );
      // After a removal, keep the keyboard in the list: focus the next Remove button.
      if (focused >= 0) {
        const next = ol.querySelectorAll('button')[Math.min(focused, doses.length - 1)];
        (next ?? summary).focus();
      }
    },
  };
}
