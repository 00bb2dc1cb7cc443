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
  /** 0 endorphin, 1 antagonist, 2 partial agonist, 3 full agonist. */
  readonly role: number;
  /** Has an off-rate: its occupancy is integrated, not at equilibrium. */
  readonly slow: boolean;
}

const ROLES = { endogenous: 0, antagonist: 1, partial_agonist: 2, agonist: 3 } as const;

/** Where a ligand's receptor ratio c/Kd comes from in a PK state vector: one or two states, each
 *  with its factor to ng/mL times 1/Kd (`at2` is -1 without a second). Plain objects: V8 reads their
 *  fields faster than it reads several typed arrays in a loop. */
export interface Source {
  at: number;
  gain: number;
  at2: number;
  gain2: number;
  /** Naltrexone or 6-beta-naltrexol: part of the blockade. */
  blocks: boolean;
}

/** A ligand as one binding pass reads it: where its level comes from and what it does, in one
 *  object (one load per ligand per pass: V8 reads an object's fields faster than several arrays). */
export interface WiredLigand extends Source {
  slow: boolean;
  efficacy: number;
  /** 0 endorphin, 1 antagonist, 2 partial agonist, 3 full agonist. */
  role: number;
}

/** What binding gives at the end of a step. */
export interface Bound {
  /** Occupancy per ligand (endorphin first), and the free fraction. */
  occ: Float64Array;
  free: number;
  /** Stimulus: sum of efficacy x occupancy. */
  stim: number;
  /** Occupancy by antagonists, partial agonists and full agonists, each summed in ligand order. */
  ant: number;
  partial: number;
  full: number;
  /** Sum of the blockade ligands' receptor ratios (how strongly naltrexone competes). */
  blockRatio: number;
  /** Endorphin tone (c/Kd) for this step: the resting tone, raised by drinking. */
  tone: number;
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
      return {
        name,
        class: l.class,
        perNgMl,
        koff,
        efficacy: l.efficacy.value,
        role: ROLES[l.class],
        slow: koff > 0,
      };
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
    const held = this.kinetic.length === 0 ? 0 : this.holdSlow(before, ratio, dtKoff, inv, occ);
    const free = (1 - held) * inv;
    occ[0] = this.endorphinTone * free;
    for (let j = 0; j < fast.length; j++) occ[fast[j]!] = ratio[fast[j]!]! * free;
    return free;
  }

  /** Each ligand with its source (one per ligand, endorphin's first), for `bind`. */
  wire(sources: readonly Source[]): WiredLigand[] {
    return this.ligands.map((l, i) => {
      const { at, gain, at2, gain2, blocks } = sources[i]!;
      return { at, gain, at2, gain2, blocks, slow: l.slow, efficacy: l.efficacy, role: l.role };
    });
  }

  /**
   * `stepFrom` with the receptor ratios read from a PK state `x` through each ligand's source (kept
   * in `ratio`), and the step's summary in `out`: two passes over the ligands instead of five. The
   * sums are the same as `stepFrom`'s, in the same order, so are the bits.
   */
  bind(
    x: Float64Array,
    wired: readonly WiredLigand[],
    ratio: Float64Array,
    before: Float64Array,
    dtKoff: Float64Array,
    out: Bound,
  ): void {
    const n = wired.length;
    const tone = out.tone;
    let sum = tone;
    let block = 0;
    for (let i = 1; i < n; i++) {
      const l = wired[i]!;
      const at2 = l.at2;
      const c = x[l.at]! * l.gain + (at2 < 0 ? 0 : x[at2]! * l.gain2);
      const r = c > 0 ? c : 0;
      ratio[i] = r;
      if (l.blocks) block += r;
      if (!l.slow) sum += r;
    }
    const inv = 1 / (1 + sum);
    const occ = out.occ;
    const held = this.kinetic.length === 0 ? 0 : this.holdSlow(before, ratio, dtKoff, inv, occ);
    const free = (1 - held) * inv;
    let stim = 0;
    let ant = 0;
    let partial = 0;
    let full = 0;
    for (let i = 0; i < n; i++) {
      const l = wired[i]!;
      const o = i === 0 ? tone * free : l.slow ? occ[i]! : ratio[i]! * free;
      occ[i] = o;
      stim += l.efficacy * o;
      const role = l.role;
      if (role === 1) ant += o;
      else if (role === 2) partial += o;
      else if (role === 3) full += o;
    }
    out.free = free;
    out.stim = stim;
    out.ant = ant;
    out.partial = partial;
    out.full = full;
    out.blockRatio = block;
  }

  /** One implicit step of the slow ligands (closed form, Sherman-Morrison); returns their total.
   *  Part of a binding pass (`bind`, or the written-out one in ./written.ts). */
  holdSlow(
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
