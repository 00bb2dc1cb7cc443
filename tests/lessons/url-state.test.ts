// The address as state: round trips, and every malformed value dropped with a note, never a throw.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { lessonById, LESSONS, validateScenario, type Scenario } from '../../sim/index';
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

  test('no string at all makes the parser throw, and whatever it keeps is valid', () => {
    /** Every value kept is one the page can use; every note is short text. */
    const usable = ({ state, notes }: ReturnType<typeof parseUrl>) => {
      const lesson = state.lesson ?? world.defaultLesson;
      expect(
        Object.keys(state).every((k) => ['lesson', 'step', 'guess', 'mode', 't', 'scenario'].includes(k)),
      ).toBe(true);
      if (state.lesson !== undefined) expect(world.lessonIds).toContain(state.lesson);
      if (state.step !== undefined) {
        expect(Number.isInteger(state.step)).toBe(true);
        expect(state.step).toBeGreaterThanOrEqual(1);
        expect(state.step).toBeLessThanOrEqual(world.steps(lesson));
      }
      if (state.guess !== undefined) expect(world.choices(lesson, state.step ?? 1)).toContain(state.guess);
      if (state.mode !== undefined) expect(['student', 'lecture', 'counsellor']).toContain(state.mode);
      if (state.t !== undefined) expect(Math.abs(state.t)).toBeLessThanOrEqual(1e6);
      if (state.scenario !== undefined) expect(validateScenario(state.scenario).ok).toBe(true);
      for (const n of notes) {
        expect(typeof n).toBe('string');
        expect(n.length).toBeLessThanOrEqual(200);
      }
    };
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 60 }), (junk, value) => {
        usable(parseUrl(junk, world));
        for (const key of ['lesson', 'step', 'guess', 'mode', 't', 'doses', 'span']) {
          const r = parseUrl(`?${key}=${encodeURIComponent(value)}`, world);
          usable(r);
          // Each value is either taken or named in a note; never silently lost.
          const taken = key === 'doses' || key === 'span' ? 'scenario' in r.state : key in r.state;
          expect(taken || r.notes.some((n) => n.startsWith(`${key}:`) || n.startsWith('doses:')), key).toBe(
            true,
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});
