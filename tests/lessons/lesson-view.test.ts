// What the narration panel is told for a machine state: the phase, the lesson offered next, the
// step's own place in its lesson, and facts worked out once per timeline, not once per frame.
import { describe, expect, test } from 'vitest';
import { LESSONS, simulate } from '../../sim/index';
import { factsCache, narrationView, nextLessonOf, phaseOf } from '../../src/lessons/lesson-view';
import type { LessonStep } from '../../src/lessons/steps';
import { stepsOf } from '../../src/lessons/steps';
import { strings } from '../../src/strings/index';

describe('the narration view', () => {
  test('the lesson offered next is the following one in the picker, none after the last', () => {
    expect(nextLessonOf(LESSONS[0]!.id)).toBe(LESSONS[1]);
    expect(nextLessonOf(LESSONS.at(-1)!.id)).toBeUndefined();
    expect(nextLessonOf('no-such-lesson')).toBeUndefined();
  });

  test('a prediction shows its own state; free play is free; anything else narrates', () => {
    expect(phaseOf({ predict: 'guessed' })).toBe('guessed');
    expect(phaseOf('free')).toBe('free');
    expect(phaseOf('narrate')).toBe('narrate');
  });

  test('a step is told its place in the lesson and the title of the lesson that follows', () => {
    const [first, second] = LESSONS;
    const v = narrationView({ lessonId: first!.id, index: 1, guess: 'a' }, 'guessed', true, { x: 1 });
    expect(v.lessonNumber).toBe(first!.number);
    expect(v.step).toBe(stepsOf(first!.id)[1]);
    expect(v.total).toBe(stepsOf(first!.id).length);
    expect(v.nextLesson).toBe(`${second!.number}. ${strings.lessons.titles[second!.id] ?? second!.title}`);
    expect(v).toMatchObject({ index: 1, guess: 'a', phase: 'guessed', plain: true, facts: { x: 1 } });
    expect(
      narrationView({ lessonId: LESSONS.at(-1)!.id, index: 0, guess: null }, 'free', false, {}).nextLesson,
    ).toBeUndefined();
  });

  test('facts are worked out once per timeline, and again after a new step', () => {
    const scenario = LESSONS[0]!.scenario;
    const a = simulate(scenario);
    const b = simulate(scenario);
    let calls = 0;
    const step = { facts: () => ({ n: ++calls }) } as unknown as LessonStep;
    const cache = factsCache();
    expect(cache.of(step, a, scenario)).toEqual({ n: 1 });
    expect(cache.of(step, a, scenario)).toEqual({ n: 1 });
    expect(cache.of(step, b, scenario)).toEqual({ n: 2 });
    cache.forget();
    expect(cache.of(step, b, scenario)).toEqual({ n: 3 });
    expect(factsCache().of({} as LessonStep, a, scenario)).toEqual({});
  });
});
