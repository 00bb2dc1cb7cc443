// Writes model states into the timeline's series at the output times. All series share one buffer
// (one allocation per run), and the per-sample work is plain indexed loops over typed arrays.
import { toleranceOf } from './effects/response';
import type { Model, State } from './model';
import type { OccupancyClass, Timeline } from './timeline';

// In the order `record` writes them.
const CLASSES: OccupancyClass[] = ['endogenous', 'agonist', 'partial_agonist', 'antagonist', 'free'];

export class Recorder {
  readonly timeline: Timeline;
  /** Every series lives in this one array, series s at offset s * count: one typed array to index. */
  readonly buffer: Float64Array;
  /** The storage `buffer` is the start of: the reused storage when it was large enough, else
   *  `buffer` itself. A later run may reuse it whole. */
  readonly storage: Float64Array;
  private readonly plasmaAt: Int32Array;
  private readonly plasmaInvV: Float64Array;
  /** Offsets of the first plasma, occupancy, class and effect series in `buf`. */
  private readonly plasmaOff: number;
  private readonly occOff: number;
  private readonly classOff: number;
  private readonly effectOff: number;
  private readonly count: number;
  private readonly nOcc: number;
  /** Offset of the blood alcohol series, or -1 when the scenario has no alcohol. */
  private readonly alcoholOff: number;

  /** `reuse`: storage of an earlier run, overwritten from wherever this run starts, when it holds at
   *  least this run's series (its start is used; the rest stays as it is, unread). Memory that is
   *  new to the page costs a fault per page when first written: in Chromium on a virtual machine this
   *  made a fresh 90-day run three times slower than one into storage already used (see
   *  docs/performance.md), so a run takes the storage it is given whenever it fits. */
  constructor(model: Model, count: number, reuse?: Float64Array) {
    const refs = model.systems.flatMap((s, si) =>
      s.molecules.map((m) => ({ ...m, at: model.offset[si]! + m.at })),
    );
    const ligands = model.pool.ligands;
    const alcohol = model.hasAlcohol;
    const nSeries = 1 + refs.length + ligands.length + 1 + CLASSES.length + 5 + (alcohol ? 1 : 0);
    const size = nSeries * count;
    const storage = reuse !== undefined && reuse.length >= size ? reuse : new Float64Array(size);
    const buf = storage.length === size ? storage : storage.subarray(0, size);
    this.storage = storage;
    this.buffer = buf;
    let next = 0;
    const series = () => buf.subarray(count * next, count * ++next);
    this.count = count;
    this.plasmaOff = count;
    this.occOff = count * (1 + refs.length);
    this.classOff = this.occOff + count * (ligands.length + 1);
    this.effectOff = this.classOff + count * CLASSES.length;
    this.nOcc = ligands.length;
    this.alcoholOff = alcohol ? this.effectOff + 5 * count : -1;
    // The order of creation below is the order of the offsets above.
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
      ...(alcohol ? { blood_alcohol_g_per_l: series() } : {}),
      events: [],
    };
    this.plasmaAt = Int32Array.from(refs, (r) => r.at);
    this.plasmaInvV = Float64Array.from(refs, (r) => r.invV);
  }

  /** Copies samples [0, n) of every series from a timeline of the same shape. */
  copyFrom(previous: Timeline, n: number): void {
    const from = seriesOf(previous);
    const to = seriesOf(this.timeline);
    to.forEach((series, i) => series.set(from[i]!.subarray(0, n)));
  }

  /** Writes sample j from the state (at its time `s.t`). Its arrays are read into locals once: a
   *  store into the buffer could, for all V8 knows, change what a field of `s` or `this` holds. */
  record(s: State, j: number): void {
    const buf = this.buffer;
    const count = this.count;
    const x = s.x;
    const occ = s.occ;
    const plasmaAt = this.plasmaAt;
    const invV = this.plasmaInvV;
    buf[j] = s.t;
    let at = this.plasmaOff + j;
    for (let m = 0; m < plasmaAt.length; m++, at += count) {
      const c = x[plasmaAt[m]!]! * invV[m]!;
      buf[at] = c > 0 ? c : 0;
    }
    const free = s.free;
    at = this.occOff + j;
    for (let i = 0; i < this.nOcc; i++, at += count) buf[at] = occ[i]!;
    buf[at] = free;
    // By class, from the sums the binding step already made (each in ligand order, as a sum over the
    // series would add them).
    at = this.classOff + j;
    buf[at] = occ[0]!;
    buf[at + count] = s.full;
    buf[at + 2 * count] = s.partial;
    buf[at + 3 * count] = s.ant;
    buf[at + 4 * count] = free;
    at = this.effectOff + j;
    buf[at] = s.signal;
    buf[at + count] = toleranceOf(s.b);
    buf[at + 2 * count] = s.euphoria;
    buf[at + 3 * count] = s.cows;
    buf[at + 4 * count] = s.breathing;
    if (this.alcoholOff >= 0) buf[this.alcoholOff + j] = s.bac;
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
    ...(t.blood_alcohol_g_per_l ? [t.blood_alcohol_g_per_l] : []),
  ];
}
