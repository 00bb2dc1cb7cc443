// The lesson machine: steps in order, a guess before the reveal, the reveal before moving on,
// free play at the end; links and restores land on the right step. Effects are stubbed and counted.
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { lessonMachine, type MachineStep } from '../../src/lessons/machine';
import { LESSON_STEPS } from '../../src/lessons/steps';

const STEPS: MachineStep[] = [
  { id: 'intro', kind: 'narrate' },
  { id: 'guess', kind: 'predict', choices: ['a', 'b'] },
  { id: 'free', kind: 'free' },
];

function start(index = 0, guess: string | null = null) {
  const calls: string[] = [];
  const machine = lessonMachine.provide({
    actions: {
      enterStep: (_, p) => void calls.push(`enter ${p.index}`),
      revealAnswer: (_, p) => void calls.push(`reveal ${p.index} ${p.guess}${p.instant ? ' instant' : ''}`),
    },
  });
  const actor = createActor(machine, { input: { lessonId: 'demo', steps: STEPS, index, guess } }).start();
  return { actor, calls, state: () => actor.getSnapshot() };
}

describe('the lesson machine', () => {
  test('a lesson opens on its first step and loads it', () => {
    const { state, calls } = start();
    expect(state().value).toBe('narrate');
    expect(calls).toEqual(['enter 0']);
  });

  test('back is ignored on the first step', () => {
    const { actor, state } = start();
    actor.send({ type: 'BACK' });
    expect(state().context.index).toBe(0);
  });

  test('reveal is refused until a guess is made', () => {
    const { actor, state, calls } = start();
    actor.send({ type: 'NEXT' });
    expect(state().value).toEqual({ predict: 'awaiting' });
    expect(state().can({ type: 'REVEAL' })).toBe(false);
    actor.send({ type: 'REVEAL' });
    expect(state().value).toEqual({ predict: 'awaiting' });
    expect(calls).not.toContain(expect.stringMatching(/^reveal/));
  });

  test('next is refused on a prediction until it is revealed', () => {
    const { actor, state } = start(1);
    actor.send({ type: 'NEXT' });
    expect(state().context.index).toBe(1);
    actor.send({ type: 'GUESS', choice: 'a' });
    actor.send({ type: 'NEXT' });
    expect(state().value).toEqual({ predict: 'guessed' });
  });

  test('a guess that is not one of the choices is ignored', () => {
    const { actor, state } = start(1);
    actor.send({ type: 'GUESS', choice: 'z' });
    expect(state().value).toEqual({ predict: 'awaiting' });
    expect(state().context.guess).toBeNull();
  });

  test('guess, change of mind, reveal, then next to free play', () => {
    const { actor, state, calls } = start(1);
    actor.send({ type: 'GUESS', choice: 'a' });
    actor.send({ type: 'GUESS', choice: 'b' });
    expect(state().context.guess).toBe('b');
    actor.send({ type: 'REVEAL' });
    expect(state().value).toEqual({ predict: 'revealed' });
    expect(calls).toContain('reveal 1 b');
    actor.send({ type: 'GUESS', choice: 'a' });
    expect(state().context.guess).toBe('b');
    actor.send({ type: 'NEXT' });
    expect(state().value).toBe('free');
    actor.send({ type: 'NEXT' });
    expect(state().value).toBe('free');
  });

  test('back from free play returns to a fresh prediction', () => {
    const { actor, state } = start(2);
    actor.send({ type: 'BACK' });
    expect(state().value).toEqual({ predict: 'awaiting' });
    expect(state().context.guess).toBeNull();
  });

  test('a link with a guess opens the prediction already revealed, without animation', () => {
    const { state, calls } = start(1, 'a');
    expect(state().value).toEqual({ predict: 'revealed' });
    expect(calls).toEqual(['enter 1', 'reveal 1 a instant']);
    expect(state().context.restoring).toBe(false);
  });

  test('goto clamps the step and drops a guess that does not fit', () => {
    const { actor, state } = start();
    actor.send({ type: 'GOTO', index: 99 });
    expect(state().context.index).toBe(2);
    actor.send({ type: 'GOTO', index: 1, guess: 'nope' });
    expect(state().value).toEqual({ predict: 'awaiting' });
    actor.send({ type: 'GOTO', index: 0, guess: 'a' });
    expect(state().value).toBe('narrate');
    expect(state().context.guess).toBeNull();
  });

  test('load switches lessons; restart goes back to the first step', () => {
    const { actor, state, calls } = start(2);
    actor.send({ type: 'LOAD', lessonId: 'other', steps: [{ id: 'only', kind: 'free' }] });
    expect(state().context.lessonId).toBe('other');
    expect(state().value).toBe('free');
    actor.send({ type: 'LOAD', lessonId: 'demo', steps: STEPS, index: 2 });
    actor.send({ type: 'RESTART' });
    expect(state().context.index).toBe(0);
    expect(calls.at(-1)).toBe('enter 0');
  });
});

describe('every lesson', () => {
  test.each(Object.entries(LESSON_STEPS))(
    '%s ends in free play and its predictions have answers',
    (_, steps) => {
      expect(steps.at(-1)!.kind).toBe('free');
      for (const s of steps.filter((x) => x.kind === 'predict')) {
        expect(s.choices!.length).toBeGreaterThanOrEqual(2);
        expect(s.choices).toContain(s.answer);
        expect(s.reveal).toBeDefined();
      }
    },
  );

  test('each lesson but the sandbox has a predict-then-reveal moment', () => {
    for (const [id, steps] of Object.entries(LESSON_STEPS))
      if (id !== 'sandbox')
        expect(
          steps.some((s) => s.kind === 'predict'),
          id,
        ).toBe(true);
  });

  test('a lesson can be walked from start to free play', () => {
    for (const [id, steps] of Object.entries(LESSON_STEPS)) {
      const actor = createActor(lessonMachine, { input: { lessonId: id, steps } }).start();
      for (let guard = 0; guard < 20 && actor.getSnapshot().value !== 'free'; guard++) {
        const step = steps[actor.getSnapshot().context.index]!;
        if (step.kind === 'predict') {
          actor.send({ type: 'GUESS', choice: step.choices![0]! });
          actor.send({ type: 'REVEAL' });
        }
        actor.send({ type: 'NEXT' });
      }
      expect(actor.getSnapshot().value, id).toBe('free');
      expect(actor.getSnapshot().context.index).toBe(steps.length - 1);
    }
  });
});
