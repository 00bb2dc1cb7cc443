// The published JSON Schemas (docs/scenario.schema.json, docs/timeline.schema.json) against the
// engine: they are up to date with its tables, the scenario schema and validateScenario accept and
// reject the same inputs (random, malformed and mutated scenarios), save only the rules between
// fields that JSON Schema cannot state, and every timeline the engine prints fits the timeline schema.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { runs } from '../runs';
import {
  DRUGS,
  LESSONS,
  LIMITS,
  ROUTES,
  SUPPORTED_ROUTES,
  simulate,
  toJson,
  validateScenario,
} from '../../sim/index';
import { CROSS_FIELD_RULES, SCHEMA_FILES, schemaText } from '../../scripts/schemas';

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const schemaAccepts = ajv.compile(read('docs/scenario.schema.json'));
const timelineFits = ajv.compile(read('docs/timeline.schema.json'));

/** Anything JSON can hold, for a field that should have been something else. */
const junk = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string(), fc.constant(null));

/** A valid dose: a supported drug and route, a plausible amount, maybe a schedule inside the span. */
const validDose = (from: number, to: number) =>
  fc
    .record({
      drug: fc.constantFrom(...DRUGS),
      pick: fc.nat(),
      mg: fc.oneof(
        fc.double({ min: 1e-6, max: LIMITS.maxMg, noNaN: true }),
        fc.constantFrom(LIMITS.maxMg, 0.1, 50),
      ),
      at: fc.double({ min: from, max: to, noNaN: true }),
      repeat: fc.option(
        fc.record({ every: fc.constantFrom(LIMITS.minEveryH, 1, 24, 24 * 28), times: fc.nat(40) }),
      ),
    })
    .map(({ drug, pick, mg, at, repeat }) => {
      const routes = SUPPORTED_ROUTES[drug];
      const dose: Record<string, unknown> = { drug, route: routes[pick % routes.length], mg, at_h: at };
      if (repeat) Object.assign(dose, { every_h: repeat.every, until_h: at + repeat.every * repeat.times });
      return dose;
    });

/** A valid scenario near the limits: span up to 400 days, output start inside it, up to four doses. */
const validScenario = fc
  .record({
    from: fc.option(fc.integer({ min: -2000, max: 0 }), { nil: undefined }),
    span: fc.oneof(fc.integer({ min: 1, max: LIMITS.maxSpanH }), fc.constant(LIMITS.maxSpanH)),
    out: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    step: fc.option(fc.oneof(fc.integer({ min: 1, max: 1440 }), fc.constantFrom(1, 1440)), {
      nil: undefined,
    }),
    weight: fc.option(fc.oneof(fc.integer({ min: 20, max: 300 }), fc.constantFrom(20, 300)), {
      nil: undefined,
    }),
    title: fc.option(fc.string(), { nil: undefined }),
  })
  .chain(({ from, span, out, step, weight, title }) => {
    const start = from ?? 0;
    return fc.array(validDose(start, start + span), { maxLength: 4 }).map((doses) => ({
      ...(from !== undefined ? { from_h: from } : {}),
      to_h: start + span,
      ...(out !== undefined ? { output_from_h: start + out * span } : {}),
      ...(step !== undefined ? { step_min: step } : {}),
      ...(weight !== undefined ? { patient: { weight_kg: weight } } : {}),
      ...(title !== undefined ? { title } : {}),
      doses,
    }));
  });

/** Values that sit on, or just past, each limit, and values of the wrong kind. */
const EDGES: Record<string, unknown[]> = {
  from_h: [-1e6, 0, '0', null, true],
  to_h: [0, -1, 9600, 9600.5, '24', null, []],
  step_min: [1, 0.999, 1440, 1440.5, 0, '10', null],
  output_from_h: [-1e9, 1e9, '0', null],
  doses: [null, {}, 'none', [null], [5], [[]]],
  patient: [
    null,
    [],
    'p',
    { weight_kg: 20 },
    { weight_kg: 19.99 },
    { weight_kg: 300.01 },
    { weight_kg: '70' },
  ],
  title: [5, null, '', {}],
  drug: ['alcohol', 'Heroin', '', 7, null, ...DRUGS],
  route: ['rectal', 'IV', null, ...ROUTES],
  mg: [0, -0.5, LIMITS.maxMg, LIMITS.maxMg + 1e-9, 1e-300, '5', null],
  at_h: [null, '1', -1e9, 1e9],
  every_h: [LIMITS.minEveryH, 1 / 61, 0, -1, '1', null],
  until_h: [-1e9, 1e9, '2', null],
};
const TOP = ['from_h', 'to_h', 'step_min', 'output_from_h', 'doses', 'patient', 'title'];

/** A valid scenario with one or two fields set to an edge value or removed. */
const brokenScenario = fc
  .tuple(
    validScenario,
    fc.array(
      fc.record({
        key: fc.constantFrom(...Object.keys(EDGES)),
        pick: fc.nat(),
        drop: fc.boolean(),
        dose: fc.nat(),
      }),
      { minLength: 1, maxLength: 2 },
    ),
  )
  .map(([s, changes]) => {
    const out = structuredClone(s) as Record<string, unknown> & { doses: Record<string, unknown>[] };
    for (const { key, pick, drop, dose } of changes) {
      const edges = EDGES[key]!;
      const doses = Array.isArray(out.doses) ? out.doses : [];
      const target = TOP.includes(key) ? out : doses[dose % Math.max(1, doses.length)];
      if (typeof target !== 'object' || target === null) continue;
      if (drop) delete target[key];
      else target[key] = edges[pick % edges.length];
    }
    return out;
  });

