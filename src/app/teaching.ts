// Everything that turns the model into teaching, mounted in one call from the composition root: the
// lessons, the audience modes and header, the counsellor's view, the information dialogs and the
// address as shareable state. `bootState` reads the address before the store exists, so the first
// scenario computed is already the one the link asks for.
import { LESSONS, lessonById, type Scenario } from '../../sim/index';
import { mountCounsellor } from '../counsellor/index';
import { mountInfo } from '../info/index';
import { mountLessons, scenarioFor, type LessonFrame } from '../lessons/index';
import '../lessons/lessons.css';
import { stepsOf } from '../lessons/steps';
import { strings } from '../strings/index';
import type { FrameLoop } from '../core/frame-loop';
import type { Playback } from '../core/playback';
import { applyPageLanguage, takeCarried } from './language';
import { createExplore } from './explore';
import { rememberedMode } from './modes';
import { mountNotes } from './notes';
import { mountShell } from './shell';
import type { AudienceMode, Store } from '../core/store';
import { parseUrl, type UrlState, type UrlWorld } from './url-state';

export const DEFAULT_LESSON = 'endorphins';

const world: UrlWorld = {
  lessonIds: LESSONS.map((l) => l.id),
  steps: (id) => stepsOf(id).length,
  choices: (id, step) => stepsOf(id)[step - 1]?.choices ?? [],
  scenario: (id, step) => scenarioFor(id, stepsOf(id)[step - 1]),
  defaultLesson: DEFAULT_LESSON,
};

export interface Boot {
  url: UrlState;
  notes: string[];
  lessonId: string;
  scenario: Scenario;
}

export function bootState(search: string): Boot {
  const { state, notes } = parseUrl(search, world);
  const lessonId = state.lesson && lessonById(state.lesson) ? state.lesson : DEFAULT_LESSON;
  const scenario = state.scenario ?? world.scenario(lessonId, state.step ?? 1);
  return { url: state, notes, lessonId, scenario };
}

const byId = (id: string) => document.getElementById(id)!;

export interface TeachingOptions {
  playback: Playback;
  /** Tells the views outside teaching (the charts) which audience mode is shown. */
  onMode(mode: AudienceMode): void;
  /** A lesson step's framing of the charts: the hours to show, a comparison as a ghost curve. */
  frame(f: LessonFrame): void;
}

export function mountTeaching(store: Store, loop: FrameLoop, boot: Boot, o: TeachingOptions): void {
  applyPageLanguage();
  const notes = mountNotes(byId('notes'));
  // [explore] body map, dose-shift explorer, Drug X: each loads when first opened.
  const explore = createExplore(store);
  const lessons = mountLessons(
    store,
    loop,
    o.playback,
    { narration: byId('narration'), picker: byId('narration') },
    { lessonId: boot.lessonId, index: (boot.url.step ?? 1) - 1, guess: boot.url.guess ?? null },
    o.frame,
    explore.open,
  );
  const info = mountInfo({ bodyMap: () => explore.open('body-map') });
  const counsellor = mountCounsellor(byId('counsellor'), byId('takeaway'));
  const remembered = rememberedMode();
  const shell = mountShell(store, {
    headerHost: byId('header-controls'),
    lessons,
    onMode: (mode) => {
      lessons.setPlain(mode === 'counsellor');
      o.onMode(mode);
    },
    // The link wins over the remembered choice.
    initialMode: { ...remembered, ...(boot.url.mode ? { mode: boot.url.mode } : {}) },
    about: info.about,
    model: info.model,
    carry: () => ({ counsellor: counsellor.values() }),
    explore,
  });
  counsellor.restore(takeCarried().counsellor);
  // A link's own doses and time come last, over what the lesson step set up.
  const applyLink = (url: UrlState) => {
    if (url.scenario) store.setScenario(url.scenario);
    if (url.t !== undefined) store.setTime(url.t);
  };
  applyLink(boot.url);
  if (boot.url.drugx !== undefined) explore.openDrugX(boot.url.drugx);
  notes.show(strings.app.notes.ignored, boot.notes);
  // Back and forward (or a script changing the address) show the state the address describes.
  addEventListener('popstate', () => {
    const next = bootState(location.search);
    lessons.load(next.lessonId, (next.url.step ?? 1) - 1, next.url.guess ?? null);
    if (next.url.mode) shell.setMode(next.url.mode, false);
    applyLink(next.url);
    if (next.url.drugx !== undefined) explore.openDrugX(next.url.drugx);
    notes.show(strings.app.notes.ignored, next.notes);
  });
}
