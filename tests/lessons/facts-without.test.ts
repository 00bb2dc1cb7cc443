// "Without naltrexone" runs for the lessons' ghost curves and narration: each is computed once per
// scenario and set of drugs left out, and is what a fresh run of the reduced scenario gives.
import { describe, expect, it } from 'vitest';
import { lessonById, simulate, type Scenario } from '../../sim/index';
import { without } from '../../src/lessons/facts';

const DAY = 24;

const scenario: Scenario = {
  to_h: 4 * DAY,
  step_min: 30,
  doses: [
    { drug: 'heroin', route: 'iv', mg: 25, at_h: 2 * DAY },
    { drug: 'naltrexone', route: 'oral', mg: 50, at_h: DAY },
  ],
};

describe('without', () => {
  it('gives what a fresh run without the drugs gives', () => {
    const fresh = simulate({ ...scenario, doses: scenario.doses.slice(0, 1) });
    const t = without(scenario, ['naltrexone']);
    expect(Array.from(t.euphoria)).toEqual(Array.from(fresh.euphoria));
    expect(Object.keys(t.plasma_ng_ml)).not.toContain('naltrexone');
  });

  it('runs once per scenario and set of drugs, whatever their order', () => {
    expect(without(scenario, ['naltrexone'])).toBe(without(scenario, ['naltrexone']));
    expect(without(scenario, ['naltrexone', 'heroin'])).toBe(without(scenario, ['heroin', 'naltrexone']));
    expect(without(scenario, ['heroin'])).not.toBe(without(scenario, ['naltrexone']));
  });

  it('an edited scenario (a new object) gets its own run', () => {
    const edited: Scenario = {
      ...scenario,
      doses: [...scenario.doses, { drug: 'heroin', route: 'iv', mg: 25, at_h: 3 * DAY }],
    };
    const before = without(scenario, ['naltrexone']);
    const after = without(edited, ['naltrexone']);
    expect(after).not.toBe(before);
    expect(Math.max(...after.euphoria.subarray(after.t_h.indexOf(3 * DAY)))).toBeGreaterThan(
      Math.max(...before.euphoria.subarray(before.t_h.indexOf(3 * DAY))),
    );
  });

  it("lesson 6's naloxone step: the ghost and the narration share one run", () => {
    const variant = lessonById('overcome')!.variants.find((v) => v.id === 'naloxone')!.scenario;
    expect(without(variant, ['naloxone'])).toBe(without(variant, ['naloxone']));
  });
});
