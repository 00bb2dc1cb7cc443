// The dose-shift explorer's numbers, as a pharmacologist would check them: the sweep is the engine's
// own output (a point equals a fresh run, bit for bit), effects rise with the dose, naltrexone moves
// the curves right by about the dose ratio competitive (Gaddum) theory predicts, every curve still
// reaches the danger zone, 21 days after stopping the block and the tolerance are both gone, and the
// Schild plot from the injection's decline has a slope near 1.
import { describe, expect, test } from 'vitest';
import { EVENT_THRESHOLDS, simulate } from '../../sim/index';
import { createExplorerModel } from '../../src/explorer/model';
import {
  doseAt,
  gaddumRatio,
  MOMENTS,
  OPIOIDS,
  PEAK_WINDOW_H,
  STORY,
  SWEEP,
  sweepDoses,
  type Opioid,
} from '../../src/explorer/sweep';

const DANGER = EVENT_THRESHOLDS.overdoseBreathing.value;
const model = createExplorerModel();
const max = (a: Float64Array) => a.reduce((m, v) => Math.max(m, v), 0);

describe('the sweep', () => {
  test('at least 30 doses, evenly on a log scale, from a tenth of the usual dose to a thousand times it', () => {
    for (const opioid of Object.keys(OPIOIDS) as Opioid[]) {
      const d = sweepDoses(opioid);
      expect(d.length).toBeGreaterThanOrEqual(30);
      expect(d[0]).toBeCloseTo(OPIOIDS[opioid].usualMg * SWEEP.lowFactor, 10);
      expect(d.at(-1)!).toBeCloseTo(OPIOIDS[opioid].usualMg * SWEEP.highFactor, 6);
      const ratios = Array.from(d.slice(1), (v, i) => v / d[i]!);
      for (const r of ratios) expect(r).toBeCloseTo(ratios[0]!, 10);
    }
  });

  test('each point is the engine run for that dose from the person’s whole history, bit for bit', () => {
    const e = model.explore('fentanyl', 'week4');
    const m = MOMENTS.week4;
    for (const i of [3, 17, 29]) {
      const t = simulate({
        from_h: STORY.fromH,
        output_from_h: m.atH,
        to_h: m.atH + PEAK_WINDOW_H.iv,
        step_min: 1,
        doses: [
          STORY.habit,
          ...m.naltrexone,
          { drug: 'fentanyl', route: 'iv', mg: e.curve.doses[i]!, at_h: m.atH },
        ],
      });
      expect(e.curve.euphoria[i]).toBe(max(t.euphoria));
      expect(e.curve.breathing[i]).toBe(max(t.respiratory_depression));
    }
  });

  test('a new choice computes the asked-for sweep alone first; the comparisons come on the next call', () => {
    const fresh = createExplorerModel();
    expect(fresh.missing('morphine', 'tablets')).toBe(3);
    const first = fresh.explore('morphine', 'tablets', false);
    expect(first.sameDay).toBeUndefined();
    expect(first.tolerant).toBeUndefined();
    expect(fresh.missing('morphine', 'tablets')).toBe(2);
    const all = fresh.explore('morphine', 'tablets');
    expect(all.curve).toBe(first.curve);
    expect(fresh.missing('morphine', 'tablets')).toBe(0);
    expect(fresh.explore('morphine', 'week1', false).tolerant).toBe(all.tolerant);
  });

  test('a curve two roles share counts once: with no naltrexone the moment is its own same-day comparison', () => {
    const fresh = createExplorerModel();
    const before = fresh.missing('heroin', 'none');
    let computed = 0;
    while (fresh.warmOne('heroin', 'none')) computed++;
    // What the page says it will compute (data-curves, the timing words) is what it computes.
    expect(before).toBe(computed);
    expect(fresh.missing('heroin', 'none')).toBe(0);
  });

  test('peak euphoria and breathing loss never fall as the dose rises', () => {
    for (const state of ['none', 'week1'] as const) {
      const e = model.explore('oxycodone', state);
      for (const c of [e.curve, e.sameDay!, e.tolerant!])
        for (let i = 1; i < c.doses.length; i++) {
          expect(c.euphoria[i]!).toBeGreaterThanOrEqual(c.euphoria[i - 1]! - 1e-9);
          expect(c.breathing[i]!).toBeGreaterThanOrEqual(c.breathing[i - 1]! - 1e-9);
        }
    }
  });
});

