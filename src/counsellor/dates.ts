// The counsellor's date arithmetic, kept pure so it can be tested: calendar dates as 'YYYY-MM-DD'
// strings, counted in whole days through UTC so a daylight-saving change or the user's time zone can
// never move a date by one. The rules go no further than the drug labels and guidelines; each number
// has its source in docs/sources.md ("Counsellor dates").

/** A calendar date, 'YYYY-MM-DD', with no time and no zone. */
export type IsoDate = string;

/** The kind of the last opioid. There is no default: the user must choose one. */
export type OpioidKind = 'short' | 'fentanyl' | 'extended' | 'methadone' | 'buprenorphine' | 'unsure';

/** In the order the counsellor's list shows them. */
export const OPIOID_KINDS: readonly OpioidKind[] = [
  'short',
  'fentanyl',
  'extended',
  'methadone',
  'buprenorphine',
  'unsure',
];

export interface Wait {
  /** The shortest usual wait, days after the last use. */
  min: number;
  /** The end of the usual range, days. */
  max: number;
  /** The label or guideline says some people need longer than `max`. */
  sometimesLonger: boolean;
}

/**
 * Opioid-free days before the first naltrexone.
 * - Short-acting: 7-10 days (ReVia and Vivitrol labels; ASAM 2020).
 * - Fentanyl: in regular users it clears slowly, on average 7 days (norfentanyl 13), up to 19 (26)
 *   (Huhn 2020); extended-release pills and patches act for longer: 10-14 days like other
 *   long-acting opioids (ASAM 2020; SAMHSA TIP 63), sometimes longer.
 * - Methadone, buprenorphine: the label says withdrawal can be precipitated "for as long as two
 *   weeks"; ASAM 2020 gives 7-14 days after buprenorphine: "usually 10 to 14 days, sometimes longer".
 * - Not sure: the longest group, so forgetting or not knowing never gives the short wait.
 */
export const WAITS: Readonly<Record<OpioidKind, Wait>> = {
  short: { min: 7, max: 10, sometimesLonger: false },
  fentanyl: { min: 10, max: 14, sometimesLonger: true },
  extended: { min: 10, max: 14, sometimesLonger: true },
  methadone: { min: 10, max: 14, sometimesLonger: true },
  buprenorphine: { min: 10, max: 14, sometimesLonger: true },
  unsure: { min: 10, max: 14, sometimesLonger: true },
};

/** Extended-release naltrexone is given every 4 weeks (Vivitrol label §2). */
export const INJECTION_INTERVAL_DAYS = 28;

/**
 * Day after an injection from which the block of an ordinary opioid dose starts to fade. Blood levels
 * fall from about day 14 (Vivitrol label §12.3) and the label warns of overdose risk near the end of
 * the dosing interval (§5.1). The model's own blockade of a 25 mg IV heroin challenge is checked
 * against this day in tests/counsellor/engine-dates.test.ts (about 3 weeks once the engine's danger
 * rework, issue 11, lands). Kept as a named constant, never later than the due day.
 */
export const INJECTION_WEAKENS_DAY = 21;

/** After the last 50 mg tablet the block of an ordinary dose fades within 1-3 days: the ReVia label
 *  gives 24 h for 50 mg (48 h for 100 mg, 72 h for 150 mg) against 25 mg IV heroin. */
export const TABLET_FADE_DAYS = { from: 1, to: 3 } as const;

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

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const x = dayNumber(a);
  const y = dayNumber(b);
  if (x === undefined || y === undefined) throw new RangeError(`not a date: ${x === undefined ? a : b}`);
  return y - x;
}

/** Today in the user's own calendar (their local date, not UTC's). */
export function localToday(now: Date = new Date()): IsoDate {
  const p = (v: number) => String(v).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Where today falls against a stretch of dates. */
export type Stage = 'ahead' | 'within' | 'over';

function stage(today: IsoDate, from: IsoDate, to: IsoDate): Stage {
  if (daysBetween(today, from) > 0) return 'ahead';
  return daysBetween(today, to) > 0 ? 'within' : 'over';
}

export interface StartAdvice {
  kind: OpioidKind;
  wait: Wait;
  /** The earliest day to consider starting: never a go-ahead, the prescriber checks first. */
  earliest: IsoDate;
  /** The end of the usual wait. */
  usualBy: IsoDate;
  /** ahead: the shortest wait is still to come; within: it is over, the usual range is not; over. */
  stage: Stage;
}

export function earliestStart(lastUse: IsoDate, kind: OpioidKind, today: IsoDate): StartAdvice {
  const wait = WAITS[kind];
  const earliest = addDays(lastUse, wait.min);
  const usualBy = addDays(lastUse, wait.max);
  return { kind, wait, earliest, usualBy, stage: stage(today, earliest, usualBy) };
}

export interface InjectionAdvice {
  /** The block of an ordinary dose may start to fade from here, before the due date. */
  weakensFrom: IsoDate;
  /** Next injection due, 4 weeks on. */
  nextDue: IsoDate;
  /** ahead: before the fade starts; within: fading, not yet due; over: due today or overdue. */
  stage: Stage;
  /** Days past the due date (0 when due today, negative while not yet due). */
  daysLate: number;
}

export function injectionAdvice(lastInjection: IsoDate, today: IsoDate): InjectionAdvice {
  const weakensFrom = addDays(lastInjection, INJECTION_WEAKENS_DAY);
  const nextDue = addDays(lastInjection, INJECTION_INTERVAL_DAYS);
  return {
    weakensFrom,
    nextDue,
    stage: stage(today, weakensFrom, nextDue),
    daysLate: daysBetween(nextDue, today),
  };
}

export interface TabletAdvice {
  /** The block may start to fade from here. */
  fadesFrom: IsoDate;
  /** By here the block of an ordinary dose is mostly gone. */
  goneBy: IsoDate;
  /** ahead: still blocked; within: fading; over: probably gone. */
  stage: Stage;
}

export function tabletAdvice(lastTablet: IsoDate, today: IsoDate): TabletAdvice {
  const fadesFrom = addDays(lastTablet, TABLET_FADE_DAYS.from);
  const goneBy = addDays(lastTablet, TABLET_FADE_DAYS.to);
  return { fadesFrom, goneBy, stage: stage(today, fadesFrom, goneBy) };
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
