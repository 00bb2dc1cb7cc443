// Body-weight scaling of the PK systems (volumes with weight, clearances with weight^0.75) and the
// molecular-weight ratio that turns a metabolic yield by moles into micrograms.
import { LIGANDS } from '../params/receptor';

export const mwRatio = (to: keyof typeof LIGANDS, from: keyof typeof LIGANDS) =>
  LIGANDS[to].mw.value / LIGANDS[from].mw.value;

/** How volumes and rates scale with body weight: volumes with weight, clearances with weight^0.75. */
export interface Scale {
  /** A volume given at 70 kg (L), for this weight. */
  V(v: number): number;
  /** First-order rate of a disposition process from clearance (L/h at 70 kg) and volume (L at 70 kg). */
  k(cl: number, v: number): number;
  /** A rate constant given at 70 kg, rescaled as CL/V. */
  kr(rate: number): number;
}

export function scaleFor(weightKg: number): Scale {
  const sv = weightKg / 70;
  const scl = sv ** 0.75;
  return { V: (v) => v * sv, k: (cl, v) => (cl * scl) / (v * sv), kr: (rate) => (rate * scl) / sv };
}
