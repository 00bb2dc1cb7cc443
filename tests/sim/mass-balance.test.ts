// Mass balance, the pharmacologist's first check of a linear PK model: after one dose, the area
// under the plasma curve is the bioavailable dose over the clearance, AUC = F x D / CL, for every drug
// and route, in a 70 kg and a 35 kg patient (volumes scale with weight, clearances with
// weight^0.75); a metabolite's area is the share of the parent that becomes it (by moles) over its
// own clearance. Areas by the trapezoid rule on fine output, run until the drug is gone.
import { describe, expect, test } from 'vitest';
import { simulate, type Drug, type Route } from '../../sim/index';
import {
  BUPRENORPHINE,
  FENTANYL,
  HEROIN,
  HYDROCODONE,
  MAM,
  METHADONE,
  MORPHINE,
  NALOXONE,
  NALTREXONE,
  OXYCODONE,
} from '../../sim/params/pk';
import { LIGANDS } from '../../sim/params/receptor';

const LN2 = Math.LN2;
const mw = (m: keyof typeof LIGANDS) => LIGANDS[m].mw.value;
/** Clearances at 70 kg, L/h, as docs/model.md derives them from the parameter table. */
const CL = {
  heroin: HEROIN.cl.value,
  '6-MAM': MAM.cl.value,
  morphine: (MORPHINE.v.value * LN2) / MORPHINE.halfLife.value,
  oxycodone: OXYCODONE.cl.value,
  hydrocodone: (HYDROCODONE.v.value * LN2) / HYDROCODONE.halfLife.value,
  methadone: (METHADONE.v.value * LN2) / METHADONE.halfLife.value,
  fentanyl: FENTANYL.kout.value * FENTANYL.v.value,
  buprenorphine: BUPRENORPHINE.clOverF.value * BUPRENORPHINE.slF.value,
  naloxone: NALOXONE.cl.value,
  naltrexone: NALTREXONE.cl.value,
  '6-beta-naltrexol': NALTREXONE.naltrexolCl.value,
};
type Molecule = keyof typeof CL;

/** Area under a molecule's plasma curve, (ng/mL) h, after `mg` of a drug by a route at hour 0. */
function auc(drug: Drug, route: Route, mg: number, molecule: Molecule, hours: number, weightKg: number) {
  const t = simulate({
    to_h: hours,
    step_min: 1,
    doses: [{ drug, route, mg, at_h: 0 }],
    patient: { weight_kg: weightKg },
  });
  const c = t.plasma_ng_ml[molecule]!;
  let area = 0;
  for (let i = 1; i < t.t_h.length; i++) area += ((c[i]! + c[i - 1]!) / 2) * (t.t_h[i]! - t.t_h[i - 1]!);
  return area;
}

/** [drug, route, mg, molecule, hours to run, share of the dose (by mass) that reaches it]. */
const CASES: Array<[Drug, Route, number, Molecule, number, number]> = [
  ['heroin', 'iv', 10, 'heroin', 2, 1],
  ['heroin', 'intranasal', 10, 'heroin', 4, HEROIN.nasalF.value],
  ['heroin', 'iv', 10, '6-MAM', 6, HEROIN.toMam.value * (mw('6-MAM') / mw('heroin'))],
  [
    'heroin',
    'iv',
    10,
    'morphine',
    48,
    HEROIN.toMam.value * MAM.toMorphine.value * (mw('morphine') / mw('heroin')),
  ],
  ['morphine', 'iv', 10, 'morphine', 48, 1],
  ['morphine', 'oral', 30, 'morphine', 48, MORPHINE.oralF.value],
  ['oxycodone', 'oral', 20, 'oxycodone', 60, OXYCODONE.oralF.value],
  ['hydrocodone', 'oral', 30, 'hydrocodone', 60, 1],
  ['methadone', 'oral', 20, 'methadone', 24 * 18, METHADONE.oralF.value],
  ['fentanyl', 'iv', 0.1, 'fentanyl', 24 * 12, 1],
  ['fentanyl', 'intranasal', 0.1, 'fentanyl', 24 * 12, FENTANYL.nasalF.value],
  ['buprenorphine', 'sublingual', 8, 'buprenorphine', 24 * 20, BUPRENORPHINE.slF.value],
  ['naloxone', 'iv', 0.4, 'naloxone', 24, 1],
  ['naloxone', 'im', 0.4, 'naloxone', 24, NALOXONE.imF.value],
  ['naloxone', 'intranasal', 4, 'naloxone', 24, NALOXONE.nasalF.value],
  // Naltrexone's small peripheral compartment returns it over weeks.
  ['naltrexone', 'oral', 50, 'naltrexone', 24 * 60, NALTREXONE.oralF.value],
  [
    'naltrexone',
    'oral',
    50,
    '6-beta-naltrexol',
    24 * 8,
    ((1 - NALTREXONE.oralF.value) * NALTREXONE.firstPassToNaltrexol.value +
      NALTREXONE.oralF.value * NALTREXONE.systemicToNaltrexol.value) *
      (mw('6-beta-naltrexol') / mw('naltrexone')),
  ],
];

describe('area under the plasma curve = F x dose / CL', () => {
  test.each(CASES.flatMap((c) => [70, 35].map((w) => [...c, w] as const)))(
    '%s %s %s mg: %s (%s h run), share %s, at %s kg',
    (drug, route, mg, molecule, hours, share, weightKg) => {
      const cl = CL[molecule] * (weightKg / 70) ** 0.75;
      const expected = (share * mg * 1000) / cl;
      // Within 1%: the trapezoid rule on 1-minute output overestimates a fast drop by up to 0.7%.
      expect(Math.abs(auc(drug, route, mg, molecule, hours, weightKg) / expected - 1)).toBeLessThan(0.01);
    },
  );

  test('the monthly injection releases all 380 mg: its area is 380 mg over the clearance', () => {
    const expected = (380 * 1000) / CL.naltrexone;
    expect(Math.abs(auc('naltrexone', 'im', 380, 'naltrexone', 24 * 150, 70) / expected - 1)).toBeLessThan(
      0.01,
    );
  });
});
