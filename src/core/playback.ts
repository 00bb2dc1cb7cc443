// Wires the playback machine (the one owner of playback) to the shared clock: the machine's effects
// move store.timeH, the frame loop advances the clock while the machine is playing (no per-frame
// events), and whether the cursor sits at the end goes back to the machine as a CLOCK event when it
// changes. Views read playing and speed from here, never from a copy.
import { createActor, type Actor } from 'xstate';
import type { FrameLoop } from './frame-loop';
import type { Store } from './store';
import { SPEEDS, playbackMachine, type PlaybackEvent } from './playback-machine';

export type PlaybackActor = Actor<typeof playbackMachine>;

/** Playback as the views read and drive it: the machine's actor, plus its two numbers. */
export interface Playback {
  readonly actor: PlaybackActor;
  /** Whether the clock runs. */
  readonly playing: boolean;
  /** Model hours per wall-clock second at the chosen speed. */
  readonly speedHps: number;
  send(event: PlaybackEvent): void;
  /** Called after every change of the machine's state or context. */
  subscribe(listener: () => void): () => void;
}

/** First and last hour of the current timeline. */
export function timeBounds(store: Store): { start: number; end: number } {
  const t = store.get().timeline.t_h;
  const s = store.get().scenario;
  return { start: t[0] ?? s.from_h ?? 0, end: t[t.length - 1] ?? s.to_h };
}

/** The named speed nearest (on a log scale) to a speed in model hours per second. */
export function nearestSpeed(hps: number): number {
  let best = 0;
  for (let i = 1; i < SPEEDS.length; i++)
    if (Math.abs(Math.log(SPEEDS[i]!.hps / hps)) < Math.abs(Math.log(SPEEDS[best]!.hps / hps))) best = i;
  return best;
}

export function createPlayback(store: Store, loop: FrameLoop, speedHps = 1): Playback {
  const machine = playbackMachine.provide({
    actions: {
      seekBy: (_, p: { hours: number }) => store.setTime(store.get().timeH + p.hours),
      seekStart: () => store.setTime(timeBounds(store).start),
      seekEnd: () => store.setTime(timeBounds(store).end),
    },
  });
  const actor = createActor(machine, { input: { speedIndex: nearestSpeed(speedHps) } });

  // Tell the machine when the cursor arrives at the end or leaves it (a step, a seek, a new
  // scenario); while playing this is one comparison per frame and no event.
  let reported: boolean | undefined;
  const report = () => {
    const atEnd = store.get().timeH >= timeBounds(store).end - 1e-9;
    if (atEnd === reported) return;
    reported = atEnd;
    actor.send({ type: 'CLOCK', atEnd });
  };
  store.subscribe((_, changed) => {
    if (changed.has('timeH') || changed.has('timeline')) report();
  });

  loop.add((dt) => {
    if (!actor.getSnapshot().matches('playing') || dt <= 0) return;
    const { end } = timeBounds(store);
    const next = store.get().timeH + SPEEDS[actor.getSnapshot().context.speedIndex]!.hps * dt;
    store.setTime(Math.min(end, next));
    if (next >= end) actor.send({ type: 'REACHED_END' });
  });

  actor.start();
  report();
  return {
    actor,
    get playing() {
      return actor.getSnapshot().matches('playing');
    },
    get speedHps() {
      return SPEEDS[actor.getSnapshot().context.speedIndex]!.hps;
    },
    send: (event) => actor.send(event),
    subscribe(listener) {
      const sub = actor.subscribe(listener);
      return () => sub.unsubscribe();
    },
  };
}
