// Editing the scenario's doses: add, move, remove. Pure functions from a scenario to a new one; each
// result is checked with the engine's own validator, and an edit that would break the scenario is
// refused (the old scenario comes back unchanged), so the app never holds an invalid scenario.
import { validateScenario, type DoseEvent, type Scenario } from '../../sim/index';

export type EditResult =
  { ok: true; scenario: Scenario } | { ok: false; errors: string[]; scenario: Scenario };

/** The span of time the user can see and dose in: the reported part of the scenario. */
export function doseSpan(s: Scenario): { min: number; max: number } {
  return { min: s.output_from_h ?? s.from_h ?? 0, max: s.to_h };
}

const check = (before: Scenario, after: Scenario): EditResult => {
  const v = validateScenario(after);
  return v.ok ? { ok: true, scenario: after } : { ok: false, errors: v.errors, scenario: before };
};

/** Rounds to the minute: the engine's finest grid, and what a person would write down. */
export const toMinute = (h: number) => Math.round(h * 60) / 60;

export function addDose(s: Scenario, dose: DoseEvent): EditResult {
  const d: DoseEvent = { ...dose, at_h: toMinute(dose.at_h) };
  if (d.every_h === undefined || d.until_h === undefined) {
    delete d.every_h;
    delete d.until_h;
  }
  return check(s, { ...s, doses: [...s.doses, d] });
}

/**
 * Moves dose `index` to start at `atH` (clamped to the visible span); a repeating dose moves as a
 * whole, its last repeat shifting with it.
 */
export function moveDose(s: Scenario, index: number, atH: number): EditResult {
  const d = s.doses[index];
  if (!d) return { ok: false, errors: [`doses[${index}]: no such dose`], scenario: s };
  const span = doseSpan(s);
  const at = toMinute(Math.min(span.max, Math.max(span.min, atH)));
  const shift = at - d.at_h;
  const moved: DoseEvent = { ...d, at_h: at };
  if (d.until_h !== undefined) moved.until_h = d.until_h + shift;
  const doses = s.doses.slice();
  doses[index] = moved;
  return check(s, { ...s, doses });
}

export function removeDose(s: Scenario, index: number): EditResult {
  if (!s.doses[index]) return { ok: false, errors: [`doses[${index}]: no such dose`], scenario: s };
  return check(s, { ...s, doses: s.doses.filter((_, i) => i !== index) });
}
