// The model's state and its exact step: PK systems advanced by their propagators (doses added at
// their own times), then receptor binding, then adaptation. One step function serves both the grid
// and any time between grid points, so what is reported never depends on where one looks.
import type { LigandName } from './params/receptor';
import { LinearSystem, applyPropagator, blockDiagonal, type Propagator } from './pk/linear-system';
import { buildSystems } from './pk/systems';
import { ReceptorPool } from './receptor/pool';
import {
  adaptOver,
  breathingOf,
  cowsOf,
  decaysOver,
  displacingShare,
  effectiveStimulus,
  euphoriaOf,
  expressOver,
  signalOf,
  withdrawalDrive,
  type Decays,
} from './effects/response';
import type { Administration } from './scenario';

export interface State {
  /** PK state of every active system, laid end to end (system s from `Model.offset[s]`), ug or ng/mL. */
  x: Float64Array;
  /** Occupancy per pool ligand (endorphin first). */
  occ: Float64Array;
  /** Free receptor fraction. */
  free: number;
  /** Adaptation above the natural baseline, signal scale. */
  b: number;
  /** Expressed withdrawal (drive units; COWS = 48 e / full scale). */
  e: number;
  /** Receptor stimulus (sum of efficacy x occupancy) and antagonist occupancy, derived at each step. */
  stim: number;
  ant: number;
  /** Share of receptors held by ligands that push an opioid off without replacing its effect. */
  displacing: number;
  /** Felt signal: the stimulus after tolerance, 0-1. */
  signal: number;
  /** Share of receptors naltrexone (with 6-beta-naltrexol) would hold against endorphin alone. */
  block: number;
  /** What the person feels, derived at each step: 0-100, COWS 0-48, breathing drive lost 0-1. */
  euphoria: number;
  cows: number;
  breathing: number;
}

interface Dose {
  t_h: number;
  sys: number;
  /** Where the system's states begin in `State.x`. */
  at: number;
  input: Float64Array;
  mg: number;
}

/** What one step length fixes, computed once per length: the systems' propagator, dt times each
 *  ligand's off-rate, and the response's decay factors. The step itself then passes no plain numbers
 *  between functions (each would cost a heap allocation in the inner loop). */
export interface StepLength {
  readonly dt: number;
  /** Every active system's exp(K dt), side by side: one sparse product advances them all. */
  readonly propagator: Propagator;
  readonly dtKoff: Float64Array;
  readonly decays: Decays;
}

const systemCache = new Map<number, LinearSystem[]>();
/** Compiled systems per body weight; reused so their cached propagators survive between runs. */
function systemsFor(weightKg: number): LinearSystem[] {
  let s = systemCache.get(weightKg);
  if (!s) {
    s = buildSystems(weightKg).map((spec) => new LinearSystem(spec));
    if (systemCache.size > 8) systemCache.clear();
    systemCache.set(weightKg, s);
  }
  return s;
}

export class Model {
  readonly systems: LinearSystem[];
  readonly pool: ReceptorPool;
  readonly doses: Dose[];
  /** Where each system's states begin in `State.x`, and their total. */
  readonly offset: Int32Array;
  readonly size: number;
  /** Per pool ligand: state index, ng/mL factor times c/Kd factor (0 for endorphin), and a second
   *  state and factor for a source fed from two pools (index -1 when there is none). */
  private readonly srcAt: Int32Array;
  private readonly srcGain: Float64Array;
  private readonly srcAt2: Int32Array;
  private readonly srcGain2: Float64Array;
  private readonly ratio: Float64Array;
  private readonly efficacy: Float64Array;
  /** Role of each ligand in withdrawal: 0 endorphin, 1 antagonist, 2 partial agonist, 3 full agonist. */
  private readonly role: Uint8Array;
  private readonly scratch: Float64Array[];
  /** 1 for the ligands of the blockade (naltrexone and 6-beta-naltrexol), 0 for the others. */
  private readonly blocks: Uint8Array;
  private readonly lengths = new Map<number, StepLength>();

