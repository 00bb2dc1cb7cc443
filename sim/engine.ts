// The engine: a scenario in, the contract's timeline out. Steps the model over its own grid and
// reports at the requested times; pure and deterministic (same scenario, same bits).
import { EventDetector } from './events';
import { buildGrid } from './grid';
import { Model, type State } from './model';
import { expandDoses, resolveScenario, type Scenario } from './scenario';
import { Recorder } from './recorder';
import type { Timeline } from './timeline';

const EPS_H = 1e-9;

export function simulate(scenario: Scenario): Timeline {
  const r = resolveScenario(scenario);
  const admin = expandDoses(r.doses, r.from_h, r.to_h);
  const model = new Model(admin, r.weight_kg);
  // Fast doses (into a vein or the nose, and naloxone by any route) get a fine grid for an hour.
  const grid = buildGrid(
    r.from_h,
    r.to_h,
    admin.map((a) => a.t_h),
    (i) => admin[i]!.route === 'iv' || admin[i]!.route === 'intranasal' || admin[i]!.drug === 'naloxone',
  );
  const stepH = r.step_min / 60;
  const count = Math.floor((r.to_h - r.output_from_h) / stepH + EPS_H) + 1;

  const recorder = new Recorder(model, count);
  const out = recorder.timeline;
  const record = (s: State, j: number, t: number) => recorder.record(s, j, t);

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
    events.observe(t1, next.cows, next.breathing, next.euphoria, model.blockadeOccupancy(next));
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
