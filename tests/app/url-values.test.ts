// The single values a link carries are checked one by one: a bad one is dropped (the parser notes
// it), never guessed at; and the user's own doses come back validated or not at all.
import { describe, expect, test } from 'vitest';
import { DRUG_X_SEEDS, lessonById } from '../../sim/index';
import { readScenario } from '../../src/app/url-state';
import { cursorHours, drugXSeed, paramNotes, stepNumber } from '../../src/app/url-values';

describe('the values a link carries', () => {
  test('a step is a whole number from 1 to the lesson step count, as people count', () => {
    expect(stepNumber('1', 4)).toBe(1);
    expect(stepNumber('4', 4)).toBe(4);
    for (const bad of ['0', '5', '-1', '1.5', '1000', ' 2', 'two', ''])
      expect(stepNumber(bad, 4)).toBeUndefined();
  });
  test('a cursor time is a plain decimal number of hours within a million either side', () => {
    expect(cursorHours('24.5')).toBe(24.5);
    expect(cursorHours('-2')).toBe(-2);
    expect(cursorHours('1000000')).toBe(1e6);
    for (const bad of ['1000001', '1e3', 'soon', '', 'Infinity']) expect(cursorHours(bad)).toBeUndefined();
  });
  test('a Drug X seed is a whole number inside the range the exercise draws from', () => {
    expect(drugXSeed(String(DRUG_X_SEEDS.min))).toBe(DRUG_X_SEEDS.min);
    expect(drugXSeed(String(DRUG_X_SEEDS.max))).toBe(DRUG_X_SEEDS.max);
    expect(drugXSeed(String(DRUG_X_SEEDS.max + 1))).toBeUndefined();
    expect(drugXSeed('1.5')).toBeUndefined();
    expect(drugXSeed('-3')).toBeUndefined();
  });
  test('unknown, repeated and over-long keys are each noted once, in the address order', () => {
    const notes = paramNotes(new URLSearchParams(`zoom=2&lesson=a&lesson=b&t=${'9'.repeat(4001)}`));
    expect(notes).toHaveLength(3);
    expect(notes[0]).toMatch(/zoom/);
    expect(notes[1]).toMatch(/lesson.*b/);
    expect(notes[2]).toMatch(/^t:/);
    expect(paramNotes(new URLSearchParams('lesson=a&step=2'))).toEqual([]);
  });
});

describe('readScenario', () => {
  const base = lessonById('sandbox')!.scenario;
  test('doses over the lesson step span come back validated, with the step title', () => {
    const { scenario, notes } = readScenario(base, 'heroin:iv:25:13.5', undefined);
    expect(notes).toEqual([]);
    expect(scenario?.title).toBe(base.title);
    expect(scenario?.to_h).toBe(base.to_h);
    expect(scenario?.doses).toEqual([{ drug: 'heroin', route: 'iv', mg: 25, at_h: 13.5 }]);
  });
  test('a span alone keeps the step doses', () => {
    const { scenario } = readScenario(base, undefined, '0:0:48:15');
    expect(scenario?.doses).toEqual(base.doses);
    expect(scenario?.step_min).toBe(15);
  });
  test('malformed doses, invalid doses and too many time points give notes and no scenario', () => {
    expect(readScenario(base, 'garbage', undefined)).toEqual({ notes: [expect.stringMatching(/^doses:/)] });
    expect(readScenario(base, 'heroin:iv:-5:1', undefined).notes[0]).toMatch(/mg/);
    expect(readScenario(base, undefined, '0:0:9000:1')).toEqual({ notes: [expect.stringMatching(/^span:/)] });
  });
});
