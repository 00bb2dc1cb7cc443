// The scenario format of CONTRACT.md: doses in, with the time span to simulate. Times in hours.

export const DRUGS = [
  'heroin',
  'morphine',
  'oxycodone',
  'hydrocodone',
  'fentanyl',
  'methadone',
  'buprenorphine',
  'naloxone',
  'naltrexone',
  'alcohol',
] as const;
export type Drug = (typeof DRUGS)[number];

export const ROUTES = ['iv', 'oral', 'intranasal', 'sublingual', 'im'] as const;
export type Route = (typeof ROUTES)[number];

/** Every drug and the routes the model supports for it (CONTRACT.md minimum, nothing less). */
export const SUPPORTED_ROUTES: Readonly<Record<Drug, readonly Route[]>> = {
  heroin: ['iv', 'intranasal'],
  morphine: ['iv', 'oral'],
  oxycodone: ['oral'],
  hydrocodone: ['oral'],
  fentanyl: ['iv', 'intranasal'],
  methadone: ['oral'],
  buprenorphine: ['sublingual'],
  naloxone: ['iv', 'im', 'intranasal'],
  naltrexone: ['oral', 'im'],
  alcohol: ['oral'],
};

export interface DoseEvent {
  drug: Drug;
  route: Route;
  /** Amount, mg. */
  mg: number;
  /** Time of the (first) dose, h. */
  at_h: number;
  /** Repeat interval, h. */
  every_h?: number;
  /** Last time a repeat may fall (inclusive), h. */
  until_h?: number;
}

export interface Scenario {
  /** Start, h (negative gives a history). */
  from_h?: number;
  /** End, h. */
  to_h: number;
  /** Output interval, min. */
  step_min?: number;
  /** First reported time, h. */
  output_from_h?: number;
  doses: DoseEvent[];
  patient?: { weight_kg?: number };
  title?: string;
}

/** A scenario with every default filled in. */
export interface ResolvedScenario {
  from_h: number;
  to_h: number;
  step_min: number;
  output_from_h: number;
  doses: DoseEvent[];
  weight_kg: number;
}

export const LIMITS = {
  maxSpanH: 9600,
  minStepMin: 1,
  maxStepMin: 1440,
  /** The most of one dose, mg: 10 g of any drug; 500 g of ethanol (about 36 standard drinks). */
  maxMg: 10000,
  maxAlcoholMg: 500000,
  minWeightKg: 20,
  maxWeightKg: 300,
  maxDoseEvents: 50000,
  minEveryH: 1 / 60,
} as const;

export function resolveScenario(s: Scenario): ResolvedScenario {
  const from_h = s.from_h ?? 0;
  return {
    from_h,
    to_h: s.to_h,
    step_min: s.step_min ?? 10,
    output_from_h: s.output_from_h ?? from_h,
    doses: s.doses,
    weight_kg: s.patient?.weight_kg ?? 70,
  };
}

/** One administration: a repeat schedule expanded. */
export interface Administration {
  drug: Drug;
  route: Route;
  mg: number;
  t_h: number;
}

/** Expands repeats and sorts by time (stable, so equal times keep scenario order). */
export function expandDoses(doses: readonly DoseEvent[], from_h: number, to_h: number): Administration[] {
  const out: Administration[] = [];
  for (const d of doses) {
    const push = (t: number) => {
      if (t >= from_h && t <= to_h) out.push({ drug: d.drug, route: d.route, mg: d.mg, t_h: t });
    };
    if (d.every_h !== undefined && d.until_h !== undefined) {
      const last = Math.min(d.until_h, to_h);
      for (let k = 0; d.at_h + k * d.every_h <= last + 1e-9; k++) push(d.at_h + k * d.every_h);
    } else push(d.at_h);
  }
  return out.sort((a, b) => a.t_h - b.t_h);
}
