// Writes the published JSON Schemas of the contract's two formats from the engine's own tables, so
// they cannot drift from it: docs/scenario.schema.json (what validateScenario accepts) and
// docs/timeline.schema.json (what toJson and `npm run simulate` print). `--check` exits 1 if stale.
//   npx tsx scripts/schemas.ts [--check]
// JSON Schema cannot compare one field with another, so five rules of validateScenario are stated in
// words (CROSS_FIELD_RULES, also in the schema's description); tests/sim/schema.test.ts shows that
// the schema and validateScenario agree on every input except ones that break only those rules.
import { readFileSync, writeFileSync } from 'node:fs';
import { DRUGS, LIMITS, ROUTES, SUPPORTED_ROUTES, type EventKind, type OccupancyClass } from '../sim/index';

const DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** The rules no JSON Schema keyword can state, with the words validateScenario's errors use. */
export const CROSS_FIELD_RULES = [
  { rule: 'to_h is after from_h (from_h defaults to 0)', error: /^to_h: must be after from_h/ },
  {
    rule: `to_h - from_h is at most ${LIMITS.maxSpanH} h`,
    error: /^to_h: the span to_h - from_h must be at most/,
  },
  { rule: 'output_from_h lies between from_h and to_h', error: /^output_from_h: must lie between/ },
  {
    rule: 'a dose’s until_h is not before its at_h',
    error: /^doses\[\d+\]\.until_h: must not be before at_h/,
  },
  {
    rule: `the repeats of all doses expand to at most ${LIMITS.maxDoseEvents} doses`,
    error: /^doses: the schedules expand to/,
  },
] as const;

const EVENT_KINDS: Record<EventKind, true> = {
  precipitated_withdrawal: true,
  overdose_risk: true,
  blockade_overcome: true,
  liver_dose_warning: true,
};
const CLASSES: Record<OccupancyClass, true> = {
  endogenous: true,
  agonist: true,
  partial_agonist: true,
  antagonist: true,
  free: true,
};

const number = (description: string, extra: Record<string, unknown> = {}) => ({
  type: 'number',
  description,
  ...extra,
});

function doseSchema() {
  return {
    type: 'object',
    description: 'One dose, or a repeating schedule of doses (every_h and until_h together).',
    required: ['drug', 'route', 'mg', 'at_h'],
    properties: {
      drug: { enum: [...DRUGS], description: 'The drug given.' },
      route: {
        enum: [...ROUTES],
        description: 'How it is given; naltrexone by im is the monthly injection.',
      },
      mg: number(
        'Amount, mg (fentanyl too: 0.1 mg = 100 micrograms; alcohol in mg of ethanol, one standard drink = 14 g = 14000 mg).',
        { exclusiveMinimum: 0, maximum: LIMITS.maxAlcoholMg },
      ),
      at_h: number('Time of the (first) dose, h.'),
      every_h: number('Repeat interval, h (at least one minute).', { minimum: LIMITS.minEveryH }),
      until_h: number('Last time a repeat may fall (inclusive), h; not before at_h.'),
    },
    dependentRequired: { every_h: ['until_h'], until_h: ['every_h'] },
    // The routes the model supports for each drug: any other pair is bad input.
    // Every drug but alcohol is at most 10 g a dose.
    allOf: DRUGS.map((drug) => ({
      if: { properties: { drug: { const: drug } }, required: ['drug'] },
      then: {
        properties: {
          route: { enum: [...SUPPORTED_ROUTES[drug]] },
          ...(drug === 'alcohol' ? {} : { mg: { type: 'number', maximum: LIMITS.maxMg } }),
        },
      },
    })),
  };
}

