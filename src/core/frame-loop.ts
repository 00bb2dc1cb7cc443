// The one animation-frame callback. Views register per-frame work; the loop clamps the wall-clock
// delta (a backgrounded tab or a debugger pause must not jump the model) and stops while hidden.

export type FrameCallback = (dtWallS: number, nowMs: number) => void;

export const MAX_FRAME_S = 0.1;

export interface FrameLoop {
  add(cb: FrameCallback): () => void;
  start(): void;
  stop(): void;
  readonly running: boolean;
}

export function createFrameLoop(
  raf = requestAnimationFrame.bind(globalThis),
  caf = cancelAnimationFrame.bind(globalThis),
): FrameLoop {
  const callbacks = new Set<FrameCallback>();
  let handle = 0;
  let last = -1;
  let running = false;
  const tick = (now: number) => {
    const dt = last < 0 ? 0 : Math.min(MAX_FRAME_S, Math.max(0, (now - last) / 1000));
    last = now;
    for (const cb of callbacks) cb(dt, now);
    handle = raf(tick);
  };
  const loop: FrameLoop = {
    add(cb) {
      callbacks.add(cb);
      return () => callbacks.delete(cb);
    },
    start() {
      if (running) return;
      running = true;
      last = -1;
      handle = raf(tick);
    },
    stop() {
      running = false;
      caf(handle);
    },
    get running() {
      return running;
    },
  };
  if (typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', () => (document.hidden ? loop.stop() : loop.start()));
  }
  return loop;
}
