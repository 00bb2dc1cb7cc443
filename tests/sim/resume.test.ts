// Live dosing resumes from the previous run's checkpoints; the result must be exactly what a fresh
// run gives, for any edit (a dose added, moved or removed), and it must redo only what changed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../runs';
import {
  DRUGS,
  SUPPORTED_ROUTES,
  changedFrom,
  columns,
  simulate,
  toJson,
  type DoseEvent,
  type Scenario,
} from '../../sim/index';

const DAY = 24;

const doseArb = (span: number): fc.Arbitrary<DoseEvent> =>
  fc
    .record({
      drug: fc.constantFrom(...DRUGS),
      r: fc.nat(),
      mg: fc.constantFrom(0.4, 4, 10, 25, 50, 100, 380),
      at: fc.double({ min: 0, max: span, noNaN: true }),
    })
    .map(({ drug, r, mg, at }) => {
      const routes = SUPPORTED_ROUTES[drug];
      return { drug, route: routes[r % routes.length]!, mg, at_h: at };
    });

const editArb = fc.record({
  span: fc.double({ min: 2 * DAY, max: 20 * DAY, noNaN: true }),
  base: fc.array(fc.nat(), { maxLength: 5 }),
  kind: fc.constantFrom('add', 'remove', 'move'),
  seed: fc.nat(),
});

const same = (a: ReturnType<typeof simulate>, b: ReturnType<typeof simulate>) =>
  expect(JSON.stringify(toJson(a))).toBe(JSON.stringify(toJson(b)));

describe('resuming a run after an edit', () => {
  it('gives bit for bit the fresh result, whatever the edit', () => {
    fc.assert(
      fc.property(editArb, fc.array(doseArb(20 * DAY), { minLength: 1, maxLength: 6 }), (e, doses) => {
        const base: Scenario = {
          from_h: -2 * DAY,
          to_h: e.span,
          step_min: 20,
          doses: doses.filter((d) => d.at_h < e.span),
        };
        const before = simulate(base);
        const list = [...base.doses];
        const i = list.length ? e.seed % list.length : 0;
        const newTime = ((e.seed % 1000) / 1000) * e.span;
        // An added dose repeats a drug already there, so the run can resume (same PK systems).
        if (e.kind === 'add' || list.length === 0)
          list.push(
            list.length
              ? { ...list[i]!, at_h: newTime }
              : { drug: 'heroin', route: 'iv', mg: 25, at_h: newTime },
          );
        else if (e.kind === 'remove') list.splice(i, 1);
        else list[i] = { ...list[i]!, at_h: Math.min(e.span, list[i]!.at_h + ((e.seed % 50) - 25) / 5) };
        const edited: Scenario = { ...base, doses: list };
        same(simulate(edited, before), simulate(edited));
        // Recycling the old storage gives the same bits again (the old timeline is spent after).
        same(simulate(edited, before, { recycle: true }), simulate(edited));
      }),
      { numRuns: runs(150), seed: 11 },
    );
  });

  it('says from which sample a resumed run may differ: everything before is the previous run', () => {
    const base: Scenario = {
      to_h: 20 * DAY,
      step_min: 30,
      doses: [{ drug: 'heroin', route: 'iv', mg: 25, at_h: 0, every_h: 12, until_h: 8 * DAY }],
    };
    const before = simulate(base);
    expect(changedFrom(before)).toBe(0);
    fc.assert(
      fc.property(fc.double({ min: 1, max: 19 * DAY, noNaN: true }), (at) => {
        const edited = {
          ...base,
          doses: [...base.doses, { drug: 'heroin' as const, route: 'iv' as const, mg: 50, at_h: at }],
        };
        const after = simulate(edited, before);
        const from = changedFrom(after);
        // Resumed from the last checkpoint (every six hours) before the new dose; none before 6 h.
        if (at > 7) expect(from).toBeGreaterThan(0);
        if (from > 0) {
          expect(after.t_h[from - 1]!).toBeLessThan(at);
          expect(after.t_h[from - 1]!).toBeGreaterThan(at - 7);
        }
        const b = new Map(columns(before));
        for (const [name, series] of columns(after))
          expect(Array.from(series.slice(0, from)), name).toEqual(Array.from(b.get(name)!.slice(0, from)));
      }),
      { numRuns: runs(40), seed: 3 },
    );
  });

  it('a dose added late in a long scenario recomputes only the days after it (work counted, not timed)', () => {
    const base: Scenario = {
      from_h: -60 * DAY,
      to_h: 30 * DAY,
      step_min: 5,
      doses: [
        { drug: 'heroin', route: 'iv', mg: 25, at_h: -60 * DAY, every_h: DAY, until_h: -DAY },
        { drug: 'naltrexone', route: 'oral', mg: 50, at_h: 7 * DAY, every_h: DAY, until_h: 30 * DAY },
      ],
    };
    const before = simulate(base);
    const edited = {
      ...base,
      doses: [...base.doses, { drug: 'heroin' as const, route: 'iv' as const, mg: 25, at_h: 28 * DAY }],
    };
    const resumed = simulate(edited, before);
    same(resumed, simulate(edited));
    // Samples rewritten: only those from the last checkpoint (every 6 h) before the new dose on.
    const rewritten = resumed.t_h.length - changedFrom(resumed);
    const perHour = 60 / 5;
    expect(rewritten).toBeGreaterThan(2 * DAY * perHour);
    expect(rewritten).toBeLessThanOrEqual((2 * DAY + 6) * perHour + 1);
    expect(rewritten).toBeLessThan(resumed.t_h.length / 30);
  });

  it('recycling chains: edit after edit in place, each run exact and the spent one refused', () => {
    const base: Scenario = {
      to_h: 10 * DAY,
      step_min: 10,
      doses: [{ drug: 'heroin', route: 'iv', mg: 25, at_h: 0, every_h: 12, until_h: 5 * DAY }],
    };
    let current = simulate(base);
    let doses = [...base.doses];
    for (const at of [8 * DAY, 3 * DAY, 9.5 * DAY, 6 * DAY]) {
      doses = [...doses, { drug: 'naltrexone', route: 'oral', mg: 50, at_h: at }];
      const spent = current;
      current = simulate({ ...base, doses }, spent, { recycle: true });
      same(current, simulate({ ...base, doses }));
      // A spent timeline has no checkpoints left: resuming from it starts over, still exact.
      const again = simulate({ ...base, doses }, spent);
      same(again, current);
    }
  });
});
