// Validates untrusted scenario input (a file, a URL, the app's import) into a Scenario, or lists every
// problem as "field: what is wrong" so a user can fix it in one pass.
import {
  DRUGS,
  LIMITS,
  ROUTES,
  SUPPORTED_ROUTES,
  type DoseEvent,
  type Drug,
  type Route,
  type Scenario,
} from '../scenario';

export type Validation = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

const show = (v: unknown): string => {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === undefined) return 'nothing';
  try {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 40 ? `${s.slice(0, 37)}...` : s;
  } catch {
    return String(v);
  }
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A number field: undefined when absent and optional; otherwise its problem is listed. */
function numberField(errors: string[], field: string, value: unknown, required: boolean): number | undefined {
  if (value === undefined && !required) return undefined;
  if (!isFiniteNumber(value)) {
    errors.push(
      `${field}: ${required && value === undefined ? 'is required; must be' : 'must be'} a number, got ${show(value)}`,
    );
    return undefined;
  }
  return value;
}

interface TimeWindow {
  to_h: number | undefined;
  from_h: number;
  step_min: number | undefined;
  output_from_h: number | undefined;
}

/** The simulated span, the output step and the output start, each within its limits. */
function checkWindow(input: Record<string, unknown>, errors: string[]): TimeWindow {
  const to_h = numberField(errors, 'to_h', input.to_h, true);
  const from_h = numberField(errors, 'from_h', input.from_h, false) ?? 0;
  const step_min = numberField(errors, 'step_min', input.step_min, false);
  const output_from_h = numberField(errors, 'output_from_h', input.output_from_h, false);
  if (to_h !== undefined) {
    if (to_h <= from_h) errors.push(`to_h: must be after from_h (${from_h}), got ${to_h}`);
    else if (to_h - from_h > LIMITS.maxSpanH)
      errors.push(
        `to_h: the span to_h - from_h must be at most ${LIMITS.maxSpanH} h (400 days), got ${to_h - from_h}`,
      );
  }
  if (step_min !== undefined && (step_min < LIMITS.minStepMin || step_min > LIMITS.maxStepMin))
    errors.push(
      `step_min: must be between ${LIMITS.minStepMin} and ${LIMITS.maxStepMin} minutes, got ${step_min}`,
    );
  if (output_from_h !== undefined && to_h !== undefined && (output_from_h < from_h || output_from_h > to_h))
    errors.push(
      `output_from_h: must lie between from_h (${from_h}) and to_h (${to_h}), got ${output_from_h}`,
    );
  return { to_h, from_h, step_min, output_from_h };
}

/** The patient's weight, if given, within its limits. */
function checkPatient(patient: unknown, errors: string[]): number | undefined {
  if (patient === undefined) return undefined;
  if (!isObject(patient)) {
    errors.push(`patient: must be an object, got ${show(patient)}`);
    return undefined;
  }
  const weight = numberField(errors, 'patient.weight_kg', patient.weight_kg, false);
  if (weight !== undefined && (weight < LIMITS.minWeightKg || weight > LIMITS.maxWeightKg))
    errors.push(
      `patient.weight_kg: must be between ${LIMITS.minWeightKg} and ${LIMITS.maxWeightKg} kg, got ${weight}`,
    );
  return weight;
}

/** Every dose checked, and the schedules' expanded count within the limit. */
function checkDoses(raw: unknown, errors: string[]): DoseEvent[] {
  const doses: DoseEvent[] = [];
  if (raw === undefined) errors.push('doses: is required; must be an array (it may be empty)');
  else if (!Array.isArray(raw)) errors.push(`doses: must be an array, got ${show(raw)}`);
  else {
    let events = 0;
    raw.forEach((item, i) => {
      const dose = validateDose(item, `doses[${i}]`, errors);
      if (!dose) return;
      events += dose.every_h ? Math.floor((dose.until_h! - dose.at_h) / dose.every_h) + 1 : 1;
      doses.push(dose);
    });
    if (events > LIMITS.maxDoseEvents)
      errors.push(
        `doses: the schedules expand to ${events} doses; at most ${LIMITS.maxDoseEvents} are allowed`,
      );
  }
  return doses;
}

