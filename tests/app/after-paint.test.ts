// Work that waits for the paint: it runs once however often it was asked for, after the frame's
// rendering (an animation frame, then a task), and a flush runs it at once and only once; a request
// for the next paint can be cancelled.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { afterPaint, nextPaint } from '../../src/core/after-paint';

afterEach(() => vi.unstubAllGlobals());

describe('afterPaint', () => {
  test('many requests before the paint run the work once', () => {
    const waits: (() => void)[] = [];
    const work = vi.fn();
    const later = afterPaint(work, (fn) => waits.push(fn));
    later.schedule();
    later.schedule();
    expect(waits).toHaveLength(1);
    expect(work).not.toHaveBeenCalled();
    expect(later.pending).toBe(true);
    waits[0]!();
    expect(work).toHaveBeenCalledTimes(1);
    expect(later.pending).toBe(false);
  });

  test('a flush runs pending work now, and the paint then has nothing left to do', () => {
    const waits: (() => void)[] = [];
    const work = vi.fn();
    const later = afterPaint(work, (fn) => waits.push(fn));
    later.flush();
    expect(work).not.toHaveBeenCalled(); // nothing pending: nothing to run
    later.schedule();
    later.flush();
    expect(work).toHaveBeenCalledTimes(1);
    waits[0]!();
    expect(work).toHaveBeenCalledTimes(1);
  });
});

describe('nextPaint', () => {
  test('runs after the animation frame, as a task of its own, not inside the frame callback', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    const order: string[] = [];
    const done = new Promise<void>((resolve) =>
      nextPaint(() => {
        order.push('work');
        resolve();
      }),
    );
    expect(frames).toHaveLength(1);
    frames[0]!(0);
    order.push('frame done');
    await done;
    expect(order).toEqual(['frame done', 'work']);
  });

  test('a cancelled request never runs, whether its frame has come or not', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    const early = vi.fn();
    const late = vi.fn();
    const kept = vi.fn();
    nextPaint(early)();
    const cancelLate = nextPaint(late);
    const done = new Promise<void>((resolve) => nextPaint(() => (kept(), resolve())));
    for (const f of frames) f(0);
    cancelLate(); // after its frame, before its task
    await done;
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledTimes(1);
  });

  test('without animation frames (a test DOM, a worker) it is the next task', async () => {
    vi.stubGlobal('requestAnimationFrame', undefined);
    const work = vi.fn();
    nextPaint(work);
    expect(work).not.toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 0));
    expect(work).toHaveBeenCalledTimes(1);
  });
});
