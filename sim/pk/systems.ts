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
  OXYCODONE,
} from '../params/pk';
import { LN2 } from '../params/types';
import { naloxone, naltrexone } from './antagonist-systems';
import { mwRatio, scaleFor, type Scale } from './scale';
import type { SystemSpec } from './spec';

/** Every drug's system for one patient weight, in the engine's order. */
export function buildSystems(weightKg: number): SystemSpec[] {
  const s = scaleFor(weightKg);
  return [
    opiates(s),
    oralOne(
      s,
      'oxycodone',
      (OXYCODONE.cl.value * OXYCODONE.halfLife.value) / LN2,
      OXYCODONE.cl.value,
      OXYCODONE.oralKa.value,
      OXYCODONE.oralF.value,
      OXYCODONE.ke0.value,
    ),
    oralOne(
      s,
      'hydrocodone',
      HYDROCODONE.v.value,
      (HYDROCODONE.v.value * LN2) / HYDROCODONE.halfLife.value,
      HYDROCODONE.oralKa.value,
      1,
      HYDROCODONE.ke0.value,
    ),
    oralOne(
      s,
      'methadone',
      METHADONE.v.value,
      (METHADONE.v.value * LN2) / METHADONE.halfLife.value,
      METHADONE.oralKa.value,
      METHADONE.oralF.value,
      METHADONE.ke0.value,
    ),
    fentanyl(s),
    buprenorphine(s),
    naloxone(s),
    naltrexone(s),
  ];
}

/** Heroin, its metabolites 6-MAM and morphine, and morphine given itself: one system. */
function opiates({ V, k }: Scale): SystemSpec {
  const heroinV = (HEROIN.cl.value * HEROIN.halfLife.value) / LN2;
  const mamV = (MAM.cl.value * MAM.halfLife.value) / LN2;
  const morphineCl = (MORPHINE.v.value * LN2) / MORPHINE.halfLife.value;
  return {
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
}

function oralOne(
  { V, k }: Scale,
  drug: string,
  v: number,
  cl: number,
  ka: number,
  f: number,
  ke0: number,
): SystemSpec {
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

function fentanyl({ V, kr }: Scale): SystemSpec {
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

function buprenorphine({ V, k }: Scale): SystemSpec {
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