export function scenarioSchema(): Record<string, unknown> {
  return {
    $schema: DIALECT,
    $id: 'scenario.schema.json',
    title: 'Scenario',
    description: [
      'A scenario of the naltrexone receptor simulation (docs/contract.md): doses in, with the time span to simulate. Times in hours.',
      'Rules between fields that JSON Schema cannot state, which validateScenario also checks:',
      ...CROSS_FIELD_RULES.map((r) => `- ${r.rule}.`),
    ].join('\n'),
    type: 'object',
    required: ['to_h', 'doses'],
    properties: {
      from_h: number('Start, h (default 0; negative values give a history).'),
      to_h: number(`End, h; after from_h, at most ${LIMITS.maxSpanH} h (400 days) after it.`),
      step_min: number('Output interval, min (default 10).', {
        minimum: LIMITS.minStepMin,
        maximum: LIMITS.maxStepMin,
      }),
      output_from_h: number('First reported time, h (default from_h); between from_h and to_h.'),
      doses: { type: 'array', items: { $ref: '#/$defs/dose' }, description: 'Dose events (may be empty).' },
      patient: {
        type: 'object',
        properties: {
          weight_kg: number('Body weight, kg (default 70).', {
            minimum: LIMITS.minWeightKg,
            maximum: LIMITS.maxWeightKg,
          }),
        },
      },
      title: { type: 'string', description: 'Shown in the app.' },
    },
    $defs: { dose: doseSchema() },
  };
}

const series = (description: string) => ({ type: 'array', items: { type: 'number' }, description });
const seriesByName = (description: string) => ({
  type: 'object',
  additionalProperties: { type: 'array', items: { type: 'number' } },
  description,
});

export function timelineSchema(): Record<string, unknown> {
  return {
    $schema: DIALECT,
    $id: 'timeline.schema.json',
    title: 'Timeline',
    description:
      'The output of the naltrexone receptor simulation (docs/contract.md): every series has the length of t_h.',
    type: 'object',
    required: [
      't_h',
      'plasma_ng_ml',
      'occupancy',
      'occupancy_by_class',
      'signal',
      'tolerance',
      'euphoria',
      'withdrawal_cows',
      'respiratory_depression',
      'events',
    ],
    properties: {
      t_h: series('Time, h: from output_from_h to to_h inclusive at step_min.'),
      plasma_ng_ml: seriesByName('Molecule name to plasma concentration, ng/mL.'),
      occupancy: seriesByName(
        'Ligand name (endorphin and free included) to fraction of receptors held, 0-1.',
      ),
      occupancy_by_class: {
        type: 'object',
        required: Object.keys(CLASSES),
        properties: Object.fromEntries(Object.keys(CLASSES).map((c) => [c, series(`Fraction held: ${c}.`)])),
        description: 'The same fractions summed by class.',
      },
      signal: series('Receptor activation, 0-1.'),
      tolerance: series('The adapted level, on the scale of signal.'),
      euphoria: series('0-100 above the person’s own baseline.'),
      withdrawal_cows: series('0-48 on the Clinical Opiate Withdrawal Scale.'),
      respiratory_depression: series('0-1: fraction of normal breathing drive lost.'),
      blood_alcohol_g_per_l: series('Blood alcohol, g/L; present when the scenario has alcohol.'),
      events: {
        type: 'array',
        items: {
          type: 'object',
          required: ['t_h', 'kind', 'text'],
          properties: {
            t_h: { type: 'number' },
            kind: { enum: Object.keys(EVENT_KINDS) },
            text: { type: 'string' },
          },
        },
      },
    },
  };
}

export const SCHEMA_FILES = {
  'docs/scenario.schema.json': scenarioSchema,
  'docs/timeline.schema.json': timelineSchema,
} as const;

export const schemaText = (schema: Record<string, unknown>) => JSON.stringify(schema, null, 2) + '\n';

if (process.argv[1]?.endsWith('schemas.ts')) {
  let stale = false;
  for (const [file, make] of Object.entries(SCHEMA_FILES)) {
    const next = schemaText(make());
    let now = '';
    try {
      now = readFileSync(file, 'utf8');
    } catch {
      // Not written yet.
    }
    if (next === now) continue;
    if (process.argv.includes('--check')) {
      process.stderr.write(`${file} is stale; run npx tsx scripts/schemas.ts\n`);
      stale = true;
    } else writeFileSync(file, next);
  }
  process.exit(stale ? 1 : 0);
}
