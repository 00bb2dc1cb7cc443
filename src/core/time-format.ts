// Model time as people read it. Model hours are the one clock; hour 0 is the start of "day 0", so a
// lesson's "naltrexone on day 10" sits at 240 h. Ticks step in minutes, hours, days or weeks as the
// zoom changes, and each step has the label that reads naturally at that zoom. The words come from
// the caller (`timeWording(strings.time, format.num)`): the ground floor imports no strings.

const MIN = 1 / 60;
const DAY = 24;
const WEEK = 7 * DAY;

/** Tick steps in hours, smallest first: every step a whole number of minutes, hours, days or weeks. */
export const TICK_STEPS_H = [
  MIN,
  2 * MIN,
  5 * MIN,
  10 * MIN,
  15 * MIN,
  30 * MIN,
  1,
  2,
  3,
  6,
  12,
  DAY,
  2 * DAY,
  WEEK,
  2 * WEEK,
  4 * WEEK,
  8 * WEEK,
] as const;

/** Splits an hour count into day (floor, so negative history reads "day -2") and minute of that day. */
function dayAndMinute(h: number): { day: number; minute: number } {
  // Round to the minute first so 23:59.9999 does not print as 23:60.
  const totalMin = Math.round(h * 60);
  const day = Math.floor(totalMin / (DAY * 60));
  return { day, minute: totalMin - day * DAY * 60 };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "14:05": the clock is the same in every language the app speaks. */
export function clockOf(h: number): string {
  const { minute } = dayAndMinute(h);
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

/**
 * The words of time in one language (strings.time): templates with {n} for a number, {day} and
 * {clock} for the parts of a moment. The ground floor takes them as an argument.
 */
export interface TimeWords {
  /** "day {n}" */
  day: string;
  /** "week {n}" */
  week: string;
  /** "{day}, {clock}" */
  moment: string;
  /** "{n} min" */
  minutes: string;
  /** "{n} h" */
  hours: string;
  /** "{h} h {m} min" */
  hoursMinutes: string;
  oneDay: string;
  /** "{n} days" */
  days: string;
  oneWeek: string;
  /** "{n} weeks" */
  weeks: string;
}

export interface TimeWording {
  /** "day 3, 14:00": the cursor's time, everywhere the app names a moment. */
  formatMoment(h: number): string;
  /** "2 h 30 min", "3 days", "1 week": a duration such as a playback speed or a repeat interval. */
  formatDuration(h: number): string;
  /**
   * The label of one tick, given the step: clock times below a day (with the day named at midnight
   * and on the first tick, so the reader always knows which day), "day 3" for day steps, weeks from
   * the start ("week 2") for week steps.
   */
  formatTick(h: number, step: number, first?: boolean): string;
}

/** Time in one language's words, its numbers written by `num` (a decimal point or comma). */
export function timeWording(w: TimeWords, num: (v: number) => string): TimeWording {
  const fill = (template: string, n: number) => template.replace('{n}', num(n));
  const dayName = (day: number) => fill(w.day, day);
  const formatMoment = (h: number) =>
    w.moment.replace('{day}', dayName(dayAndMinute(h).day)).replace('{clock}', clockOf(h));
  const formatDuration = (h: number) => {
    if (h >= WEEK && h % WEEK === 0) return h === WEEK ? w.oneWeek : fill(w.weeks, h / WEEK);
    if (h >= DAY && h % DAY === 0) return h === DAY ? w.oneDay : fill(w.days, h / DAY);
    if (h >= DAY) return fill(w.days, +(h / DAY).toFixed(1));
    const min = Math.round(h * 60);
    if (min < 60) return fill(w.minutes, min);
    return min % 60 === 0
      ? fill(w.hours, min / 60)
      : w.hoursMinutes.replace('{h}', num(Math.floor(min / 60))).replace('{m}', num(min % 60));
  };
  const formatTick = (h: number, step: number, first = false) => {
    const { day, minute } = dayAndMinute(h);
    if (step >= WEEK) {
      const weeks = Math.round(h / WEEK);
      return weeks === 0 ? dayName(0) : fill(w.week, weeks);
    }
    if (step >= DAY || minute === 0) return dayName(day);
    return first ? formatMoment(h) : clockOf(h);
  };
  return { formatMoment, formatDuration, formatTick };
}

/** The smallest tick step that keeps at most `maxTicks` ticks across the span. */
export function tickStep(spanH: number, maxTicks: number): number {
  const want = spanH / Math.max(1, maxTicks);
  return TICK_STEPS_H.find((s) => s >= want - 1e-12) ?? Math.ceil(want / (8 * WEEK)) * 8 * WEEK;
}

/** Tick positions (h): whole multiples of the step inside [h0, h1]. */
export function timeTicks(h0: number, h1: number, maxTicks: number): { step: number; ticks: number[] } {
  const step = tickStep(h1 - h0, maxTicks);
  const ticks: number[] = [];
  // Work in whole minutes so repeated addition never drifts off the lattice.
  const stepMin = Math.round(step * 60);
  for (let m = Math.ceil((h0 * 60) / stepMin - 1e-9) * stepMin; m <= h1 * 60 + 1e-9; m += stepMin) {
    ticks.push(m / 60);
  }
  return { step, ticks };
}
