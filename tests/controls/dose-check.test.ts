// The dose form speaks plainly beside the field: a bad amount, interval, last day or chosen time is
// named in everyday words (never "doses[1].mg: must be a positive number"), and a dose above what
// people take at one time is given with a warning, not refused.
import { describe, expect, test } from 'vitest';
import { checkDose, largeDoseWarning, type DoseInput } from '../../src/controls/dose-check';
import { MOST_TAKEN_MG, USUAL_MG } from '../../src/controls/dose-presets';

const span = { min: 0, max: 7 * 24 };
const ok: DoseInput = {
  drug: 'heroin',
  route: 'iv',
  mg: 25,
  atH: 6,
  chosen: false,
  day: 0,
  clock: '06:00',
  repeat: null,
};
const fields = (d: Partial<DoseInput>) => checkDose({ ...ok, ...d }, span).map((p) => p.field);

describe('the dose form names each problem beside its field', () => {
  test('a good dose has none', () => {
    expect(checkDose(ok, span)).toEqual([]);
  });
  test('an amount of 0, below 0, empty or over 10 g', () => {
    for (const mg of [0, -5, NaN]) {
      const [p] = checkDose({ ...ok, mg }, span);
      expect(p).toEqual({ field: 'amount', message: 'Enter an amount above 0 mg.' });
    }
    expect(checkDose({ ...ok, mg: 20000 }, span)[0]!.message).toBe('Enter an amount of 10,000 mg or less.');
  });
  test('a chosen day outside the scenario, or a missing time of day', () => {
    expect(fields({ chosen: true, day: 9, atH: 9 * 24 })).toEqual(['day']);
    expect(fields({ chosen: true, clock: '' })).toEqual(['time']);
    expect(checkDose({ ...ok, chosen: true, day: 9, atH: 9 * 24 }, span)[0]!.message).toMatch(
      /^Enter a day from day 0, 00:00 to day 7, 00:00\.$/,
    );
  });
  test('a repeat with no interval, or ending before it starts', () => {
    expect(fields({ repeat: { every: 0, untilDay: 3 } })).toEqual(['every']);
    expect(fields({ repeat: { every: 24, untilDay: -1 } })).toEqual(['until']);
    expect(fields({ repeat: { every: 24, untilDay: 3 } })).toEqual([]);
  });
  test('no message uses the contract’s field names', () => {
    const all = [
      ...checkDose(
        {
          ...ok,
          mg: -5,
          chosen: true,
          clock: '',
          day: 99,
          atH: 99 * 24,
          repeat: { every: NaN, untilDay: NaN },
        },
        span,
      ),
    ];
    expect(all.length).toBe(5);
    for (const p of all) expect(p.message).not.toMatch(/doses\[|\.mg|at_h|every_h|until_h|got /);
  });
});

describe('an amount above what people take', () => {
  test('is warned about, not refused: 5,000 mg of heroin into a vein', () => {
    expect(checkDose({ ...ok, mg: 5000 }, span)).toEqual([]);
    expect(largeDoseWarning('heroin', 'iv', 5000)).toMatch(/more than people take at one time/);
  });
  test('no warning at the usual amounts the form offers', () => {
    for (const [drug, routes] of Object.entries(USUAL_MG))
      for (const [route, amounts] of Object.entries(routes))
        for (const mg of amounts!)
          expect(largeDoseWarning(drug as 'heroin', route as 'iv', mg), `${drug} ${route} ${mg}`).toBeNull();
  });
  test('every drug and route the form offers has a ceiling above its usual amounts', () => {
    for (const [drug, routes] of Object.entries(USUAL_MG))
      for (const route of Object.keys(routes))
        expect(MOST_TAKEN_MG[drug as 'heroin'][route as 'iv'], `${drug} ${route}`).toBeGreaterThan(0);
  });
});
