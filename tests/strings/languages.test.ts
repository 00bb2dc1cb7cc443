// Choosing the language and writing in it: the link's lang wins, then the remembered choice, then the
// browser's languages in order; the locale is the browser's own region of that language when it
// names one. The address's lang is checked like every other value. Numbers, percentages and model
// time are written the language's way.
import { describe, expect, test } from 'vitest';
import { lessonById, LESSONS } from '../../sim/index';
import { parseUrl, toSearch, type UrlWorld } from '../../src/app/url-state';
import { timeWording } from '../../src/core/time-format';
import { stepsOf } from '../../src/lessons/steps';
import { es } from '../../src/strings/es';
import { numberFormat } from '../../src/strings/format';
import { chooseLanguage, isLanguage, languageOf, localeFor } from '../../src/strings/languages';

describe('choosing the language', () => {
  test('the link wins, then the remembered choice, then the browser, then English', () => {
    expect(chooseLanguage('es', 'en', ['en-US']).language).toBe('es');
    expect(chooseLanguage(null, 'es', ['en-US']).language).toBe('es');
    expect(chooseLanguage(null, null, ['fr-FR', 'es-MX', 'en']).language).toBe('es');
    expect(chooseLanguage(null, null, ['en-US', 'es']).language).toBe('en');
    expect(chooseLanguage(null, null, ['fr', 'de']).language).toBe('en');
    expect(chooseLanguage(null, null, []).language).toBe('en');
  });
  test('a language the app does not speak, from any source, is passed over', () => {
    expect(chooseLanguage('fr', 'xx', ['es']).language).toBe('es');
    expect(chooseLanguage('ES', null, []).language).toBe('en'); // the link's value is exact
    expect(isLanguage('es')).toBe(true);
    expect(isLanguage('es-MX')).toBe(false);
    expect(languageOf('ES_mx')).toBe('es');
  });
  test('the locale is the browser’s region of the chosen language, else the language’s own', () => {
    expect(localeFor('es', ['en-US', 'es-MX'])).toBe('es-MX');
    expect(localeFor('es', ['es-ES'])).toBe('es-ES');
    expect(localeFor('es', ['en-US', 'es'])).toBe('es-US');
    expect(localeFor('en', ['en-US'])).toBe('en-US');
    expect(localeFor('en', ['es-MX'])).toBe('en-GB');
    expect(localeFor('es', ['es-not a tag!'])).toBe('es-US');
    expect(chooseLanguage('es', null, ['en-US', 'es-AR']).locale).toBe('es-AR');
  });
});

describe('the address carries the language', () => {
  const world: UrlWorld = {
    lessonIds: LESSONS.map((l) => l.id),
    steps: (id) => stepsOf(id).length,
    choices: (id, step) => stepsOf(id)[step - 1]?.choices ?? [],
    scenario: (id) => lessonById(id)!.scenario,
    defaultLesson: 'endorphins',
  };
  test('lang survives a round trip, written last so the other values keep their order', () => {
    const state = { lesson: 'too-early', step: 2, mode: 'counsellor' as const, t: 3, lang: 'es' as const };
    const search = toSearch(state);
    expect(search).toBe('?lesson=too-early&step=2&mode=counsellor&t=3&lang=es');
    expect(parseUrl(search, world)).toEqual({ state, notes: [] });
  });
  test('a language the app does not speak is dropped with a note', () => {
    for (const bad of ['fr', 'ES', 'es-MX', '', '<b>']) {
      const { state, notes } = parseUrl(`?lesson=blockade&lang=${encodeURIComponent(bad)}`, world);
      expect(state).toEqual({ lesson: 'blockade' });
      expect(notes.join(), bad).toMatch(/^lang: /);
    }
  });
});

describe('writing in the language', () => {
  test('numbers: a decimal comma where the locale uses one, no minus zero, percentages', () => {
    const spain = numberFormat('es-ES');
    const us = numberFormat('es-US');
    expect([spain.num(1.5), us.num(1.5), numberFormat('en-GB').num(1.5)]).toEqual(['1,5', '1.5', '1.5']);
    expect([spain.num(-0), spain.sig(-0, 2), spain.num(16000)]).toEqual(['0', '0', '16000']);
    expect(spain.sig(0.04217, 2)).toBe('0,042');
    expect(spain.pct(0.672)).toMatch(/^67\s%$/);
    expect(numberFormat('en-GB').pct(0.672)).toBe('67%');
    expect([spain.sci(12345), numberFormat('en-GB').sci(12345)]).toEqual(['1,23e+4', '1.23e+4']);
  });
  test('model time in Spanish: days, weeks, durations, ticks', () => {
    const t = timeWording(es.time, numberFormat('es-ES').num);
    expect(t.formatMoment(3 * 24 + 14)).toBe('día 3, 14:00');
    expect(t.formatMoment(-1)).toBe('día -1, 23:00');
    expect(t.formatMoment(-1e-7)).toBe('día 0, 00:00');
    expect([t.formatDuration(24), t.formatDuration(72), t.formatDuration(36)]).toEqual([
      '1 día',
      '3 días',
      '1,5 días',
    ]);
    expect([t.formatDuration(168), t.formatDuration(336), t.formatDuration(2.5)]).toEqual([
      '1 semana',
      '2 semanas',
      '2 h 30 min',
    ]);
    expect([t.formatTick(14 * 24, 168), t.formatTick(0, 168), t.formatTick(48, 24)]).toEqual([
      'semana 2',
      'día 0',
      'día 2',
    ]);
    expect(t.formatTick(3 * 24 + 14.5, 0.5, true)).toBe('día 3, 14:30');
  });
});
