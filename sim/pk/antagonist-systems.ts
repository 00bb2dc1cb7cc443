// The antagonists' PK systems: naloxone (three compartments, IM and nasal absorption) and naltrexone
// with 6-beta-naltrexol (oral first pass, the extended-release depot as chains of transit
// compartments, and the slow brain compartment both molecules act from).
import { NALOXONE, NALTREXONE } from '../params/pk';
import { LN2 } from '../params/types';
import type { Flow, SystemSpec } from './spec';
import { mwRatio, type Scale } from './scale';

export function naloxone({ V, k }: Scale): SystemSpec {
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

export function naltrexone({ V, k }: Scale): SystemSpec {
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
