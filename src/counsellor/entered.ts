// What the dates entered on the counsellor's panel say, worked out without a page: for each card (the
// start, the injection, the tablets) either a problem with its date (not a date, or in the future),
// the sentences to show, or nothing while its date is empty; and the Dates the take-away and the
// patient's curve are made from. Pure, so the tests can enter dates as a counsellor would.
import { strings } from '../strings/index';
import { injectionWords, startWords, tabletWords, type Line } from './advice-words';
import {
  dayNumber,
  earliestStart,
  injectionAdvice,
  tabletAdvice,
  type InjectionAdvice,
  type IsoDate,
  type OpioidKind,
  type StartAdvice,
  type TabletAdvice,
} from './dates';

export interface Dates {
  start?: StartAdvice;
  injection?: InjectionAdvice;
  tablet?: TabletAdvice;
  /** The dates entered, when they can be used (not empty, not in the future). */
  lastInjection?: IsoDate;
  lastTablet?: IsoDate;
  /** The day the dates were read on. */
  today?: IsoDate;
}

/** The panel's fields as entered ('' when empty; `kind` '' until one is chosen). */
export interface Entered {
  lastUse: string;
  kind: string;
  lastInj: string;
  lastTab: string;
}

/** What a card says under its fields: a problem with its date, its sentences, or nothing. */
export type Said = { problem: string } | { lines: readonly Line[] } | null;

/** A problem with a date, or undefined when it can be used. */
function problem(value: string, today: IsoDate): string | undefined {
  const c = strings.lessons.counsellor;
  return dayNumber(value) === undefined
    ? c.invalidDate
    : dayNumber(value)! > dayNumber(today)!
      ? c.futureDate
      : undefined;
}

/** A card's date: nothing while empty, its problem, or `use(date)` when it can be used. */
function readDate(value: string, today: IsoDate, use: (date: IsoDate) => readonly Line[]): Said {
  if (!value) return null;
  const p = problem(value, today);
  return p ? { problem: p } : { lines: use(value) };
}

/** What the panel says for the dates `e` entered, read on `today`. */
export function readEntered(
  e: Entered,
  today: IsoDate,
): { dates: Dates; start: Said; injection: Said; tablet: Said } {
  const dates: Dates = { today };
  const start = readDate(e.lastUse, today, (date) => {
    if (e.kind) dates.start = earliestStart(date, e.kind as OpioidKind, today);
    return startWords(dates.start);
  });
  const injection = readDate(e.lastInj, today, (date) => {
    dates.lastInjection = date;
    return injectionWords((dates.injection = injectionAdvice(date, today)));
  });
  const tablet = readDate(e.lastTab, today, (date) => {
    dates.lastTablet = date;
    return tabletWords((dates.tablet = tabletAdvice(date, today)));
  });
  return { dates, start, injection, tablet };
}
