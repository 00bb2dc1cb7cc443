// What a pharmacologist reads off a plasma curve and a PET scan: each drug's terminal half-life is
// the one the parameter table gives (docs/model.md), every drug's molecules reach the receptors, and
// naltrexone, held in the brain's slow compartment (half-life 34 h), keeps most of its hold a day
// after a tablet although its plasma level has fallen to a few per cent.
import { describe, expect, test } from 'vitest';
import { simulate, type Drug, type Route } from '../../sim/index';
import { BUPRENORPHINE, HEROIN, HYDROCODONE, MAM, METHADONE, MORPHINE, OXYCODONE } from '../../sim/params/pk';

const run = (drug: Drug, route: Route, mg: number, hours: number, stepMin = 1) =>
  simulate({ to_h: hours, step_min: stepMin, doses: [{ drug, route, mg, at_h: 0 }] });
const at = (t: { t_h: Float64Array }, h: number) => t.t_h.findIndex((x) => x >= h - 1e-9);

/** [drug, route, molecule, half-life h, from h, to h: a stretch where only elimination is left]. */
const TERMINAL: Array<[Drug, Route, string, number, number, number]> = [
  ['heroin', 'iv', 'heroin', HEROIN.halfLife.value, 0.05, 0.25],
  ['heroin', 'iv', '6-MAM', MAM.halfLife.value, 1, 2],
  ['morphine', 'iv', 'morphine', MORPHINE.halfLife.value, 2, 12],
  ['oxycodone', 'oral', 'oxycodone', OXYCODONE.halfLife.value, 12, 30],
  ['hydrocodone', 'oral', 'hydrocodone', HYDROCODONE.halfLife.value, 12, 30],
  ['methadone', 'oral', 'methadone', METHADONE.halfLife.value, 48, 200],
  ['buprenorphine', 'sublingual', 'buprenorphine', BUPRENORPHINE.halfLife.value, 48, 200],
];

describe('terminal half-lives', () => {
  test.each(TERMINAL)('%s %s: %s falls by half every %s h', (drug, route, molecule, half, from, to) => {
    const t = run(drug, route, 10, to + 1, half < 0.5 ? 1 : 10);
    const c = t.plasma_ng_ml[molecule]!;
    const measured = ((to - from) * Math.LN2) / Math.log(c[at(t, from)]! / c[at(t, to)]!);
    expect(measured / half).toBeGreaterThan(0.97);
    expect(measured / half).toBeLessThan(1.03);
  });
});

describe('receptors', () => {
  test.each([
    ['fentanyl', 'iv', 0.1],
    ['buprenorphine', 'sublingual', 8],
    ['naloxone', 'iv', 0.4],
    ['naloxone', 'intranasal', 4],
  ] as const)('%s %s %s mg takes a clear share of the receptors', (drug, route, mg) => {
    const t = run(drug, route, mg, 12);
    expect(Math.max(...t.occupancy[drug]!)).toBeGreaterThan(0.1);
  });

  test('naltrexone itself still holds most of its peak share a day after a 50 mg tablet', () => {
    const t = run('naltrexone', 'oral', 50, 30, 10);
    const occ = t.occupancy.naltrexone!;
    const plasma = t.plasma_ng_ml.naltrexone!;
    const peak = Math.max(...occ);
    const peakPlasma = Math.max(...plasma);
    expect(peak).toBeGreaterThan(0.8);
    expect(occ[at(t, 24)]! / peak).toBeGreaterThan(0.7);
    expect(plasma[at(t, 24)]! / peakPlasma).toBeLessThan(0.05);
  });
});
