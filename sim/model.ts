// The model's state and its exact step: PK systems advanced by their propagators (doses added at
// their own times), then receptor binding, then adaptation. One step function serves both the grid
// and any time between grid points, so what is reported never depends on where one looks.
//
// Speed: the step runs some 30,000 times per 90-day timeline, so it allocates nothing, passes states
// rather than plain numbers between functions (each number passed to a call V8 does not inline is
// boxed on the heap), multiplies each system's states by its straight-line kernel (sim/pk/kernels.ts:
// one for only the states a route reaches when the scenario gives the system by that route alone; the
// general sparse product, over the states the doses can reach, serves a shape without one), binds up
// to six ligands in a written-out pass (sim/receptor/written.ts), and skips a system while it holds
// nothing at all.
import { AlcoholKinetics, alcoholBreathing, alcoholStimulation, endorphinRise } from './alcohol';
import type { LigandName } from './params/receptor';
import { LinearSystem, applyPropagator, blockDiagonal, type Propagator } from './pk/linear-system';
import type { Kernel } from './pk/pattern';
import { ReceptorPool, type WiredLigand } from './receptor/pool';
import { WRITTEN_SLOTS, bindWritten, slotsOf, type Slot } from './receptor/written';
import {
  adaptOver,
  BASELINE_STIMULUS,
  breathingPassed,
  cowsOf,
  decaysOver,
  displacingShare,
  effectiveStimulus,
  euphoriaOf,
  expressOver,
  signalOf,
  tolerated,
  withdrawalDrive,
  type Decays,
} from './effects/response';
import type { Administration } from './scenario';
import { reachable, sourceOf, systemsFor } from './wiring';
import { restoreState, snapshotState, type State } from './state';

export type { State } from './state';

interface Dose {
  t_h: number;
  /** The dose's system, or -1 for alcohol (not a linear system: see sim/alcohol.ts). */
  sys: number;
  /** Where the system's states begin in `State.x`. */
  at: number;
  input: Float64Array;
  mg: number;
}

/** What one step length fixes, computed once per length: the systems' propagator, dt times each
 *  ligand's off-rate, and the response's decay factors. */
export interface StepLength {
  readonly dt: number;
  /** Every active system's exp(K dt), side by side (system s acts on its own states only). */
  readonly propagator: Propagator;
  /** Per system, exp(K dt) at its shape's entries for its straight-line kernel (`Propagator.byShape`:
   *  present only when the system has one), or undefined when the general product serves it. */
  readonly byShape: (Float64Array | undefined)[];
  readonly dtKoff: Float64Array;
  readonly decays: Decays;
}

export class Model {
  readonly systems: LinearSystem[];
  readonly pool: ReceptorPool;
  readonly doses: Dose[];
  /** Where each system's states begin in `State.x`, and their total. */
  readonly offset: Int32Array;
  readonly size: number;
  /** The states the doses can reach, ascending; system s owns `reach[reachFrom[s]]` up to
   *  `reach[reachFrom[s + 1] - 1]`. */
  private readonly reach: Int32Array;
  private readonly reachFrom: Int32Array;
  /** Each pool ligand with where its level comes from in `State.x`. */
  private readonly wired: WiredLigand[];
  /** The same ligands for the written-out binding pass, or undefined when there are too many. */
  private readonly slots: Slot[] | undefined;
  /** Receptor ratio c/Kd of each ligand at the end of the step being taken. */
  private readonly ratio: Float64Array;
  private readonly scratch: Float64Array[];
  /** Each system's straight-line kernel for the states the doses reach, or undefined (see advancePk). */
  private readonly kernels: (Kernel | undefined)[];
  private readonly lengths = new Map<number, StepLength>();
  /** Alcohol's kinetics when the scenario has a drink, else undefined (nothing to step). */
  private readonly alcohol: AlcoholKinetics | undefined;
  get hasAlcohol(): boolean {
    return this.alcohol !== undefined;
  }

