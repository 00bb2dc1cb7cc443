// The type system refuses a translation with a key missing or a key too many, down to the plain
// names of the model's parameters and the words of each lesson step: `npm run typecheck` compiles
// this file, and each @ts-expect-error below fails the check if its error ever stops happening.
import { expect, test } from 'vitest';
import type { Table } from '../../src/strings/en';
import { es } from '../../src/strings/es';

type Lessons = Table['lessons'];
type Steps = Lessons['steps'];

test('a translation missing a key, or with one en.ts lacks, does not compile', () => {
  const playbar: Table['timeline']['playbar'] = { ...es.timeline.playbar };
  // @ts-expect-error a key missing: every word of en.ts needs its translation
  const missing: Table['timeline']['track'] = { label: 'x', doseHint: 'x', moved: 'x' };
  const extra: Table['timeline']['track'] = {
    ...es.timeline.track,
    // @ts-expect-error a key too many: a word the app never shows
    unused: 'x',
  };
  // @ts-expect-error a parameter's plain name missing from the model panel's table
  const params: Lessons['info']['model']['params'] = { cl: 'x' };
  // @ts-expect-error a lesson step without its plain (counsellor) wording
  const step: Steps['blockade']['hold'] = { title: 'x', text: 'x' };
  // @ts-expect-error an event kind the engine does not have
  const events: Table['timeline']['events'] = { ...es.timeline.events, fainted: 'x' };
  // @ts-expect-error a function with other parameters than the English one
  const stepOf: Lessons['ui']['stepOf'] = (n: string) => n;
  expect([playbar, missing, extra, params, step, events, stepOf].length).toBe(7);
});
