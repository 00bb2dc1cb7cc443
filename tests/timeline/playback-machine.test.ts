// The playback machine: which events move it, which it must ignore, and that a step is a fixed
// amount of model time whatever the speed.
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import {
  DEFAULT_SPEED,
  LARGE_STEP_H,
  SPEEDS,
  STEP_H,
  playbackMachine,
  type PlaybackEvent,
} from '../../src/core/playback-machine';

/**
 * A machine on a stub clock running from 0 to `end` hours; returns the actor and the clock. Like the
 * app's wiring (src/core/playback.ts), the stub tells the machine whether the clock sits at the end
 * whenever a move changes that, with a CLOCK event.
 */
function start(end = 10, at = 0) {
  const clock = { t: at, calls: [] as string[] };
  let reported: boolean | undefined;
  const report = () => {
    const atEnd = clock.t >= end;
    if (atEnd !== reported) actor.send({ type: 'CLOCK', atEnd: (reported = atEnd) });
  };
  const machine = playbackMachine.provide({
    actions: {
      seekBy: (_, p: { hours: number }) => {
        clock.calls.push(`seekBy ${p.hours}`);
        clock.t = Math.min(end, Math.max(0, clock.t + p.hours));
        report();
      },
      seekStart: () => {
        clock.calls.push('seekStart');
        clock.t = 0;
        report();
      },
      seekEnd: () => {
        clock.calls.push('seekEnd');
        clock.t = end;
        report();
      },
    },
  });
  const actor = createActor(machine, { input: {} }).start();
  report();
  const send = (...events: PlaybackEvent[]) => events.forEach((e) => actor.send(e));
  return { actor, clock, send, state: () => String(actor.getSnapshot().value) };
}

