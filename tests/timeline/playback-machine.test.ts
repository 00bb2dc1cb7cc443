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
});
