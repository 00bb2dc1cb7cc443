// The explorer's numbers as a table: every swept dose, with peak euphoria and breathing lost on the
// three curves. The charts' data for anyone who cannot see them, or wants the figures.
import { el } from '../core/dom';
import { panelStrings } from '../strings/panels';
import { formatDose, pct } from './format';
import type { Exploration } from './model';

export function fillTable(table: HTMLTableElement, e: Exploration): void {
  const w = panelStrings.explorer;
  const curves = [e.curve, e.sameDay, e.tolerant];
  const names = [w.curves.state, w.curves.sameDay, w.curves.tolerant];
  const head = el('tr');
  head.append(el('th', '', w.tableDose));
  for (const n of names) {
    head.append(el('th', '', `${n}: ${w.euphoriaTitle}`), el('th', '', `${n}: ${w.breathingTitle}`));
  }
  for (const th of head.querySelectorAll('th')) th.scope = 'col';
  const rows = Array.from(e.curve.doses, (mg, i) => {
    const tr = el('tr');
    const th = el('th', '', formatDose(mg));
    th.scope = 'row';
    tr.append(th);
    for (const c of curves)
      tr.append(el('td', '', String(Math.round(c.euphoria[i]!))), el('td', '', String(pct(c.breathing[i]!))));
    return tr;
  });
  table.replaceChildren(el('caption', '', w.tableCaption), el('thead'), el('tbody'));
  table.tHead!.append(head);
  table.tBodies[0]!.append(...rows);
}
