// The lesson machine: steps in order, a guess before the reveal, the reveal before moving on,
// free play at the end; links and restores land on the right step. Effects are stubbed and counted.
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { lessonMachine, type MachineStep } from '../../src/lessons/machine';
import { lessonById } from '../../sim/index';
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

describe('loading a lesson with a step and a guess (a link, or a restore)', () => {
  const OTHER: MachineStep[] = [
    { id: 'o-intro', kind: 'narrate' },
    { id: 'o-more', kind: 'narrate' },
    { id: 'o-guess', kind: 'predict', choices: ['x', 'y', 'z'] },
    { id: 'o-free', kind: 'free' },
  ];
  test('a guess on a prediction step opens it revealed, at once, with that guess', () => {
    const { actor, state, calls } = start(0);
    actor.send({ type: 'LOAD', lessonId: 'other', steps: OTHER, index: 2, guess: 'y' });
    expect(state().value).toEqual({ predict: 'revealed' });
    expect(state().context).toMatchObject({ lessonId: 'other', index: 2, guess: 'y', restoring: false });
    expect(calls).toEqual(['enter 0', 'enter 2', 'reveal 2 y instant']);
    // From there the lesson goes on as usual, and the next reveal animates.
    actor.send({ type: 'NEXT' });
    expect(state().value).toBe('free');
    expect(state().context.guess).toBeNull();
    actor.send({ type: 'BACK' });
    actor.send({ type: 'GUESS', choice: 'z' });
    actor.send({ type: 'REVEAL' });
    expect(calls.at(-1)).toBe('reveal 2 z');
  });
  test('a guess that is not one of the choices opens the prediction waiting for one', () => {
    const { actor, state, calls } = start(0);
    actor.send({ type: 'LOAD', lessonId: 'other', steps: OTHER, index: 2, guess: 'a' });
    expect(state().value).toEqual({ predict: 'awaiting' });
    expect(state().context).toMatchObject({ guess: null, restoring: false });
    expect(calls).toEqual(['enter 0', 'enter 2']);
  });
  test('a guess on a step that asks for none is dropped', () => {
    const { actor, state } = start(0);
    actor.send({ type: 'LOAD', lessonId: 'other', steps: OTHER, index: 1, guess: 'x' });
    expect(state().value).toBe('narrate');
    expect(state().context).toMatchObject({ index: 1, guess: null, restoring: false });
  });
  test('loading over a revealed prediction replaces it, even the same step with another guess', () => {
    const { actor, state, calls } = start(1, 'a');
    actor.send({ type: 'LOAD', lessonId: 'demo', steps: STEPS, index: 1, guess: 'b' });
    expect(state().value).toEqual({ predict: 'revealed' });
    expect(state().context.guess).toBe('b');
    expect(calls).toEqual(['enter 1', 'reveal 1 a instant', 'enter 1', 'reveal 1 b instant']);
  });
  test('a step out of range is clamped and a step that is no whole number opens the first', () => {
    const { actor, state } = start(0);
    actor.send({ type: 'LOAD', lessonId: 'other', steps: OTHER, index: 40, guess: 'x' });
    expect(state().context.index).toBe(3);
    expect(state().value).toBe('free');
    actor.send({ type: 'LOAD', lessonId: 'other', steps: OTHER, index: -3 });
    expect(state().context.index).toBe(0);
    actor.send({ type: 'LOAD', lessonId: 'other', steps: OTHER, index: 1.5 });
    expect(state().context.index).toBe(0);
    actor.send({ type: 'LOAD', lessonId: 'other', steps: OTHER });
    expect(state().context.index).toBe(0);
    expect(state().value).toBe('narrate');
  });
  test('a link that goes to a step with a guess also reveals it at once', () => {
    const { actor, state, calls } = start(0);
    actor.send({ type: 'GOTO', index: 1, guess: 'b' });
    expect(state().value).toEqual({ predict: 'revealed' });
    expect(calls).toEqual(['enter 0', 'enter 1', 'reveal 1 b instant']);
    expect(state().context.restoring).toBe(false);
  });
  test('the machine started on an out-of-range step with a bad guess opens the last step', () => {
    const { state } = start(9, 'q');
    expect(state().value).toBe('free');
    expect(state().context).toMatchObject({ index: 2, guess: null, restoring: false });
  });
  test('next and back stop at the ends; back from a waiting prediction goes to the step before', () => {
    const one = createActor(lessonMachine, {
      input: { lessonId: 'one', steps: [{ id: 'only', kind: 'narrate' }] },
    }).start();
    one.send({ type: 'NEXT' });
    one.send({ type: 'BACK' });
    expect(one.getSnapshot().context.index).toBe(0);
    const { actor, state } = start(1);
    actor.send({ type: 'BACK' });
    expect(state().value).toBe('narrate');
    expect(state().context.index).toBe(0);
  });
});

