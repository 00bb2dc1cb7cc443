// Mounts the lessons: the lesson picker, the narration panel and the lesson machine, with the
// machine's effects bound to the store (load the step's scenario, move the cursor, play the reveal).
import { createActor } from 'xstate';
import { LESSONS, lessonById, type Scenario } from '../../sim/index';
import type { Store } from '../core/store';
import type { FrameLoop } from '../core/frame-loop';
import type { Playback } from '../core/playback';
import { el } from '../core/dom';
import { strings } from '../strings/index';
import { lessonMachine } from './machine';
import { mountNarration } from './narration';
import { stepsOf, type Facts, type LessonStep } from './steps';

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

export function scenarioFor(lessonId: string, step: LessonStep | undefined): Scenario {
  const lesson = lessonById(lessonId) ?? LESSONS[0]!;
  return lesson.variants.find((v) => v.id === step?.variant)?.scenario ?? lesson.scenario;
}

export function mountLessons(
  store: Store,
  loop: FrameLoop,
  playback: Playback,
  hosts: { narration: HTMLElement; picker: HTMLElement },
  initial: { lessonId: string; index?: number; guess?: string | null },
): LessonsApi {
  const listeners = new Set<() => void>();
  let stopTween: (() => void) | undefined;
  const pause = () => playback.send({ type: 'PAUSE' });
  let plain = false;

  const machine = lessonMachine.provide({
    actions: {
      enterStep: (_, { lessonId, index }) => {
        stopTween?.();
        pause();
        const step = stepsOf(lessonId)[index];
        const lesson = lessonById(lessonId);
        const current = store.get().scenario;
        const own = lesson && [lesson.scenario, ...lesson.variants.map((v) => v.scenario)].includes(current);
        // Free play keeps whatever the lesson last showed, so the user plays on from there.
        if (step?.kind === 'free' && own && lessonId !== 'sandbox') return;
        const next = scenarioFor(lessonId, step);
        if (next !== current) store.setScenario(next);
        store.setTime(step?.seek ?? 0);
      },
      revealAnswer: (_, { lessonId, index, instant }) => {
        const span = stepsOf(lessonId)[index]?.reveal;
        if (!span) return;
        stopTween?.();
        pause();
        if (
          instant ||
          store.get().prefs.reducedMotion ||
          matchMedia('(prefers-reduced-motion: reduce)').matches
        ) {
          store.setTime(span.to);
          return;
        }
        // The model "plays" the answer: the cursor sweeps the stretch that shows it.
        let elapsed = 0;
        store.setTime(span.from);
        stopTween = loop.add((dt) => {
          elapsed += dt;
          const f = Math.min(1, elapsed / REVEAL_WALL_S);
          store.setTime(span.from + (span.to - span.from) * (1 - (1 - f) ** 2));
          if (f >= 1) stopTween?.();
        });
        const remove = stopTween;
        stopTween = () => {
          remove();
          stopTween = undefined;
        };
      },
    },
  });

  const picker = el('label', 'lesson-picker');
  picker.append(el('span', 'picker-label', strings.app.lessonPicker));
  const select = el('select');
  select.id = 'lesson-select';
  for (const l of LESSONS) {
    const o = el('option', '', `${l.number}. ${strings.lessons.titles[l.id] ?? l.title}`);
    o.value = l.id;
    select.append(o);
  }
  picker.append(select);
  hosts.picker.append(picker);

  const actor = createActor(machine, {
    input: {
      lessonId: initial.lessonId,
      steps: stepsOf(initial.lessonId),
      index: initial.index,
      guess: initial.guess,
    },
  });
  select.addEventListener('change', () => api.load(select.value));

  const narration = mountNarration(hosts.narration, {
    back: () => actor.send({ type: 'BACK' }),
    next: () => actor.send({ type: 'NEXT' }),
    reveal: () => actor.send({ type: 'REVEAL' }),
    guess: (choice) => actor.send({ type: 'GUESS', choice }),
  });

  let factsKey: unknown;
  let facts: Facts = {};
  const render = () => {
    const snap = actor.getSnapshot();
    const { lessonId, index, guess } = snap.context;
    const steps = stepsOf(lessonId);
    const step = steps[index]!;
    const { timeline, scenario } = store.get();
    if (factsKey !== timeline) {
      factsKey = timeline;
      facts = step.facts?.(timeline, scenario) ?? {};
    }
    const v = snap.value;
    const phase = typeof v === 'string' ? (v === 'free' ? 'free' : 'narrate') : (v.predict as 'awaiting');
    select.value = lessonId;
    narration.update({
      lessonId,
      lessonNumber: lessonById(lessonId)?.number ?? 0,
      step,
      index,
      total: steps.length,
      phase,
      guess,
      plain,
      facts,
    });
    for (const l of listeners) l();
  };
  actor.subscribe(() => {
    factsKey = undefined;
    render();
  });
  store.subscribe((_, changed) => {
    if (changed.has('timeline')) render();
  });
  actor.start();

  const api: LessonsApi = {
    get lessonId() {
      return actor.getSnapshot().context.lessonId;
    },
    get index() {
      return actor.getSnapshot().context.index;
    },
    get guess() {
      return actor.getSnapshot().context.guess;
    },
    get step() {
      const c = actor.getSnapshot().context;
      return stepsOf(c.lessonId)[c.index]!;
    },
    showsStepScenario() {
      const c = actor.getSnapshot().context;
      const lesson = lessonById(c.lessonId);
      const s = store.get().scenario;
      return !!lesson && [lesson.scenario, ...lesson.variants.map((x) => x.scenario)].includes(s);
    },
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
    setPlain(next) {
      if (next === plain) return;
      plain = next;
      render();
    },
  };
  return api;
}
