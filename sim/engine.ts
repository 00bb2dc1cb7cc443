// The engine: a scenario in, the contract's timeline out. Steps the model over its own grid and
// reports at the requested times; pure and deterministic (same scenario, same bits).
//
// Given the previous timeline, `simulate` resumes instead of starting over: a run keeps checkpoints
// of the model every six model hours, and when the new scenario differs only from some time on (a
// dose added, moved or removed), the run restarts from the last checkpoint before that time and
// copies what came before. The result is bit for bit what a fresh run gives (tested), so live
// dosing costs only the part of the timeline that changed. With `recycle`, the caller hands the
// previous timeline's storage over: the new run writes its changed part in place (no copy, no
// allocation; all of it when the run starts over, into the start of that storage when it is large
// enough), and the previous timeline must not be read again.
import { EventDetector, type DetectorMemo } from './events';
import { buildGrid, isFastDose } from './grid';
import { Model, type State } from './model';
import { snapshotSize } from './state';
import {
  expandDoses,
  resolveScenario,
  type Administration,
  type ResolvedScenario,
  type Scenario,
} from './scenario';
import { Recorder } from './recorder';
import type { Timeline, TimelineEvent } from './timeline';

const EPS_H = 1e-9;
const CHECKPOINT_MIN = 360;

interface Checkpoint {
  /** Grid point (minutes after from_h) the state belongs to: a resumed run's grid starts there. */
  minute: number;
  /** Next output index and next dose index at that point. */
  j: number;
  d: number;
  /** The model's state there (`Model.snapshot`), in `store` from `at`: a run keeps all the
   *  checkpoints it makes in one array. */
  store: Float64Array;
  at: number;
  detector: DetectorMemo;
}

interface RunMemo {
  /** The run's storage: every series, one after another, from its start (it may be longer). */
  storage: Float64Array;
  key: string;
  systems: string;
  admin: Administration[];
  checkpoints: Checkpoint[];
  timed: TimelineEvent[];
  /** First output sample this run wrote: those before it are the previous run's, unchanged. */
  from: number;
}

const memos = new WeakMap<Timeline, RunMemo>();

export interface SimulateOptions {
  /** Reuse the previous timeline's storage (it is overwritten; the caller must drop it). */
  recycle?: boolean;
}

export function simulate(scenario: Scenario, previous?: Timeline, options: SimulateOptions = {}): Timeline {
  const r = resolveScenario(scenario);
  const admin = expandDoses(r.doses, r.from_h, r.to_h);
  const model = new Model(admin, r.weight_kg);
  const count = Math.floor((r.to_h - r.output_from_h) / (r.step_min / 60) + EPS_H) + 1;
  const key = [r.from_h, r.to_h, r.step_min, r.output_from_h, r.weight_kg].join();
  const systems = model.systems.map((s) => s.name).join() + (model.hasAlcohol ? ',alcohol' : '');
  const prev = previous && memos.get(previous);
  const resume =
    prev && prev.key === key && prev.systems === systems ? resumePoint(prev, admin, r) : undefined;
  // A resumed run needs the grid only from its checkpoint on.
  const grid = buildGrid(
    r.from_h,
    r.to_h,
    admin.map((a) => a.t_h),
    (i) => isFastDose(admin[i]!),
    resume?.checkpoint.minute,
  );
  // Recycled storage serves any run it is large enough for, resumed or not (a fresh run writes all
  // of its part).
  const spent = options.recycle && prev ? { timeline: previous!, storage: prev.storage } : undefined;
  return run(
    r,
    model,
    admin,
    grid,
    count,
    key,
    systems,
    resume && { ...resume, timeline: previous!, memo: prev! },
    spent,
  );
}

/**
 * The first output sample at which `timeline` can differ from the timeline it was resumed from:
 * every series before it holds that run's values, bit for bit (0 after a fresh run). Views use it
 * to redraw only what changed. Ask before handing the timeline to `simulate` again.
 */
export function changedFrom(timeline: Timeline): number {
  return memos.get(timeline)?.from ?? 0;
}

/** The last checkpoint of a previous run that the new run shares everything before. */
function resumePoint(prev: RunMemo, admin: Administration[], r: ResolvedScenario) {
  const a = prev.admin;
  let i = 0;
  while (
    i < a.length &&
    i < admin.length &&
    a[i]!.t_h === admin[i]!.t_h &&
    a[i]!.drug === admin[i]!.drug &&
    a[i]!.route === admin[i]!.route &&
    a[i]!.mg === admin[i]!.mg
  )
    i++;
  const changeH = Math.min(a[i]?.t_h ?? Infinity, admin[i]?.t_h ?? Infinity);
  // The grid is made from the doses alone, and a dose changes it only from the step that ends at it
  // (at most five minutes before): before that, both runs have the same points, so the same states.
  const limit = (changeH - r.from_h) * 60 - 5 - 1e-6;
  for (let c = prev.checkpoints.length - 1; c >= 0; c--) {
    const cp = prev.checkpoints[c]!;
    if (cp.minute <= limit) return { checkpoint: cp, checkpoints: prev.checkpoints.slice(0, c + 1) };
  }
  return undefined;
}

