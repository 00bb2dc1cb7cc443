// The timeline format of CONTRACT.md, held in typed arrays for speed; `toJson` gives the plain
// contract object and `toCsv` one row per time with dotted column names.

export type EventKind =
  'precipitated_withdrawal' | 'overdose_risk' | 'blockade_overcome' | 'liver_dose_warning';

export interface TimelineEvent {
  t_h: number;
  kind: EventKind;
  text: string;
}

export type OccupancyClass = 'endogenous' | 'agonist' | 'partial_agonist' | 'antagonist' | 'free';

export interface Timeline {
  t_h: Float64Array;
  /** Molecule -> ng/mL. */
  plasma_ng_ml: Record<string, Float64Array>;
  /** Ligand -> fraction of receptors (endorphin and free included; sums to 1). */
  occupancy: Record<string, Float64Array>;
  occupancy_by_class: Record<OccupancyClass, Float64Array>;
  /** Receptor activation 0-1. */
  signal: Float64Array;
  /** Adapted level, signal scale. */
  tolerance: Float64Array;
  /** 0-100. */
  euphoria: Float64Array;
  /** 0-48 COWS. */
  withdrawal_cows: Float64Array;
  /** 0-1 of breathing drive lost. */
  respiratory_depression: Float64Array;
  /** Blood alcohol, g/L: present when the scenario has alcohol. */
  blood_alcohol_g_per_l?: Float64Array;
  events: TimelineEvent[];
}

type Json = Record<string, unknown>;
const arr = (a: Float64Array) => Array.from(a);
const mapArr = (r: Record<string, Float64Array>) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, arr(v)]));

export function toJson(t: Timeline): Json {
  return {
    t_h: arr(t.t_h),
    plasma_ng_ml: mapArr(t.plasma_ng_ml),
    occupancy: mapArr(t.occupancy),
    occupancy_by_class: mapArr(t.occupancy_by_class),
    signal: arr(t.signal),
    tolerance: arr(t.tolerance),
    euphoria: arr(t.euphoria),
    withdrawal_cows: arr(t.withdrawal_cows),
    respiratory_depression: arr(t.respiratory_depression),
    ...(t.blood_alcohol_g_per_l ? { blood_alcohol_g_per_l: arr(t.blood_alcohol_g_per_l) } : {}),
    events: t.events.map((e) => ({ ...e })),
  };
}

/** Columns in a stable order: name and series. */
export function columns(t: Timeline): Array<[string, Float64Array]> {
  const cols: Array<[string, Float64Array]> = [['t_h', t.t_h]];
  for (const [k, v] of Object.entries(t.plasma_ng_ml)) cols.push([`plasma_ng_ml.${k}`, v]);
  for (const [k, v] of Object.entries(t.occupancy)) cols.push([`occupancy.${k}`, v]);
  for (const [k, v] of Object.entries(t.occupancy_by_class)) cols.push([`occupancy_by_class.${k}`, v]);
  cols.push(['signal', t.signal], ['tolerance', t.tolerance], ['euphoria', t.euphoria]);
  cols.push(['withdrawal_cows', t.withdrawal_cows], ['respiratory_depression', t.respiratory_depression]);
  if (t.blood_alcohol_g_per_l) cols.push(['blood_alcohol_g_per_l', t.blood_alcohol_g_per_l]);
  return cols;
}

export function toCsv(t: Timeline): string {
  const cols = columns(t);
  const lines = [cols.map(([name]) => name).join(',')];
  for (let i = 0; i < t.t_h.length; i++) lines.push(cols.map(([, v]) => String(v[i])).join(','));
  return lines.join('\n') + '\n';
}
