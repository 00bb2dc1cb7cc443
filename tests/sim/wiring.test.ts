// Where naltrexone's receptor level comes from, and what the blockade the overcome warning reads is.
// Naltrexone (and 6-beta-naltrexol) bind from the slow brain pool plus a fast share of plasma
// (NALTREXONE.brainFastShare), wherever their system sits in the model's state; the blockade is the
// share of receptors they would hold against endorphin alone, whatever an opioid does to it.
import { describe, expect, it } from 'vitest';
import { Model, type State } from '../../sim/model';
import { NALTREXONE } from '../../sim/params/pk';
import type { Administration } from '../../sim/scenario';

const STEP_H = 0.25;

/** The model's states every step for `hours` after the doses (all given at hour 0). */
function run(given: Administration[], hours: number): { model: Model; states: State[] } {
  const model = new Model(given, 70);
  const n = model.doses.length;
  let from = model.newState();
  model.dose(from, 0, n);
  const len = model.stepLength(STEP_H);
  const states: State[] = [];
  for (let t = STEP_H; t <= hours + 1e-9; t += STEP_H) {
    const to = model.newState();
    to.t = t;
    model.step(from, len, n, n, to);
    states.push(to);
    from = to;
  }
  return { model, states };
}

const tablet: Administration = { drug: 'naltrexone', route: 'oral', mg: 50, t_h: 0 };
const heroin: Administration = { drug: 'heroin', route: 'iv', mg: 20, t_h: 0 };

describe("naltrexone's receptor level", () => {
  it('is its brain pool plus the fast share of its plasma level, even when another system comes first', () => {
    const { model, states } = run([heroin, tablet], 24);
    const si = model.systems.findIndex((s) => s.input('naltrexone', 'oral'));
    expect(model.offset[si]).toBeGreaterThan(0);
    const sys = model.systems[si]!;
    const at = (id: string) => model.offset[si]! + sys.index.get(id)!;
    const perNgMl = (name: string) => model.pool.ligands.find((l) => l.name === name)!.perNgMl;
    const invV = (name: string) => sys.molecules.find((m) => m.name === name)!.invV;
    const level = (s: State, name: string) =>
      (s.x[at(`${name}.effect`)]! + NALTREXONE.brainFastShare.value * s.x[at(name)]! * invV(name)) *
      perNgMl(name);
    for (const s of [states[0]!, states[3]!, states[40]!, states.at(-1)!]) {
      const expected = level(s, 'naltrexone') + level(s, '6-beta-naltrexol');
      expect(expected).toBeGreaterThan(0);
      expect(s.blockRatio / expected).toBeCloseTo(1, 12);
    }
  });

  it('an hour after the tablet comes mostly from plasma, a day after mostly from the brain pool', () => {
    const { model, states } = run([tablet], 24);
    const sys = model.systems[0]!;
    const plasma = (s: State) => NALTREXONE.brainFastShare.value * s.x[sys.index.get('naltrexone')!]!;
    const brain = (s: State) => s.x[sys.index.get('naltrexone.effect')!]! / sys.molecules[0]!.invV;
    expect(plasma(states[3]!)).toBeGreaterThan(brain(states[3]!));
    expect(brain(states.at(-1)!)).toBeGreaterThan(plasma(states.at(-1)!));
  });
});

describe('the blockade', () => {
  it('is the share naltrexone holds when no opioid competes', () => {
    const { states } = run([tablet], 72);
    for (const s of states) expect(s.block).toBeCloseTo(s.ant, 12);
    expect(states[32]!.block).toBeGreaterThan(0.8);
  });

  it('stays the share naltrexone would hold against endorphin while fentanyl takes receptors from it', () => {
    const fentanyl: Administration = { drug: 'fentanyl', route: 'iv', mg: 2, t_h: 0 };
    const alone = run([tablet], 0.5).states.at(-1)!;
    const withFentanyl = run([tablet, fentanyl], 0.5).states.at(-1)!;
    expect(withFentanyl.block).toBeCloseTo(alone.block, 12);
    expect(withFentanyl.ant).toBeLessThan(withFentanyl.block - 0.03);
  });
});
