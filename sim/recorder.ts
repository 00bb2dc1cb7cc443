// Writes model states into the timeline's series at the output times. All series share one buffer
// (one allocation per run), and the per-sample work is plain indexed loops over typed arrays.
import { toleranceOf } from './effects/response';
import type { Model, State } from './model';
import type { OccupancyClass, Timeline } from './timeline';

const CLASSES: OccupancyClass[] = ['endogenous', 'agonist', 'partial_agonist', 'antagonist', 'free'];

export class Recorder {
  readonly timeline: Timeline;
  private readonly plasmaSys: Int32Array;
  private readonly plasmaAt: Int32Array;
  private readonly plasmaInvV: Float64Array;
  private readonly plasma: Float64Array[];
  private readonly occ: Float64Array[];
  private readonly classOf: Int32Array;
  private readonly classSeries: Float64Array[];
  private readonly classSums = new Float64Array(CLASSES.length);

  constructor(model: Model, count: number) {
    const refs = model.systems.flatMap((s, si) => s.molecules.map((m) => ({ ...m, si })));
    const ligands = model.pool.ligands;
    const nSeries = 1 + refs.length + ligands.length + 1 + CLASSES.length + 5;
    const buffer = new ArrayBuffer(nSeries * count * 8);
    let next = 0;
    const series = () => new Float64Array(buffer, count * 8 * next++, count);
    this.timeline = {
      t_h: series(),
      plasma_ng_ml: Object.fromEntries(refs.map((m) => [m.name, series()])),
      occupancy: Object.fromEntries([...ligands.map((l) => l.name), 'free'].map((n) => [n, series()])),
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
    const t = this.timeline;
    this.plasmaSys = Int32Array.from(refs, (r) => r.si);
    this.plasmaAt = Int32Array.from(refs, (r) => r.at);
    this.plasmaInvV = Float64Array.from(refs, (r) => r.invV);
    this.plasma = refs.map((m) => t.plasma_ng_ml[m.name]!);
    this.occ = [...ligands.map((l) => t.occupancy[l.name]!), t.occupancy.free!];
    this.classOf = Int32Array.from(ligands, (l) => CLASSES.indexOf(l.class));
    this.classSeries = CLASSES.map((c) => t.occupancy_by_class[c]);
  }

  /** Copies samples [0, n) of every series from a timeline of the same shape. */
  copyFrom(previous: Timeline, n: number): void {
    const from = seriesOf(previous);
    const to = seriesOf(this.timeline);
    to.forEach((series, i) => series.set(from[i]!.subarray(0, n)));
  }

  record(s: State, j: number, t: number): void {
    const tl = this.timeline;
    tl.t_h[j] = t;
    for (let m = 0; m < this.plasma.length; m++) {
      const c = s.x[this.plasmaSys[m]!]![this.plasmaAt[m]!]! * this.plasmaInvV[m]!;
      this.plasma[m]![j] = c > 0 ? c : 0;
    }
    const last = this.occ.length - 1;
    const sums = this.classSums;
    sums.fill(0);
    for (let i = 0; i < last; i++) {
      const o = s.occ[i]!;
      this.occ[i]![j] = o;
      sums[this.classOf[i]!]! += o;
    }
    this.occ[last]![j] = s.free;
    sums[4] = s.free;
    for (let c = 0; c < 5; c++) this.classSeries[c]![j] = sums[c]!;
    const sig = s.stim / (1 + s.stim);
    tl.signal[j] = sig;
    tl.tolerance[j] = toleranceOf(s.b);
    tl.euphoria[j] = s.euphoria;
    tl.withdrawal_cows[j] = s.cows;
    tl.respiratory_depression[j] = s.breathing;
  }
}

/** Every series of a timeline in a fixed order. */
function seriesOf(t: Timeline): Float64Array[] {
  return [
    t.t_h,
    ...Object.values(t.plasma_ng_ml),
    ...Object.values(t.occupancy),
    ...Object.values(t.occupancy_by_class),
    t.signal,
    t.tolerance,
    t.euphoria,
    t.withdrawal_cows,
    t.respiratory_depression,
  ];
}