  constructor(administrations: readonly Administration[], weightKg: number) {
    const all = systemsFor(weightKg);
    const used = all.filter((s) => administrations.some((a) => s.input(a.drug, a.route)));
    this.systems = used;
    this.offset = new Int32Array(used.length);
    let size = 0;
    used.forEach((s, si) => {
      this.offset[si] = size;
      size += s.n;
    });
    this.size = size;
    const ligandNames = used.flatMap((s) => s.ligands.map((l) => l.name as LigandName));
    this.pool = new ReceptorPool(ligandNames);
    const n = this.pool.ligands.length;
    this.srcAt = new Int32Array(n);
    this.srcGain = new Float64Array(n);
    this.srcAt2 = new Int32Array(n).fill(-1);
    this.srcGain2 = new Float64Array(n);
    this.pool.ligands.forEach((l, i) => {
      used.forEach((s, si) => {
        const src = s.ligands.find((x) => x.name === l.name);
        if (!src) return;
        const [first, second] = src.terms;
        this.srcAt[i] = this.offset[si]! + first!.at;
        this.srcGain[i] = first!.toNgMl * l.perNgMl;
        if (second) {
          this.srcAt2[i] = this.offset[si]! + second.at;
          this.srcGain2[i] = second.toNgMl * l.perNgMl;
        }
      });
    });
    this.ratio = new Float64Array(n);
    this.efficacy = Float64Array.from(this.pool.ligands.map((l) => l.efficacy));
    const roles = { endogenous: 0, antagonist: 1, partial_agonist: 2, agonist: 3 } as const;
    this.role = Uint8Array.from(this.pool.ligands, (l) => roles[l.class]);
    this.doses = administrations.map((a) => {
      const sys = used.findIndex((s) => s.input(a.drug, a.route));
      return { t_h: a.t_h, sys, at: this.offset[sys]!, input: used[sys]!.input(a.drug, a.route)!, mg: a.mg };
    });
    this.scratch = used.map((s) => new Float64Array(s.n));
    this.blocks = Uint8Array.from(this.pool.ligands, (l) =>
      l.name === 'naltrexone' || l.name === '6-beta-naltrexol' ? 1 : 0,
    );
  }

  newState(): State {
    const occ = new Float64Array(this.pool.ligands.length);
    this.pool.baseline(occ);
    const state: State = {
      x: new Float64Array(this.size),
      occ,
      free: 1 - occ[0]!,
      b: 0,
      e: 0,
      stim: 0,
      ant: 0,
      displacing: 0,
      signal: 0,
      block: 0,
      euphoria: 0,
      cows: 0,
      breathing: 0,
    };
    state.stim = this.stimulus(state);
    state.signal = signalOf(state.stim);
    return state;
  }

  copy(from: State, to: State): void {
    to.x.set(from.x);
    to.occ.set(from.occ);
    to.free = from.free;
    to.b = from.b;
    to.e = from.e;
    to.stim = from.stim;
    to.ant = from.ant;
    to.displacing = from.displacing;
    to.signal = from.signal;
    to.block = from.block;
    to.euphoria = from.euphoria;
    to.cows = from.cows;
    to.breathing = from.breathing;
  }

  /** Adds the doses [lo, hi) given at or before t0 into the state at t0 (used at the start). */
  dose(state: State, lo: number, hi: number): void {
    for (let d = lo; d < hi; d++) {
      const dose = this.doses[d]!;
      for (let i = 0; i < dose.input.length; i++) state.x[dose.at + i]! += dose.input[i]! * dose.mg;
    }
  }

