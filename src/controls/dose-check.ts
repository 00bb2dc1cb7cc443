// The dose form's own check, before a dose is given: each problem named beside its field in plain
// words ("Enter an amount above 0 mg."), where the engine's validator would say
// "doses[1].mg: must be a positive number, got -5". Pure, so the tests read exactly what a user is
// told. A dose above what people take at one time is not a problem: it is given, with a warning.
import { LIMITS, type Drug, type Route } from '../../sim/index';
import { locale, strings } from '../strings/index';
import { formatMoment } from './dose-text';
import { mostTaken } from './dose-presets';

export type DoseField = 'amount' | 'every' | 'until' | 'day' | 'time';

export interface FieldProblem {
  field: DoseField;
  message: string;
}

/** What the form holds, as typed (numbers from the inputs; NaN when empty or not a number). */
export interface DoseInput {
  drug: Drug;
  route: Route;
  mg: number;
  /** The dose's time, hours (the cursor, or the chosen day and time). */
  atH: number;
  /** A chosen time rather than "now": the day and time fields are the user's. */
  chosen: boolean;
  day: number;
  clock: string;
  repeat: { every: number; untilDay: number } | null;
}

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/** The problems to fix before the dose can be given, first field first (none: it can be given). */
export function checkDose(d: DoseInput, span: { min: number; max: number }): FieldProblem[] {
  const E = strings.timeline.dose.fieldErrors;
  const out: FieldProblem[] = [];
  if (!Number.isFinite(d.mg) || d.mg <= 0) out.push({ field: 'amount', message: E.amount });
  else if (d.mg > LIMITS.maxMg)
    out.push({ field: 'amount', message: fill(E.amountMax, { max: LIMITS.maxMg.toLocaleString(locale) }) });
  if (d.chosen && !/^\d{1,2}:\d{2}/.test(d.clock)) out.push({ field: 'time', message: E.time });
  if (d.chosen && (!Number.isInteger(d.day) || !(d.atH >= span.min && d.atH <= span.max)))
    out.push({
      field: 'day',
      message: fill(E.day, { from: formatMoment(span.min), to: formatMoment(span.max) }),
    });
  if (d.repeat) {
    if (!Number.isFinite(d.repeat.every) || d.repeat.every < LIMITS.minEveryH)
      out.push({ field: 'every', message: E.every });
    if (!Number.isInteger(d.repeat.untilDay) || d.repeat.untilDay * 24 + 24 <= d.atH)
      out.push({ field: 'until', message: E.until });
  }
  return out;
}

/** The warning for an amount above what people take at one time, or null. */
export function largeDoseWarning(drug: Drug, route: Route, mg: number): string | null {
  const max = mostTaken(drug, route);
  if (max === undefined || !(mg > max)) return null;
  return fill(strings.timeline.dose.mostTaken, { max: max.toLocaleString(locale) });
}
