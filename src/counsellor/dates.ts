// The counsellor's date arithmetic, kept pure so it can be tested: calendar dates as 'YYYY-MM-DD'
// strings, counted in whole days through UTC so a daylight-saving change or the user's time zone can
// never move a date by one. The rules go no further than the drug labels (pharmacology.md §4).

/** A calendar date, 'YYYY-MM-DD', with no time and no zone. */
export type IsoDate = string;

export type OpioidKind = 'short' | 'methadone' | 'buprenorphine';

/** Label: 7-10 opioid-free days after short-acting opioids; up to 2 weeks after methadone or buprenorphine. */
export const WAIT_DAYS: Readonly<Record<OpioidKind, number>> = { short: 7, methadone: 14, buprenorphine: 14 };

/** Extended-release naltrexone is given every 4 weeks. */
export const INJECTION_INTERVAL_DAYS = 28;

const MS_PER_DAY = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number (days since 1970-01-01) of a valid date, or undefined for anything else. */
export function dayNumber(date: string): number | undefined {
  const m = ISO.exec(date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return undefined;
  const ms = Date.UTC(y, mo - 1, d);
  // Date.UTC rolls 31 April over into May: a date that does not round-trip does not exist.
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return undefined;
  return Math.round(ms / MS_PER_DAY);
}

export function fromDayNumber(n: number): IsoDate {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isIsoDate(date: string): boolean {
  return dayNumber(date) !== undefined;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const n = dayNumber(date);
  if (n === undefined) throw new RangeError(`not a date: ${date}`);
  return fromDayNumber(n + days);
}

/** Today in the user's own calendar (their local date, not UTC's). */
export function localToday(now: Date = new Date()): IsoDate {
  const p = (v: number) => String(v).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export interface StartAdvice {
  /** The earliest day to consider starting: never a go-ahead, the prescriber checks first. */
  earliest: IsoDate;
  waitDays: number;
  kind: OpioidKind;
}

export function earliestStart(lastUse: IsoDate, kind: OpioidKind): StartAdvice {
  const waitDays = WAIT_DAYS[kind];
  return { earliest: addDays(lastUse, waitDays), waitDays, kind };
}

export interface InjectionAdvice {
  /** Next injection due, 4 weeks on. */
  nextDue: IsoDate;
  /** The label: blood levels decline from about day 14 and stay measurable for over a month, so
   *  the block may weaken from about week 4 and fade over the weeks after it. */
  weakensFrom: IsoDate;
  /** If the next injection is missed, tolerance is low from here on: an old dose can be deadly. */
  dangerFrom: IsoDate;
}

export function injectionAdvice(lastInjection: IsoDate): InjectionAdvice {
  const due = addDays(lastInjection, INJECTION_INTERVAL_DAYS);
  return { nextDue: due, weakensFrom: due, dangerFrom: due };
}

/** A date written out in words, in the given language, without any time-zone shift. */
export function formatDate(date: IsoDate, locale = 'en-GB'): string {
  const n = dayNumber(date);
  if (n === undefined) return date;
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(n * MS_PER_DAY));
}
