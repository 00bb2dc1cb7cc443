// Mounts the lessons: the lesson picker, the narration panel and the lesson machine, with the
// machine's effects bound to the store (load the step's scenario, move the cursor, play the reveal).
import { createActor, type Actor } from 'xstate';
import { LESSONS, lessonById, type Scenario, type Timeline } from '../../sim/index';
import type { Store } from '../core/store';
import type { FrameLoop } from '../core/frame-loop';
import type { Playback } from '../core/playback';
import { el } from '../core/dom';
import { strings } from '../strings/index';
import { lessonMachine } from './machine';
import { mountNarration } from './narration';
import { without } from './facts';
import { stepsOf, type LessonStep } from './steps';
import { factsCache, narrationView, nextLessonOf, phaseOf } from './lesson-view';

export interface LessonsApi {
  readonly lessonId: string;
  readonly index: number;
  readonly guess: string | null;
  readonly step: LessonStep;
  /** Whether the store shows this step's own scenario (not the user's changed doses). */
  showsStepScenario(): boolean;
  stepScenario(lessonId: string, index: number): Scenario;
  load(lessonId: string, index?: number, guess?: string | null): void;
  next(): void;
  back(): void;
  reveal(): void;
  choose(n: number): void;
  onChange(cb: () => void): void;
  /** Plain words (counsellor mode) or the full text; the app shell tells on every mode change. */
  setPlain(plain: boolean): void;
}

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
function showsOwn(store: Store, lessonId: string): boolean {
  const lesson = lessonById(lessonId);
  const s = store.get().scenario;
  return !!lesson && [lesson.scenario, ...lesson.variants.map((v) => v.scenario)].includes(s);
}

/**
 * The lesson machine's effects on the store: a step loads its scenario and moves the cursor; a
 * reveal "plays" the answer, the cursor sweeping the stretch that shows it (at once under reduced
 * motion). Either pauses playback first.
 */
function lessonEffects(store: Store, loop: FrameLoop, playback: Playback, frame: (f: LessonFrame) => void) {
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

/** The lesson picker (a labelled select) above the narration; a student's tool, so counsellor mode
 *  hides it. */
function createPicker(host: HTMLElement, onPick: (lessonId: string) => void): HTMLSelectElement {
  const picker = el('label', 'lesson-picker not-counsellor');
  picker.append(el('span', 'picker-label', strings.app.lessonPicker));
  const select = el('select');
  select.id = 'lesson-select';
  for (const l of LESSONS) {
    const o = el('option', '', `${l.number}. ${strings.lessons.titles[l.id] ?? l.title}`);
    o.value = l.id;
    select.append(o);
  }
  picker.append(select);
  host.append(picker);
  select.addEventListener('change', () => onPick(select.value));
  return select;
}

type LessonActor = Actor<typeof lessonMachine>;

/** What the rest of the app asks of the lessons, read from the machine's snapshot. */
function lessonsApi(
  actor: LessonActor,
  store: Store,
  listeners: Set<() => void>,
  setPlain: (plain: boolean) => void,
): LessonsApi {
  const context = () => actor.getSnapshot().context;
  const api: LessonsApi = {
    get lessonId() {
      return context().lessonId;
    },
    get index() {
      return context().index;
    },
    get guess() {
      return context().guess;
    },
    get step() {
      return stepsOf(context().lessonId)[context().index]!;
    },
    showsStepScenario: () => showsOwn(store, context().lessonId),
    stepScenario: (lessonId, index) => scenarioFor(lessonId, stepsOf(lessonId)[index]),
    load: (lessonId, index, guess) =>
      actor.send({ type: 'LOAD', lessonId, steps: stepsOf(lessonId), index, guess: guess ?? null }),
    next: () => actor.send({ type: 'NEXT' }),
    back: () => actor.send({ type: 'BACK' }),
    reveal: () => actor.send({ type: 'REVEAL' }),
    choose(n) {
      const choice = api.step.choices?.[n - 1];
      if (choice) actor.send({ type: 'GUESS', choice });
    },
    onChange: (cb) => void listeners.add(cb),
    setPlain,
  };
  return api;
}

/** The narration panel, its buttons sending the machine's events. */
function narrationFor(
  host: HTMLElement,
  actor: LessonActor,
  load: (lessonId: string) => void,
  open?: (what: string) => void,
) {
  return mountNarration(host, {
    nextLesson: () => {
      const next = nextLessonOf(actor.getSnapshot().context.lessonId);
      if (next) load(next.id);
    },
    back: () => actor.send({ type: 'BACK' }),
    next: () => actor.send({ type: 'NEXT' }),
    reveal: () => actor.send({ type: 'REVEAL' }),
    guess: (choice) => actor.send({ type: 'GUESS', choice }),
    open,
  });
}

export function mountLessons(
  store: Store,
  loop: FrameLoop,
  playback: Playback,
  hosts: { narration: HTMLElement; picker: HTMLElement },
  initial: { lessonId: string; index?: number; guess?: string | null },
  frame: (f: LessonFrame) => void = () => undefined,
  open?: (what: string) => void,
): LessonsApi {
  const listeners = new Set<() => void>();
  const effects = lessonEffects(store, loop, playback, frame);
  const machine = lessonMachine.provide({
    actions: {
      enterStep: (_, { lessonId, index }) => effects.enterStep(lessonId, index),
      revealAnswer: (_, { lessonId, index, instant }) => effects.revealAnswer(lessonId, index, instant),
    },
  });
  const input = { ...initial, steps: stepsOf(initial.lessonId) };
  const actor = createActor(machine, { input });
  const select = createPicker(hosts.picker, (id) => api.load(id));
  const narration = narrationFor(hosts.narration, actor, (id) => api.load(id), open);

  let plain = false;
  const facts = factsCache();
  const render = () => {
    const snap = actor.getSnapshot();
    const { lessonId, index } = snap.context;
    const { timeline, scenario } = store.get();
    const shown = facts.of(stepsOf(lessonId)[index]!, timeline, scenario);
    select.value = lessonId;
    narration.update(narrationView(snap.context, phaseOf(snap.value), plain, shown));
    for (const l of listeners) l();
  };
  actor.subscribe(() => {
    facts.forget();
    render();
  });
  store.subscribe((_, changed) => changed.has('timeline') && render());
  actor.start();
  const api = lessonsApi(actor, store, listeners, (next) => {
    if (next === plain) return;
    plain = next;
    render();
  });
  return api;
}