describe('playback machine', () => {
  test('starts paused at the default speed of one model hour per second', () => {
    const { actor, state } = start();
    expect(state()).toBe('paused');
    expect(SPEEDS[actor.getSnapshot().context.speedIndex]!.hps).toBe(1);
    expect(actor.getSnapshot().context.speedIndex).toBe(DEFAULT_SPEED);
  });

  test('play, pause and toggle move between paused and playing', () => {
    const { send, state } = start();
    send({ type: 'PLAY' });
    expect(state()).toBe('playing');
    send({ type: 'TOGGLE' });
    expect(state()).toBe('paused');
    send({ type: 'TOGGLE' });
    expect(state()).toBe('playing');
    send({ type: 'PAUSE' });
    expect(state()).toBe('paused');
  });

  test('pause while paused and seek-end without a seek are ignored', () => {
    const { send, state, clock } = start();
    send({ type: 'PAUSE' }, { type: 'SEEK_END' }, { type: 'REACHED_END' });
    expect(state()).toBe('paused');
    expect(clock.calls).toEqual([]);
  });

  test('a drag during playback resumes playing when it ends; a drag while paused stays paused', () => {
    const { send, state } = start();
    send({ type: 'PLAY' }, { type: 'SEEK_START' });
    expect(state()).toBe('seeking');
    send({ type: 'SEEK_END' });
    expect(state()).toBe('playing');
    send({ type: 'PAUSE' }, { type: 'SEEK_START' }, { type: 'SEEK_END' });
    expect(state()).toBe('paused');
  });

  test('while seeking, play, steps and home are ignored: the drag owns the cursor', () => {
    const { send, state, clock } = start(10, 5);
    send({ type: 'SEEK_START' });
    send({ type: 'PLAY' }, { type: 'TOGGLE' }, { type: 'STEP', direction: 1 }, { type: 'HOME' });
    expect(state()).toBe('seeking');
    expect(clock.calls).toEqual([]);
    expect(clock.t).toBe(5);
  });

  test('a step is one model hour at every speed, a large step one day', () => {
    const { send, actor, clock } = start(1000, 100);
    for (let i = 0; i < SPEEDS.length; i++) {
      send({ type: 'SET_SPEED', index: i }, { type: 'STEP', direction: 1 });
      expect(actor.getSnapshot().context.speedIndex).toBe(i);
    }
    expect(clock.calls).toEqual(SPEEDS.map(() => `seekBy ${STEP_H}`));
    send({ type: 'STEP', direction: -1, large: true });
    expect(clock.calls.at(-1)).toBe(`seekBy ${-LARGE_STEP_H}`);
    expect(STEP_H).toBe(1);
    expect(LARGE_STEP_H).toBe(24);
  });

  test('a step while playing pauses at the stepped time', () => {
    const { send, state, clock } = start(10, 3);
    send({ type: 'PLAY' }, { type: 'STEP', direction: -1 });
    expect(state()).toBe('paused');
    expect(clock.t).toBe(2);
  });

  test('speeds run from a minute to a week per second, and stop at either end', () => {
    expect(SPEEDS[0]!.hps * 60).toBeCloseTo(1);
    expect(SPEEDS.at(-1)!.hps).toBe(168);
    const { send, actor } = start();
    for (let i = 0; i < 10; i++) send({ type: 'FASTER' });
    expect(actor.getSnapshot().context.speedIndex).toBe(SPEEDS.length - 1);
    for (let i = 0; i < 10; i++) send({ type: 'SLOWER' });
    expect(actor.getSnapshot().context.speedIndex).toBe(0);
    send({ type: 'SET_SPEED', index: 99 }, { type: 'SET_SPEED', index: 1.5 });
    expect(actor.getSnapshot().context.speedIndex).toBe(0);
  });

  test('reaching the end while playing stops in the ended state; play there starts again from the beginning', () => {
    const { send, state, clock } = start(10, 4);
    send({ type: 'PLAY' });
    clock.t = 10;
    send({ type: 'REACHED_END' });
    expect(state()).toBe('ended');
    send({ type: 'STEP', direction: 1 });
    expect(state()).toBe('ended');
    expect(clock.calls).toEqual([]);
    send({ type: 'PLAY' });
    expect(state()).toBe('playing');
    expect(clock.t).toBe(0);
  });

  test('stepping onto the end or pressing End while paused ends; a step back or Home leaves the end', () => {
    const { send, state, clock } = start(10, 9.5);
    send({ type: 'STEP', direction: 1 });
    expect(state()).toBe('ended');
    send({ type: 'STEP', direction: -1 });
    expect(state()).toBe('paused');
    expect(clock.t).toBe(9);
    send({ type: 'END' });
    expect(state()).toBe('ended');
    send({ type: 'HOME' });
    expect(state()).toBe('paused');
    expect(clock.t).toBe(0);
  });

  test('a longer scenario leaves the ended state when the clock reports it is no longer at the end', () => {
    const { send, state, clock } = start(10, 10);
    send({ type: 'CLOCK', atEnd: clock.t >= 10 });
    expect(state()).toBe('ended');
    clock.t = 5;
    send({ type: 'CLOCK', atEnd: clock.t >= 10 });
    expect(state()).toBe('paused');
  });

  test('reset pauses, restores the default speed and goes to the start from any state', () => {
    for (const setup of [
      [],
      [{ type: 'PLAY' }],
      [{ type: 'SEEK_START' }],
      [{ type: 'END' }],
    ] as PlaybackEvent[][]) {
      const { send, state, actor, clock } = start(10, 5);
      send({ type: 'FASTER' }, ...setup, { type: 'RESET' });
      expect(state()).toBe('paused');
      expect(actor.getSnapshot().context.speedIndex).toBe(DEFAULT_SPEED);
      expect(clock.t).toBe(0);
    }
  });

  // From the end (played to it), every event: the state it leads to, what it did to the cursor and the
  // speed. Only a step back, Home, play (from the start), a drag, reset or a clock no longer at the
  // end leave it; nothing moves the cursor past the end.
  const fromEnded: Array<[string, PlaybackEvent, string, string[], number, number]> = [
    ['PLAY starts again from the beginning', { type: 'PLAY' }, 'playing', ['seekStart'], 0, DEFAULT_SPEED],
    [
      'TOGGLE starts again from the beginning',
      { type: 'TOGGLE' },
      'playing',
      ['seekStart'],
      0,
      DEFAULT_SPEED,
    ],
    ['PAUSE is ignored', { type: 'PAUSE' }, 'ended', [], 10, DEFAULT_SPEED],
    ['SEEK_START starts a drag', { type: 'SEEK_START' }, 'seeking', [], 10, DEFAULT_SPEED],
    ['SEEK_END without a drag is ignored', { type: 'SEEK_END' }, 'ended', [], 10, DEFAULT_SPEED],
    ['a step forward is ignored', { type: 'STEP', direction: 1 }, 'ended', [], 10, DEFAULT_SPEED],
    [
      'a large step forward is ignored',
      { type: 'STEP', direction: 1, large: true },
      'ended',
      [],
      10,
      DEFAULT_SPEED,
    ],
    [
      'a step back leaves the end',
      { type: 'STEP', direction: -1 },
      'paused',
      ['seekBy -1'],
      9,
      DEFAULT_SPEED,
    ],
    [
      'a large step back leaves the end',
      { type: 'STEP', direction: -1, large: true },
      'paused',
      ['seekBy -24'],
      0,
      DEFAULT_SPEED,
    ],
    ['HOME goes to the start', { type: 'HOME' }, 'paused', ['seekStart'], 0, DEFAULT_SPEED],
    ['END is ignored', { type: 'END' }, 'ended', [], 10, DEFAULT_SPEED],
    ['REACHED_END is ignored', { type: 'REACHED_END' }, 'ended', [], 10, DEFAULT_SPEED],
    ['RESET goes to the start, paused', { type: 'RESET' }, 'paused', ['seekStart'], 0, DEFAULT_SPEED],
    ['FASTER changes only the speed', { type: 'FASTER' }, 'ended', [], 10, DEFAULT_SPEED + 1],
    ['SLOWER changes only the speed', { type: 'SLOWER' }, 'ended', [], 10, DEFAULT_SPEED - 1],
    ['SET_SPEED changes only the speed', { type: 'SET_SPEED', index: 5 }, 'ended', [], 10, 5],
    ['CLOCK still at the end stays', { type: 'CLOCK', atEnd: true }, 'ended', [], 10, DEFAULT_SPEED],
    ['CLOCK no longer at the end pauses', { type: 'CLOCK', atEnd: false }, 'paused', [], 10, DEFAULT_SPEED],
  ];
  test.each(fromEnded)('from ended, %s', (_, event, next, calls, t, speed) => {
    const { send, state, clock, actor } = start(10, 4);
    send({ type: 'PLAY' });
    clock.t = 10;
    send({ type: 'CLOCK', atEnd: true }, { type: 'REACHED_END' });
    expect(state()).toBe('ended');
    send(event);
    expect(state()).toBe(next);
    expect(clock.calls).toEqual(calls);
    expect(clock.t).toBe(t);
    expect(actor.getSnapshot().context.speedIndex).toBe(speed);
  });

  test('every event the machine knows is in the table above', () => {
    const kinds = new Set(fromEnded.map(([, e]) => e.type));
    const handled = Object.keys(playbackMachine.root.on).concat(
      ...Object.values(playbackMachine.states).map((s) => Object.keys(s.on)),
    );
    for (const type of handled) expect(kinds, type).toContain(type);
  });

  test('a drag from the end ends where it lets go, and never resumes playing', () => {
    // Played with a drag on the way (which remembers playing), then to the end.
    const { send, state, clock } = start(10, 4);
    send({ type: 'PLAY' }, { type: 'SEEK_START' }, { type: 'SEEK_END' });
    expect(state()).toBe('playing');
    clock.t = 10;
    send({ type: 'CLOCK', atEnd: true }, { type: 'REACHED_END' });
    send({ type: 'SEEK_START' }, { type: 'SEEK_END' });
    expect(state()).toBe('ended');
    send({ type: 'SEEK_START' });
    clock.t = 6;
    send({ type: 'CLOCK', atEnd: false }, { type: 'SEEK_END' });
    expect(state()).toBe('paused');
    expect(clock.calls).toEqual([]);
  });

  test('from paused, a drag that lets go at the end ends; one that lets go before it pauses', () => {
    const { send, state } = start(10, 4);
    send({ type: 'SEEK_START' }, { type: 'CLOCK', atEnd: true }, { type: 'SEEK_END' });
    expect(state()).toBe('ended');
    send({ type: 'SEEK_START' }, { type: 'CLOCK', atEnd: false }, { type: 'SEEK_END' });
    expect(state()).toBe('paused');
  });

  test('pressing End while playing moves the cursor to the end and ends; Home while playing keeps playing', () => {
    const { send, state, clock } = start(10, 4);
    send({ type: 'PLAY' }, { type: 'HOME' });
    expect(state()).toBe('playing');
    expect(clock.t).toBe(0);
    send({ type: 'END' });
    expect(state()).toBe('ended');
    expect(clock.calls).toEqual(['seekStart', 'seekEnd']);
    expect(clock.t).toBe(10);
  });

  test('a machine started with a speed keeps it; an unknown one gives the default', () => {
    for (const [speedIndex, want] of [
      [0, 0],
      [5, 5],
      [6, DEFAULT_SPEED],
      [-1, DEFAULT_SPEED],
    ] as const) {
      const actor = createActor(playbackMachine, { input: { speedIndex } }).start();
      expect(actor.getSnapshot().context).toEqual({ speedIndex: want, resume: false, atEnd: false });
    }
  });
});

describe('where the cursor sits is remembered in every state', () => {
  test('Home while paused goes to the start', () => {
    const { send, state, clock } = start(10, 6);
    send({ type: 'HOME' });
    expect(state()).toBe('paused');
    expect(clock.calls).toEqual(['seekStart']);
    expect(clock.t).toBe(0);
  });

  test('after End while playing, a drag that lets go where it started ends again', () => {
    // The clock reports the end only once the machine has ended: the ended state must note it.
    const { send, state } = start(10, 4);
    send({ type: 'PLAY' }, { type: 'END' });
    expect(state()).toBe('ended');
    send({ type: 'SEEK_START' }, { type: 'SEEK_END' });
    expect(state()).toBe('ended');
  });

  test('after Home from the end, a drag that lets go where it started pauses', () => {
    // The clock reports leaving the end once the machine is paused: the paused state must note it.
    const { send, state } = start(10, 10);
    expect(state()).toBe('ended');
    send({ type: 'HOME' });
    expect(state()).toBe('paused');
    send({ type: 'SEEK_START' }, { type: 'SEEK_END' });
    expect(state()).toBe('paused');
  });
});
