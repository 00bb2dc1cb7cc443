// Watches the grid for the moments a user must not miss: precipitated withdrawal after an antagonist,
// breathing in the danger zone, a blockade overcome, a naltrexone amount that strains the liver.
import { COWS_BANDS, EVENT_THRESHOLDS as T } from './params/response';
import type { Administration } from './scenario';
import type { TimelineEvent } from './timeline';

const PRECIPITATION_WINDOW_H = 6;
// Thresholds as plain numbers: observe() runs at every grid point.
const PRECIPITATED_COWS = T.precipitatedCows.value;
const OVERDOSE_BREATHING = T.overdoseBreathing.value;
const OVERCOME_EUPHORIA = T.overcomeEuphoria.value;
const OVERCOME_ANTAGONIST = T.overcomeAntagonist.value;
const fmt = (v: number) => (Math.round(v * 10) / 10).toString();
const band = (cows: number) =>
  cows >= COWS_BANDS.severe
    ? 'severe'
    : cows >= COWS_BANDS.moderatelySevere
      ? 'moderately severe'
      : cows >= COWS_BANDS.moderate
        ? 'moderate'
        : 'mild';

/** The detector's memory at one moment, enough to resume watching from there. */
export interface DetectorMemo {
  watch: number;
  watchUntil: number;
  watchFrom: number;
  watchDrug: string;
  nextAntagonist: number;
  lastCows: number;
  overdoseArmed: boolean;
  overcomeArmed: boolean;
  lastEuphoria: number;
  timed: number;
}

export class EventDetector {
  /** Events found while watching the grid, in time order. */
  readonly timed: TimelineEvent[] = [];
  /** Events that follow from the doses alone (the liver warning). */
  readonly fromDoses: TimelineEvent[] = [];
  private readonly antagonistDoses: Administration[];
  private watch = -1;
  private watchUntil = -Infinity;
  private watchFrom = 0;
  private watchDrug = '';
  private nextAntagonist = 0;
  private lastCows = 0;
  private overdoseArmed = true;
  private overcomeArmed = true;
  private lastEuphoria = 0;

  constructor(administrations: readonly Administration[]) {
    this.antagonistDoses = administrations.filter((a) => a.drug === 'naltrexone' || a.drug === 'naloxone');
    this.liver(administrations);
  }

  /** All events in time order (equal times keep dose-derived events first). */
  get events(): TimelineEvent[] {
    return [...this.fromDoses, ...this.timed].sort((a, b) => a.t_h - b.t_h);
  }

  memo(): DetectorMemo {
    const {
      watch,
      watchUntil,
      watchFrom,
      watchDrug,
      nextAntagonist,
      lastCows,
      overdoseArmed,
      overcomeArmed,
      lastEuphoria,
    } = this;
    return {
      watch,
      watchUntil,
      watchFrom,
      watchDrug,
      nextAntagonist,
      lastCows,
      overdoseArmed,
      overcomeArmed,
      lastEuphoria,
      timed: this.timed.length,
    };
  }

  /** Resumes from a memo taken on a run whose doses agree with this one's up to that moment. */
  resume(m: DetectorMemo, timed: readonly TimelineEvent[]): void {
    ({
      watch: this.watch,
      watchUntil: this.watchUntil,
      watchFrom: this.watchFrom,
      watchDrug: this.watchDrug,
    } = m);
    ({ nextAntagonist: this.nextAntagonist, lastCows: this.lastCows, lastEuphoria: this.lastEuphoria } = m);
    ({ overdoseArmed: this.overdoseArmed, overcomeArmed: this.overcomeArmed } = m);
    this.timed.push(...timed.slice(0, m.timed));
  }

  /**
   * Called at every grid point in time order. `blockade` gives the share of receptors naltrexone holds;
   * it is asked only at the rare moment euphoria crosses the "overcome" line.
   */
  observe(t: number, cows: number, breathing: number, euphoria: number, blockade: () => number): void {
    while (
      this.nextAntagonist < this.antagonistDoses.length &&
      this.antagonistDoses[this.nextAntagonist]!.t_h <= t
    ) {
      const a = this.antagonistDoses[this.nextAntagonist++]!;
      if (this.watch < 0 || t > this.watchUntil) this.watchFrom = this.lastCows;
      this.watch = 1;
      this.watchUntil = a.t_h + PRECIPITATION_WINDOW_H;
      this.watchDrug = a.drug;
    }
    if (this.watch > 0 && t <= this.watchUntil && cows >= PRECIPITATED_COWS && cows >= this.watchFrom + 5) {
      this.timed.push({
        t_h: t,
        kind: 'precipitated_withdrawal',
        text: `Precipitated withdrawal: ${this.watchDrug} pushed the opioid off the receptors (COWS ${fmt(cows)}, ${band(cows)} and rising).`,
      });
      this.watch = 0;
    }
    if (t > this.watchUntil) this.watch = -1;
    this.lastCows = cows;

    if (this.overdoseArmed && breathing >= OVERDOSE_BREATHING) {
      this.timed.push({
        t_h: t,
        kind: 'overdose_risk',
        text: `Overdose risk: breathing drive down by ${Math.round(breathing * 100)}%.`,
      });
      this.overdoseArmed = false;
    } else if (breathing < 0.8 * OVERDOSE_BREATHING) this.overdoseArmed = true;

    // Overcome means the opioid's high rises through the blockade: euphoria crosses upward while naltrexone
    // already holds the receptors (naloxone given during a high is a rescue, not a blockade).
    const crossed = this.lastEuphoria < OVERCOME_EUPHORIA && euphoria >= OVERCOME_EUPHORIA;
    if (this.overcomeArmed && crossed) {
      const blockadeOcc = blockade();
      if (blockadeOcc >= OVERCOME_ANTAGONIST) {
        this.timed.push({
          t_h: t,
          kind: 'blockade_overcome',
          text: `Blockade overcome: euphoria ${Math.round(euphoria)} of 100 although naltrexone holds ${Math.round(blockadeOcc * 100)}% of receptors. Doses this large are dangerous.`,
        });
        this.overcomeArmed = false;
      }
    } else if (euphoria < 0.5 * OVERCOME_EUPHORIA) this.overcomeArmed = true;
    this.lastEuphoria = euphoria;
  }

  private liver(administrations: readonly Administration[]): void {
    const oral = administrations.filter((a) => a.drug === 'naltrexone' && a.route === 'oral');
    let lo = 0;
    let sum = 0;
    let armed = true;
    for (const a of oral) {
      sum += a.mg;
      while (oral[lo]!.t_h <= a.t_h - 24) sum -= oral[lo++]!.mg;
      if (armed && sum > T.liverDailyMg.value) {
        this.fromDoses.push({
          t_h: a.t_h,
          kind: 'liver_dose_warning',
          text: `Liver: ${fmt(sum)} mg of naltrexone within 24 h. Liver injury was seen at 300 mg a day; the safety margin may be less than fivefold.`,
        });
        armed = false;
      } else if (sum <= T.liverDailyMg.value) armed = true;
    }
  }
}
