// The address as state: round trips, and every malformed value dropped with a note, never a throw.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { lessonById, LESSONS, type Scenario } from '../../sim/index';
import { decodeDoses, encodeDoses, parseUrl, toSearch, type UrlWorld } from '../../src/app/url-state';
import { stepsOf } from '../../src/lessons/steps';

const world: UrlWorld = {
  lessonIds: LESSONS.map((l) => l.id),
  steps: (id) => stepsOf(id).length,
  choices: (id, step) => stepsOf(id)[step - 1]?.choices ?? [],
  scenario: (id) => lessonById(id)!.scenario,
  defaultLesson: 'endorphins',
};

describe('url state', () => {
  test('a lesson, step, guess, mode and time survive a round trip', () => {
    const state = { lesson: 'too-early', step: 2, guess: 'severe', mode: 'lecture' as const, t: 24.5 };
    expect(parseUrl(toSearch(state), world)).toEqual({ state, notes: [] });
  });

  test('user doses and span survive a round trip', () => {
    const scenario: Scenario = {
      title: lessonById('sandbox')!.scenario.title,
      from_h: 0,
      output_from_h: 0,
      to_h: 240,
      step_min: 15,
      doses: [
        { drug: 'heroin', route: 'iv', mg: 25, at_h: 13.5 },
        { drug: 'naltrexone', route: 'oral', mg: 50, at_h: 24, every_h: 24, until_h: 192 },
      ],
    };
    const search = toSearch({ lesson: 'sandbox', scenario }, lessonById('sandbox')!.scenario);
    const back = parseUrl(search, world);
    expect(back.notes).toEqual([]);
    expect(back.state.scenario).toEqual(scenario);
  });

  test('doses encode compactly and decode to the same fields', () => {
    const doses = [{ drug: 'fentanyl', route: 'iv', mg: 0.1, at_h: -2 }] as const;
    expect(encodeDoses(doses)).toBe('fentanyl:iv:0.1:-2');
    expect(decodeDoses('fentanyl:iv:0.1:-2')).toEqual([{ drug: 'fentanyl', route: 'iv', mg: 0.1, at_h: -2 }]);
  });

  test.each([
    ['?lesson=nope', /lesson/],
    ['?step=0', /step/],
    ['?lesson=blockade&step=99', /step/],
    ['?lesson=blockade&step=3&guess=maybe', /guess/],
    ['?mode=projector', /mode/],
    ['?t=soon', /t:/],
    ['?t=1e400', /t:/],
    ['?zoom=2', /zoom/],
    ['?doses=heroin:iv:-5:1', /mg/],
    ['?doses=heroin:oral:5:1', /not supported/],
    ['?doses=garbage', /doses/],
    ['?lesson=sandbox&span=0:0:9000:1', /span/],
    ['?mode=student&mode=lecture', /mode/],
  ])('%s is ignored with a note', (search, note) => {
    const { notes } = parseUrl(search, world);
    expect(notes.join(' | ')).toMatch(note);
  });

  test('no string at all makes the parser throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 60 }), (junk, value) => {
        parseUrl(junk, world);
        for (const key of ['lesson', 'step', 'guess', 'mode', 't', 'doses', 'span'])
          parseUrl(`?${key}=${encodeURIComponent(value)}`, world);
      }),
      { numRuns: 300 },
    );
  });
});
