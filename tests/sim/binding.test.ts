// Binding kinetics (V21) and in vivo occupancy known answers: the receptor kernel reproduces the
// measured dissociation half-lives and affinities; buprenorphine and naloxone match their PET data.
import { describe, expect, it } from 'vitest';
import { LIGANDS, simulate } from '../../sim/index';
import { ReceptorPool } from '../../sim/receptor/pool';
import { peak } from './helpers';

/** Dissociation half-life (min) from the kernel: bind to equilibrium, then wash the ligand out. */
function dissociationHalfLifeMin(name: 'naloxone' | 'fentanyl' | 'buprenorphine'): number {
  const pool = new ReceptorPool([name]);
  const occ = new Float64Array(pool.ligands.length);
  pool.baseline(occ);
  const ratio = new Float64Array(pool.ligands.length);
  ratio[1] = 10;
  for (let i = 0; i < 2000; i++) pool.step(occ, ratio, 0.01);
  const start = occ[1]!;
  ratio[1] = 0;
  const dt = 1e-4; // h
  let t = 0;
  while (occ[1]! > start / 2) {
    pool.step(occ, ratio, dt);
    t += dt;
  }
  return t * 60;
}

describe('V21: binding kinetics match the FDA panel within 2x', () => {
  it.each([
    ['naloxone', 0.29],
    ['fentanyl', 2.7],
    ['buprenorphine', 84],
  ] as const)('%s dissociates with a half-life of about %f min', (name, target) => {
    const t = dissociationHalfLifeMin(name);
    expect(t).toBeGreaterThan(target / 2);
    expect(t).toBeLessThan(target * 2);
  });

  it.each([
    ['fentanyl', 0.35],
    ['naloxone', 0.58],
  ] as const)('%s has an in vitro Kd of about %f nM', (name, target) => {
    const kd = LIGANDS[name].kiInVitro.value;
    expect(kd).toBeGreaterThan(target / 2);
    expect(kd).toBeLessThan(target * 2);
  });

  it('a ligand at its Kd, at equilibrium, holds half of the receptors endorphin leaves', () => {
    const pool = new ReceptorPool(['morphine']);
    const occ = new Float64Array(pool.ligands.length);
    const ratio = Float64Array.from([0, 1]);
    const free = pool.step(occ, ratio, 1);
    expect(occ[1]! / (occ[1]! + free)).toBeCloseTo(0.5, 12);
  });
});

describe('in vivo occupancy against PET', () => {
  it.each([
    [2, 0.41],
    [16, 0.8],
    [32, 0.84],
  ])(
    'buprenorphine %d mg a day occupies about %f of receptors (Greenwald 2003, within 0.2)',
    (mg, target) => {
      const t = simulate({
        to_h: 24 * 10,
        output_from_h: 24 * 9,
        step_min: 60,
        doses: [{ drug: 'buprenorphine', route: 'sublingual', mg, at_h: 0, every_h: 24, until_h: 24 * 10 }],
      });
      const o = t.occupancy.buprenorphine!;
      const mean = o.reduce((a, b) => a + b, 0) / o.length;
      expect(Math.abs(mean - target)).toBeLessThanOrEqual(0.2);
    },
  );

  it.each([
    [0.002, 0.43, 0.15],
    [0.005, 0.75, 0.15],
    [0.1, 0.97, 0.05],
  ])(
    'naloxone %f mg/kg IV peaks near %f occupancy (Kim 1997, Villemagne 1994, Mayberg 1990)',
    (mgkg, target, tol) => {
      const t = simulate({
        to_h: 2,
        step_min: 1,
        doses: [{ drug: 'naloxone', route: 'iv', mg: mgkg * 70, at_h: 0 }],
      });
      expect(Math.abs(peak(t, t.occupancy.naloxone!).value - target)).toBeLessThanOrEqual(tol);
    },
  );
});
