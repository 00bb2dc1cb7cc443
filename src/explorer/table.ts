// The explorer's numbers as a table: every swept dose, with peak euphoria and breathing lost on the
// three curves. The charts' data for anyone who cannot see them, or wants the figures. Folded away
// under its summary until asked for.
import { el } from '../core/dom';
import { panelStrings } from '../strings/panels';
import { formatDose, pct } from './format';
import type { Exploration } from './model';

export function fillTable(table: HTMLTableElement, e: Exploration): void {
  const w = panelStrings.explorer;
  const all = [
    [e.curve, w.curves.state],
    [e.sameDay, w.curves.sameDay],
    [e.tolerant, w.curves.tolerant],
  ] as const;
  const shown = all.filter(([c]) => c !== undefined);
  const curves = shown.map(([c]) => c!);
  const names = shown.map(([, n]) => n);
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

/** The folded box the table sits in; it scrolls sideways on a phone (six columns of long headings),
 *  and by keyboard. */
export function createNumbersBox() {
  const w = panelStrings.explorer;
  const box = el('details', 'ex-numbers');
  box.append(el('summary', '', w.tableSummary));
  const table = el('table', 'ex-table');
  const wrap = el('div', 'table-wrap ex-table-wrap');
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', w.tableCaption);
  wrap.append(table);
  box.append(wrap);
  return { box, table };
}
