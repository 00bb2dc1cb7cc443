// Builds the linear PK systems from the parameter tables for one patient weight. Drugs that share a
// molecule share a system: heroin -> 6-MAM -> morphine (with morphine itself); naltrexone oral and
// extended-release (with 6-beta-naltrexol). Volumes scale with weight, clearances with weight^0.75.
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
} from '../params/pk';
import { LIGANDS } from '../params/receptor';
import { LN2 } from '../params/types';
import type { Flow, SystemSpec } from './spec';

const mwRatio = (to: keyof typeof LIGANDS, from: keyof typeof LIGANDS) =>
  LIGANDS[to].mw.value / LIGANDS[from].mw.value;

export function buildSystems(weightKg: number): SystemSpec[] {
  const sv = weightKg / 70;
  const scl = sv ** 0.75;
  /** First-order rate of a disposition process from clearance (L/h at 70 kg) and volume (L at 70 kg). */
  const k = (cl: number, v: number) => (cl * scl) / (v * sv);
  /** A rate constant given at 70 kg, rescaled as CL/V. */
  const kr = (rate: number) => (rate * scl) / sv;
  const V = (v: number) => v * sv;

  const heroinV = (HEROIN.cl.value * HEROIN.halfLife.value) / LN2;
  const mamV = (MAM.cl.value * MAM.halfLife.value) / LN2;
  const morphineCl = (MORPHINE.v.value * LN2) / MORPHINE.halfLife.value;
  const opiates: SystemSpec = {
    name: 'opiates',
    compartments: [
      { id: 'heroin', volume: V(heroinV), molecule: 'heroin' },
      { id: '6-MAM', volume: V(mamV), molecule: '6-MAM' },
      { id: 'morphine', volume: V(MORPHINE.v.value), molecule: 'morphine' },
      { id: 'morphine.gut' },
      { id: 'heroin.nose' },
    ],
    effectSites: [
      { id: 'heroin.effect', source: 'heroin', ke0: HEROIN.ke0.value },
      { id: '6-MAM.effect', source: '6-MAM', ke0: MAM.ke0.value },
      { id: 'morphine.effect', source: 'morphine', ke0: MORPHINE.ke0.value },
    ],
    flows: [
      {
        from: 'heroin',
        rate: k(HEROIN.cl.value, heroinV),
        products: [{ to: '6-MAM', yield: HEROIN.toMam.value * mwRatio('6-MAM', 'heroin') }],
      },
      {
        from: '6-MAM',
        rate: k(MAM.cl.value, mamV),
        products: [{ to: 'morphine', yield: MAM.toMorphine.value * mwRatio('morphine', '6-MAM') }],
      },
      { from: 'morphine', rate: k(morphineCl, MORPHINE.v.value) },
      {
        from: 'morphine.gut',
        rate: MORPHINE.oralKa.value,
        products: [{ to: 'morphine', yield: MORPHINE.oralF.value }],
      },
      {
        from: 'heroin.nose',
        rate: HEROIN.nasalKa.value,
        products: [{ to: 'heroin', yield: HEROIN.nasalF.value }],
      },
    ],
    routes: {
      'heroin/iv': { into: [{ compartment: 'heroin', fraction: 1 }] },
      'heroin/intranasal': { into: [{ compartment: 'heroin.nose', fraction: 1 }] },
      'morphine/iv': { into: [{ compartment: 'morphine', fraction: 1 }] },
      'morphine/oral': { into: [{ compartment: 'morphine.gut', fraction: 1 }] },
    },
    ligands: { heroin: 'heroin.effect', '6-MAM': '6-MAM.effect', morphine: 'morphine.effect' },
  };

  return [
    opiates,
    oralOne(
      'oxycodone',
      (OXYCODONE.cl.value * OXYCODONE.halfLife.value) / LN2,
      OXYCODONE.cl.value,
      OXYCODONE.oralKa.value,
      OXYCODONE.oralF.value,
      OXYCODONE.ke0.value,
    ),
    oralOne(
      'hydrocodone',
      HYDROCODONE.v.value,
      (HYDROCODONE.v.value * LN2) / HYDROCODONE.halfLife.value,
      HYDROCODONE.oralKa.value,
      1,
      HYDROCODONE.ke0.value,
    ),
    oralOne(
      'methadone',
      METHADONE.v.value,
      (METHADONE.v.value * LN2) / METHADONE.halfLife.value,
      METHADONE.oralKa.value,
      METHADONE.oralF.value,
      METHADONE.ke0.value,
    ),
    fentanyl(),
    buprenorphine(),
    naloxone(),
    naltrexone(),
  ];

  function oralOne(drug: string, v: number, cl: number, ka: number, f: number, ke0: number): SystemSpec {
    return {
      name: drug,
      compartments: [{ id: drug, volume: V(v), molecule: drug }, { id: `${drug}.gut` }],
      effectSites: [{ id: `${drug}.effect`, source: drug, ke0 }],
      flows: [
        { from: drug, rate: k(cl, v) },
        { from: `${drug}.gut`, rate: ka, products: [{ to: drug, yield: f }] },
      ],
      routes: { [`${drug}/oral`]: { into: [{ compartment: `${drug}.gut`, fraction: 1 }] } },
      ligands: { [drug]: `${drug}.effect` },
    };
  }

  function fentanyl(): SystemSpec {
    const f = FENTANYL;
    return {
      name: 'fentanyl',
      compartments: [
        { id: 'fentanyl', volume: V(f.v.value), molecule: 'fentanyl' },
        { id: 'fentanyl.p1' },
        { id: 'fentanyl.p2' },
        { id: 'fentanyl.nose' },
      ],
      effectSites: [{ id: 'fentanyl.effect', source: 'fentanyl', ke0: f.ke0.value }],
      flows: [
        { from: 'fentanyl', rate: kr(f.kout.value) },
        { from: 'fentanyl', rate: kr(f.k12.value), products: [{ to: 'fentanyl.p1', yield: 1 }] },
        { from: 'fentanyl', rate: kr(f.k13.value), products: [{ to: 'fentanyl.p2', yield: 1 }] },
        { from: 'fentanyl.p1', rate: kr(f.k21.value), products: [{ to: 'fentanyl', yield: 1 }] },
        { from: 'fentanyl.p2', rate: kr(f.k31.value), products: [{ to: 'fentanyl', yield: 1 }] },
        {
          from: 'fentanyl.nose',
          rate: f.nasalKa.value,
          products: [{ to: 'fentanyl', yield: f.nasalF.value }],
        },
      ],
      routes: {
        'fentanyl/iv': { into: [{ compartment: 'fentanyl', fraction: 1 }] },
        'fentanyl/intranasal': { into: [{ compartment: 'fentanyl.nose', fraction: 1 }] },
      },
      ligands: { fentanyl: 'fentanyl.effect' },
    };
  }

  function buprenorphine(): SystemSpec {
    const b = BUPRENORPHINE;
    const cl = b.clOverF.value * b.slF.value;
    const v = (cl * b.halfLife.value) / LN2;
    return {
      name: 'buprenorphine',
      compartments: [
        { id: 'buprenorphine', volume: V(v), molecule: 'buprenorphine' },
        { id: 'buprenorphine.mouth' },
      ],
      effectSites: [{ id: 'buprenorphine.effect', source: 'buprenorphine', ke0: b.ke0.value }],
      flows: [
        { from: 'buprenorphine', rate: k(cl, v) },
        {
          from: 'buprenorphine.mouth',
          rate: b.slKa.value,
          products: [{ to: 'buprenorphine', yield: b.slF.value }],
        },
      ],
      routes: { 'buprenorphine/sublingual': { into: [{ compartment: 'buprenorphine.mouth', fraction: 1 }] } },
      ligands: { buprenorphine: 'buprenorphine.effect' },
    };
  }

  function naloxone(): SystemSpec {
    const n = NALOXONE;
    return {
      name: 'naloxone',
      compartments: [
        { id: 'naloxone', volume: V(n.v1.value), molecule: 'naloxone' },
        { id: 'naloxone.p2' },
        { id: 'naloxone.p3' },
        { id: 'naloxone.muscle' },
        { id: 'naloxone.nose' },
      ],
      effectSites: [{ id: 'naloxone.effect', source: 'naloxone', ke0: n.ke0.value }],
      flows: [
        { from: 'naloxone', rate: k(n.cl.value, n.v1.value) },
        { from: 'naloxone', rate: k(n.q2.value, n.v1.value), products: [{ to: 'naloxone.p2', yield: 1 }] },
        { from: 'naloxone.p2', rate: k(n.q2.value, n.v2.value), products: [{ to: 'naloxone', yield: 1 }] },
        { from: 'naloxone', rate: k(n.q3.value, n.v1.value), products: [{ to: 'naloxone.p3', yield: 1 }] },
        { from: 'naloxone.p3', rate: k(n.q3.value, n.v3.value), products: [{ to: 'naloxone', yield: 1 }] },
        { from: 'naloxone.muscle', rate: n.imKa.value, products: [{ to: 'naloxone', yield: n.imF.value }] },
        {
          from: 'naloxone.nose',
          rate: n.nasalKa.value,
          products: [{ to: 'naloxone', yield: n.nasalF.value }],
        },
      ],
      routes: {
        'naloxone/iv': { into: [{ compartment: 'naloxone', fraction: 1 }] },
        'naloxone/im': { into: [{ compartment: 'naloxone.muscle', fraction: 1 }] },
        'naloxone/intranasal': { into: [{ compartment: 'naloxone.nose', fraction: 1 }] },
      },
      ligands: { naloxone: 'naloxone.effect' },
    };
  }

  function naltrexone(): SystemSpec {
    const n = NALTREXONE;
    const toNaltrexol = mwRatio('6-beta-naltrexol', 'naltrexone');
    const depots: { id: string }[] = [];
    const release: Flow[] = [];
    const xrInto: { compartment: string; fraction: number }[] = [];
    n.xrFractions.forEach((fraction, phase) => {
      const shape = n.xrShapes[phase]!.value;
      const rate = shape / n.xrMeanTimes[phase]!.value;
      for (let s = 0; s < shape; s++) {
        const id = `naltrexone.depot${phase + 1}.${s + 1}`;
        depots.push({ id });
        const next = s + 1 < shape ? `naltrexone.depot${phase + 1}.${s + 2}` : 'naltrexone';
        release.push({ from: id, rate, products: [{ to: next, yield: 1 }] });
      }
      xrInto.push({ compartment: `naltrexone.depot${phase + 1}.1`, fraction: fraction.value });
    });
    const cl = n.cl.value;
    return {
      name: 'naltrexone',
      compartments: [
        { id: 'naltrexone', volume: V(n.v.value), molecule: 'naltrexone' },
        { id: 'naltrexone.p' },
        { id: '6-beta-naltrexol', volume: V(n.naltrexolV.value), molecule: '6-beta-naltrexol' },
        { id: 'naltrexone.gut' },
        ...depots,
      ],
      // Both molecules act from a slow brain compartment (see NALTREXONE.brainHalfLife).
      effectSites: [
        { id: 'naltrexone.effect', source: 'naltrexone', ke0: LN2 / n.brainHalfLife.value },
        { id: '6-beta-naltrexol.effect', source: '6-beta-naltrexol', ke0: LN2 / n.brainHalfLife.value },
      ],
      flows: [
        {
          from: 'naltrexone.gut',
          rate: n.oralKa.value,
          products: [
            { to: 'naltrexone', yield: n.oralF.value },
            {
              to: '6-beta-naltrexol',
              yield: (1 - n.oralF.value) * n.firstPassToNaltrexol.value * toNaltrexol,
            },
          ],
        },
        {
          from: 'naltrexone',
          rate: k(cl, n.v.value),
          products: [{ to: '6-beta-naltrexol', yield: n.systemicToNaltrexol.value * toNaltrexol }],
        },
        { from: 'naltrexone', rate: k(n.q.value, n.v.value), products: [{ to: 'naltrexone.p', yield: 1 }] },
        { from: 'naltrexone.p', rate: k(n.q.value, n.v2.value), products: [{ to: 'naltrexone', yield: 1 }] },
        { from: '6-beta-naltrexol', rate: k(n.naltrexolCl.value, n.naltrexolV.value) },
        ...release,
      ],
      routes: {
        'naltrexone/oral': { into: [{ compartment: 'naltrexone.gut', fraction: 1 }] },
        'naltrexone/im': { into: xrInto },
      },
      ligands: {
        naltrexone: [
          { id: 'naltrexone.effect', weight: 1 },
          { id: 'naltrexone', weight: n.brainFastShare.value },
        ],
        '6-beta-naltrexol': [
          { id: '6-beta-naltrexol.effect', weight: 1 },
          { id: '6-beta-naltrexol', weight: n.brainFastShare.value },
        ],
      },
    };
  }
}
