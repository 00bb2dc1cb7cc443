// The one frame loop: callbacks run in the order they were added (the clock before the views), can be
// removed, and get a clamped wall-clock delta.
import { expect, test } from 'vitest';
import { MAX_FRAME_S, createFrameLoop } from '../../src/core/frame-loop';

/** A requestAnimationFrame driven by hand. */
function fakeFrames() {
  let pending: ((now: number) => void) | null = null;
  return {
    raf: (cb: (now: number) => void) => {
      pending = cb;
      return 1;
    },
    caf: () => (pending = null),
    frame(now: number) {
      const cb = pending;
      pending = null;
      cb?.(now);
    },
  };
}

test('callbacks run in the order they were added, every frame, until removed', () => {
  const f = fakeFrames();
  const loop = createFrameLoop(f.raf, f.caf);
  const order: string[] = [];
  const stopClock = loop.add(() => order.push('clock'));
  loop.add(() => order.push('charts'));
  loop.add(() => order.push('scene'));
  loop.start();
  f.frame(0);
  expect(order).toEqual(['clock', 'charts', 'scene']);
  stopClock();
  order.length = 0;
  f.frame(16);
  expect(order).toEqual(['charts', 'scene']);
});

test('the first frame has no delta, and a long gap counts as at most MAX_FRAME_S', () => {
  const f = fakeFrames();
  const loop = createFrameLoop(f.raf, f.caf);
  const dts: number[] = [];
  loop.add((dt) => dts.push(dt));
  loop.start();
  f.frame(1000);
  f.frame(1016);
  f.frame(5000);
  expect(dts[0]).toBe(0);
  expect(dts[1]).toBeCloseTo(0.016, 9);
  expect(dts[2]).toBe(MAX_FRAME_S);
  loop.stop();
  expect(loop.running).toBe(false);
});
