// Mounts the lessons: the lesson picker, the narration panel and the lesson machine, with the
// machine's effects bound to the store (load the step's scenario, move the cursor, play the reveal).
import { createActor, type Actor } from 'xstate';
import { LESSONS, type Scenario } from '../../sim/index';
import type { Store } from '../core/store';
import type { FrameLoop } from '../core/frame-loop';
import type { Playback } from '../core/playback';
import { el } from '../core/dom';
import { strings } from '../strings/index';
import { lessonMachine } from './machine';
import { mountNarration } from './narration';
import { stepsOf, type LessonStep } from './steps';
import { factsCache, narrationView, nextLessonOf, phaseOf } from './lesson-view';
import { lessonEffects, scenarioFor, showsOwn, type LessonFrame } from './step-effects';

export { frameOf, scenarioFor, type LessonFrame } from './step-effects';

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
