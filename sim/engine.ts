// The engine: a scenario in, the contract's timeline out. Steps the model over its own grid and
// reports at the requested times; pure and deterministic (same scenario, same bits).
import { breathingOf, cowsOf, euphoriaOf, toleranceOf } from './effects/response';
import { EventDetector } from './events';
import { buildGrid } from './grid';
import { Model, type State } from './model';
import { expandDoses, resolveScenario, type Scenario } from './scenario';
import type { OccupancyClass, Timeline } from './timeline';

const EPS_H = 1e-9;
const CLASSES: OccupancyClass[] = ['endogenous', 'agonist', 'partial_agonist', 'antagonist', 'free'];

export function simulate(scenario: Scenario): Timeline {
  const r = resolveScenario(scenario);
  const admin = expandDoses(r.doses, r.from_h, r.to_h);
  const model = new Model(admin, r.weight_kg);
  const grid = buildGrid(
    r.from_h,
    r.to_h,
    admin.map((a) => a.t_h),
  );
  const stepH = r.step_min / 60;
  const count = Math.floor((r.to_h - r.output_from_h) / stepH + EPS_H) + 1;

  const series = () => new Float64Array(count);
  const plasmaRefs = model.systems.flatMap((s, si) => s.molecules.map((m) => ({ ...m, si })));
  const out: Timeline = {
    t_h: series(),
    plasma_ng_ml: Object.fromEntries(plasmaRefs.map((m) => [m.name, series()])),
    occupancy: Object.fromEntries(
      [...model.pool.ligands.map((l) => l.name), 'free'].map((n) => [n, series()]),
    ),
    occupancy_by_class: Object.fromEntries(
      CLASSES.map((c) => [c, series()]),
    ) as Timeline['occupancy_by_class'],
    signal: series(),
    tolerance: series(),
    euphoria: series(),
    withdrawal_cows: series(),
    respiratory_depression: series(),
    events: [],
  };
  const plasmaOut = plasmaRefs.map((m) => out.plasma_ng_ml[m.name]!);
  const occOut = model.pool.ligands.map((l) => out.occupancy[l.name]!);
  const classOut = model.pool.ligands.map((l) => out.occupancy_by_class[l.class]);
  const freeOut = out.occupancy.free!;
  const classFree = out.occupancy_by_class.free;

  const record = (s: State, j: number, t: number) => {
    out.t_h[j] = t;
    for (let m = 0; m < plasmaRefs.length; m++) {
      const ref = plasmaRefs[m]!;
      const c = s.x[ref.si]![ref.at]! * ref.invV;
      plasmaOut[m]![j] = c > 0 ? c : 0;
    }
    for (let i = 0; i < occOut.length; i++) {
      occOut[i]![j] = s.occ[i]!;
      classOut[i]![j]! += s.occ[i]!;
    }
    freeOut[j] = s.free;
    classFree[j] = s.free;
    const sig = s.stim / (1 + s.stim);
    out.signal[j] = sig;
    out.tolerance[j] = toleranceOf(s.b);
    out.euphoria[j] = euphoriaOf(sig, s.b);
    out.withdrawal_cows[j] = cowsOf(s.e);
    out.respiratory_depression[j] = breathingOf(s.stim, s.b);
  };

  const events = new EventDetector(admin);
  let cur = model.newState();
  let next = model.newState();
  const part = model.newState();
  let d = 0;
  while (d < model.doses.length && model.doses[d]!.t_h <= r.from_h + EPS_H) d++;
  model.dose(cur, 0, d);

  // Output positions in minutes after from_h; those on the one-minute lattice are snapped to it, so
  // every output window and interval reports the same times and values, bit for bit.
  const firstMin = (r.output_from_h - r.from_h) * 60;
  const outMin = (k: number) => {
    const m = firstMin + k * r.step_min;
    const whole = Math.round(m);
    return Math.abs(m - whole) < 1e-7 ? whole : m;
  };
  const timeOf = (minutes: number) => r.from_h + minutes / 60;
  let j = 0;
  let mOut = outMin(0);
  if (count > 0 && mOut <= 1e-7) {
    record(cur, j++, r.from_h);
    mOut = outMin(j);
  }

  for (let k = 1; k < grid.length; k++) {
    const m0 = grid[k - 1]!;
    const m1 = grid[k]!;
    const t1 = timeOf(m1);
    let hi = d;
    while (hi < model.doses.length && model.doses[hi]!.t_h <= t1 + EPS_H) hi++;
    model.step(cur, (m1 - m0) / 60, t1, d, hi, next);
    events.observe(
      t1,
      cowsOf(next.e),
      breathingOf(next.stim, next.b),
      euphoriaOf(next.stim / (1 + next.stim), next.b),
      next.ant,
    );
    while (j < count && mOut <= m1 + 1e-7) {
      if (m1 - mOut <= 1e-7) record(next, j, t1);
      else {
        const t = timeOf(mOut);
        let hiPart = d;
        while (hiPart < hi && model.doses[hiPart]!.t_h <= t + EPS_H) hiPart++;
        model.step(cur, (mOut - m0) / 60, t, d, hiPart, part);
        record(part, j, t);
      }
      mOut = outMin(++j);
    }
    const swap = cur;
    cur = next;
    next = swap;
    d = hi;
  }
  out.events = events.events.filter((e) => e.t_h >= r.output_from_h - EPS_H);
  return out;
}
