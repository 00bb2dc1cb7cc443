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
    expect(decodeDoses('fentanyl:iv:0.1:-2')).toStrictEqual([
      { drug: 'fentanyl', route: 'iv', mg: 0.1, at_h: -2 },
    ]);
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

describe('what a user reads about each part of a link', () => {
  const parse = (search: string) => parseUrl(search, world);
  const sandbox = lessonById('sandbox')!.scenario;

  test('unknown, repeated and bad values, each in its own words', () => {
    expect(parse('?zoom=2')).toEqual({ state: {}, notes: ['"zoom" is not something this page understands'] });
    expect(parse('?lesson=nope')).toEqual({ state: {}, notes: ['lesson: "nope" is not a valid value'] });
    // The first of a repeated key counts; the repeat is named.
    expect(parse('?mode=student&mode=lecture')).toEqual({
      state: { mode: 'student' },
      notes: ['mode: "lecture" is not a valid value'],
    });
    expect(parse('')).toEqual({ state: {}, notes: [] });
  });

  test('a value is shown whole up to 40 characters, and cut with an ellipsis beyond', () => {
    expect(parse(`?lesson=${'a'.repeat(40)}`).notes).toEqual([
      `lesson: "${'a'.repeat(40)}" is not a valid value`,
    ]);
    expect(parse(`?lesson=${'a'.repeat(41)}`).notes).toEqual([
      `lesson: "${'a'.repeat(37)}..." is not a valid value`,
    ]);
    expect(parse(`?${'k'.repeat(41)}=1`).notes).toEqual([
      `"${'k'.repeat(37)}..." is not something this page understands`,
    ]);
  });

  test('values of up to 4000 characters are read; a longer one is refused whole', () => {
    const doses = (length: number) => {
      const parts = Array.from({ length: 266 }, () => 'heroin:iv:25:1');
      const text = parts.join(',');
      return `${text}.${'0'.repeat(length - text.length - 1)}`;
    };
    expect(doses(4000)).toHaveLength(4000);
    const ok = parse(`?lesson=sandbox&doses=${doses(4000)}`);
    expect(ok.notes).toEqual([]);
    expect(ok.state.scenario!.doses).toHaveLength(266);
    const long = parse(`?lesson=sandbox&doses=${doses(4001)}`);
    expect(long.state.scenario).toBeUndefined();
    expect(long.notes).toEqual([`doses: "heroin:iv:25:1,heroin:iv:25:1,heroin:..." is not a valid value`]);
  });

  test('a step is a whole number within the lesson, as people count from 1', () => {
    expect(parse('?step=1').state).toEqual({ step: 1 });
    expect(parse('?step=2').state).toEqual({ step: 2 });
    expect(parse('?step=003').state).toEqual({ step: 3 });
    for (const bad of ['0', '4', '0003', '1.0', '-1', ' 1', 'two'])
      expect(parse(`?step=${encodeURIComponent(bad)}`), bad).toEqual({
        state: {},
        notes: [`step: "${bad}" is not a valid value`],
      });
    expect(parse('?lesson=blockade&step=5').state).toEqual({ lesson: 'blockade', step: 5 });
  });

  test("a guess must be one of the step's choices (the first step when no step is given)", () => {
    expect(parse('?step=2&guess=few').state).toEqual({ step: 2, guess: 'few' });
    expect(parse('?guess=few')).toEqual({ state: {}, notes: ['guess: "few" is not a valid value'] });
    expect(parse('?step=2&guess=all').notes).toEqual(['guess: "all" is not a valid value']);
  });

  test('a time is a plain decimal number of hours, at most a million either way', () => {
    for (const [t, want] of [
      ['-24.5', -24.5],
      ['2.25', 2.25],
      ['0', 0],
      ['1000000', 1e6],
      ['-1000000', -1e6],
    ] as const)
      expect(parse(`?t=${t}`).state, t).toEqual({ t: want });
    for (const bad of ['1000001', '1e3', '.5', '5.', '+1', '0x10', '', 'Infinity'])
      expect(parse(`?t=${encodeURIComponent(bad)}`).notes, bad).toEqual([`t: "${bad}" is not a valid value`]);
  });

  test("doses replace the step's own; the step's span is kept unless the link gives one", () => {
    const { state, notes } = parse('?lesson=sandbox&doses=heroin:iv:25:1,naltrexone:oral:50:24:24:72');
    expect(notes).toEqual([]);
    expect(state.scenario).toEqual({
      title: sandbox.title,
      from_h: 0,
      output_from_h: 0,
      to_h: sandbox.to_h,
      step_min: sandbox.step_min,
      doses: [
        { drug: 'heroin', route: 'iv', mg: 25, at_h: 1 },
        { drug: 'naltrexone', route: 'oral', mg: 50, at_h: 24, every_h: 24, until_h: 72 },
      ],
    });
    // A span alone keeps the step's doses.
    const spanned = parse('?lesson=blockade&span=-24:-2:48:5').state.scenario!;
    expect([spanned.from_h, spanned.output_from_h, spanned.to_h, spanned.step_min]).toEqual([-24, -2, 48, 5]);
    expect(spanned.doses).toEqual(lessonById('blockade')!.scenario.doses);
  });

  test('a span may ask for up to 60,000 time points, no more', () => {
    expect(parse('?lesson=sandbox&span=0:0:1000:1').state.scenario!.to_h).toBe(1000);
    expect(parse('?lesson=sandbox&span=-500:0:500:1').state.scenario!.from_h).toBe(-500);
    expect(parse('?lesson=sandbox&span=-600:0:500:1').notes).toEqual([
      'span: "-600:0:500:1" is not a valid value',
    ]);
    expect(parse('?lesson=sandbox&span=0:0:1000.5:1')).toEqual({
      state: { lesson: 'sandbox' },
      notes: ['span: "0:0:1000.5:1" is not a valid value'],
    });
  });

  test('bad doses are explained, at most three problems at a time', () => {
    expect(parse('?lesson=sandbox&doses=heroin:iv:25').notes).toEqual([
      'doses: dose 1 "heroin:iv:25" needs drug:route:mg:hour',
    ]);
    const four = 'heroin:iv:-1:1,heroin:iv:-2:1,heroin:iv:-3:1,heroin:iv:-4:1';
    expect(parse(`?lesson=sandbox&doses=${four}`).notes).toEqual([
      'doses: doses[0].mg: must be a positive number, got -1',
      'doses: doses[1].mg: must be a positive number, got -2',
      'doses: doses[2].mg: must be a positive number, got -3',
    ]);
    expect(parse('?lesson=sandbox&doses=heroin:iv:lots:1').notes).toEqual([
      'doses: doses[0].mg: must be a positive number, got "lots"',
    ]);
  });

  test('decoding doses: nothing, one field too few, a repeat, and text kept for the validator to name', () => {
    expect(decodeDoses('')).toEqual([]);
    expect(decodeDoses('a:b:c:d:e')).toBe('dose 1 "a:b:c:d:e" needs drug:route:mg:hour');
    expect(decodeDoses(`heroin:iv:25:1,${'x'.repeat(50)}`)).toBe(
      `dose 2 "${'x'.repeat(37)}..." needs drug:route:mg:hour`,
    );
    expect(decodeDoses('heroin:iv:25:1:6:x')).toStrictEqual([
      { drug: 'heroin', route: 'iv', mg: 25, at_h: 1, every_h: 6, until_h: 'x' },
    ]);
    expect(decodeDoses('heroin:iv:-2.5:-0.25')).toEqual([
      { drug: 'heroin', route: 'iv', mg: -2.5, at_h: -0.25 },
    ]);
  });

  test('writing an address: keys in a fixed order, the time to a thousandth of an hour, defaults left out', () => {
    expect(toSearch({})).toBe('');
    expect(toSearch({ t: 1.23456 })).toBe('?t=1.235');
    expect(toSearch({ t: NaN, guess: '', lesson: '' })).toBe('');
    expect(toSearch({ mode: 'counsellor', t: 2, guess: 'few', step: 2, lesson: 'endorphins' })).toBe(
      '?lesson=endorphins&step=2&guess=few&mode=counsellor&t=2',
    );
    const scenario = { ...sandbox, doses: [{ drug: 'heroin', route: 'iv', mg: 25, at_h: 1 }] } as Scenario;
    expect(toSearch({ scenario }, sandbox)).toBe('?doses=heroin%3Aiv%3A25%3A1');
    expect(toSearch({ scenario: { ...scenario, to_h: 48 } }, sandbox)).toBe(
      '?doses=heroin%3Aiv%3A25%3A1&span=0%3A0%3A48%3A10',
    );
    expect(toSearch({ scenario })).toBe('?doses=heroin%3Aiv%3A25%3A1&span=0%3A0%3A168%3A10');
  });
});
