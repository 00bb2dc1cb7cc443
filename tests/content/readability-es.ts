// Reading ease of a piece of Spanish, for the plain-words test of the Spanish counsellor strings.
// Our own small functions (no well-kept Spanish package was found in the project's package lists):
// words and sentences are counted as tests/content/readability.ts counts them, syllables by the rules
// of Spanish spelling below, and two indexes, S syllables, W words, F sentences:
//   Fernández-Huerta (1959, corrected form):  L = 206.84 − 60 S/W − 1.02 W/F
//   Szigriszt-Pazos (1993, "perspicuidad"):   P = 206.835 − 62.3 S/W − W/F
// Fernández-Huerta's scale: 90-100 very easy (school grade 4), 80-90 easy (5), 70-80 fairly easy (6),
// 60-70 normal (7-8), 50-60 fairly hard, below 50 hard. Szigriszt's (INFLESZ): 55-65 normal, 65-80
// fairly easy, above 80 very easy. Interpolated values ({date}, {n}) read as a typical value would.
import { fillSamples, sentenceCount, wordsOf } from './readability';

/** A date as the Spanish counsellor's view writes it, for strings built around one. */
export const SAMPLE_DATE_ES = 'viernes, 7 de marzo de 2025';

/**
 * Medicine names a patient must know by name count as two syllables, as the English check counts
 * them: the formula would grade every sentence that names one as hard however plainly it is put.
 */
export const MEDICINE_NAMES_ES = new Set([
  'naltrexona',
  'naloxona',
  'narcan',
  'heroína',
  'fentanilo',
  'oxicodona',
  'hidrocodona',
  'morfina',
  'metadona',
  'buprenorfina',
  'suboxone',
  'subutex',
  'vivitrol',
  'revia',
]);

const STRONG = new Set([...'aeoáéó']);
const ACCENTED_WEAK = new Set([...'íú']);
const VOWELS = new Set([...'aeiouáéíóúü']);

/**
 * Two vowels side by side are two syllables (a hiatus) when both are strong (po-e-ta), or when an
 * accented í or ú meets a strong one (dí-a); two weak ones are always one (ciu-dad, cuí-de-se).
 */
const hiatus = (a: string, b: string) =>
  (STRONG.has(a) && STRONG.has(b)) ||
  (ACCENTED_WEAK.has(a) && STRONG.has(b)) ||
  (STRONG.has(a) && ACCENTED_WEAK.has(b));

/**
 * Syllables of a Spanish word: one per group of vowels, plus one for each hiatus inside a group.
 * Diphthongs and triphthongs (ciudad, buey) are one syllable; "y" is a vowel alone or at the end of a
 * word after a vowel (hoy, muy), a consonant elsewhere; "h" between vowels does not join them. A
 * number reads as two syllables, as in the English check.
 */
export function syllablesEs(word: string): number {
  if (/^\d+$/.test(word)) return 2;
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (MEDICINE_NAMES_ES.has(w)) return 2;
  if (w === 'y') return 1;
  const letters = [...w].map((c, i, all) =>
    c === 'y' && i === all.length - 1 && VOWELS.has(all[i - 1] ?? '') ? 'i' : c,
  );
  let count = 0;
  let previous = '';
  for (const c of letters) {
    if (VOWELS.has(c)) {
      if (!VOWELS.has(previous) || hiatus(previous, c)) count++;
    }
    previous = c;
  }
  return Math.max(1, count);
}

export interface ReadingEase {
  /** Fernández-Huerta's index (higher is easier). */
  fernandezHuerta: number;
  /** Szigriszt-Pazos's index (higher is easier). */
  szigrisztPazos: number;
  words: number;
  sentences: number;
  syllables: number;
}

export function readingEase(text: string): ReadingEase {
  const filled = fillSamples(text);
  const words = wordsOf(filled);
  const sentences = sentenceCount(filled);
  const syllables = words.reduce((s, w) => s + syllablesEs(w), 0);
  const perWord = words.length ? syllables / words.length : 0;
  const perSentence = words.length / sentences;
  return {
    fernandezHuerta: words.length ? 206.84 - 60 * perWord - 1.02 * perSentence : 100,
    szigrisztPazos: words.length ? 206.835 - 62.3 * perWord - perSentence : 100,
    words: words.length,
    sentences,
    syllables,
  };
}