  constructor(administrations: readonly Administration[], weightKg: number) {
    const all = systemsFor(weightKg);
    // Each drug and route once (a long schedule repeats a few of them hundreds of times).
    const routes = new Map(administrations.map((a) => [`${a.drug}/${a.route}`, a] as const));
    const used = all.filter((s) => [...routes.values()].some((a) => s.input(a.drug, a.route)));
    this.systems = used;
    this.offset = new Int32Array(used.length);
    let size = 0;
    used.forEach((s, si) => {
      this.offset[si] = size;
      size += s.n;
    });
    this.size = size;
    const systemOf = new Map(
      [...routes].map(([key, a]) => [key, used.findIndex((s) => s.input(a.drug, a.route))] as const),
    );
    this.doses = administrations.map((a) => {
      const sys = systemOf.get(`${a.drug}/${a.route}`)!;
      if (sys < 0) return { t_h: a.t_h, sys, at: -1, input: new Float64Array(0), mg: a.mg };
      return { t_h: a.t_h, sys, at: this.offset[sys]!, input: used[sys]!.input(a.drug, a.route)!, mg: a.mg };
    });
    this.alcohol = administrations.some((a) => a.drug === 'alcohol')
      ? new AlcoholKinetics(weightKg)
      : undefined;
    [this.reach, this.reachFrom] = reachable(used, this.offset, [...routes.values()]);
    const ligandNames = used.flatMap((s) => s.ligands.map((l) => l.name as LigandName));
    this.pool = new ReceptorPool(ligandNames);
    this.wired = this.pool.wire(this.pool.ligands.map((l) => sourceOf(l, used, this.offset)));
    this.slots = slotsOf(this.wired);
    this.ratio = new Float64Array(Math.max(this.pool.ligands.length, WRITTEN_SLOTS));
    this.scratch = used.map((s) => new Float64Array(s.n));
    // Each system's kernel for the states this scenario's doses reach (sim/pk/kernels.ts).
    this.kernels = used.map((sys, si) =>
      sys.kernelFor(
        Array.from(
          this.reach.subarray(this.reachFrom[si]!, this.reachFrom[si + 1]!),
          (i) => i - this.offset[si]!,
        ),
      ),
    );
  }

  newState(): State {
    const occ = new Float64Array(this.pool.ligands.length);
    this.pool.baseline(occ);
    const state: State = {
      t: 0,
      x: new Float64Array(this.size),
      empty: new Uint8Array(this.systems.length).fill(1),
      occ,
      blockRatio: 0,
      free: 1 - occ[0]!,
      b: 0,
      e: 0,
      stim: 0,
      ant: 0,
      partial: 0,
      full: 0,
      displacing: 0,
      signal: 0,
      block: 0,
      euphoria: 0,
      cows: 0,
      breathing: 0,
      opioidEuphoria: 0,
      gut: 0,
      bac: 0,
      tone: this.pool.endorphinTone,
    };
    state.stim = this.stimulus(state);
    state.signal = signalOf(state.stim);
    return state;
  }

  /** The state in one typed array, for a checkpoint, or written into `into` from `from` (see
   *  `snapshotState`). */
  snapshot(s: State, into?: Float64Array, from = 0): Float64Array {
    return snapshotState(s, into, from);
  }

  /** Sets the state to a snapshot of this model (or of one with the same systems and ligands), found
   *  in `snap` from `from`. */
  restore(snap: Float64Array, s: State, from = 0): void {
    restoreState(snap, s, from);
  }

  /** Adds the doses [lo, hi) given at or before t0 into the state at t0 (used at the start). */
  dose(state: State, lo: number, hi: number): void {
    for (let d = lo; d < hi; d++) {
      const dose = this.doses[d]!;
      if (dose.sys < 0) {
        this.alcohol!.drink(state, dose.mg);
        continue;
      }
      for (let i = 0; i < dose.input.length; i++) state.x[dose.at + i]! += dose.input[i]! * dose.mg;
      state.empty[dose.sys] = 0;
    }
  }

  /** The step of `dt` hours (cached: the grid has few distinct lengths). */
  stepLength(dt: number): StepLength {
    let s = this.lengths.get(dt);
    if (!s) {
      const parts = this.systems.map((sys) => sys.propagator(dt));
      s = {
        dt,
        propagator: blockDiagonal(parts),
        byShape: parts.map((p) => p.byShape),
        dtKoff: this.pool.rates(dt),
        decays: decaysOver(dt),
      };
      this.lengths.set(dt, s);
    }
    return s;
  }

  /**
   * Advances `from` by one step of length `len` to `to` at `to.t`, adding the doses [lo, hi): those
   * that fall in (to.t - dt, to.t]. Every dose before `hi` is given by then.
   */
  step(from: State, len: StepLength, lo: number, hi: number, to: State): void {
    this.advancePk(from, len, lo, hi, to);
    if (this.alcohol) this.advanceAlcohol(from, len.dt, lo, hi, to);
    this.bind(from, len, to);
    this.respond(from, len.decays, to);
  }

