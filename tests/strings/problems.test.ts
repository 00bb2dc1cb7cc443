// The engine's validation messages in Spanish: every message the validator writes, for any input,
// is one whose wording es-problems.ts knows (so none falls back to "value not valid", and none is
// shown in English), and the field it names is kept as the file or link writes it.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DRUGS, ROUTES, validateScenario } from '../../sim/index';
import { knownProblem, problemEs } from '../../src/strings/es-problems';

const messages = (input: unknown) => {
  const v = validateScenario(input);
  return v.ok ? [] : v.errors;
};

/** English the validator writes that no Spanish message should keep. */
const ENGLISH =
  /\b(must|got|required|between|allowed|plausible|supported|nothing|array|object with|number of hours)\b/;

const value = fc.oneof(
  fc.constant(undefined),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.string({ maxLength: 12 }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
);
const dose = fc.oneof(
  fc.record(
    {
      drug: fc.oneof(fc.constantFrom(...DRUGS), value),
      route: fc.oneof(fc.constantFrom(...ROUTES), value),
      mg: fc.oneof(fc.double({ min: -10, max: 20_000 }), value),
      at_h: fc.oneof(fc.integer({ min: -100, max: 1000 }), value),
      every_h: fc.oneof(fc.double({ min: 0, max: 48 }), value),
      until_h: fc.oneof(fc.integer({ min: -100, max: 2000 }), value),
    },
    { requiredKeys: [] },
  ),
  value,
);
const scenario = fc.oneof(
  fc.record(
    {
      title: value,
      from_h: fc.oneof(fc.integer({ min: -2000, max: 2000 }), value),
      to_h: fc.oneof(fc.integer({ min: -2000, max: 20_000 }), value),
      step_min: fc.oneof(fc.integer({ min: -5, max: 200 }), value),
      output_from_h: fc.oneof(fc.integer({ min: -3000, max: 3000 }), value),
      patient: fc.oneof(fc.record({ weight_kg: fc.oneof(fc.integer({ min: 0, max: 500 }), value) }), value),
      doses: fc.oneof(fc.array(dose, { maxLength: 4 }), value),
    },
    { requiredKeys: [] },
  ),
  value,
);

describe('validation messages in Spanish', () => {
  test('every message for any input is one the Spanish table knows, with no English left', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        for (const m of messages(input)) {
          const spanish = knownProblem(m);
          expect(spanish, m).toBeDefined();
          expect(spanish!.split(': ')[0]).toBe(m.split(': ')[0]);
          expect(spanish!.replace(/se recibió .*/, ''), m).not.toMatch(ENGLISH);
        }
      }),
      { numRuns: 3000, seed: 16 },
    );
  });

  test('messages every rule gives, read in Spanish', () => {
    const cases: Array<[unknown, RegExp]> = [
      [[], /^scenario: debe ser un objeto JSON; se recibió \[\]$/],
      [{ doses: [] }, /^to_h: falta; debe ser un número; se recibió nada$/],
      [{ to_h: 5, from_h: 10, doses: [] }, /^to_h: debe ser posterior a from_h \(10\); se recibió 5$/],
      [
        { to_h: 20_000, doses: [] },
        /^to_h: el intervalo to_h - from_h debe ser de 9600 h \(400 días\) como máximo/,
      ],
      [{ to_h: 5, doses: [], step_min: 0 }, /^step_min: debe estar entre \S+ y \S+ minutos; se recibió 0$/],
      [
        { to_h: 5, doses: [], output_from_h: 9 },
        /^output_from_h: debe estar entre from_h \(0\) y to_h \(5\)/,
      ],
      [
        { to_h: 5, doses: [], patient: { weight_kg: 1 } },
        /^patient\.weight_kg: debe estar entre \S+ y \S+ kg/,
      ],
      [{ to_h: 5 }, /^doses: falta; debe ser una lista \(puede estar vacía\)$/],
      [
        { to_h: 5, doses: [{ drug: 'tea', route: 'oral', mg: 1, at_h: 0 }] },
        /^doses\[0\]\.drug: debe ser uno de estos: heroin, .*; se recibió "tea"$/,
      ],
      [
        { to_h: 5, doses: [{ drug: 'naltrexone', route: 'intranasal', mg: 1, at_h: 0 }] },
        /^doses\[0\]\.route: naltrexone por la vía intranasal no está disponible; use oral o im$/,
      ],
      [
        { to_h: 5, doses: [{ drug: 'heroin', route: 'iv', mg: 20_000, at_h: 0 }] },
        /^doses\[0\]\.mg: 20000 mg no es una cantidad creíble; 10000 mg \(10 g\) como máximo$/,
      ],
      [
        { to_h: 5, doses: [{ drug: 'heroin', route: 'iv', mg: 1, at_h: 0, every_h: 1 }] },
        /^doses\[0\]\.until_h: es obligatorio junto con every_h$/,
      ],
      [
        { to_h: 5, doses: [{ drug: 'heroin', route: 'iv', mg: 1, at_h: 3, every_h: 1, until_h: 1 }] },
        /^doses\[0\]\.until_h: no puede ser anterior a at_h \(3\); se recibió 1$/,
      ],
      [
        { to_h: 5, doses: [{ drug: 'heroin', route: 'iv', mg: 1, at_h: 0, every_h: 0, until_h: 1 }] },
        /^doses\[0\]\.every_h: debe ser un número de horas de 1 minuto \(0\.0167\) o más; se recibió 0$/,
      ],
      [
        { to_h: 5, doses: [{ drug: 'heroin', route: 'iv', mg: 1, at_h: 0, every_h: 0.02, until_h: 9600 }] },
        /^doses: las repeticiones dan \d+ dosis; se permiten \d+ como máximo$/,
      ],
    ];
    for (const [input, expected] of cases) {
      const spanish = messages(input).map(problemEs);
      expect(
        spanish.some((m) => expected.test(m)),
        `${JSON.stringify(input)} -> ${spanish.join(' | ')}`,
      ).toBe(true);
    }
  });

  test('a message in a wording the table does not know says "value not valid" for its field', () => {
    expect(problemEs('doses[2].mg: is somehow wrong now')).toBe('doses[2].mg: valor no válido');
    expect(problemEs('something odd')).toBe('Valor no válido');
  });
});
