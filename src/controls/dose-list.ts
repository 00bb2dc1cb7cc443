// The doses of the scenario as a list in words, each with a Remove button, so every dose (including a
// lesson's history, off the visible part of the charts) can be read and removed by keyboard.
import type { DoseEvent } from '../../sim/index';
import { strings } from '../strings/index';
import { setProp, setText } from '../core/set-text';
import { doseWords } from './dose-text';

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
  const item = (i: number) => {
    const li = document.createElement('li');
    li.appendChild(document.createElement('span'));
    const b = li.appendChild(document.createElement('button'));
    b.type = 'button';
    b.className = 'dp-remove';
    b.dataset.index = String(i);
    b.textContent = S.remove;
    b.addEventListener('click', () => onRemove(i));
    return li;
  };
  return {
    el,
    update(doses) {
      setText(summary, `${S.list} (${doses.length})`);
      setProp(empty, 'hidden', doses.length > 0);
      const active = document.activeElement;
      const focused = ol.contains(active) ? Number((active as HTMLElement).dataset.index) : -1;
      // Items are kept by position and only their words change: an edit rewrites what moved, not the
      // whole list (a new dose at the end adds one item).
      while (ol.children.length > doses.length) ol.lastElementChild!.remove();
      while (ol.children.length < doses.length) ol.appendChild(item(ol.children.length));
      doses.forEach((d, i) => {
        const li = ol.children[i]!;
        const text = doseWords(d);
        if (setText(li.firstElementChild as HTMLElement, text))
          li.lastElementChild!.setAttribute('aria-label', S.removeLabel.replace('{dose}', text));
      });
      // After a removal, keep the keyboard in the list: on the Remove button now in that place.
      if (focused >= 0 && !ol.contains(document.activeElement)) {
        const next = ol.querySelectorAll('button')[Math.min(focused, doses.length - 1)];
        (next ?? summary).focus();
      }
    },
  };
}
