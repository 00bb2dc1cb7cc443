// The app's one store: the scenario, its timeline (recomputed synchronously by the engine on every
// change, well inside a frame), the shared clock in model hours, and the user's preferences.
// Views subscribe and redraw; nothing per-frame goes through here except the clock. Playback
// (playing, speed) belongs to the playback machine (core/playback.ts) and the audience mode to the
// modes machine (app/modes.ts): neither is copied here.
import { simulate, type Scenario, type Timeline } from '../../sim/index';

export type AudienceMode = 'student' | 'lecture' | 'counsellor';

export interface Preferences {
  reducedMotion: boolean;
}

export interface AppState {
  scenario: Scenario;
  timeline: Timeline;
  /** The shared cursor, model hours. */
  timeH: number;
  prefs: Preferences;
}

export type Listener = (state: AppState, changed: ReadonlySet<keyof AppState>) => void;

export interface Store {
  get(): AppState;
  setScenario(scenario: Scenario): void;
  setTime(timeH: number): void;
  set(patch: Partial<Omit<AppState, 'timeline' | 'scenario'>>): void;
  subscribe(listener: Listener): () => void;
}

export function createStore(
  scenario: Scenario,
  init: Partial<Omit<AppState, 'scenario' | 'timeline'>> = {},
): Store {
  let state: AppState = {
    scenario,
    timeline: simulate(scenario),
    timeH: init.timeH ?? scenario.output_from_h ?? scenario.from_h ?? 0,
    prefs: init.prefs ?? { reducedMotion: false },
  };
  const listeners = new Set<Listener>();
  const emit = (changed: Set<keyof AppState>) => {
    for (const l of listeners) l(state, changed);
  };
  const clampTime = (t: number, s: Scenario) =>
    Math.min(s.to_h, Math.max(s.output_from_h ?? s.from_h ?? 0, t));
  return {
    get: () => state,
    setScenario(next) {
      // The previous timeline lets the engine resume from just before the first change (same bits),
      // writing into the previous timeline's storage: nothing keeps an old timeline, every view reads
      // the store's current one.
      state = {
        ...state,
        scenario: next,
        timeline: simulate(next, state.timeline, { recycle: true }),
        timeH: clampTime(state.timeH, next),
      };
      emit(new Set(['scenario', 'timeline', 'timeH']));
    },
    setTime(timeH) {
      const t = clampTime(timeH, state.scenario);
      if (t === state.timeH) return;
      state = { ...state, timeH: t };
      emit(new Set(['timeH']));
    },
    set(patch) {
      state = { ...state, ...patch };
      emit(new Set(Object.keys(patch) as (keyof AppState)[]));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Index of the timeline sample at or just before timeH (binary search). */
export function sampleIndex(timeline: Timeline, timeH: number): number {
  const t = timeline.t_h;
  let lo = 0;
  let hi = t.length - 1;
  if (hi < 0) return 0;
  if (timeH <= t[0]!) return 0;
  if (timeH >= t[hi]!) return hi;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (t[mid]! <= timeH) lo = mid;
    else hi = mid;
  }
  return lo;
}
