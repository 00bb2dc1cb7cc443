// The shareable state in the address: lesson, step, guess, audience mode, time, (when the user
// changed them) the doses and time span, and the language. Parsing trusts nothing: every value is checked, anything
// unknown or malformed is dropped and described in a note for the page to show. Pure, so it is
// tested in Node and fuzzed in the browser.
import { validateScenario, type DoseEvent, type Scenario } from '../../sim/index';
import { isLanguage, type Language } from '../strings/languages';
import { strings } from '../strings/index';
import { isMode } from './modes';
import type { AudienceMode } from '../core/store';
import {
  MAX_PARAM,
  cursorHours,
  drugXSeed,
  num,
  paramNotes,
  short,
  stepNumber,
  type UrlKey,
} from './url-values';

export interface UrlState {
  lesson?: string;
  /** 1-based step number, as people count. */
  step?: number;
  guess?: string;
  mode?: AudienceMode;
  /** Cursor time, model hours. */
  t?: number;
  /** The user's own doses and span, replacing the lesson step's scenario. */
  scenario?: Scenario;
  /** The language (read by src/strings as the page starts; checked here so a bad one is noted). */
  lang?: Language;
  /** The Drug X exercise is open with this seed (the link carries the seed, never the drug). */
  drugx?: number;
}

/** What the parser needs to know about the lessons (kept abstract so tests can give a small world). */
export interface UrlWorld {
  lessonIds: readonly string[];
  /** The number of steps of a lesson and the choices of one of its (1-based) steps. */
  steps(lessonId: string): number;
  choices(lessonId: string, step: number): readonly string[];
  /** The scenario a lesson step shows (its span is the default for user doses). */
  scenario(lessonId: string, step: number): Scenario;
  defaultLesson: string;
}

/** A link must not ask for more time points than the page can compute quickly. */
const MAX_POINTS = 60_000;

export function encodeDoses(doses: readonly DoseEvent[]): string {
  return doses
    .map((d) =>
      [d.drug, d.route, d.mg, d.at_h, ...(d.every_h !== undefined ? [d.every_h, d.until_h] : [])].join(':'),
    )
    .join(',');
}

/** Decodes the compact doses; the result still goes through validateScenario. */
export function decodeDoses(text: string): unknown[] | string {
  if (text === '') return [];
  const out: unknown[] = [];
  for (const [i, part] of text.split(',').entries()) {
    const f = part.split(':');
    if (f.length !== 4 && f.length !== 6) return strings.app.notes.doseFormat(i + 1, short(part));
    const [drug, route, mg, at, every, until] = f;
    const dose: Record<string, unknown> = { drug, route, mg: num(mg) ?? mg, at_h: num(at) ?? at };
    if (f.length === 6) Object.assign(dose, { every_h: num(every) ?? every, until_h: num(until) ?? until });
    out.push(dose);
  }
  return out;
}

const spanOf = (s: Scenario) => [s.from_h ?? 0, s.output_from_h ?? s.from_h ?? 0, s.to_h, s.step_min ?? 10];

/** The user's own doses and span from the link, over the lesson step's scenario, or the notes why not. */
export function readScenario(
  base: Scenario,
  doses: string | undefined,
  span: string | undefined,
): { scenario?: Scenario; notes: string[] } {
  const n = strings.app.notes;
  const [from, out, to, stepMin] = span === undefined ? spanOf(base) : span.split(':').map((x) => num(x));
  const decoded = doses === undefined ? base.doses : decodeDoses(doses);
  if (typeof decoded === 'string') return { notes: [n.badDoses(decoded)] };
  const v = validateScenario({
    title: base.title,
    from_h: from,
    output_from_h: out,
    to_h: to,
    step_min: stepMin,
    doses: decoded,
  });
  const points = v.ok ? ((v.scenario.to_h - (v.scenario.from_h ?? 0)) * 60) / (v.scenario.step_min ?? 10) : 0;
  if (v.ok && points > MAX_POINTS) return { notes: [n.badValue('span', short(span ?? ''))] };
  if (v.ok) return { scenario: v.scenario, notes: [] };
  return { notes: v.errors.slice(0, 3).map((e) => n.badDoses(short(n.problem(e), 120))) };
}

export function parseUrl(search: string, world: UrlWorld): { state: UrlState; notes: string[] } {
  const state: UrlState = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, notes: [strings.app.notes.badValue('address', short(search))] };
  }
  const notes = paramNotes(params);
  const get = (k: UrlKey) => {
    const v = params.get(k);
    return v === null || v.length > MAX_PARAM ? undefined : v;
  };
  // Each key: absent is fine, a value that passes its check is kept, anything else is noted.
  const read = <K extends UrlKey & keyof UrlState>(k: K, check: (v: string) => UrlState[K] | undefined) => {
    const v = get(k);
    if (v === undefined) return;
    const value = check(v);
    if (value !== undefined) state[k] = value;
    else notes.push(strings.app.notes.badValue(k, short(v)));
  };

  read('lesson', (v) => (world.lessonIds.includes(v) ? v : undefined));
  const lessonId = state.lesson ?? world.defaultLesson;
  read('step', (v) => stepNumber(v, world.steps(lessonId)));
  read('guess', (v) => (world.choices(lessonId, state.step ?? 1).includes(v) ? v : undefined));
  read('mode', (v) => (isMode(v) ? v : undefined));
  read('lang', (v) => (isLanguage(v) ? v : undefined));
  read('t', cursorHours);
  read('drugx', drugXSeed);
  const doses = get('doses');
  const span = get('span');
  if (doses !== undefined || span !== undefined) {
    const user = readScenario(world.scenario(lessonId, state.step ?? 1), doses, span);
    if (user.scenario) state.scenario = user.scenario;
    notes.push(...user.notes);
  }
  return { state, notes };
}

/** The query string for a state (keys in a fixed order; defaults left out). */
export function toSearch(state: UrlState, base?: Scenario): string {
  const p = new URLSearchParams();
  if (state.lesson) p.set('lesson', state.lesson);
  if (state.step !== undefined) p.set('step', String(state.step));
  if (state.guess) p.set('guess', state.guess);
  if (state.mode) p.set('mode', state.mode);
  if (state.t !== undefined && Number.isFinite(state.t))
    p.set('t', String(Math.round(state.t * 1000) / 1000));
  if (state.scenario) {
    p.set('doses', encodeDoses(state.scenario.doses));
    const span = spanOf(state.scenario);
    if (!base || span.some((v, i) => v !== spanOf(base)[i])) p.set('span', span.join(':'));
  }
  if (state.drugx !== undefined) p.set('drugx', String(state.drugx));
  if (state.lang) p.set('lang', state.lang);
  const s = p.toString();
  return s ? `?${s}` : '';
}