  /** The step of `dt` hours (cached: the grid has few distinct lengths). */
  stepLength(dt: number): StepLength {
    let s = this.lengths.get(dt);
    if (!s) {
      s = {
        dt,
        propagator: blockDiagonal(this.systems.map((sys) => sys.propagator(dt))),
        dtKoff: this.pool.rates(dt),
        decays: decaysOver(dt),
      };
      this.lengths.set(dt, s);
    }
    return s;
  }

  /**
   * Advances `from` by one step of length `len` to `to` at t1, adding the doses [lo, hi): those that
   * fall in (t1 - dt, t1]. Every dose before `hi` is given by t1.
   */
  step(from: State, len: StepLength, t1: number, lo: number, hi: number, to: State): void {
    this.advancePk(from, len, t1, lo, hi, to);
    this.bind(from, len, to);
    this.respond(from, len.decays, to);
  }

  /** Drug amounts: every system by its propagator (a system not yet dosed holds only zeros, which the
   *  product skips), plus each new dose from its own time. */
  private advancePk(from: State, len: StepLength, t1: number, lo: number, hi: number, to: State): void {
    applyPropagator(len.propagator, from.x, to.x);
    for (let d = lo; d < hi; d++) {
      const dose = this.doses[d]!;
      const tmp = this.scratch[dose.sys]!;
      const h = t1 - dose.t_h;
      this.systems[dose.sys]!.advance(dose.input, h <= 1e-9 ? 0 : h, tmp);
      for (let i = 0; i < tmp.length; i++) to.x[dose.at + i]! += tmp[i]! * dose.mg;
    }
  }

  /** Receptor occupancy from the end-of-step drug levels; stimulus, antagonist share and block. */
  private bind(from: State, len: StepLength, to: State): void {
    const n = this.ratio.length;
    const x = to.x;
    const ratio = this.ratio;
    // Receptor ratios c/Kd, and the blockade's (naltrexone's) in the same pass.
    let block = 0;
    for (let i = 1; i < n; i++) {
      const at2 = this.srcAt2[i]!;
      const c = x[this.srcAt[i]!]! * this.srcGain[i]! + (at2 < 0 ? 0 : x[at2]! * this.srcGain2[i]!);
      const r = c > 0 ? c : 0;
      ratio[i] = r;
      if (this.blocks[i] === 1) block += r;
    }
    to.free = this.pool.stepFrom(from.occ, ratio, len.dtKoff, to.occ);
    // Stimulus and the shares of antagonist, partial and full agonist in one pass over the ligands.
    const occ = to.occ;
    let stim = 0;
    let ant = 0;
    let partial = 0;
    let full = 0;
    for (let i = 0; i < n; i++) {
      const o = occ[i]!;
      stim += this.efficacy[i]! * o;
      const role = this.role[i]!;
      if (role === 1) ant += o;
      else if (role === 2) partial += o;
      else if (role === 3) full += o;
    }
    to.stim = stim;
    to.ant = ant;
    to.displacing = displacingShare(ant, partial, full);
    to.block = block / (1 + this.pool.endorphinTone + block);
  }

  /** What the person feels: adaptation, withdrawal, euphoria and breathing from the new stimulus. */
  private respond(from: State, k: Decays, to: State): void {
    const stim = to.stim;
    // Adaptation follows the felt signal (through the tolerance already there), so tolerance limits
    // its own growth; the felt signal then passes through the new tolerance.
    to.b = adaptOver(from.b, signalOf(effectiveStimulus(stim, from.b)), to.ant, k);
    const felt = signalOf(effectiveStimulus(stim, to.b));
    to.signal = felt;
    to.e = expressOver(from.e, withdrawalDrive(felt, to.b), to.displacing, k);
    to.euphoria = euphoriaOf(felt);
    to.cows = cowsOf(to.e);
    to.breathing = breathingOf(stim, to.b);
  }

  stimulus(state: State): number {
    let s = 0;
    for (let i = 0; i < this.efficacy.length; i++) s += this.efficacy[i]! * state.occ[i]!;
    return s;
  }
}
