// Wires the playback machine to the shared clock: the machine's effects move store.timeH, the frame
// loop advances the clock while the machine is playing (no per-frame events), and store.playback is
// kept in step so the receptor scene can pace its animation by the speed.
import { createActor, type Actor } from 'xstate';
import type { FrameLoop } from './frame-loop';
import type { Store } from './store';
import { SPEEDS, playbackMachine, type PlaybackEvent } from './playback-machine';

export type PlaybackActor = Actor<typeof playbackMachine>;

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

export function createPlayback(store: Store, loop: FrameLoop): PlaybackActor {
  const atEnd = () => store.get().timeH >= timeBounds(store).end - 1e-9;
  const machine = playbackMachine.provide({
    actions: {
      seekBy: (_, p: { hours: number }) => store.setTime(store.get().timeH + p.hours),
      seekStart: () => store.setTime(timeBounds(store).start),
      seekEnd: () => store.setTime(timeBounds(store).end),
    },
    guards: { atEnd },
  });
  const actor = createActor(machine, { input: { speedIndex: nearestSpeed(store.get().playback.speedHps) } });

  const publish = () => {
    const snap = actor.getSnapshot();
    const playing = snap.matches('playing');
    const speedHps = SPEEDS[snap.context.speedIndex]!.hps;
    const cur = store.get().playback;
    if (cur.playing !== playing || cur.speedHps !== speedHps) store.set({ playback: { playing, speedHps } });
  };
  actor.subscribe(publish);

  // Others (a lesson step, say) may start or stop playback through the store: follow them.
  store.subscribe((state, changed) => {
    if (changed.has('scenario')) actor.send({ type: 'SYNC' });
    if (!changed.has('playback')) return;
    const snap = actor.getSnapshot();
    const want: PlaybackEvent[] = [];
    if (state.playback.playing && !snap.matches('playing')) want.push({ type: 'PLAY' });
    if (!state.playback.playing && snap.matches('playing')) want.push({ type: 'PAUSE' });
    const idx = nearestSpeed(state.playback.speedHps);
    if (idx !== snap.context.speedIndex) want.push({ type: 'SET_SPEED', index: idx });
    for (const e of want) actor.send(e);
  });

  loop.add((dt) => {
    if (!actor.getSnapshot().matches('playing') || dt <= 0) return;
    const { end } = timeBounds(store);
    const next = store.get().timeH + SPEEDS[actor.getSnapshot().context.speedIndex]!.hps * dt;
    store.setTime(Math.min(end, next));
    if (next >= end) actor.send({ type: 'REACHED_END' });
  });

  actor.start();
  publish();
  return actor;
}
