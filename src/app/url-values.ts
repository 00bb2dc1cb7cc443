// Checks for the single values a link can carry (a step number, a time, a Drug X seed) and the
// notes for keys the page does not know, gives twice or makes too long. Each check returns the
// value or undefined, so the parser can note a bad one in the same words for every key.
import { DRUG_X_SEEDS } from '../../sim/index';
import { strings } from '../strings/index';

export const KEYS = ['lesson', 'step', 'guess', 'mode', 't', 'doses', 'span', 'drugx', 'lang'] as const;
export type UrlKey = (typeof KEYS)[number];
export const MAX_PARAM = 4000;
const NUMBER = /^-?\d+(\.\d+)?$/;
export const num = (s: string | undefined) => (s !== undefined && NUMBER.test(s) ? Number(s) : undefined);
export const short = (s: string, max = 40) => (s.length > max ? `${s.slice(0, max - 3)}...` : s);

/** A 1-based step of a lesson with `steps` steps, written as people count (at most 3 digits). */
export function stepNumber(text: string, steps: number): number | undefined {
  const s = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
  return s >= 1 && s <= steps ? s : undefined;
}

/** A cursor time in model hours, within a million hours either side of the first dose. */
export function cursorHours(text: string): number | undefined {
  const v = num(text);
  return v !== undefined && Math.abs(v) <= 1e6 ? v : undefined;
}

/** A Drug X seed within the range the exercise draws from. */
export function drugXSeed(text: string): number | undefined {
  const v = /^\d{1,6}$/.test(text) ? Number(text) : NaN;
  return v >= DRUG_X_SEEDS.min && v <= DRUG_X_SEEDS.max ? v : undefined;
}

/** Notes for each key that is unknown, given again or too long, in the address's order. */
export function paramNotes(params: URLSearchParams): string[] {
  const n = strings.app.notes;
  const notes: string[] = [];
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (!(KEYS as readonly string[]).includes(key)) notes.push(n.unknownParam(short(key)));
    else if (seen.has(key)) notes.push(n.badValue(key, short(value)));
    else if (value.length > MAX_PARAM) notes.push(n.badValue(key, short(value)));
    seen.add(key);
  }
  return notes;
}
