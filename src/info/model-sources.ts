// "The model and its sources", for people: a picture of the chain the model follows (dose, blood,
// receptors, signal, feeling, adaptation), then every number the engine uses, read from its
// catalogue, under a plain name with its unit, how sure we are and the references behind it, then the
// limits and a numbered reference list. No file, code or web-page names are shown; a low-grade
// source is never the one cited (src/info/references.ts).
import { CATALOGUE, LIGANDS, type CatalogueRow } from '../../sim/index';
import { el } from '../core/dom';
import { format, strings } from '../strings/index';
import { infoStrings } from '../strings/info';
import { chainFigure } from './chain-figure';
import './info.css';
import { REFERENCES, referencesIn } from './references';

const fmt = (v: number) =>
  Math.abs(v) >= 1e4 || (Math.abs(v) < 1e-3 && v !== 0) ? format.sci(v) : format.num(+v.toPrecision(4));

/** The chain step and plain title of a catalogue group, and the molecule it is about. */
export function groupOf(group: string): { step: string; title: string; molecule: string } {
  const m = infoStrings.model;
  const names = strings.timeline.names;
  const pk = /^PK: (.+)$/.exec(group);
  if (pk) return { step: 'blood', title: m.drugGroup(names[pk[1]!] ?? pk[1]!), molecule: pk[1]! };
  const receptor = /^Receptor: (\S+)/.exec(group);
  if (receptor) {
    const name = receptor[1]!;
    const kind = (LIGANDS as Record<string, { class: string }>)[name]?.class ?? '';
    return {
      step: 'receptors',
      title: m.ligandGroup(names[name] ?? name, m.classes[kind] ?? kind),
      molecule: name,
    };
  }
  if (/threshold|event|warning/i.test(group))
    return { step: 'warnings', title: m.steps.warnings!, molecule: '' };
  return { step: 'response', title: m.steps.response!, molecule: '' };
}

/** A parameter's plain name: `xrFractions[1]` reads "Monthly injection: share released, phase 2". */
export function plainName(name: string): string | undefined {
  const m = infoStrings.model;
  const [, base, index] = /^(\w+)(?:\[(\d+)\])?$/.exec(name) ?? [];
  const plain = base ? m.params[base] : undefined;
  if (!plain) return undefined;
  return index === undefined ? plain : m.phase(plain, Number(index) + 1);
}

const refNumber = new Map(REFERENCES.map((r, i) => [r.id, i + 1]));

/** "Label or study: [3], [12]" with links to the list, or the grade's plain note. */
function sourceCell(row: CatalogueRow, molecule: string): HTMLTableCellElement {
  const notes = infoStrings.model.sourceNotes;
  const td = el('td', 'source');
  // A low-grade or unchecked value names no source: the grade says what it is.
  const refs =
    row.confidence === 'C' || row.confidence === 'BK'
      ? []
      : referencesIn(`${row.source} ${row.note ?? ''}`, molecule);
  const lead =
    row.confidence === 'D'
      ? refs.length
        ? notes.Dto
        : notes.D
      : refs.length
        ? notes[row.confidence]
        : notes[row.confidence];
  td.append(lead ?? '');
  refs.forEach((r, i) => {
    td.append(i ? ', ' : ' ');
    const a = el('a', 'ref-link', `[${refNumber.get(r.id)}]`);
    a.href = `#ref-${r.id}`;
    td.append(a);
  });
  return td;
}

function parameterTable(): HTMLElement {
  const m = infoStrings.model;
  const wrap = el('div', 'table-wrap');
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', m.tableCaption);
  const table = el('table', 'param-table model-table');
  table.append(el('caption', 'visually-hidden', m.tableCaption));
  const head = el('tr');
  for (const h of [m.table.name, m.table.value, m.table.unit, m.table.grade, m.table.source])
    head.append(Object.assign(el('th', '', h), { scope: 'col' }));
  table.createTHead().append(head);
  let group = '';
  let body = el('tbody');
  for (const row of CATALOGUE) {
    const g = groupOf(row.group);
    if (row.group !== group) {
      group = row.group;
      body = el('tbody');
      body.dataset.step = g.step;
      const tr = el('tr', 'group-row');
      tr.append(Object.assign(el('th', '', g.title), { scope: 'colgroup', colSpan: 5 }));
      body.append(tr);
      table.append(body);
    }
    const tr = el('tr');
    const grade = el('td', `conf conf-${row.confidence}`, row.confidence);
    grade.title = m.grades[row.confidence] ?? '';
    tr.append(
      Object.assign(el('th', 'param-plain', plainName(row.name) ?? row.name), { scope: 'row' }),
      el('td', 'num', fmt(row.value)),
      el('td', '', m.units[row.unit] ?? row.unit),
      grade,
      sourceCell(row, g.molecule),
    );
    body.append(tr);
  }
  wrap.append(table);
  return wrap;
}

function grades(): HTMLElement {
  const m = infoStrings.model;
  const dl = el('dl', 'grade-list');
  for (const [code, text] of Object.entries(m.grades))
    dl.append(el('dt', `conf conf-${code}`, code), el('dd', '', text));
  return dl;
}

function referenceList(): HTMLElement {
  const m = infoStrings.model;
  const ol = el('ol', 'reference-list');
  for (const r of REFERENCES) {
    const li = el('li');
    li.id = `ref-${r.id}`;
    li.append(el('span', 'ref-kind', `${m.referenceKinds[r.kind]}. `), r.citation);
    ol.append(li);
  }
  return ol;
}

export function renderModel(host: HTMLElement): void {
  const t = infoStrings;
  const m = t.model;
  host.append(el('p', 'model-intro', m.intro), chainFigure());
  host.append(el('h3', '', m.gradesHeading), grades());
  host.append(el('h3', '', m.tableCaption), parameterTable());
  host.append(el('h3', '', t.limitsHeading));
  const list = el('ul');
  for (const l of t.limits) list.append(el('li', '', l));
  host.append(list, el('h3', '', m.referencesHeading), referenceList());
}