describe('a competitive, surmountable block', () => {
  test.each(['heroin', 'fentanyl', 'methadone'] as const)(
    '%s: the curves move right by about Gaddum’s dose ratio, in the order of the block, and still reach the danger zone',
    (opioid) => {
      const shift = (state: 'tablets' | 'week1' | 'week4' | 'stopped') => model.explore(opioid, state);
      const order = (['week1', 'tablets', 'week4', 'stopped'] as const).map(shift);
      for (const e of order) {
        expect(e.measuredRatio).toBeDefined();
        // Measured on the engine's curves against competitive theory from the share naltrexone holds.
        expect(e.measuredRatio! / e.predictedRatio).toBeGreaterThan(0.85);
        expect(e.measuredRatio! / e.predictedRatio).toBeLessThan(1.25);
        expect(e.predictedRatio).toBeCloseTo(gaddumRatio(e.curve.blocked), 12);
        // Surmountable: a large enough dose takes half the breathing drive or more.
        expect(max(e.curve.breathing)).toBeGreaterThanOrEqual(DANGER);
      }
      for (let i = 1; i < order.length; i++)
        expect(order[i]!.measuredRatio!).toBeLessThan(order[i - 1]!.measuredRatio!);
      expect(order[0]!.measuredRatio!).toBeGreaterThan(20);
    },
  );
});

describe('21 days after stopping', () => {
  const e = model.explore('heroin', 'stopped');
  test('the block is gone: naltrexone holds under 10% and the dose ratio is under 1.2', () => {
    expect(e.curve.blocked).toBeLessThan(0.1);
    expect(e.measuredRatio!).toBeLessThan(1.2);
  });
  test('and so is the tolerance: the daily user’s danger dose was 2.5 times or more what it is now', () => {
    expect(e.danger.tolerant! / e.danger.curve!).toBeGreaterThan(2.5);
  });
  test('the old daily dose (50 mg IV) is in the danger zone now, and was not while using daily', () => {
    const at = (c: typeof e.curve, mg: number) => {
      const i = c.doses.findIndex((d) => d >= mg);
      return c.breathing[i]!;
    };
    expect(at(e.curve, STORY.habit.mg)).toBeGreaterThanOrEqual(DANGER);
    expect(at(e.tolerant!, STORY.habit.mg)).toBeLessThan(DANGER);
  });
});

describe('the Schild plot', () => {
  test('from the injection’s decline and the tablets: a straight line of slope 0.9-1.1 (competition: 1)', async () => {
    const r = await model.schild('heroin');
    expect(r.points.length).toBeGreaterThanOrEqual(6);
    expect(r.slope).toBeGreaterThan(0.9);
    expect(r.slope).toBeLessThan(1.1);
    for (const p of r.points) expect(Math.abs(p.y - (r.intercept + r.slope * p.x))).toBeLessThan(0.1);
  });
});

test('doseAt reads between swept doses on the log scale, and says when the sweep never gets there', () => {
  const c = {
    doses: Float64Array.of(1, 10, 100),
    euphoria: Float64Array.of(0, 50, 90),
    breathing: Float64Array.of(0, 0.2, 0.4),
    blocked: 0,
  };
  expect(doseAt(c, 'euphoria', 25)).toBeCloseTo(Math.sqrt(10), 10);
  expect(doseAt(c, 'breathing', DANGER)).toBeUndefined();
});
