// Bad input gets a clear message and loses nothing: every rule of validateScenario, at its edges, with
// the exact words a user reads (the command prints them, the app's import and address show them).
// Valid input comes back as given, nothing dropped, nothing invented.
import { describe, expect, test } from 'vitest';
import { LIMITS, validateScenario } from '../../sim/index';

const dose = { drug: 'heroin', route: 'iv', mg: 25, at_h: 1 };
const base = { to_h: 24, doses: [dose] };
const errorsOf = (input: unknown): string[] => {
  const v = validateScenario(input);
  return v.ok ? [] : v.errors;
};

describe('the output interval, step_min', () => {
  test.each([0, -5, 0.5, 1441, 1e9])('%s minutes is refused, naming the range', (step_min) => {
    expect(errorsOf({ ...base, step_min })).toEqual([
      `step_min: must be between 1 and 1440 minutes, got ${step_min}`,
    ]);
  });
  test.each([NaN, Infinity, '10', null])('%s is not a number', (step_min) => {
    expect(errorsOf({ ...base, step_min })).toEqual([
      `step_min: must be a number, got ${typeof step_min === 'string' ? '"10"' : String(JSON.stringify(step_min))}`,
    ]);
  });
  test.each([LIMITS.minStepMin, 7.5, LIMITS.maxStepMin])('%s minutes is accepted', (step_min) => {
    expect(validateScenario({ ...base, step_min })).toEqual({ ok: true, scenario: { ...base, step_min } });
  });
});

describe('the time span', () => {
  test('to_h is required and must come after from_h', () => {
    expect(errorsOf({ doses: [] })).toEqual(['to_h: is required; must be a number, got nothing']);
    expect(errorsOf({ to_h: 'soon', doses: [] })).toEqual(['to_h: must be a number, got "soon"']);
    expect(errorsOf({ to_h: 0, doses: [] })).toEqual(['to_h: must be after from_h (0), got 0']);
    expect(errorsOf({ from_h: 5, to_h: 4, doses: [] })).toEqual(['to_h: must be after from_h (5), got 4']);
    expect(errorsOf({ from_h: -1, to_h: 0, doses: [] })).toEqual([]);
  });
  test('each number names its own field when it is not a number', () => {
    expect(errorsOf({ from_h: 'x', to_h: 24, doses: [] })).toEqual(['from_h: must be a number, got "x"']);
    expect(errorsOf({ to_h: 24, output_from_h: null, doses: [] })).toEqual([
      'output_from_h: must be a number, got null',
    ]);
    expect(errorsOf({ ...base, patient: { weight_kg: '70' } })).toEqual([
      'patient.weight_kg: must be a number, got "70"',
    ]);
  });
  test('a text value is shown whole and quoted, however long (the user typed it)', () => {
    const name = 'k'.repeat(50);
    expect(errorsOf({ to_h: 24, doses: [{ ...dose, drug: name }] })).toEqual([
      `doses[0].drug: must be one of heroin, morphine, oxycodone, hydrocodone, fentanyl, methadone, buprenorphine, naloxone, naltrexone, alcohol, got "${name}"`,
    ]);
  });
  test('at most 400 days, counted from from_h', () => {
    expect(errorsOf({ to_h: LIMITS.maxSpanH, doses: [] })).toEqual([]);
    expect(errorsOf({ from_h: -100, to_h: LIMITS.maxSpanH - 100, doses: [] })).toEqual([]);
    expect(errorsOf({ from_h: -100, to_h: LIMITS.maxSpanH - 99, doses: [] })).toEqual([
      'to_h: the span to_h - from_h must be at most 9600 h (400 days), got 9601',
    ]);
  });
  test('output_from_h lies between from_h and to_h, both included', () => {
    for (const output_from_h of [-2, 0, 24])
      expect(errorsOf({ from_h: -2, to_h: 24, output_from_h, doses: [] })).toEqual([]);
    expect(errorsOf({ from_h: -2, to_h: 24, output_from_h: -2.5, doses: [] })).toEqual([
      'output_from_h: must lie between from_h (-2) and to_h (24), got -2.5',
    ]);
    expect(errorsOf({ to_h: 24, output_from_h: 24.5, doses: [] })).toEqual([
      'output_from_h: must lie between from_h (0) and to_h (24), got 24.5',
    ]);
  });
});

