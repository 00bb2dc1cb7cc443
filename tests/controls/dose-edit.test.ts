// Editing doses keeps a valid scenario: add, move and remove, in any order, always give a scenario
// the engine's validator accepts; an edit that would break it is refused and changes nothing.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DRUGS, LESSONS, SUPPORTED_ROUTES, validateScenario, type Scenario } from '../../sim/index';
import { addDose, doseSpan, moveDose, removeDose } from '../../src/controls/dose-edit';
import { describeDose } from '../../src/controls/dose-text';
import { USUAL_MG, defaultAmount, routesOf, usualAmounts } from '../../src/controls/dose-presets';

const week: Scenario = { title: 'A week', to_h: 168, step_min: 10, doses: [] };

describe('dose editing', () => {
  test('adding a dose appends it, rounded to the minute', () => {
    const r = addDose(week, { drug: 'naltrexone', route: 'oral', mg: 50, at_h: 10.00001 });
    expect(r.ok).toBe(true);
    expect(r.scenario.doses).toEqual([{ drug: 'naltrexone', route: 'oral', mg: 50, at_h: 10 }]);
    expect(week.doses).toEqual([]);
  });

  test('an unsupported route or a bad amount is refused with the validator’s words', () => {
    const r = addDose(week, { drug: 'naltrexone', route: 'iv', mg: 50, at_h: 1 });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.join()).toMatch(/doses\[0\]\.route/);
    expect(r.scenario).toBe(week);
    const neg = addDose(week, { drug: 'heroin', route: 'iv', mg: -5, at_h: 1 });
    expect(neg.ok ? '' : neg.errors.join()).toMatch(/doses\[0\]\.mg/);
  });

  test('moving a repeating dose moves the whole schedule', () => {
    const s = addDose(week, {
      drug: 'naltrexone',
      route: 'oral',
      mg: 50,
      at_h: 24,
      every_h: 24,
      until_h: 120,
    });
    const m = moveDose(s.scenario, 0, 36);
    expect(m.scenario.doses[0]).toMatchObject({ at_h: 36, every_h: 24, until_h: 132 });
  });

  test('a dose cannot be moved off the visible timeline', () => {
    const s = addDose(week, { drug: 'heroin', route: 'iv', mg: 25, at_h: 5 }).scenario;
    expect(moveDose(s, 0, -50).scenario.doses[0]!.at_h).toBe(0);
    expect(moveDose(s, 0, 1e6).scenario.doses[0]!.at_h).toBe(168);
    const lesson = LESSONS.find((l) => l.id === 'blockade')!.scenario;
    expect(doseSpan(lesson)).toEqual({ min: 8 * 24, max: 16 * 24 });
  });

  test('removing a dose drops only that one; a missing index changes nothing', () => {
    let s = addDose(week, { drug: 'heroin', route: 'iv', mg: 25, at_h: 5 }).scenario;
    s = addDose(s, { drug: 'naloxone', route: 'intranasal', mg: 4, at_h: 5.25 }).scenario;
    expect(removeDose(s, 0).scenario.doses.map((d) => d.drug)).toEqual(['naloxone']);
    expect(removeDose(s, 7)).toMatchObject({ ok: false, scenario: s });
  });

  test('any sequence of adds, moves and removes keeps a scenario the engine accepts', () => {
    const dose = fc
      .record({
        drug: fc.constantFrom(...DRUGS),
        mg: fc.double({ min: 0.01, max: 500, noNaN: true }),
        at_h: fc.double({ min: 0, max: 168, noNaN: true }),
        repeat: fc.option(fc.integer({ min: 1, max: 48 })),
      })
      .map(({ drug, mg, at_h, repeat }) => ({
        drug,
        route: SUPPORTED_ROUTES[drug][0]!,
        mg,
        at_h,
        ...(repeat ? { every_h: repeat, until_h: at_h + 3 * repeat } : {}),
      }));
    const op = fc.oneof(
      dose.map((d) => ({ kind: 'add' as const, d })),
      fc.record({
        kind: fc.constant('move' as const),
        i: fc.nat(5),
        h: fc.double({ min: -500, max: 500, noNaN: true }),
      }),
      fc.record({ kind: fc.constant('remove' as const), i: fc.nat(5) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        let s = week;
        for (const o of ops) {
          const r =
            o.kind === 'add'
              ? addDose(s, o.d)
              : o.kind === 'move'
                ? moveDose(s, o.i, o.h)
                : removeDose(s, o.i);
          s = r.scenario;
          expect(validateScenario(s).ok).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('usual doses', () => {
  test('the panel offers the usual amounts: naltrexone 25/50/100 mg tablets or the 380 mg injection', () => {
    expect(usualAmounts('naltrexone', 'oral')).toEqual([25, 50, 100]);
    expect(usualAmounts('naltrexone', 'im')).toEqual([380]);
    expect(usualAmounts('heroin', 'iv')).toEqual([10, 25, 50]);
    expect(usualAmounts('naloxone', 'iv')).toContain(0.4);
    expect(usualAmounts('naloxone', 'intranasal')).toContain(4);
    expect(defaultAmount('naltrexone', 'oral')).toBe(50);
  });

  test('every drug offers only supported routes, each with usual amounts', () => {
    for (const drug of DRUGS) {
      expect([...routesOf(drug)].sort()).toEqual([...SUPPORTED_ROUTES[drug]].sort());
      for (const route of routesOf(drug)) expect(USUAL_MG[drug][route]?.length).toBeGreaterThan(0);
    }
  });

  test('a dose reads as a sentence', () => {
    expect(
      describeDose({ drug: 'naltrexone', route: 'oral', mg: 50, at_h: 264, every_h: 24, until_h: 384 }),
    ).toBe('Naltrexone 50 mg by mouth, day 11, 00:00, every 1 day until day 16, 00:00');
    expect(describeDose({ drug: 'naltrexone', route: 'im', mg: 380, at_h: 0 })).toBe(
      'Naltrexone 380 mg monthly injection (IM), day 0, 00:00',
    );
  });
});
