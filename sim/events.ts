// Watches the grid for the moments a user must not miss: precipitated withdrawal after an antagonist
// or buprenorphine, breathing in the danger zone, a blockade overcome, and naltrexone taken at a daily
// amount that strained the liver in the label's studies, day after day.
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

/** What the detector reads of the model's state at a grid point. */
export interface Observed {
  /** Model time, h. */
  t: number;
  cows: number;
  breathing: number;
  /** The part of euphoria that comes through the mu receptors (alcohol's own stimulation left out). */
  opioidEuphoria: number;
  /** Share of receptors naltrexone would hold against endorphin alone. */
  block: number;
}

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
  /** When the next of those doses is given (Infinity after the last): observe() looks only at this. */
  private nextAntagonistH = Infinity;
  private lastCows = 0;
  private overdoseArmed = true;
  private overcomeArmed = true;
  private lastEuphoria = 0;

  constructor(administrations: readonly Administration[]) {
    // Doses that can push an opioid off the receptors: antagonists, and the partial agonist buprenorphine.
    this.antagonistDoses = administrations.filter(
      (a) => a.drug === 'naltrexone' || a.drug === 'naloxone' || a.drug === 'buprenorphine',
    );
    this.nextAntagonistH = this.antagonistDoses[0]?.t_h ?? Infinity;
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
    this.nextAntagonistH = this.antagonistDoses[this.nextAntagonist]?.t_h ?? Infinity;
    ({ overdoseArmed: this.overdoseArmed, overcomeArmed: this.overcomeArmed } = m);
    this.timed.push(...timed.slice(0, m.timed));
  }

  /**
   * Called at every grid point in time order with the state there. Its `block` is the share of
   * receptors naltrexone would hold against endorphin alone: how strong the block is, whatever the
   * opioid does to it at that moment. (A state, not its numbers: passing numbers to a call in the
   * inner loop allocates.)
   */
  observe(s: Readonly<Observed>): void {
    const { t, cows, breathing, opioidEuphoria: euphoria, block: blockade } = s;
    if (t >= this.nextAntagonistH) this.watchFor(t);
    if (this.watch > 0 && t <= this.watchUntil && cows >= PRECIPITATED_COWS && cows >= this.watchFrom + 5) {
      this.timed.push({
        t_h: t,
        kind: 'precipitated_withdrawal',
        text: `Precipitated withdrawal: ${this.watchDrug === 'buprenorphine' ? 'buprenorphine replaced the opioid on the receptors with a weaker signal' : `${this.watchDrug} took away at once the opioid signal`} the still-adapted brain relies on (COWS ${fmt(cows)}, ${band(cows)} and rising).`,
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

    // Overcome means the opioid's high rises through the blockade: euphoria through the receptors crosses
    // upward while naltrexone blocks them (naloxone given during a high is a rescue, not a blockade;
    // alcohol's own stimulation does not pass through the receptors).
    const crossed = this.lastEuphoria < OVERCOME_EUPHORIA && euphoria >= OVERCOME_EUPHORIA;
    if (this.overcomeArmed && crossed && blockade >= OVERCOME_ANTAGONIST) {
      this.timed.push({
        t_h: t,
        kind: 'blockade_overcome',
        text: `Blockade overcome: euphoria ${Math.round(euphoria)} of 100 through a naltrexone block of ${Math.round(blockade * 100)}% of receptors. A dose large enough to do this is large enough to stop breathing.`,
      });
      this.overcomeArmed = false;
    } else if (euphoria < 0.5 * OVERCOME_EUPHORIA) this.overcomeArmed = true;
    this.lastEuphoria = euphoria;
  }

  /** Starts (or extends) the watch for precipitated withdrawal after each antagonist dose given by t. */
  private watchFor(t: number): void {
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
    this.nextAntagonistH = this.antagonistDoses[this.nextAntagonist]?.t_h ?? Infinity;
  }

  /**
   * Sustained high doses: the warning fires at the first oral dose that completes `liverDays` days in a
   * row, each a 24-h window ending a whole number of days before it, with at least `liverDailyMg` mg.
   */
  private liver(administrations: readonly Administration[]): void {
    const oral = administrations.filter((a) => a.drug === 'naltrexone' && a.route === 'oral');
    const daily = T.liverDailyMg.value;
    const days = T.liverDays.value;
    let armed = true;
    for (let i = 0; i < oral.length; i++) {
      const t = oral[i]!.t_h;
      let sustained = true;
      for (let k = 0; k < days && sustained; k++)
        sustained = sumIn(oral, i, t - 24 * (k + 1), t - 24 * k) >= daily;
      if (armed && sustained) {
        this.fromDoses.push({
          t_h: t,
          kind: 'liver_dose_warning',
          text: `Liver: ${fmt(sumIn(oral, i, t - 24 * days, t) / days)} mg of naltrexone a day for ${days} days. At 300 mg a day for 3-8 weeks, liver tests rose in about 1 in 5 people in the label's studies (usual dose: 50 mg a day). The prescriber checks liver tests.`,
        });
        armed = false;
      } else if (!sustained) armed = true;
    }
  }
}

/** Total mg of the doses in (from, to], searching back from index `last` (doses sorted by time). */
function sumIn(doses: readonly Administration[], last: number, from: number, to: number): number {
  let sum = 0;
  for (let j = last; j >= 0 && doses[j]!.t_h > from + 1e-9; j--)
    if (doses[j]!.t_h <= to + 1e-9) sum += doses[j]!.mg;
  return sum;
}