describe('the patient and the title', () => {
  test('weight from 20 to 300 kg', () => {
    for (const weight_kg of [20, 70, 300]) expect(errorsOf({ ...base, patient: { weight_kg } })).toEqual([]);
    expect(errorsOf({ ...base, patient: { weight_kg: 19.9 } })).toEqual([
      'patient.weight_kg: must be between 20 and 300 kg, got 19.9',
    ]);
    expect(errorsOf({ ...base, patient: { weight_kg: 301 } })).toEqual([
      'patient.weight_kg: must be between 20 and 300 kg, got 301',
    ]);
    expect(errorsOf({ ...base, patient: 70 })).toEqual(['patient: must be an object, got 70']);
    expect(errorsOf({ ...base, patient: [70] })).toEqual(['patient: must be an object, got [70]']);
    expect(validateScenario({ ...base, patient: {} })).toEqual({ ok: true, scenario: base });
  });
  test('a title must be text', () => {
    expect(errorsOf({ ...base, title: 5 })).toEqual(['title: must be a string, got 5']);
    expect(validateScenario({ ...base, title: '' })).toEqual({ ok: true, scenario: { ...base, title: '' } });
  });
  test('anything but an object is not a scenario', () => {
    expect(errorsOf([])).toEqual(['scenario: must be a JSON object, got []']);
    expect(errorsOf(null)).toEqual(['scenario: must be a JSON object, got null']);
    expect(errorsOf('x')).toEqual(['scenario: must be a JSON object, got "x"']);
    expect(errorsOf(undefined)).toEqual(['scenario: must be a JSON object, got nothing']);
  });
  test('a long value is shortened in the message', () => {
    // 40 characters are shown whole; 41 are cut to 37 and an ellipsis.
    expect(errorsOf({ ...base, title: { text: 'a'.repeat(29) } })).toEqual([
      `title: must be a string, got {"text":"${'a'.repeat(29)}"}`,
    ]);
    expect(errorsOf({ ...base, title: { text: 'a'.repeat(30) } })).toEqual([
      `title: must be a string, got {"text":"${'a'.repeat(28)}...`,
    ]);
  });
});

