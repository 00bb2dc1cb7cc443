// The readout: every series at one moment, as text. `readoutAt` is pure (tested without a DOM); the
// panel keeps its rows and rewrites only their text, so a scrub costs a few text nodes per frame.
import { sampleIndex } from '../core/store';
import type { Timeline } from '../../sim/index';
import { format, strings } from '../strings/index';
import { cowsBand } from '../core/cows';
import { occupancyOrder } from './series';
import { formatMoment } from './words';

const S = strings.timeline;

export interface ReadoutRow {
  key: string;
  label: string;
  value: string;
}

export interface Readout {
  time: string;
  rows: ReadoutRow[];
  /** One sentence for screen readers. */
  sentence: string;
}

const pct = format.pct;
const nameOf = (k: string) => S.shortNames[k] ?? S.names[k] ?? k;
/** Two significant digits, no exponent: "< 0.01", 0.042, 3.1, 250, 16000 (in the language's numbers). */
export const formatLevel = (v: number) =>
  v <= 0
    ? format.num(0)
    : v < 0.01
      ? `< ${format.num(0.01)}`
      : v >= 100
        ? format.num(Math.round(v))
        : format.sig(v, 2);

export function readoutAt(tl: Timeline, h: number): Readout {
  const i = sampleIndex(tl, h);
  const at = (a: Float64Array) => a[i] ?? 0;
  const cows = at(tl.withdrawal_cows);
  const band = S.feel.bands[cowsBand(cows)];
  const rows: ReadoutRow[] = [
    { key: 'euphoria', label: S.readout.euphoria, value: `${Math.round(at(tl.euphoria))} / 100` },
    {
      key: 'withdrawal',
      label: S.readout.withdrawal,
      value: S.readout.cowsBand.replace('{value}', String(Math.round(cows))).replace('{band}', band),
    },
    { key: 'breathing', label: S.readout.breathing, value: pct(at(tl.respiratory_depression)) },
    { key: 'signal', label: S.readout.signal, value: pct(at(tl.signal)) },
    { key: 'tolerance', label: S.readout.tolerance, value: pct(at(tl.tolerance)) },
  ];
  const held = occupancyOrder(Object.keys(tl.occupancy)).map((k) => ({ k, v: at(tl.occupancy[k]!) }));
  for (const { k, v } of held) rows.push({ key: `occupancy.${k}`, label: nameOf(k), value: pct(v) });
  for (const [k, v] of Object.entries(tl.plasma_ng_ml))
    rows.push({ key: `plasma.${k}`, label: nameOf(k), value: formatLevel(at(v)) });
  const time = formatMoment(h);
  const receptors = held
    .filter((e) => e.k !== 'free' && e.v >= 0.005)
    .map((e) => `${nameOf(e.k)} ${pct(e.v)}`)
    .join(', ');
  const sentence = S.readout.live
    .replace('{time}', time)
    .replace('{euphoria}', String(Math.round(at(tl.euphoria))))
    .replace('{withdrawal}', `COWS ${Math.round(cows)}, ${band}`)
    .replace('{breathing}', pct(at(tl.respiratory_depression)))
    .replace('{receptors}', receptors ? `${S.readout.receptors}: ${receptors}.` : '');
  return { time, rows, sentence };
}
