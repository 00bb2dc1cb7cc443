// The simulate command, exactly as CONTRACT.md states it: scenario file or lesson id in, JSON or CSV
// out; bad input gives exit status 2, nothing on stdout and one clear line per problem on stderr.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BASELINE_SIGNAL,
  DRUG_X_LESSON_SEED,
  drugXProfile,
  drugXScenario,
  LESSONS,
  lessonById,
  simulate,
  toJson,
} from '../../sim/index';

const dir = mkdtempSync(join(tmpdir(), 'simulate-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', ...args], {
    encoding: 'utf8',
    // A week of Drug X at 2-minute steps is about a megabyte of JSON, the default limit.
    maxBuffer: 64 << 20,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const good = { to_h: 24, step_min: 30, doses: [{ drug: 'naltrexone', route: 'oral', mg: 50, at_h: 1 }] };

describe('npm run simulate', () => {
  it('prints the contract timeline as JSON, equal to the engine', () => {
    const r = cli(file('good.json', JSON.stringify(good)));
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    for (const key of [
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
    ])
      expect(json).toHaveProperty(key);
    expect(json).toEqual(JSON.parse(JSON.stringify(toJson(simulate(good as never)))));
    expect(json.t_h).toHaveLength(49);
  });

  it('prints CSV with one row per time and dotted column names', () => {
    const r = cli(file('good.json', JSON.stringify(good)), '--format', 'csv');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(50);
    expect(lines[0]).toContain('occupancy.naltrexone');
    expect(lines[0]).toContain('plasma_ng_ml.6-beta-naltrexol');
    expect(r.out).not.toMatch(/NaN|Infinity/);
  });

  it('runs a lesson by id and lists the lessons with their titles', () => {
    const r = cli('blockade');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).t_h.length).toBeGreaterThan(10);
    const list = cli('--lessons');
    expect(list.out.trim().split('\n')).toEqual(LESSONS.map((l) => `${l.id}\t${l.title}`));
  });

  it('runs the alcohol lesson with blood alcohol in the timeline, JSON and CSV', () => {
    const json = JSON.parse(cli('alcohol').out);
    expect(json).toEqual(JSON.parse(JSON.stringify(toJson(simulate(lessonById('alcohol')!.scenario)))));
    expect(Math.max(...json.blood_alcohol_g_per_l)).toBeGreaterThan(0.3);
    expect(cli('alcohol', '--format', 'csv').out.split('\n')[0]).toContain('blood_alcohol_g_per_l');
  });

  it('runs the unknown drug of a seed (the app’s ?drugx=<n>), alone; seed 2026 without one', () => {
    const json = (...args: string[]) => JSON.parse(cli('unknown-drug', ...args).out);
    const ofSeed = (seed: number) =>
      JSON.parse(JSON.stringify(toJson(simulate(drugXScenario(drugXProfile(seed), 'alone')))));
    expect(json('--seed', '17')).toEqual(ofSeed(17));
    expect(json()).toEqual(ofSeed(DRUG_X_LESSON_SEED));
    // Two seeds that draw different drugs give different timelines.
    const other = [...Array(50).keys()].find((s) => drugXProfile(s + 1).drug !== drugXProfile(17).drug)! + 1;
    expect(json(`--seed=${other}`)).toEqual(ofSeed(other));
    expect(ofSeed(other)).not.toEqual(ofSeed(17));
  });

  it('refuses a seed that is not a whole number from 1 to 999999, or given to another lesson', () => {
    for (const [args, message] of [
      [['unknown-drug', '--seed', 'x1'], /^--seed: must be a whole number from 1 to 999999, got "x1"$/m],
      [['unknown-drug', '--seed', '0'], /^--seed: must be a whole number/m],
      [['blockade', '--seed', '3'], /^--seed: only the unknown-drug lesson takes a seed/m],
    ] as const) {
      const r = cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(message);
    }
  });

  it('honours output_from_h and repeat schedules', () => {
    const s = {
      from_h: -48,
      output_from_h: 0,
      to_h: 12,
      step_min: 60,
      doses: [{ drug: 'heroin', route: 'iv', mg: 25, at_h: -48, every_h: 12, until_h: 0 }],
    };
    const json = JSON.parse(cli(file('hist.json', JSON.stringify(s))).out);
    expect(json).toEqual(JSON.parse(JSON.stringify(toJson(simulate(s as never)))));
    expect(json.t_h).toEqual(Array.from({ length: 13 }, (_, i) => i));
    // The two days before the output count: four doses of heroin left tolerance above baseline
    // (a single first dose at 0 starts from it).
    expect(json.tolerance[0]).toBeGreaterThan(BASELINE_SIGNAL + 0.03);
    // The repeat's last dose falls on until_h (0): morphine from it peaks an hour later.
    expect(json.plasma_ng_ml.morphine[1]).toBeGreaterThan(5 * json.plasma_ng_ml.morphine[0]);
  });

  const bad: Array<[string, string, RegExp]> = [
    ['broken JSON', '{"to_h": 2,', /not valid JSON/],
    ['wrong type', '{"to_h": "soon", "doses": []}', /^to_h: must be a number, got "soon"$/m],
    [
      'unknown drug',
      '{"to_h": 2, "doses": [{"drug": "kratom", "route": "oral", "mg": 5, "at_h": 0}]}',
      /^doses\[0\]\.drug: must be one of/m,
    ],
    [
      'unsupported route',
      '{"to_h": 2, "doses": [{"drug": "naltrexone", "route": "iv", "mg": 5, "at_h": 0}]}',
      /^doses\[0\]\.route: naltrexone by iv is not supported/m,
    ],
    [
      'negative amount',
      '{"to_h": 2, "doses": [{"drug": "heroin", "route": "iv", "mg": -5, "at_h": 0}]}',
      /^doses\[0\]\.mg: must be a positive number, got -5$/m,
    ],
    [
      'absurd amount',
      '{"to_h": 2, "doses": [{"drug": "heroin", "route": "iv", "mg": 50000, "at_h": 0}]}',
      /^doses\[0\]\.mg: 50000 mg is not a plausible amount/m,
    ],
    ['span over 400 days', '{"to_h": 9601, "doses": []}', /^to_h: the span .* at most 9600 h/m],
    [
      'repeat without end',
      '{"to_h": 2, "doses": [{"drug": "heroin", "route": "iv", "mg": 5, "at_h": 0, "every_h": 6}]}',
      /^doses\[0\]\.until_h: is required with every_h$/m,
    ],
    ['missing doses', '{"to_h": 2}', /^doses: is required/m],
    [
      'an output interval of 0',
      '{"to_h": 2, "step_min": 0, "doses": []}',
      /^step_min: must be between 1 and 1440 minutes, got 0$/m,
    ],
  ];

  it.each(bad)('refuses %s: exit 2, nothing on stdout, the field named on stderr', (_, text, message) => {
    const r = cli(file('bad.json', text));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('refuses a missing file, an unknown option and an unknown format', () => {
    for (const args of [
      ['no-such-lesson'],
      [file('g.json', JSON.stringify(good)), '--format', 'xml'],
      ['--fast'],
    ]) {
      const r = cli(...args);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.trim().split('\n').length).toBeGreaterThanOrEqual(1);
    }
  });
});
