// Flesch-Kincaid grade of a piece of English, for the plain-words tests: sentences and words counted
// here, syllables by the `syllable` package (wooorm), the formula by `flesch-kincaid` (same author).
// Interpolated values ({date}, {n}) are scored as a typical value would read.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** A date as the counsellor's view writes it, for strings built around one. */
export const SAMPLE_DATE = 'Friday, 7 March 2025';

/** The lessons' {placeholders} stand for numbers from the model. */
export function fillSamples(text: string): string {
  return text.replace(/\{(\w+)\}/g, '12');
}

/** Words: runs of letters or digits (hyphenated words count as their parts, as they are read). */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}’']+/gu)?.filter((w) => /[\p{L}\p{N}]/u.test(w)) ?? [];
}

/** Sentences end in . ! or ? followed by a space or the end; a text without one is one sentence. */
export function sentenceCount(text: string): number {
  const ends = text.match(/[.!?]+(?=\s|$|["”)])/g)?.length ?? 0;
  const trailing = /[.!?]["”)]?\s*$/.test(text.trim()) ? 0 : 1;
  return Math.max(1, ends + trailing);
}

/**
 * Names of medicines a patient must know by name (naltrexone, methadone, Narcan...). The formula
 * would grade every sentence that names one as hard however plainly it is put, so a name counts as
 * two syllables, like an ordinary word of two. Everyday medical words (opioid, receptor, tolerance,
 * withdrawal) are not names and count in full.
 */
export const MEDICINE_NAMES = new Set([
  'naltrexone',
  'naloxone',
  'narcan',
  'heroin',
  'fentanyl',
  'oxycodone',
  'hydrocodone',
  'morphine',
  'methadone',
  'buprenorphine',
  'suboxone',
  'subutex',
  'vivitrol',
  'revia',
]);

/** Syllables of a word; a number reads as two (seven, fourteen, 380 reads longer but is rare). */
export function syllablesOf(word: string): number {
  if (/^\d+$/.test(word)) return 2;
  if (MEDICINE_NAMES.has(word.toLowerCase().replace(/[’']s$/, ''))) return 2;
  return Math.max(1, syllable(word));
}

export interface Reading {
  grade: number;
  words: number;
  sentences: number;
  syllables: number;
}

export function readingGrade(text: string): Reading {
  const filled = fillSamples(text);
  const words = wordsOf(filled);
  const sentences = sentenceCount(filled);
  const syllables = words.reduce((s, w) => s + syllablesOf(w), 0);
  const grade = words.length
    ? fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables })
    : 0;
  return { grade, words: words.length, sentences, syllables };
}
