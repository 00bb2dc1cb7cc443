// The lesson machine: a lesson is a list of steps (narration, predict-then-reveal, free play) and the
// machine walks them. A prediction must be committed before "reveal" is allowed, and "next" waits
// for the reveal, so the guess is always made before the model shows the answer. Effects on the app
// (load the step's scenario, seek or play the reveal) are named actions the composition root
// provides; the defaults here do nothing so tests can run the machine bare.
import { assertEvent, assign, setup } from 'xstate';

export type StepKind = 'narrate' | 'predict' | 'free';

/** The part of a step the machine needs: its kind and, for a prediction, its answers. */
export interface MachineStep {
  id: string;
  kind: StepKind;
  choices?: readonly string[];
}

export interface LessonContext {
  lessonId: string;
  steps: readonly MachineStep[];
  index: number;
  guess: string | null;
  /** Entered from a link or a restore: show the reveal at once, without animation. */
  restoring: boolean;
}

export type LessonEvent =
  | { type: 'NEXT' }
  | { type: 'BACK' }
  | { type: 'GUESS'; choice: string }
  | { type: 'REVEAL' }
  | { type: 'RESTART' }
  /** Jump to a step, e.g. from a link; a guess on a prediction step shows it revealed. */
  | { type: 'GOTO'; index: number; guess?: string | null }
  | { type: 'LOAD'; lessonId: string; steps: readonly MachineStep[]; index?: number; guess?: string | null };

export interface LessonInput {
  lessonId: string;
  steps: readonly MachineStep[];
  index?: number;
  guess?: string | null;
}

const clampIndex = (steps: readonly MachineStep[], i: number | undefined) =>
  Number.isInteger(i) ? Math.min(Math.max(0, i!), Math.max(0, steps.length - 1)) : 0;

/** A guess is only kept when it is one of the current step's choices. */
const validGuess = (step: MachineStep | undefined, guess: string | null | undefined) =>
  step?.kind === 'predict' && guess && step.choices?.includes(guess) ? guess : null;

const current = (c: LessonContext) => c.steps[c.index];

export const lessonMachine = setup({
  types: {
    context: {} as LessonContext,
    events: {} as LessonEvent,
    input: {} as LessonInput,
  },
  actions: {
    // Effects supplied by the composition root.
    enterStep: (_, _params: { lessonId: string; index: number }) => undefined,
    revealAnswer: (_, _params: { lessonId: string; index: number; guess: string; instant: boolean }) =>
      undefined,
    advance: assign({ index: ({ context }) => context.index + 1, guess: null, restoring: false }),
    retreat: assign({ index: ({ context }) => context.index - 1, guess: null, restoring: false }),
    restart: assign({ index: 0, guess: null, restoring: false }),
    setGuess: assign({
      guess: ({ context, event }) => {
        assertEvent(event, 'GUESS');
        return validGuess(current(context), event.choice) ?? context.guess;
      },
    }),
    jump: assign(({ context, event }) => {
      assertEvent(event, 'GOTO');
      const index = clampIndex(context.steps, event.index);
      const guess = validGuess(context.steps[index], event.guess);
      return { index, guess, restoring: guess !== null };
    }),
    load: assign(({ event }) => {
      assertEvent(event, 'LOAD');
      const index = clampIndex(event.steps, event.index);
      const guess = validGuess(event.steps[index], event.guess);
      return { lessonId: event.lessonId, steps: event.steps, index, guess, restoring: guess !== null };
    }),
    settled: assign({ restoring: false }),
  },
  guards: {
    hasNext: ({ context }) => context.index < context.steps.length - 1,
    hasPrev: ({ context }) => context.index > 0,
    isPredict: ({ context }) => current(context)?.kind === 'predict',
    isRestoredReveal: ({ context }) => current(context)?.kind === 'predict' && context.guess !== null,
    isFree: ({ context }) => current(context)?.kind === 'free',
    isChoice: ({ context, event }) =>
      event.type === 'GUESS' && validGuess(current(context), event.choice) !== null,
  },
}).createMachine({
  id: 'lesson',
  context: ({ input }) => {
    const index = clampIndex(input.steps, input.index);
    const guess = validGuess(input.steps[index], input.guess);
    return { lessonId: input.lessonId, steps: input.steps, index, guess, restoring: guess !== null };
  },
  initial: 'route',
  on: {
    GOTO: { target: '.route', actions: 'jump', reenter: true },
    LOAD: { target: '.route', actions: 'load', reenter: true },
    RESTART: { target: '.route', actions: 'restart', reenter: true },
  },
  states: {
    // A transient state: decides which kind of step the index points at.
    route: {
      always: [
        { guard: 'isRestoredReveal', target: 'predict.revealed' },
        { guard: 'isPredict', target: 'predict' },
        { guard: 'isFree', target: 'free' },
        { target: 'narrate' },
      ],
    },
    narrate: {
      entry: {
        type: 'enterStep',
        params: ({ context }) => ({ lessonId: context.lessonId, index: context.index }),
      },
      on: {
        NEXT: { guard: 'hasNext', target: 'route', actions: 'advance' },
        BACK: { guard: 'hasPrev', target: 'route', actions: 'retreat' },
      },
    },
    predict: {
      entry: {
        type: 'enterStep',
        params: ({ context }) => ({ lessonId: context.lessonId, index: context.index }),
      },
      initial: 'awaiting',
      on: { BACK: { guard: 'hasPrev', target: 'route', actions: 'retreat' } },
      states: {
        awaiting: { on: { GUESS: { guard: 'isChoice', target: 'guessed', actions: 'setGuess' } } },
        guessed: {
          on: {
            GUESS: { guard: 'isChoice', actions: 'setGuess' },
            REVEAL: 'revealed',
          },
        },
        revealed: {
          entry: [
            {
              type: 'revealAnswer',
              params: ({ context }) => ({
                lessonId: context.lessonId,
                index: context.index,
                guess: context.guess ?? '',
                instant: context.restoring,
              }),
            },
            'settled',
          ],
          on: { NEXT: { guard: 'hasNext', target: '#lesson.route', actions: 'advance' } },
        },
      },
    },
    free: {
      entry: {
        type: 'enterStep',
        params: ({ context }) => ({ lessonId: context.lessonId, index: context.index }),
      },
      on: { BACK: { guard: 'hasPrev', target: 'route', actions: 'retreat' } },
    },
  },
});

export type LessonMachine = typeof lessonMachine;
