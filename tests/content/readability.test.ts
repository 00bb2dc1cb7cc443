// The reading-grade function the plain-words test relies on, checked on texts whose counts are known.
import { describe, expect, test } from 'vitest';
import { readingGrade, sentenceCount, syllablesOf, wordsOf } from './readability';

describe('reading grade (Flesch-Kincaid)', () => {
  test('a short, plain sentence scores below grade 1', () => {
    const r = readingGrade('The cat sat on the mat.');
    expect(r).toMatchObject({ words: 6, sentences: 1, syllables: 6 });
    expect(r.grade).toBeCloseTo(0.39 * 6 + 11.8 - 15.59, 6);
  });
  test('the two sentences the clinical review flagged score above grade 8', () => {
    expect(
      readingGrade(
        'It sits in the opioid receptors without switching them on, so heroin and other opioids give little or no high.',
      ).grade,
    ).toBeGreaterThan(8);
    expect(
      readingGrade('Tell every doctor, dentist and emergency team that you take naltrexone.').grade,
    ).toBeGreaterThan(8);
  });
  test('splitting a long sentence into short ones lowers the grade', () => {
    const long = readingGrade(
      'Naltrexone taken while opioids are still in the body can cause sudden, severe withdrawal that may need hospital care.',
    );
    const short = readingGrade(
      'Naltrexone taken too soon can cause sudden, severe withdrawal. It may need hospital care.',
    );
    expect(short.grade).toBeLessThan(long.grade);
  });
  test('sentences end at . ! or ?, and a text without an end is one sentence', () => {
    expect(sentenceCount('One. Two! Three?')).toBe(3);
    expect(sentenceCount('A heading')).toBe(1);
    expect(sentenceCount('It was due on Friday, 7 March 2025. Call your clinic.')).toBe(2);
    expect(sentenceCount('Spray (one dose.) Wait.')).toBe(2);
  });
  test('hyphenated words count as their parts and numbers count as words', () => {
    expect(wordsOf('slow-release pills, 7 to 10 days')).toEqual([
      'slow',
      'release',
      'pills',
      '7',
      'to',
      '10',
      'days',
    ]);
    expect(wordsOf('the body’s own')).toEqual(['the', 'body’s', 'own']);
  });
  test('syllables: everyday words by the syllable package, medicine names as two, numbers as two', () => {
    expect(syllablesOf('withdrawal')).toBeGreaterThanOrEqual(3);
    expect(syllablesOf('tolerance')).toBe(3);
    expect(syllablesOf('buprenorphine')).toBe(2);
    expect(syllablesOf('Naltrexone')).toBe(2);
    expect(syllablesOf('14')).toBe(2);
  });
});
