// A scenario's doses as the engine gives them: repeats expanded from the first dose through the
// last (inclusive, to rounding), only those inside the simulated window, in time order, doses at
// the same moment in the order the scenario lists them.
import { describe, expect, it } from 'vitest';
import { expandDoses } from '../../sim/scenario';
import type { DoseEvent } from '../../sim/index';

const heroin = (at_h: number, more: Partial<DoseEvent> = {}): DoseEvent => ({
  drug: 'heroin',
  route: 'iv',
  mg: 25,
  at_h,
  ...more,
});
const times = (doses: DoseEvent[], from: number, to: number) =>
  expandDoses(doses, from, to).map((a) => a.t_h);

describe('expanding doses', () => {
  it('gives only the doses inside the window, its two ends included', () => {
    expect(times([heroin(-5), heroin(0), heroin(12), heroin(24), heroin(30)], 0, 24)).toEqual([0, 12, 24]);
    expect(times([heroin(-5), heroin(-2), heroin(3)], -2, 2)).toEqual([-2]);
  });

  it('repeats from the first dose through the last, inclusive, cut at the end of the window', () => {
    expect(times([heroin(0, { every_h: 8, until_h: 24 })], 0, 48)).toEqual([0, 8, 16, 24]);
    expect(times([heroin(0, { every_h: 8, until_h: 100 })], 0, 20)).toEqual([0, 8, 16]);
    // A history before the window gives only its doses inside it.
    expect(times([heroin(-24, { every_h: 8, until_h: 8 })], -4, 48)).toEqual([0, 8]);
    // 0.1 h steps land on 0.3 only to rounding (0.30000000000000004): it still counts.
    expect(times([heroin(0, { every_h: 0.1, until_h: 0.3 })], 0, 1)).toHaveLength(4);
  });

  it('sorts by time, keeping the scenario order of doses at the same moment', () => {
    const doses: DoseEvent[] = [
      heroin(6),
      { drug: 'naltrexone', route: 'oral', mg: 50, at_h: 2 },
      { drug: 'naloxone', route: 'intranasal', mg: 4, at_h: 6 },
      heroin(1),
    ];
    expect(expandDoses(doses, 0, 24).map((a) => `${a.drug}@${a.t_h}`)).toEqual([
      'heroin@1',
      'naltrexone@2',
      'heroin@6',
      'naloxone@6',
    ]);
  });

  it('keeps each dose as given: drug, route and amount', () => {
    expect(expandDoses([heroin(1, { mg: 7, route: 'intranasal' })], 0, 2)).toEqual([
      { drug: 'heroin', route: 'intranasal', mg: 7, t_h: 1 },
    ]);
  });
});
