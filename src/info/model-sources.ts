// "The model and its sources": a table generated from the engine's parameter catalogue (value, unit,
// confidence, source for every number), then the simplifications and limits. Nothing is retyped
// here, so the table cannot drift from the model.
import { CATALOGUE } from '../../sim/index';
import { el } from '../core/dom';
import { strings } from '../strings/index';

const fmt = (v: number) =>
  Math.abs(v) >= 1e4 || (Math.abs(v) < 1e-3 && v !== 0) ? v.toExponential(2) : String(+v.toPrecision(4));

export function renderModel(host: HTMLElement): void {
  const t = strings.lessons.info;
  host.append(el('p', '', t.modelIntro));
  const wrap = el('div', 'table-wrap');
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', t.modelTitle);
  const table = el('table', 'param-table');
  const head = el('tr');
  for (const h of [t.table.name, t.table.value, t.table.unit, t.table.confidence, t.table.source])
    head.append(Object.assign(el('th', '', h), { scope: 'col' }));
  table.append(el('thead'));
  table.tHead!.append(head);
  let group = '';
  let body = el('tbody');
  for (const row of CATALOGUE) {
    if (row.group !== group) {
      group = row.group;
      body = el('tbody');
      const tr = el('tr', 'group-row');
      const th = Object.assign(el('th', '', group), { scope: 'colgroup', colSpan: 5 });
      tr.append(th);
      body.append(tr);
      table.append(body);
    }
    const tr = el('tr');
    tr.append(
      Object.assign(el('th', 'param-name', row.name), { scope: 'row' }),
      el('td', 'num', fmt(row.value)),
      el('td', '', row.unit),
      el('td', `conf conf-${row.confidence}`, row.confidence),
      el('td', 'source', row.note ? `${row.source} (${row.note})` : row.source),
    );
    body.append(tr);
  }
  wrap.append(table);
  host.append(wrap);
  host.append(el('h3', '', t.limitsHeading));
  const list = el('ul');
  for (const l of t.limits) list.append(el('li', '', l));
  host.append(list);
}
