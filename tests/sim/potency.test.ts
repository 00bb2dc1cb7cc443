// Relative potency: the calibrated agonist affinities reproduce the equianalgesic doses they were
// calibrated to (scripts/calibrate.ts), so a change to PK that breaks them is caught here.
import { describe, expect, it } from 'vitest';
import { simulate, type DoseEvent } from '../../sim/index';

const peakSignal = (d: DoseEvent, hours = 12) =>
  Math.max(...simulate({ to_h: hours, step_min: 1, doses: [d] }).signal);
const dose = (drug: DoseEvent['drug'], route: DoseEvent['route'], mg: number): DoseEvent => ({
  drug,
  route,
  mg,
  at_h: 0,
});

describe('equianalgesic doses give the same peak signal (within 5%)', () => {
  it.each([
    ['morphine 20 mg IV = heroin 10 mg IV', dose('morphine', 'iv', 20), dose('heroin', 'iv', 10), 12],
    [
      'oxycodone 20 mg oral = morphine 30 mg oral',
      dose('oxycodone', 'oral', 20),
      dose('morphine', 'oral', 30),
      12,
    ],
    [
      'hydrocodone 30 mg oral = morphine 30 mg oral',
      dose('hydrocodone', 'oral', 30),
      dose('morphine', 'oral', 30),
      12,
    ],
    [
      'methadone 20 mg oral = morphine 10 mg IV',
      dose('methadone', 'oral', 20),
      dose('morphine', 'iv', 10),
      24,
    ],
  ] as const)('%s', (_, a, b, hours) => {
    const ratio = peakSignal(a, hours) / peakSignal(b, hours);
    expect(ratio).toBeGreaterThan(0.95);
    expect(ratio).toBeLessThan(1.05);
  });

  it('fentanyl is at least as potent as the analgesic table says (0.1 mg IV = morphine 10 mg IV, BK); ventilation data make it several times more (Algera 2021; docs/model.md, tension 8)', () => {
    const ratio = peakSignal(dose('fentanyl', 'iv', 0.1)) / peakSignal(dose('morphine', 'iv', 10));
    expect(ratio).toBeGreaterThan(1);
    const morphineFor = (target: number) => {
      let lo = 1;
      let hi = 200;
      for (let i = 0; i < 30; i++) {
        const mid = Math.sqrt(lo * hi);
        if (peakSignal(dose('morphine', 'iv', mid)) > target) hi = mid;
        else lo = mid;
      }
      return Math.sqrt(lo * hi);
    };
    const equivalent = morphineFor(peakSignal(dose('fentanyl', 'iv', 0.1)));
    expect(equivalent).toBeGreaterThan(20);
    expect(equivalent).toBeLessThan(80);
  });

  it('buprenorphine has a ceiling: 32 mg depresses breathing far less than an equal-occupancy full agonist', () => {
    const bup = simulate({ to_h: 24, step_min: 5, doses: [dose('buprenorphine', 'sublingual', 32)] });
    const fent = simulate({ to_h: 6, step_min: 1, doses: [dose('fentanyl', 'iv', 2)] });
    expect(Math.max(...bup.signal)).toBeLessThan(0.76);
    expect(Math.max(...bup.respiratory_depression)).toBeLessThan(
      Math.max(...fent.respiratory_depression) / 2,
    );
  });
});
