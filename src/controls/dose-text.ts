// A dose in words ("Naltrexone 50 mg by mouth, day 11, 09:00, every 1 day until day 16"), shared by
// the dose list, the dose markers' labels and the messages after an edit.
import type { DoseEvent } from '../../sim/index';
import { strings } from '../strings/index';
import { formatDuration, formatMoment } from '../timeline/time-format';

const S = strings.timeline.dose;

export const drugName = (drug: string) => S.drugs[drug] ?? drug;

export function routeName(drug: string, route: string): string {
  return drug === 'naltrexone' && route === 'im' ? S.monthly : (S.routes[route] ?? route);
}

/** "0.4 mg", "380 mg", "0.1 mg": amounts as written on a prescription. */
export const formatMg = (mg: number) => S.mg.replace('{mg}', String(+mg.toPrecision(4)));

export function describeDose(d: DoseEvent): string {
  const repeat =
    d.every_h !== undefined && d.until_h !== undefined
      ? S.repeatText.replace('{every}', formatDuration(d.every_h)).replace('{until}', formatMoment(d.until_h))
      : '';
  return S.describe
    .replace('{drug}', drugName(d.drug))
    .replace('{mg}', formatMg(d.mg))
    .replace('{route}', routeName(d.drug, d.route))
    .replace('{time}', formatMoment(d.at_h))
    .replace('{repeat}', repeat);
}

const described = new WeakMap<DoseEvent, string>();

/**
 * describeDose, worked out once per dose: views that redraw on every edit (the list, the markers) ask
 * again for doses that have not changed. Safe because edits replace doses, never change them in place.
 */
export function doseWords(d: DoseEvent): string {
  let words = described.get(d);
  if (words === undefined) described.set(d, (words = describeDose(d)));
  return words;
}
