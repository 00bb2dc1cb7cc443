// Playback as a state machine: paused, playing, seeking (the user is dragging the cursor) and ended
// (the cursor has reached the end of the timeline). It is the one owner of playback: whether the
// clock runs and how fast. It never holds the time: the frame loop asks the snapshot whether it is
// playing and moves the clock itself. Moving the cursor (step, home, end) is an effect supplied from
// outside (core/playback.ts binds it to the store; tests use stubs), and whether the cursor sits at
// the end comes back as a CLOCK event, so every guard is a pure function of context and event.
import { assertEvent, assign, setup } from 'xstate';

const MIN = 1 / 60;
const DAY = 24;

/** Named speeds, model hours per wall-clock second: from a minute to a week of model time per second. */
export const SPEEDS = [
  { id: '1min', hps: MIN },
  { id: '10min', hps: 10 * MIN },
  { id: '1h', hps: 1 },
  { id: '6h', hps: 6 },
  { id: '1d', hps: DAY },
  { id: '1w', hps: 7 * DAY },
] as const;

/** Index of 1 h/s: slow enough to watch a dose act, fast enough to see a day go by. */
export const DEFAULT_SPEED = 2;

/** One step is this much model time whatever the speed; a large step (Shift) is a day. */
export const STEP_H = 1;
export const LARGE_STEP_H = DAY;

export type PlaybackEvent =
  | { type: 'PLAY' }
  | { type: 'PAUSE' }
  | { type: 'TOGGLE' }
  | { type: 'SEEK_START' }
  | { type: 'SEEK_END' }
  | { type: 'STEP'; direction: 1 | -1; large?: boolean }
  | { type: 'HOME' }
  | { type: 'END' }
  | { type: 'RESET' }
  | { type: 'FASTER' }
  | { type: 'SLOWER' }
  | { type: 'SET_SPEED'; index: number }
  /** The frame loop's clock hit the end while playing. */
  | { type: 'REACHED_END' }
  /**
   * Whether the cursor sits at the end of the timeline, sent when that changes: after a step, a
   * seek, a drag or a new (longer or shorter) scenario. Never sent per frame.
   */
  | { type: 'CLOCK'; atEnd: boolean };

export interface PlaybackContext {
  speedIndex: number;
  /** Whether to resume playing when a drag (seek) ends. */
  resume: boolean;
  /** Whether the cursor sits at the end of the timeline, as last reported by CLOCK. */
  atEnd: boolean;
}

export const stepHours = (e: { direction: 1 | -1; large?: boolean }) =>
  e.direction * (e.large ? LARGE_STEP_H : STEP_H);

export const playbackMachine = setup({
  types: {
    context: {} as PlaybackContext,
    events: {} as PlaybackEvent,
    input: {} as { speedIndex?: number },
  },
  actions: {
    // Effects on the shared clock: supplied by the composition root with machine.provide().
    seekBy: (_, _params: { hours: number }) => undefined,
    seekStart: () => undefined,
    seekEnd: () => undefined,
    faster: assign({ speedIndex: ({ context }) => Math.min(SPEEDS.length - 1, context.speedIndex + 1) }),
    slower: assign({ speedIndex: ({ context }) => Math.max(0, context.speedIndex - 1) }),
    setSpeed: assign({
      speedIndex: ({ context, event }) => {
        assertEvent(event, 'SET_SPEED');
        return Number.isInteger(event.index) && SPEEDS[event.index] ? event.index : context.speedIndex;
      },
    }),
    noteClock: assign({
      atEnd: ({ event }) => {
        assertEvent(event, 'CLOCK');
        return event.atEnd;
      },
    }),
    resetSpeed: assign({ speedIndex: DEFAULT_SPEED }),
    rememberPlaying: assign({ resume: true }),
    forgetPlaying: assign({ resume: false }),
  },
  guards: {
    atEnd: ({ context }) => context.atEnd,
    reportsEnd: ({ event }) => event.type === 'CLOCK' && event.atEnd,
    reportsNotEnd: ({ event }) => event.type === 'CLOCK' && !event.atEnd,
    canGoFaster: ({ context }) => context.speedIndex < SPEEDS.length - 1,
    canGoSlower: ({ context }) => context.speedIndex > 0,
    backward: ({ event }) => event.type === 'STEP' && event.direction < 0,
    resumeAfterSeek: ({ context }) => context.resume,
  },
}).createMachine({
  id: 'playback',
  context: ({ input }) => ({
    speedIndex: SPEEDS[input.speedIndex ?? -1] ? input.speedIndex! : DEFAULT_SPEED,
    resume: false,
    atEnd: false,
  }),
  initial: 'paused',
  on: {
    FASTER: { guard: 'canGoFaster', actions: 'faster' },
    SLOWER: { guard: 'canGoSlower', actions: 'slower' },
    SET_SPEED: { actions: 'setSpeed' },
    RESET: { target: '.paused', actions: ['resetSpeed', 'seekStart'] },
    // Every state notes where the cursor is; paused and ended also move on it (below).
    CLOCK: { actions: 'noteClock' },
  },
  states: {
    paused: {
      on: {
        // A step, End or a new scenario put the cursor at the end.
        CLOCK: [{ guard: 'reportsEnd', target: 'ended', actions: 'noteClock' }, { actions: 'noteClock' }],
        PLAY: 'playing',
        TOGGLE: 'playing',
        SEEK_START: { target: 'seeking', actions: 'forgetPlaying' },
        STEP: { actions: { type: 'seekBy', params: ({ event }) => ({ hours: stepHours(event) }) } },
        HOME: { actions: 'seekStart' },
        END: { actions: 'seekEnd' },
      },
    },
    playing: {
      on: {
        PAUSE: 'paused',
        TOGGLE: 'paused',
        SEEK_START: { target: 'seeking', actions: 'rememberPlaying' },
        // A step while playing pauses first: the user wants to look at one moment.
        STEP: {
          target: 'paused',
          actions: { type: 'seekBy', params: ({ event }) => ({ hours: stepHours(event) }) },
        },
        HOME: { actions: 'seekStart' },
        END: { target: 'ended', actions: 'seekEnd' },
        REACHED_END: 'ended',
      },
    },
    seeking: {
      on: {
        SEEK_END: [
          { guard: 'resumeAfterSeek', target: 'playing' },
          { guard: 'atEnd', target: 'ended' },
          { target: 'paused' },
        ],
      },
    },
    ended: {
      on: {
        // A new, longer scenario (or a moved clock) leaves the end behind.
        CLOCK: [{ guard: 'reportsNotEnd', target: 'paused', actions: 'noteClock' }, { actions: 'noteClock' }],
        // Play at the end starts again from the beginning: the clear end is a place to restart.
        PLAY: { target: 'playing', actions: 'seekStart' },
        TOGGLE: { target: 'playing', actions: 'seekStart' },
        SEEK_START: { target: 'seeking', actions: 'forgetPlaying' },
        // Nothing lies beyond the end: only a step back is allowed.
        STEP: {
          guard: 'backward',
          target: 'paused',
          actions: { type: 'seekBy', params: ({ event }) => ({ hours: stepHours(event) }) },
        },
        HOME: { target: 'paused', actions: 'seekStart' },
      },
    },
  },
});
