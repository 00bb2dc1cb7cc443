// One mu-receptor pool shared by every ligand. Competitive binding:
//   d(occ_i)/dt = kon_i * c_i * free - koff_i * occ_i,   free = 1 - sum(occ)
// Ligands with a measured off-rate are integrated (implicit Euler, exact in the steady state and
// stable for any step); ligands known only by Kd are fast and sit at equilibrium with the free sites.
import { LIGANDS, type LigandClass, type LigandName } from '../params/receptor';
import { RESPONSE } from '../params/response';

export interface PoolLigand {
  readonly name: LigandName;
  readonly class: LigandClass;
  /** 1/Kd: ng/mL at the binding source -> receptor ratio c/Kd. */
  readonly perNgMl: number;
  /** 1/h, or 0 for fast ligands. */
  readonly koff: number;
  readonly efficacy: number;
}

export class ReceptorPool {
  /** Ligands in a fixed order: endorphin first, then the drugs' ligands. */
  readonly ligands: readonly PoolLigand[];
  readonly kinetic: Int32Array;
  readonly fast: Int32Array;
  readonly endorphinTone = RESPONSE.endorphinTone.value;
  private readonly koff: Float64Array;

  constructor(names: readonly LigandName[]) {
    this.ligands = ['endorphin' as const, ...names.filter((n) => n !== 'endorphin')].map((name) => {
      const l = LIGANDS[name];
      const koff = 'koff' in l ? l.koff.value : 0;
      const perNgMl = 1 / l.kd.value;
      return { name, class: l.class, perNgMl, koff, efficacy: l.efficacy.value };
    });
    const kin: number[] = [];
    const fast: number[] = [];
    this.ligands.forEach((l, i) => {
      if (i > 0) (l.koff > 0 ? kin : fast).push(i);
    });
    this.kinetic = Int32Array.from(kin);
    this.koff = Float64Array.from(this.ligands, (l) => l.koff);
    this.fast = Int32Array.from(fast);
  }

  /** Occupancy with no drug: endorphin at equilibrium. */
  baseline(occ: Float64Array): void {
    occ.fill(0);
    occ[0] = this.endorphinTone / (1 + this.endorphinTone);
  }

  /** dt times each ligand's off-rate (0 for fast ligands): what a step of dt hours needs. */
  rates(dt: number): Float64Array {
    return Float64Array.from(this.koff, (koff) => dt * koff);
  }

  /**
   * Advances occupancy over dt hours with receptor ratios `ratio` (c/Kd) held at their end-of-step
   * values. `occ` has one slot per ligand; returns the free fraction.
   */
  step(occ: Float64Array, ratio: Float64Array, dt: number): number {
    return this.stepFrom(occ, ratio, this.rates(dt), occ);
  }

  /**
   * `step` from the occupancy `before` into `occ` (they may be the same array), with the step's rates
   * at hand (`rates(dt)`, computed once per step length). With no slow ligand, it is two short loops.
   */
  stepFrom(before: Float64Array, ratio: Float64Array, dtKoff: Float64Array, occ: Float64Array): number {
    const fast = this.fast;
    let x = this.endorphinTone;
    for (let j = 0; j < fast.length; j++) x += ratio[fast[j]!]!;
    const inv = 1 / (1 + x);
    const held = this.kinetic.length === 0 ? 0 : this.bindSlow(before, ratio, dtKoff, inv, occ);
    const free = (1 - held) * inv;
    occ[0] = this.endorphinTone * free;
    for (let j = 0; j < fast.length; j++) occ[fast[j]!] = ratio[fast[j]!]! * free;
    return free;
  }

  /** One implicit step of the slow ligands (closed form, Sherman-Morrison); returns their total. */
  private bindSlow(
    before: Float64Array,
    ratio: Float64Array,
    dtKoff: Float64Array,
    inv: number,
    occ: Float64Array,
  ): number {
    let p = 0;
    let q = 0;
    for (let j = 0; j < this.kinetic.length; j++) {
      const i = this.kinetic[j]!;
      const dk = dtKoff[i]!;
      const m = 1 + dk;
      const a = dk * ratio[i]! * inv;
      p += (before[i]! + a) / m;
      q += a / m;
    }
    const held = p / (1 + q);
    for (let j = 0; j < this.kinetic.length; j++) {
      const i = this.kinetic[j]!;
      const dk = dtKoff[i]!;
      const a = dk * ratio[i]! * inv;
      occ[i] = (before[i]! + a * (1 - held)) / (1 + dk);
    }
    return held;
  }
}
