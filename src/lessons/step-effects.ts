// What a lesson step does to the rest of the page: the scenario it loads, the stretch of time the
// charts zoom to and the comparison drawn beside it, and the reveal that sweeps the cursor across the
// answer. The lesson machine names these effects; mountLessons binds them here.
import { LESSONS, lessonById, type Scenario, type Timeline } from '../../sim/index';
import type { Store } from '../core/store';
import type { FrameLoop } from '../core/frame-loop';
import { whenIdle, type Idle } from '../core/idle';
import type { Playback } from '../core/playback';
import { strings } from '../strings/index';
import { without } from './facts';
import { stepsOf, type LessonStep } from './steps';

const REVEAL_WALL_S = 2.5;

/**
 * What a step asks of the charts: a stretch of time to zoom to (null: show all of it) and the
 * comparison it quotes as a ghost curve (null: none). The composition root hands it to the timeline.
 */
export interface LessonFrame {
  /** Hours to show; 'all' the whole scenario; 'keep' whatever the user has now. */
  window: { h0: number; h1: number } | 'all' | 'keep';
  ghost: { timeline: Timeline; series: 'euphoria' | 'respiratory_depression'; label: string } | null;
}

/** A little room either side of the moment framed, as a share of it. */
const FRAME_MARGIN = 0.08;

/** The frame a step asks for when it opens (`revealed`: a prediction shown with its answer). */
export function frameOf(step: LessonStep | undefined, scenario: Scenario, revealed: boolean): LessonFrame {
  const span = revealed ? step?.reveal : step?.kind === 'narrate' ? step.frame : undefined;
  const pad = span ? (span.to - span.from) * FRAME_MARGIN : 0;
  const g = step?.ghost && (revealed || step.kind === 'narrate') ? step.ghost : undefined;
  return {
    window: span ? { h0: span.from - pad, h1: span.to + pad } : 'all',
    ghost: g
      ? {
          timeline: without(scenario, g.without),
          series: g.series,
          label: strings.lessons.ui.ghost(g.without.map((d) => strings.timeline.names[d] ?? d).join(', ')),
        }
      : null,
  };
}

export function scenarioFor(lessonId: string, step: LessonStep | undefined): Scenario {
  const lesson = lessonById(lessonId) ?? LESSONS[0]!;
  return lesson.variants.find((v) => v.id === step?.variant)?.scenario ?? lesson.scenario;
}

/** Whether the store shows one of the lesson's own scenarios (not the user's changed doses). */
export function showsOwn(store: Store, lessonId: string): boolean {
  const lesson = lessonById(lessonId);
  const s = store.get().scenario;
  return !!lesson && [lesson.scenario, ...lesson.variants.map((v) => v.scenario)].includes(s);
}

/**
 * While the page is idle, the comparison runs this step's reveal and the next step will draw: each is
 * a whole run of the engine (lesson 6's some 5 MB over 85 days), which would otherwise fall in the
 * key press that asks for it. `without` keeps them.
 */
function prefetchGhosts(lessonId: string, index: number, idle: Idle): void {
  const steps = stepsOf(lessonId);
  for (const step of [steps[index], steps[index + 1]]) {
    const ghost = step?.ghost;
    if (ghost) idle(() => without(scenarioFor(lessonId, step), ghost.without));
  }
}

/**
 * The lesson machine's effects on the store: a step loads its scenario and moves the cursor; a
 * reveal "plays" the answer, the cursor sweeping the stretch that shows it (at once under reduced
 * motion). Either pauses playback first. A step's entry also computes, when the page is idle, the
 * comparison curves that come next (`idle`).
 */
export function lessonEffects(
  store: Store,
  loop: FrameLoop,
  playback: Playback,
  frame: (f: LessonFrame) => void,
  idle: Idle = whenIdle,
) {
  let stopTween: (() => void) | undefined;
  const settle = () => {
    stopTween?.();
    playback.send({ type: 'PAUSE' });
  };
  const sweep = (from: number, to: number) => {
    let elapsed = 0;
    store.setTime(from);
    const remove = loop.add((dt) => {
      elapsed += dt;
      const f = Math.min(1, elapsed / REVEAL_WALL_S);
      store.setTime(from + (to - from) * (1 - (1 - f) ** 2));
      if (f >= 1) stopTween?.();
    });
    stopTween = () => {
      remove();
      stopTween = undefined;
    };
  };
  return {
    enterStep(lessonId: string, index: number) {
      settle();
      const step = stepsOf(lessonId)[index];
      // Free play keeps whatever the lesson last showed, so the user plays on from there.
      if (step?.kind === 'free' && showsOwn(store, lessonId) && lessonId !== 'sandbox')
        return frame({ window: 'keep', ghost: null });
      const next = scenarioFor(lessonId, step);
      if (next !== store.get().scenario) store.setScenario(next);
      store.setTime(step?.seek ?? 0);
      frame(frameOf(step, next, false));
      prefetchGhosts(lessonId, index, idle);
    },
    revealAnswer(lessonId: string, index: number, instant: boolean) {
      const step = stepsOf(lessonId)[index];
      const span = step?.reveal;
      if (!span) return;
      settle();
      // Zoom to the moment the answer shows, with the comparison it quotes beside it.
      frame(frameOf(step, store.get().scenario, true));
      const still = store.get().prefs.reducedMotion || matchMedia('(prefers-reduced-motion: reduce)').matches;
      if (instant || still) store.setTime(span.to);
      else sweep(span.from, span.to);
    },
  };
}