  /** Drug amounts: each system by its propagator, plus each new dose from its own time. */
  private advancePk(from: State, len: StepLength, lo: number, hi: number, to: State): void {
    for (let s = 0; s < this.systems.length; s++) {
      if (from.empty[s] === 1) {
        // Nothing there (not yet dosed, or all of it gone): the step leaves zeros.
        if (to.empty[s] === 0) {
          for (let i = this.offset[s]!; i < this.offset[s]! + this.systems[s]!.n; i++) to.x[i] = 0;
          to.empty[s] = 1;
        }
        continue;
      }
      // The system's own straight-line product where it has one (the same sums, seven times faster),
      // for the states this scenario's doses reach when one was written for them.
      const v = len.byShape[s];
      const any =
        v !== undefined
          ? this.kernels[s]!(v, from.x, to.x, this.offset[s]!)
          : applyPropagator(
              len.propagator,
              from.x,
              to.x,
              this.reach,
              this.reachFrom[s]!,
              this.reachFrom[s + 1]!,
            );
      to.empty[s] = any ? 0 : 1;
    }
    for (let d = lo; d < hi; d++) {
      const dose = this.doses[d]!;
      if (dose.sys < 0) continue;
      const tmp = this.scratch[dose.sys]!;
      const h = to.t - dose.t_h;
      this.systems[dose.sys]!.advance(dose.input, h <= 1e-9 ? 0 : h, tmp);
      for (let i = 0; i < tmp.length; i++) to.x[dose.at + i]! += tmp[i]! * dose.mg;
      to.empty[dose.sys] = 0;
    }
  }

  /** Blood alcohol over the step, each drink swallowed at its own time; and the endorphin it releases. */
  private advanceAlcohol(from: State, dt: number, lo: number, hi: number, to: State): void {
    const alcohol = this.alcohol!;
    to.gut = from.gut;
    to.bac = from.bac;
    let t = to.t - dt;
    for (let d = lo; d < hi; d++) {
      const dose = this.doses[d]!;
      if (dose.sys >= 0) continue;
      const at = Math.max(t, Math.min(to.t, dose.t_h));
      alcohol.advance(to, at - t);
      alcohol.drink(to, dose.mg);
      t = at;
    }
    alcohol.advance(to, to.t - t);
    to.tone = this.pool.endorphinTone * endorphinRise(to.bac);
  }

  /** Receptor occupancy from the end-of-step drug levels; stimulus, shares by role and blockade. */
  private bind(from: State, len: StepLength, to: State): void {
    const n = this.wired.length;
    if (this.slots) bindWritten(this.pool, n, to.x, this.slots, this.ratio, from.occ, len.dtKoff, to);
    else this.pool.bind(to.x, this.wired, this.ratio, from.occ, len.dtKoff, to);
    to.displacing = displacingShare(to.ant, to.partial, to.full);
    to.block = to.blockRatio / (1 + this.pool.endorphinTone + to.blockRatio);
  }

  /** What the person feels: adaptation, withdrawal, euphoria and breathing from the new stimulus. */
  private respond(from: State, k: Decays, to: State): void {
    const stim = to.stim;
    // Adaptation follows the felt signal (through the tolerance already there), so tolerance limits
    // its own growth; the felt signal then passes through the new tolerance. That share of the
    // change from rest (effectiveStimulus's sum, kept) also sets the breathing.
    to.b = adaptOver(from.b, signalOf(effectiveStimulus(stim, from.b)), to.ant, k);
    const passed = (stim - BASELINE_STIMULUS) * tolerated(to.b);
    const felt = signalOf(BASELINE_STIMULUS + passed);
    to.signal = felt;
    to.e = expressOver(from.e, withdrawalDrive(felt, to.b), to.displacing, k);
    // Alcohol's own stimulation adds to what the receptors give (naltrexone cannot block it).
    to.opioidEuphoria = euphoriaOf(felt);
    const euphoria = to.opioidEuphoria + alcoholStimulation(to.bac);
    to.euphoria = euphoria < 100 ? euphoria : 100;
    to.cows = cowsOf(to.e);
    to.breathing = breathingPassed(passed, alcoholBreathing(to.bac));
  }

  stimulus(state: State): number {
    let s = 0;
    const ligands = this.pool.ligands;
    for (let i = 0; i < ligands.length; i++) s += ligands[i]!.efficacy * state.occ[i]!;
    return s;
  }
}
