// docs/model.md's parameter table is generated from the catalogue; it must match the code.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { withTable } from '../../scripts/params-doc';

it('docs/model.md lists every parameter exactly as the catalogue holds it', () => {
  const doc = readFileSync('docs/model.md', 'utf8');
  expect(withTable(doc)).toBe(doc);
});