function run(
  r: ResolvedScenario,
  model: Model,
  admin: Administration[],
  grid: Float64Array,
  count: number,
  key: string,
  systems: string,
  resume?: { checkpoint: Checkpoint; checkpoints: Checkpoint[]; timeline: Timeline; memo: RunMemo },
  spent?: { timeline: Timeline; storage: Float64Array },
): Timeline {
  const recorder = new Recorder(model, count, spent?.storage);
  // Storage taken over (when it is large enough) already holds the shared part of a resumed run (the
  // same shape, so the same places); the old timeline is spent, so forget it.
  const inPlace = spent !== undefined && recorder.storage === spent.storage;
  if (inPlace) memos.delete(spent.timeline);
  const out = recorder.timeline;
  const events = new EventDetector(admin);
  let cur = model.newState();
  let next = model.newState();
  const part = model.newState();
  const checkpoints: Checkpoint[] = resume ? [...resume.checkpoints] : [];

  // Output positions in minutes after from_h; those on the one-minute lattice are snapped to it, so
  // every output window and interval reports the same times and values, bit for bit.
  const firstMin = (r.output_from_h - r.from_h) * 60;
  const outMin = (k: number) => {
    const m = firstMin + k * r.step_min;
    const whole = Math.round(m);
    return Math.abs(m - whole) < 1e-7 ? whole : m;
  };
  const fromH = r.from_h;

  // The doses' times at hand, ascending: the loop looks at the next one at every step.
  const doseT = Float64Array.from(model.doses, (dose) => dose.t_h);
  const doseCount = doseT.length;
  let j = 0;
  let d = 0;
  if (resume) {
    const cp = resume.checkpoint;
    model.restore(cp.store, cur, cp.at);
    events.resume(cp.detector, resume.memo.timed);
    if (!inPlace) recorder.copyFrom(resume.timeline, cp.j);
    ({ j, d } = cp);
  } else {
    while (d < doseCount && doseT[d]! <= r.from_h + EPS_H) d++;
    model.dose(cur, 0, d);
    cur.t = fromH;
    if (count > 0 && outMin(0) <= 1e-7) recorder.record(cur, j++);
  }
  let mOut = outMin(j);
  // The grid starts at the run's first state: from_h, or the checkpoint resumed from.
  let nextCheckpoint = grid[0]! + CHECKPOINT_MIN;
  // Room for every checkpoint this run can make (one every six hours from its first grid point).
  const snapSize = snapshotSize(cur);
  const store = new Float64Array(
    snapSize * (Math.floor((grid[grid.length - 1]! - grid[0]!) / CHECKPOINT_MIN) + 1),
  );
  let stored = 0;

  let stepMin = NaN;
  let len = model.stepLength(1);
  for (let k = 1; k < grid.length; k++) {
    const m0 = grid[k - 1]!;
    const m1 = grid[k]!;
    const t1 = fromH + m1 / 60;
    let hi = d;
    while (hi < doseCount && doseT[hi]! <= t1 + EPS_H) hi++;
    // Steps repeat: look the step's propagators and decays up only when its length changes.
    if (m1 - m0 !== stepMin) {
      stepMin = m1 - m0;
      len = model.stepLength(stepMin / 60);
    }
    // Times travel on the states: a number passed to a call in this loop would be boxed.
    next.t = t1;
    model.step(cur, len, d, hi, next);
    events.observe(next);
    while (j < count && mOut <= m1 + 1e-7) {
      if (m1 - mOut <= 1e-7) recorder.record(next, j);
      else {
        part.t = fromH + mOut / 60;
        recordBetween(model, recorder, doseT, cur, part, d, hi, (mOut - m0) / 60, j);
      }
      mOut = outMin(++j);
    }
    const swap = cur;
    cur = next;
    next = swap;
    d = hi;
    if (m1 >= nextCheckpoint) {
      checkpoints.push(checkpoint(model, events, cur, m1, j, d, store, stored));
      stored += snapSize;
      nextCheckpoint = m1 + CHECKPOINT_MIN;
    }
  }
  out.events = events.events.filter((e) => e.t_h >= r.output_from_h - EPS_H);
  memos.set(out, {
    storage: recorder.storage,
    key,
    systems,
    admin,
    checkpoints,
    timed: events.timed,
    from: resume ? resume.checkpoint.j : 0,
  });
  return out;
}

// The loop's rare paths, kept out of it so that V8 spends its inlining on the step itself.

/** An output between two grid points (an output step that is not a whole number of grid steps):
 *  a part-step of `dtH` hours from the grid point `cur` to `part.t`, with the doses given by then. */
function recordBetween(
  model: Model,
  recorder: Recorder,
  doseT: Float64Array,
  cur: State,
  part: State,
  lo: number,
  hi: number,
  dtH: number,
  j: number,
): void {
  let hiPart = lo;
  while (hiPart < hi && doseT[hiPart]! <= part.t + EPS_H) hiPart++;
  model.step(cur, model.stepLength(dtH), lo, hiPart, part);
  recorder.record(part, j);
}

/** A checkpoint at grid minute `minute`: the state (written into `store` from `at`), and where the
 *  outputs, doses and detector are. */
function checkpoint(
  model: Model,
  events: EventDetector,
  cur: State,
  minute: number,
  j: number,
  d: number,
  store: Float64Array,
  at: number,
): Checkpoint {
  model.snapshot(cur, store, at);
  return { minute, j, d, store, at, detector: events.memo() };
}
