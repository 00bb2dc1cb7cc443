// A dose in words ("Naltrexone 50 mg by mouth, day 11, 09:00, every 1 day until day 16"), shared by
// the dose list, the dose form, the dose markers' labels and the messages after an edit. The ground
// floor imports no strings: each feature binds the wording once to the active language's dose words,
// time words and numbers (`doseWording(strings.timeline.dose, time, format.num)`).
import { STANDARD_DRINK_MG, type DoseEvent } from '../../sim/index';
import type { TimeWording } from './time-format';

/** The words a dose is written with (the shape of strings.timeline.dose that this needs). */
export interface DoseWordStrings {
  drugs: Readonly<Record<string, string | undefined>>;
  routes: Readonly<Record<string, string | undefined>>;
  /** The monthly injection's route name (naltrexone by IM depot). */
  monthly: string;
  /** "{mg} mg" */
  mg: string;
  /** Alcohol in standard drinks: "{drinks} drinks ({g} g)" (one standard drink is 14 g of ethanol). */
  drinks: string;
  /** "{drug} {mg} {route}, {time}{repeat}" */
  describe: string;
  /** ", every {every} until {until}" */
  repeatText: string;
}

export interface DoseWording {
  drugName(drug: string): string;
  routeName(drug: string, route: string): string;
  /** "0.4 mg", "380 mg", "0.1 mg": amounts as written on a prescription; alcohol in standard drinks. */
  formatMg(mg: number, drug?: string): string;
  describeDose(d: DoseEvent): string;
  /**
   * describeDose, worked out once per dose: views that redraw on every edit (the list, the markers)
   * ask again for doses that have not changed. Safe because edits replace doses, never change them.
   */
  doseWords(d: DoseEvent): string;
}

/** Doses in one language's words, its times told by `time` and its numbers written by `num`. */
export function doseWording(
  S: DoseWordStrings,
  time: Pick<TimeWording, 'formatMoment' | 'formatDuration'>,
  num: (v: number) => string,
): DoseWording {
  const { formatMoment, formatDuration } = time;
  const drugName = (drug: string) => S.drugs[drug] ?? drug;
  const routeName = (drug: string, route: string) =>
    drug === 'naltrexone' && route === 'im' ? S.monthly : (S.routes[route] ?? route);
  const formatMg = (mg: number, drug?: string) =>
    drug === 'alcohol'
      ? S.drinks
          .replace('{drinks}', num(Math.round((mg / STANDARD_DRINK_MG) * 10) / 10))
          .replace('{g}', num(+(mg / 1000).toPrecision(4)))
      : S.mg.replace('{mg}', num(+mg.toPrecision(4)));
  const describeDose = (d: DoseEvent) => {
    const repeat =
      d.every_h !== undefined && d.until_h !== undefined
        ? S.repeatText
            .replace('{every}', formatDuration(d.every_h))
            .replace('{until}', formatMoment(d.until_h))
        : '';
    return S.describe
      .replace('{drug}', drugName(d.drug))
      .replace('{mg}', formatMg(d.mg, d.drug))
      .replace('{route}', routeName(d.drug, d.route))
      .replace('{time}', formatMoment(d.at_h))
      .replace('{repeat}', repeat);
  };
  const described = new WeakMap<DoseEvent, string>();
  const doseWords = (d: DoseEvent) => {
    let words = described.get(d);
    if (words === undefined) described.set(d, (words = describeDose(d)));
    return words;
  };
  return { drugName, routeName, formatMg, describeDose, doseWords };
}
