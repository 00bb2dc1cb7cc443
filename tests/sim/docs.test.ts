// docs/model.md's parameter table is generated from the catalogue; it must match the code. A
// parameter keeps the note it is given (why a value was chosen), which the table and the app's
// "model and sources" panel show beside its source; one without a note has none.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { withTable } from '../../scripts/params-doc';
import { p } from '../../sim/params/types';

it('docs/model.md lists every parameter exactly as the catalogue holds it', () => {
  const doc = readFileSync('docs/model.md', 'utf8');
  expect(withTable(doc)).toBe(doc);
});

it('a parameter keeps its note, and one without a note has no note at all', () => {
  expect(p(3, 'h', 'A', 'label', 'a middle value')).toStrictEqual({
    value: 3,
    unit: 'h',
    confidence: 'A',
    source: 'label',
    note: 'a middle value',
  });
  expect(Object.keys(p(3, 'h', 'A', 'label'))).toEqual(['value', 'unit', 'confidence', 'source']);
});
