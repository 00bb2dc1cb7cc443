// Entering a lesson step computes, when the page is idle, the comparison ("ghost") runs that this
// step's reveal and the next step will draw, so the key press that opens them runs only the step's
// own scenario. The idle scheduler is a stub here: the test runs the queued work when it chooses.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as sim from '../../sim/index';
import { createFrameLoop } from '../../src/core/frame-loop';
import { createPlayback } from '../../src/core/playback';
import { createStore } from '../../src/core/store';
import { lessonEffects, scenarioFor, type LessonFrame } from '../../src/lessons/step-effects';
import { stepsOf } from '../../src/lessons/steps';

vi.mock('../../sim/index', async (original) => {
  const m = await original<typeof import('../../sim/index')>();
  return { ...m, simulate: vi.fn(m.simulate) };
});
const runs = vi.mocked(sim.simulate);

function setUp(lessonId: string) {
  const store = createStore(scenarioFor(lessonId, stepsOf(lessonId)[0]), {
    prefs: { reducedMotion: true },
  });
  const loop = createFrameLoop(
    () => 0,
    () => undefined,
  );
  const queued: (() => void)[] = [];
  const frames: LessonFrame[] = [];
  const effects = lessonEffects(
    store,
    loop,
    createPlayback(store, loop),
    (f) => frames.push(f),
    (w) => {
      queued.push(w);
    },
  );
  return { store, effects, queued, frames };
}

const indexOf = (lessonId: string, stepId: string) => stepsOf(lessonId).findIndex((s) => s.id === stepId);

describe('a lesson step prefetches the comparison runs that come next', () => {
  beforeEach(() => {
    runs.mockClear();
  });

  it("lesson 6: the step before naloxone queues the naloxone step's ghost; opening it then runs only the step's scenario", () => {
    const { effects, queued, frames } = setUp('overcome');
    effects.enterStep('overcome', indexOf('overcome', 'stopped'));
    expect(queued.length).toBe(1);
    for (const work of queued.splice(0)) work();
    runs.mockClear();
    effects.enterStep('overcome', indexOf('overcome', 'naloxone'));
    // The store's run of the naloxone variant; the ghost came from the idle work.
    expect(runs).toHaveBeenCalledTimes(1);
    expect(frames.at(-1)!.ghost?.series).toBe('respiratory_depression');
  });

  it("lesson 4: a prediction queues its reveal's ghost; the reveal then runs nothing", () => {
    const { effects, queued, frames } = setUp('blockade');
    const i = indexOf('blockade', 'heroin');
    effects.enterStep('blockade', i);
    expect(queued.length).toBeGreaterThan(0);
    for (const work of queued.splice(0)) work();
    runs.mockClear();
    effects.revealAnswer('blockade', i, true);
    expect(runs).not.toHaveBeenCalled();
    expect(frames.at(-1)!.ghost?.series).toBe('euphoria');
  });

  it('a step with no ghost now or next queues nothing', () => {
    const { effects, queued } = setUp('overcome');
    effects.enterStep('overcome', indexOf('overcome', 'intro'));
    expect(queued.length).toBe(0);
  });
});