/** What a file would hold: undefined fields dropped, -0 kept as 0. */
const asJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v) ?? 'null');

/** Whether the schema and the validator agree, allowing only the rules JSON Schema cannot state. */
function agree(input: unknown): void {
  const bySchema = schemaAccepts(input);
  const byValidator = validateScenario(input);
  if (bySchema === byValidator.ok) return;
  // The only allowed difference: the schema accepts, the validator refuses for cross-field rules.
  expect({ bySchema, errors: byValidator.ok ? [] : byValidator.errors }).toEqual({
    bySchema: true,
    errors: expect.any(Array),
  });
  const errors = byValidator.ok ? [] : byValidator.errors;
  for (const e of errors)
    expect(
      CROSS_FIELD_RULES.some((r) => r.error.test(e)),
      e,
    ).toBe(true);
}

describe('published JSON Schemas', () => {
  test('docs/*.schema.json are what scripts/schemas.ts writes from the engine’s tables', () => {
    for (const [file, make] of Object.entries(SCHEMA_FILES))
      expect(readFileSync(file, 'utf8'), `${file}: run npx tsx scripts/schemas.ts`).toBe(schemaText(make()));
  });

  test('schema and validateScenario accept valid scenarios near every limit', () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        expect(schemaAccepts(asJson(s))).toBe(true);
        agree(asJson(s));
      }),
      { numRuns: runs(1000) },
    );
  });

  test('schema and validateScenario agree on scenarios with a field set to an edge value or removed', () => {
    fc.assert(
      fc.property(brokenScenario, (s) => agree(asJson(s))),
      { numRuns: runs(4000) },
    );
  });

  test('schema and validateScenario agree on any JSON value at all', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (v) => agree(asJson(v))),
      { numRuns: runs(1000) },
    );
  });

  test('schema and validateScenario agree on the lessons’ scenarios and on each with one field broken', () => {
    const keys = ['from_h', 'to_h', 'step_min', 'output_from_h', 'doses', 'patient', 'title'];
    for (const lesson of LESSONS) {
      const s = asJson(lesson.scenario) as Record<string, unknown>;
      expect(schemaAccepts(s), lesson.id).toBe(true);
      expect(validateScenario(s).ok, lesson.id).toBe(true);
      fc.assert(
        fc.property(fc.constantFrom(...keys), junk, (key, value) => agree(asJson({ ...s, [key]: value }))),
        { numRuns: runs(60) },
      );
    }
  });

  test('the rules JSON Schema cannot state are the only disagreements, and each one occurs', () => {
    const onlyValidatorRefuses = [
      { to_h: -1, doses: [] },
      { from_h: 0, to_h: 9601, doses: [] },
      { to_h: 10, output_from_h: 11, doses: [] },
      { to_h: 10, doses: [{ drug: 'heroin', route: 'iv', mg: 25, at_h: 5, every_h: 1, until_h: 4 }] },
      { to_h: 10, doses: [{ drug: 'heroin', route: 'iv', mg: 25, at_h: 0, every_h: 1 / 60, until_h: 9000 }] },
    ];
    onlyValidatorRefuses.forEach((s, i) => {
      expect(schemaAccepts(s)).toBe(true);
      const v = validateScenario(s);
      expect(v.ok).toBe(false);
      if (!v.ok) expect(v.errors.map((e) => CROSS_FIELD_RULES[i]!.error.test(e))).toEqual([true]);
    });
  });

  test('alcohol is in the engine: both accept a drink by mouth up to 500 g, and refuse more or another route', () => {
    const drink = (mg: number, route = 'oral') => ({
      to_h: 24,
      doses: [{ drug: 'alcohol', route, mg, at_h: 1 }],
    });
    for (const [s, ok] of [
      [drink(14000), true],
      [drink(500000), true],
      [drink(500001), false],
      [drink(14000, 'iv'), false],
    ] as const) {
      expect(schemaAccepts(s), JSON.stringify(s)).toBe(ok);
      expect(validateScenario(s).ok, JSON.stringify(s)).toBe(ok);
    }
    // Other drugs keep the 10 g limit.
    const heroin = { to_h: 24, doses: [{ drug: 'heroin', route: 'iv', mg: 10001, at_h: 1 }] };
    expect(schemaAccepts(heroin)).toBe(false);
    expect(validateScenario(heroin).ok).toBe(false);
  });

  test('every lesson’s timeline, as the command line prints it, fits the timeline schema', () => {
    for (const lesson of LESSONS) {
      const json = asJson(toJson(simulate(lesson.scenario)));
      expect(timelineFits(json), `${lesson.id}: ${ajv.errorsText(timelineFits.errors)}`).toBe(true);
    }
    expect(timelineFits({ t_h: [0] })).toBe(false);
  });
});
