// The Spanish reading-ease functions the Spanish plain-words test relies on, checked on words whose
// syllables a Spanish speaker counts by ear and on texts whose indexes follow by hand.
import { describe, expect, test } from 'vitest';
import { readingEase, syllablesEs } from './readability-es';

describe('Spanish syllables', () => {
  test.each([
    ['gato', 2],
    ['pescado', 3],
    ['receptores', 4],
    ['abstinencia', 4], // abs-ti-nen-cia: "ia" is one syllable
    ['ciudad', 2], // two weak vowels: a diphthong
    ['aire', 2],
    ['día', 2], // an accented í breaks the diphthong: dí-a
    ['país', 2],
    ['oído', 3],
    ['poeta', 3], // two strong vowels: po-e-ta
    ['leer', 2],
    ['océano', 4],
    ['guerra', 2],
    ['pingüino', 3],
    ['buey', 1], // a triphthong, final y a vowel
    ['hoy', 1],
    ['muy', 1],
    ['y', 1],
    ['ayuda', 3], // y between vowels is a consonant
    ['prohibir', 3],
    ['opioides', 3], // o-pioi-des
    ['respiración', 4],
    ['Cuídese', 3], // two weak vowels stay one, accent or not: cuí-de-se
    ['construí', 2],
  ])('%s has %i', (word, n) => expect(syllablesEs(word)).toBe(n));

  test('medicine names a patient must know count as two, numbers as two', () => {
    expect(syllablesEs('buprenorfina')).toBe(2);
    expect(syllablesEs('Naltrexona')).toBe(2);
    expect(syllablesEs('14')).toBe(2);
  });
});

describe('Fernández-Huerta and Szigriszt-Pazos', () => {
  test('one short sentence: 4 words, 8 syllables', () => {
    const r = readingEase('El gato come pescado.');
    expect(r).toMatchObject({ words: 4, sentences: 1, syllables: 8 });
    expect(r.fernandezHuerta).toBeCloseTo(206.84 - 60 * 2 - 1.02 * 4, 9);
    expect(r.szigrisztPazos).toBeCloseTo(206.835 - 62.3 * 2 - 4, 9);
  });

  test('two sentences: the words per sentence are halved', () => {
    const r = readingEase('El gato come. El perro duerme.');
    expect(r).toMatchObject({ words: 6, sentences: 2, syllables: 10 });
    expect(r.fernandezHuerta).toBeCloseTo(206.84 - (60 * 10) / 6 - 1.02 * 3, 9);
  });

  test('splitting a long sentence into short ones reads easier', () => {
    const long = readingEase(
      'La naltrexona tomada mientras los opioides siguen en el cuerpo puede causar una abstinencia repentina que necesite atención hospitalaria.',
    );
    const short = readingEase(
      'Si toma la naltrexona antes de tiempo, puede tener una abstinencia fuerte. Puede necesitar un hospital.',
    );
    expect(short.fernandezHuerta).toBeGreaterThan(long.fernandezHuerta + 10);
    expect(long.fernandezHuerta).toBeLessThan(60);
  });

  test('a question and an exclamation end sentences, and the opening marks are not words', () => {
    const r = readingEase('¿Qué pasa? ¡Acertó!');
    expect(r).toMatchObject({ words: 3, sentences: 2, syllables: 6 });
  });
});
