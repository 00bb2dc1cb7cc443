// The shareable state in the address: lesson, step, guess, audience mode, time, (when the user
// changed them) the doses and time span, and the language. Parsing trusts nothing: every value is checked, anything
// unknown or malformed is dropped and described in a note for the page to show. Pure, so it is
// tested in Node and fuzzed in the browser.
import { DRUG_X_SEEDS, validateScenario, type DoseEvent, type Scenario } from '../../sim/index';
import { isLanguage, type Language } from '../strings/languages';
import { strings } from '../strings/index';
import { isMode } from './modes';
import type { AudienceMode } from '../core/store';

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

const KEYS = ['lesson', 'step', 'guess', 'mode', 't', 'doses', 'span', 'drugx', 'lang'] as const;
const MAX_PARAM = 4000;
/** A link must not ask for more time points than the page can compute quickly. */
const MAX_POINTS = 60_000;
const NUMBER = /^-?\d+(\.\d+)?$/;
const num = (s: string | undefined) => (s !== undefined && NUMBER.test(s) ? Number(s) : undefined);
const short = (s: string, max = 40) => (s.length > max ? `${s.slice(0, max - 3)}...` : s);

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

export function parseUrl(search: string, world: UrlWorld): { state: UrlState; notes: string[] } {
  const n = strings.app.notes;
  const notes: string[] = [];
  const state: UrlState = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, notes: [n.badValue('address', short(search))] };
  }
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (!(KEYS as readonly string[]).includes(key)) notes.push(n.unknownParam(short(key)));
    else if (seen.has(key)) notes.push(n.badValue(key, short(value)));
    else if (value.length > MAX_PARAM) notes.push(n.badValue(key, short(value)));
    seen.add(key);
  }
  const get = (k: (typeof KEYS)[number]) => {
    const v = params.get(k);
    return v === null || v.length > MAX_PARAM ? undefined : v;
  };
  const bad = (k: string, v: string) => notes.push(n.badValue(k, short(v)));

  const lesson = get('lesson');
  if (lesson !== undefined) {
    if (world.lessonIds.includes(lesson)) state.lesson = lesson;
    else bad('lesson', lesson);
  }
  const lessonId = state.lesson ?? world.defaultLesson;
  const step = get('step');
  if (step !== undefined) {
    const s = /^\d{1,3}$/.test(step) ? Number(step) : NaN;
    if (s >= 1 && s <= world.steps(lessonId)) state.step = s;
    else bad('step', step);
  }
  const guess = get('guess');
  if (guess !== undefined) {
    if (world.choices(lessonId, state.step ?? 1).includes(guess)) state.guess = guess;
    else bad('guess', guess);
  }
  const mode = get('mode');
  if (mode !== undefined) {
    if (isMode(mode)) state.mode = mode;
    else bad('mode', mode);
  }
  const lang = get('lang');
  if (lang !== undefined) {
    if (isLanguage(lang)) state.lang = lang;
    else bad('lang', lang);
  }
  const t = get('t');
  if (t !== undefined) {
    const v = num(t);
    if (v !== undefined && Math.abs(v) <= 1e6) state.t = v;
    else bad('t', t);
  }
  const drugx = get('drugx');
  if (drugx !== undefined) {
    const v = /^\d{1,6}$/.test(drugx) ? Number(drugx) : NaN;
    if (v >= DRUG_X_SEEDS.min && v <= DRUG_X_SEEDS.max) state.drugx = v;
    else bad('drugx', drugx);
  }
  const doses = get('doses');
  const span = get('span');
  if (doses !== undefined || span !== undefined) {
    const base = world.scenario(lessonId, state.step ?? 1);
    const [from, out, to, stepMin] = span === undefined ? spanOf(base) : span.split(':').map((x) => num(x));
    const decoded = doses === undefined ? base.doses : decodeDoses(doses);
    if (typeof decoded === 'string') notes.push(n.badDoses(decoded));
    else {
      const v = validateScenario({
        title: base.title,
        from_h: from,
        output_from_h: out,
        to_h: to,
        step_min: stepMin,
        doses: decoded,
      });
      const points = v.ok
        ? ((v.scenario.to_h - (v.scenario.from_h ?? 0)) * 60) / (v.scenario.step_min ?? 10)
        : 0;
      if (v.ok && points > MAX_POINTS) notes.push(n.badValue('span', short(span ?? '')));
      else if (v.ok) state.scenario = v.scenario;
      else notes.push(...v.errors.slice(0, 3).map((e) => n.badDoses(short(n.problem(e), 120))));
    }
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