export function validateScenario(input: unknown): Validation {
  if (!isObject(input)) return { ok: false, errors: [`scenario: must be a JSON object, got ${show(input)}`] };
  const errors: string[] = [];
  const { to_h, from_h, step_min, output_from_h } = checkWindow(input, errors);
  const weight = checkPatient(input.patient, errors);
  if (input.title !== undefined && typeof input.title !== 'string')
    errors.push(`title: must be a string, got ${show(input.title)}`);
  const doses = checkDoses(input.doses, errors);

  if (errors.length > 0 || to_h === undefined) return { ok: false, errors };
  // What is accepted comes back as given: no default is written in.
  const scenario: Scenario = { to_h, doses };
  if (input.from_h !== undefined) scenario.from_h = from_h;
  if (step_min !== undefined) scenario.step_min = step_min;
  if (output_from_h !== undefined) scenario.output_from_h = output_from_h;
  if (weight !== undefined) scenario.patient = { weight_kg: weight };
  if (typeof input.title === 'string') scenario.title = input.title;
  return { ok: true, scenario };
}

function validateDose(raw: unknown, path: string, errors: string[]): DoseEvent | undefined {
  if (!isObject(raw)) {
    errors.push(`${path}: must be an object with drug, route, mg and at_h, got ${show(raw)}`);
    return undefined;
  }
  const before = errors.length;
  const { drug, route, mg, at_h, every_h, until_h } = raw;
  if (typeof drug !== 'string' || !(DRUGS as readonly string[]).includes(drug))
    errors.push(`${path}.drug: must be one of ${DRUGS.join(', ')}, got ${show(drug)}`);
  if (typeof route !== 'string' || !(ROUTES as readonly string[]).includes(route))
    errors.push(`${path}.route: must be one of ${ROUTES.join(', ')}, got ${show(route)}`);
  else if (typeof drug === 'string' && (DRUGS as readonly string[]).includes(drug)) {
    const allowed = SUPPORTED_ROUTES[drug as Drug];
    if (!allowed.includes(route as Route))
      errors.push(`${path}.route: ${drug} by ${route} is not supported; use ${allowed.join(' or ')}`);
  }
  if (!isFiniteNumber(mg) || mg <= 0) errors.push(`${path}.mg: must be a positive number, got ${show(mg)}`);
  else if (drug === 'alcohol' ? mg > LIMITS.maxAlcoholMg : mg > LIMITS.maxMg)
    errors.push(
      drug === 'alcohol'
        ? `${path}.mg: ${mg} mg of ethanol is not a plausible amount; at most ${LIMITS.maxAlcoholMg} mg (500 g, about 36 standard drinks of 14 g)`
        : `${path}.mg: ${mg} mg is not a plausible amount; at most ${LIMITS.maxMg} mg (10 g)`,
    );
  if (!isFiniteNumber(at_h)) errors.push(`${path}.at_h: must be a number of hours, got ${show(at_h)}`);
  if (every_h !== undefined) {
    if (!isFiniteNumber(every_h) || every_h < LIMITS.minEveryH)
      errors.push(
        `${path}.every_h: must be a number of hours of at least 1 minute (${LIMITS.minEveryH.toFixed(4)}), got ${show(every_h)}`,
      );
    if (until_h === undefined) errors.push(`${path}.until_h: is required with every_h`);
  }
  if (until_h !== undefined) {
    if (!isFiniteNumber(until_h))
      errors.push(`${path}.until_h: must be a number of hours, got ${show(until_h)}`);
    else if (every_h === undefined) errors.push(`${path}.every_h: is required with until_h`);
    else if (isFiniteNumber(at_h) && until_h < at_h)
      errors.push(`${path}.until_h: must not be before at_h (${at_h}), got ${until_h}`);
  }
  if (errors.length > before) return undefined;
  const dose: DoseEvent = {
    drug: drug as Drug,
    route: route as Route,
    mg: mg as number,
    at_h: at_h as number,
  };
  if (every_h !== undefined) {
    dose.every_h = every_h as number;
    dose.until_h = until_h as number;
  }
  return dose;
}
