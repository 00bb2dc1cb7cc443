// A tiny hand-made timeline with round numbers, so chart tests can predict every coordinate.
import type { Timeline } from '../../sim/index';

const f = (...v: number[]) => Float64Array.from(v);

/** Three samples at 0, 1 and 2 h. */
export function tinyTimeline(): Timeline {
  return {
    t_h: f(0, 1, 2),
    plasma_ng_ml: { heroin: f(0, 1000, 10), naltrexone: f(0.1, 1, 10) },
    occupancy: {
      endorphin: f(0.1, 0, 0.05),
      heroin: f(0, 0.5, 0.05),
      naltrexone: f(0, 0.25, 0.5),
      free: f(0.9, 0.25, 0.4),
    },
    occupancy_by_class: {
      endogenous: f(0.1, 0, 0.05),
      agonist: f(0, 0.5, 0.05),
      partial_agonist: f(0, 0, 0),
      antagonist: f(0, 0.25, 0.5),
      free: f(0.9, 0.25, 0.4),
    },
    signal: f(0.2, 0.8, 0.2),
    tolerance: f(0.2, 0.2, 0.2),
    euphoria: f(0, 50, 100),
    withdrawal_cows: f(0, 24, 48),
    respiratory_depression: f(0, 0.5, 1),
    events: [{ t_h: 1, kind: 'overdose_risk', text: 'Overdose risk.' }],
  };
}