describe('a reveal animates unless the step was opened from a link', () => {
  // Only a link or a restore (a step given with its guess) shows the answer at once; a step reached
  // by walking, jumping or starting over plays its reveal, so the class sees the change happen.
  const FIRST_GUESS: MachineStep[] = [
    { id: 'g', kind: 'predict', choices: ['a', 'b'] },
    { id: 'n', kind: 'narrate' },
  ];
  test('a prediction reached with next', () => {
    const { actor, calls } = start(0);
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'GUESS', choice: 'a' });
    actor.send({ type: 'REVEAL' });
    expect(calls).toEqual(['enter 0', 'enter 1', 'reveal 1 a']);
  });
  test('a prediction reached by a jump without a guess', () => {
    const { actor, calls } = start(2);
    actor.send({ type: 'GOTO', index: 1 });
    actor.send({ type: 'GUESS', choice: 'b' });
    actor.send({ type: 'REVEAL' });
    expect(calls).toEqual(['enter 2', 'enter 1', 'reveal 1 b']);
  });
  test('a prediction that opens the lesson, after starting over from a link', () => {
    const calls: string[] = [];
    const actor = createActor(
      lessonMachine.provide({
        actions: {
          revealAnswer: (_, p) => void calls.push(`reveal ${p.guess}${p.instant ? ' instant' : ''}`),
        },
      }),
      { input: { lessonId: 'g', steps: FIRST_GUESS, index: 0, guess: 'a' } },
    ).start();
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'RESTART' });
    expect(actor.getSnapshot().value).toEqual({ predict: 'awaiting' });
    actor.send({ type: 'GUESS', choice: 'b' });
    actor.send({ type: 'REVEAL' });
    expect(calls).toEqual(['reveal a instant', 'reveal b']);
  });
});

describe('the ends of a lesson and stepping back', () => {
  test('next on the last step stays there and loads nothing', () => {
    const calls: string[] = [];
    const steps: MachineStep[] = [
      { id: 'n', kind: 'narrate' },
      { id: 'g', kind: 'predict', choices: ['a'] },
    ];
    const one = createActor(
      lessonMachine.provide({ actions: { enterStep: (_, p) => void calls.push(`enter ${p.index}`) } }),
      { input: { lessonId: 'two', steps, index: 1, guess: 'a' } },
    ).start();
    one.send({ type: 'NEXT' });
    expect(one.getSnapshot().context.index).toBe(1);
    expect(one.getSnapshot().value).toEqual({ predict: 'revealed' });
    expect(calls).toEqual(['enter 1']);
  });
  test('back from a narration goes to the narration before it', () => {
    const steps: MachineStep[] = [
      { id: 'n1', kind: 'narrate' },
      { id: 'n2', kind: 'narrate' },
    ];
    const actor = createActor(lessonMachine, { input: { lessonId: 'n', steps, index: 1 } }).start();
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('narrate');
    expect(actor.getSnapshot().context.index).toBe(0);
  });
});

describe('every lesson', () => {
  test.each(Object.entries(LESSON_STEPS))(
    '%s ends in free play and its predictions have answers',
    (id, steps) => {
      expect(steps.at(-1)!.kind).toBe('free');
      for (const s of steps.filter((x) => x.kind === 'predict')) {
        expect(s.choices!.length).toBeGreaterThanOrEqual(2);
        expect(s.choices).toContain(s.answer);
        // The reveal plays a stretch of the step's own timeline, forward, ending after the moment the
        // step opens on.
        const lesson = lessonById(id)!;
        const sc = lesson.variants.find((v) => v.id === s.variant)?.scenario ?? lesson.scenario;
        const { from, to } = s.reveal!;
        expect(from, s.id).toBeLessThan(to);
        expect(from, s.id).toBeGreaterThanOrEqual(sc.output_from_h ?? sc.from_h ?? 0);
        expect(to, s.id).toBeLessThanOrEqual(sc.to_h);
        expect(s.seek, s.id).toBeLessThan(to);
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
