// Every translation against English, value by value: the same keys (the type checks this too, see
// types.test.ts), the same number of items in every list (a safety list one line short would drop a
// warning), the same {values} in every template, and every function fills in the same values. And
// nothing is left in English by mistake: the few strings that read the same in both languages
// (symbols, units, names) are listed here.
import { describe, expect, test } from 'vitest';
import { CATALOGUE } from '../../sim/index';
import { en } from '../../src/strings/en';
import { enInfo } from '../../src/strings/en-info';
import { enPanels } from '../../src/strings/en-panels';
import { es } from '../../src/strings/es';
import { esInfo } from '../../src/strings/es-info';
import { esPanels } from '../../src/strings/es-panels';

type Leaf = { path: string; value: unknown };

function leaves(node: unknown, path = '', out: Leaf[] = []): Leaf[] {
  if (Array.isArray(node)) node.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) leaves(v, path ? `${path}.${k}` : k, out);
  else out.push({ path, value: node });
  return out;
}

function shape(node: unknown, path = '', out: string[] = []): string[] {
  if (Array.isArray(node)) {
    out.push(`${path}: list of ${node.length}`);
    node.forEach((v, i) => shape(v, `${path}[${i}]`, out));
  } else if (node && typeof node === 'object') {
    out.push(`${path}: {${Object.keys(node).sort().join(',')}}`);
    for (const [k, v] of Object.entries(node)) shape(v, path ? `${path}.${k}` : k, out);
  } else
    out.push(`${path}: ${typeof node}${typeof node === 'function' ? `/${(node as () => void).length}` : ''}`);
  return out;
}

const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();

/** Functions whose arguments are not plain values to fill in (tested in events and problems tests). */
const NOT_FILLERS = new Set(['timeline.eventText', 'app.notes.problem']);

/** Distinct stand-ins for a function's arguments: numbers above 1 (no singular), marked strings. */
const samples = (n: number, kind: 'number' | 'string') =>
  Array.from({ length: n }, (_, i) => (kind === 'number' ? 9001 + i : `‹arg${i}›`));

/** Strings that are rightly the same in Spanish: units, symbols, key names, formats and names. */
const SAME_IN_BOTH = [
  'app.shortcuts.keys[0][0]',
  'app.shortcuts.keys[2][0]',
  'app.shortcuts.keys[4][0]',
  'app.shortcuts.keys[5][0]',
  'app.shortcuts.keys[6][0]',
  'app.shortcuts.keys[7][0]',
  'app.shortcuts.keys[8][0]',
  'app.shortcuts.keys[9][0]',
  'app.shortcuts.keys[10][0]',
  'app.shortcuts.keys[11][0]',
  'app.shortcuts.keys[12][0]',
  'app.shortcuts.keys[13][0]',
  'time.moment',
  'time.minutes',
  'time.hours',
  'time.hoursMinutes',
  'timeline.keys[1][0]',
  'timeline.keys[3][0]',
  'timeline.keys[4][0]',
  'timeline.keys[6][0]',
  'timeline.keys[7][0]',
  'timeline.shortNames.6-MAM',
  'timeline.shortNames.6-beta-naltrexol',
  'timeline.plasma.unit',
  'timeline.playbar.zoom',
  'timeline.playbar.perSecond',
  'timeline.readout.plasma',
  'timeline.readout.cowsBand',
  'timeline.dose.mg',
  'timeline.dose.describe',
  'timeline.dose.drugs.alcohol',
  'timeline.exports.svg',
  'timeline.exports.png',
  'lessons.takeaway.noDate',
];

/** The panels' strings rightly the same in Spanish. */
const PANELS_SAME_IN_BOTH = ['drugX.series.background.alone'];

/** The information dialogs' strings rightly the same in Spanish: a heading of names, units. */
const INFO_SAME_IN_BOTH = ['about[6].heading', 'model.units.ng/mL', 'model.units.nM', 'model.units.g/mol'];

/** Each translated table beside its English one and the strings rightly the same in both. */
const TRANSLATIONS: [string, object, object, string[]][] = [
  ['es', es, en, SAME_IN_BOTH],
  ['es (panels)', esPanels, enPanels, PANELS_SAME_IN_BOTH],
  ['es (information dialogs)', esInfo, enInfo, INFO_SAME_IN_BOTH],
];

describe.each(TRANSLATIONS)('%s against en', (_lang, table, en, sameInBoth) => {
  const theirs = new Map(leaves(table).map((l) => [l.path, l.value]));
  const ours = leaves(en);

  test('the same keys, kinds and list lengths everywhere', () => {
    expect(shape(table)).toEqual(shape(en));
  });

  test('every template has the same {values}', () => {
    const differ = ours
      .filter((l) => typeof l.value === 'string')
      .filter(
        (l) => placeholders(l.value as string).join() !== placeholders(theirs.get(l.path) as string).join(),
      )
      .map(
        (l) =>
          `${l.path}: ${placeholders(l.value as string).join()} / ${placeholders(theirs.get(l.path) as string).join()}`,
      );
    expect(differ).toEqual([]);
  });

  test('every function writes every value it is given, in both languages', () => {
    const differ: string[] = [];
    let checked = 0;
    for (const l of ours) {
      if (typeof l.value !== 'function' || NOT_FILLERS.has(l.path)) continue;
      checked++;
      const f = l.value as (...a: unknown[]) => string;
      const g = theirs.get(l.path) as (...a: unknown[]) => string;
      for (const kind of ['string', 'number'] as const) {
        const args = samples(f.length, kind);
        let a: string, b: string;
        try {
          [a, b] = [String(f(...args)), String(g(...args))];
        } catch {
          continue; // a function of numbers called with strings, or the other way round
        }
        for (const v of args.map(String))
          if (a.includes(v) !== b.includes(v)) differ.push(`${l.path}(${kind}): ${a} / ${b}`);
      }
    }
    expect(differ).toEqual([]);
    expect(checked).toBeGreaterThan(2); // the model panel has 3, the main table dozens
  });

  test('nothing is left in English but what reads the same in both languages', () => {
    const same = ours
      .filter((l) => typeof l.value === 'string' && theirs.get(l.path) === l.value)
      .map((l) => l.path);
    expect(same).toEqual(sameInBoth);
  });
});

test('every unit of the engine’s catalogue has a name (else the model panel shows it raw)', () => {
  const units = [...new Set(CATALOGUE.map((r) => r.unit))];
  expect(units.filter((u) => !(u in esInfo.model.units))).toEqual([]);
  expect(units.filter((u) => !(u in enInfo.model.units))).toEqual([]);
});
