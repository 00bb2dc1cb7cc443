// Keeps the address in step with what is shown, so that a copied link reproduces the view: lesson,
// step, guess, audience mode, time, (when the user changed them) the doses, and the language. replaceState, at
// most every 400 ms: no history entry per step or per frame.
import type { AudienceMode, Store } from '../core/store';
import type { LessonsApi } from '../lessons/index';
import { language } from '../strings/index';
import { toSearch, type UrlState } from './url-state';

export interface UrlSync {
  /** Writes the address now (before sharing it). */
  writeUrl(): void;
  /** Writes it soon: call after anything the address shows has changed. */
  soon(): void;
}

export function syncUrl(
  store: Store,
  lessons: LessonsApi,
  mode: () => AudienceMode,
  drugX: () => number | undefined = () => undefined,
): UrlSync {
  const state = (): UrlState => {
    const { timeH, scenario } = store.get();
    const seed = drugX();
    return {
      lesson: lessons.lessonId,
      step: lessons.index + 1,
      ...(lessons.guess && lessons.step.kind === 'predict' ? { guess: lessons.guess } : {}),
      mode: mode(),
      t: timeH,
      ...(lessons.showsStepScenario() ? {} : { scenario }),
      ...(seed === undefined ? {} : { drugx: seed }),
      lang: language,
    };
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const writeUrl = () => {
    clearTimeout(timer);
    timer = undefined;
    const search = toSearch(state(), lessons.stepScenario(lessons.lessonId, lessons.index));
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}`);
  };
  const soon = () => {
    timer ??= setTimeout(writeUrl, 400);
  };
  lessons.onChange(soon);
  store.subscribe((_, changed) => {
    if (changed.has('timeH') || changed.has('scenario')) soon();
  });
  return { writeUrl, soon };
}