describe('doses', () => {
  const one = (d: Record<string, unknown>) => errorsOf({ to_h: 24, doses: [d] });
  test('the list is required and may be empty', () => {
    expect(errorsOf({ to_h: 24 })).toEqual(['doses: is required; must be an array (it may be empty)']);
    expect(errorsOf({ to_h: 24, doses: {} })).toEqual(['doses: must be an array, got {}']);
    expect(validateScenario({ to_h: 24, doses: [] })).toEqual({
      ok: true,
      scenario: { to_h: 24, doses: [] },
    });
  });
  test('each dose names a known drug by a route the model supports', () => {
    expect(one({ ...dose, drug: 'kratom' })[0]).toBe(
      'doses[0].drug: must be one of heroin, morphine, oxycodone, hydrocodone, fentanyl, methadone, buprenorphine, naloxone, naltrexone, alcohol, got "kratom"',
    );
    expect(one({ ...dose, route: 'rectal' })).toEqual([
      'doses[0].route: must be one of iv, oral, intranasal, sublingual, im, got "rectal"',
    ]);
    expect(one({ ...dose, drug: 'naltrexone', route: 'iv' })).toEqual([
      'doses[0].route: naltrexone by iv is not supported; use oral or im',
    ]);
    expect(one({ ...dose, drug: 5, route: 'iv' })).toHaveLength(1);
    expect(errorsOf({ to_h: 24, doses: [dose, 'x'] })).toEqual([
      'doses[1]: must be an object with drug, route, mg and at_h, got "x"',
    ]);
  });
  test('an amount above zero and at most 10 g (500 g of ethanol)', () => {
    expect(one({ ...dose, mg: 0 })).toEqual(['doses[0].mg: must be a positive number, got 0']);
    expect(one({ ...dose, mg: -5 })).toEqual(['doses[0].mg: must be a positive number, got -5']);
    expect(one({ ...dose, mg: LIMITS.maxMg })).toEqual([]);
    expect(one({ ...dose, mg: LIMITS.maxMg + 1 })).toEqual([
      'doses[0].mg: 10001 mg is not a plausible amount; at most 10000 mg (10 g)',
    ]);
    const drink = { drug: 'alcohol', route: 'oral', at_h: 1 };
    expect(one({ ...drink, mg: LIMITS.maxAlcoholMg })).toEqual([]);
    expect(one({ ...drink, mg: LIMITS.maxAlcoholMg + 1 })).toEqual([
      'doses[0].mg: 500001 mg of ethanol is not a plausible amount; at most 500000 mg (500 g, about 36 standard drinks of 14 g)',
    ]);
  });
  test('a time, and a repeat needs its interval (at least a minute) and its end', () => {
    expect(one({ ...dose, at_h: '1' })).toEqual(['doses[0].at_h: must be a number of hours, got "1"']);
    expect(one({ ...dose, every_h: 6 })).toEqual(['doses[0].until_h: is required with every_h']);
    expect(one({ ...dose, until_h: 6 })).toEqual(['doses[0].every_h: is required with until_h']);
    expect(one({ ...dose, every_h: 1 / 61, until_h: 6 })).toEqual([
      `doses[0].every_h: must be a number of hours of at least 1 minute (0.0167), got ${1 / 61}`,
    ]);
    expect(one({ ...dose, every_h: 1 / 60, until_h: 6 })).toEqual([]);
    expect(one({ ...dose, every_h: 6, until_h: 'x' })).toEqual([
      'doses[0].until_h: must be a number of hours, got "x"',
    ]);
    expect(one({ ...dose, every_h: 6, until_h: 0.5 })).toEqual([
      'doses[0].until_h: must not be before at_h (1), got 0.5',
    ]);
    expect(one({ ...dose, every_h: 6, until_h: 1 })).toEqual([]);
  });
  test('every problem is listed at once, in order', () => {
    expect(
      errorsOf({ to_h: -1, step_min: 0, doses: [{ drug: 'x', route: 'y', mg: 0, at_h: null }] }),
    ).toEqual([
      'to_h: must be after from_h (0), got -1',
      'step_min: must be between 1 and 1440 minutes, got 0',
      'doses[0].drug: must be one of heroin, morphine, oxycodone, hydrocodone, fentanyl, methadone, buprenorphine, naloxone, naltrexone, alcohol, got "x"',
      'doses[0].route: must be one of iv, oral, intranasal, sublingual, im, got "y"',
      'doses[0].mg: must be a positive number, got 0',
      'doses[0].at_h: must be a number of hours, got null',
    ]);
  });
  test('the repeats are counted from the first dose to the last, wherever the schedule lies', () => {
    // 50,000 hourly doses from hour 9000: allowed (a count from hour 0 would refuse it).
    const late = { ...dose, at_h: 9000, every_h: 1, until_h: 9000 + LIMITS.maxDoseEvents - 1 };
    expect(errorsOf({ to_h: 24, doses: [late] })).toEqual([]);
  });
  test('a refused dose is not counted towards the limit, and its own problem is the only one', () => {
    const huge = { ...dose, mg: -1, at_h: 0, every_h: 1, until_h: 2 * LIMITS.maxDoseEvents };
    expect(errorsOf({ to_h: 24, doses: [huge] })).toEqual(['doses[0].mg: must be a positive number, got -1']);
  });
  test('at most 50,000 doses once the repeats are expanded, counting each end', () => {
    const every = (n: number) => ({ ...dose, at_h: 0, every_h: 1 / 60, until_h: (n - 1) / 60 });
    expect(errorsOf({ to_h: 24, doses: [every(LIMITS.maxDoseEvents)] })).toEqual([]);
    expect(errorsOf({ to_h: 24, doses: [every(LIMITS.maxDoseEvents), dose] })).toEqual([
      'doses: the schedules expand to 50001 doses; at most 50000 are allowed',
    ]);
  });
});

describe('what is accepted comes back as given', () => {
  test('every field kept, nothing added', () => {
    const full = {
      from_h: -48,
      to_h: 24,
      step_min: 5,
      output_from_h: 0,
      doses: [{ ...dose, at_h: -48, every_h: 8, until_h: 0 }],
      patient: { weight_kg: 55 },
      title: 'History',
    };
    expect(validateScenario(structuredClone(full))).toEqual({ ok: true, scenario: full });
  });
  test('the fields left out stay out: no from_h, step_min or repeat is invented', () => {
    // toStrictEqual: a key present with the value undefined would fail it (an exported scenario
    // would carry it, and a reader of the file would see a field the user never set).
    expect(validateScenario({ ...base })).toStrictEqual({ ok: true, scenario: base });
    expect(validateScenario({ ...base, from_h: 0 })).toStrictEqual({
      ok: true,
      scenario: { ...base, from_h: 0 },
    });
  });
  test('unknown fields are dropped', () => {
    expect(validateScenario({ ...base, colour: 'red', doses: [{ ...dose, note: 'x' }] })).toEqual({
      ok: true,
      scenario: base,
    });
  });
});
