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

/** 25 mg IV heroin every 12 hours from hour 0 to `days`. */
const heroinTwiceDaily = (days: number): DoseEvent => ({
  drug: 'heroin',
  route: 'iv',
  mg: 25,
  at_h: 0,
  every_h: 12,
  until_h: days * DAY,
});

/** The hour of the last sample a resumed run took over unchanged (0 when it started over). */
const resumedAt = (t: ReturnType<typeof simulate>) => (changedFrom(t) === 0 ? 0 : t.t_h[changedFrom(t) - 1]!);

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
  kind: fc.constantFrom('add', 'remove', 'move', 'amount', 'route', 'drug'),
  seed: fc.nat(),
});

/** The dose list after one edit of the given kind (a dose's time, amount, route or drug). */
function edit(list: DoseEvent[], kind: string, seed: number, span: number): DoseEvent[] {
  const out = [...list];
  const i = out.length ? seed % out.length : 0;
  const d = out[i]!;
  const newTime = ((seed % 1000) / 1000) * span;
  // An added dose repeats a drug already there, so the run can resume (same PK systems).
  if (kind === 'add' || out.length === 0)
    out.push(out.length ? { ...d, at_h: newTime } : { drug: 'heroin', route: 'iv', mg: 25, at_h: newTime });
  else if (kind === 'remove') out.splice(i, 1);
  else if (kind === 'move') out[i] = { ...d, at_h: Math.min(span, d.at_h + ((seed % 50) - 25) / 5) };
  else if (kind === 'amount') out[i] = { ...d, mg: d.mg * 2 };
  else if (kind === 'route') {
    const routes = SUPPORTED_ROUTES[d.drug];
    out[i] = { ...d, route: routes[(routes.indexOf(d.route) + 1) % routes.length]! };
  } else {
    // Another drug of the list at this dose's time (its systems may or may not stay the same).
    const other = out[(i + 1) % out.length]!;
    out[i] = { ...other, at_h: d.at_h };
  }
  return out;
}

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
        const edited: Scenario = { ...base, doses: edit(base.doses, e.kind, e.seed, e.span) };
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
      doses: [heroinTwiceDaily(8)],
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
      doses: [heroinTwiceDaily(5)],
    };
    let current = simulate(base);
    let doses = [...base.doses];
    for (const at of [8 * DAY, 3 * DAY, 9.5 * DAY, 6 * DAY]) {
      doses = [...doses, { drug: 'naltrexone', route: 'oral', mg: 50, at_h: at }];
      const spent = current;
      current = simulate({ ...base, doses }, spent, { recycle: true });
      same(current, simulate({ ...base, doses }));
      // In place (once naltrexone is in both): the new run's series live in the spent run's storage.
      if (at !== 8 * DAY) expect(current.signal.buffer === spent.signal.buffer).toBe(true);
      // A spent timeline has no checkpoints left: resuming from it starts over, still exact.
      const again = simulate({ ...base, doses }, spent);
      same(again, current);
    }
  });

  it('recycled storage also serves a run that starts over, if its shape fits; else a fresh one', () => {
    const base: Scenario = { to_h: 6 * DAY, step_min: 10, doses: [heroinTwiceDaily(3)] };
    // Another body weight: nothing can be resumed, but the series are as many and as long.
    const heavier: Scenario = { ...base, patient: { weight_kg: 95 } };
    const spent = simulate(base);
    const rerun = simulate(heavier, spent, { recycle: true });
    same(rerun, simulate(heavier));
    expect(rerun.signal.buffer === spent.signal.buffer).toBe(true);
    expect(changedFrom(rerun)).toBe(0);
    // Every sample was written again: none is left from the spent run.
    expect(rerun.withdrawal_cows).not.toEqual(simulate(base).withdrawal_cows);
    // The spent run is forgotten: a later edit of it (at day 5, after the rerun's changes began)
    // starts over instead of copying the spent run's series, which now hold the rerun's values.
    const later: Scenario = {
      ...heavier,
      doses: [...heavier.doses, { drug: 'heroin', route: 'iv', mg: 25, at_h: 5 * DAY }],
    };
    const resumed = simulate(later, rerun, { recycle: true });
    const fromSpent = simulate({ ...base, doses: later.doses }, spent);
    same(fromSpent, simulate({ ...base, doses: later.doses }));
    expect(changedFrom(fromSpent)).toBe(0);
    same(resumed, simulate(later));
    // A longer timeline cannot fit: it gets storage of its own, still exact.
    const longer: Scenario = { ...heavier, to_h: 8 * DAY };
    const fresh = simulate(longer, rerun, { recycle: true });
    same(fresh, simulate(longer));
    expect(fresh.signal.buffer === rerun.signal.buffer).toBe(false);
  });

  it('a smaller run takes larger recycled storage, and keeps all of it for the next', () => {
    // Switching between lessons of different lengths and drugs: after the largest, none allocates.
    const long: Scenario = { to_h: 8 * DAY, step_min: 10, doses: [heroinTwiceDaily(4)] };
    const shorter: Scenario = { ...long, to_h: 3 * DAY };
    const otherDrugs: Scenario = {
      to_h: 5 * DAY,
      step_min: 10,
      doses: [{ drug: 'naltrexone', route: 'oral', mg: 50, at_h: 0, every_h: 24, until_h: 4 * DAY }],
    };
    let current = simulate(long);
    const storage = current.signal.buffer;
    for (const next of [shorter, otherDrugs, long, shorter, long]) {
      current = simulate(next, current, { recycle: true });
      same(current, simulate(next));
      expect(current.signal.buffer === storage).toBe(true);
      expect(changedFrom(current)).toBe(0);
    }
    // A resumed run in the larger storage writes only its changed part, still exact.
    const edited: Scenario = {
      ...long,
      doses: [...long.doses, { drug: 'heroin', route: 'iv', mg: 25, at_h: 7 * DAY }],
    };
    const resumed = simulate(edited, current, { recycle: true });
    same(resumed, simulate(edited));
    expect(changedFrom(resumed)).toBeGreaterThan(0);
    expect(resumed.signal.buffer === storage).toBe(true);
  });

  it('resumes from the last six-hour checkpoint at least five minutes before the first change', () => {
    const base: Scenario = { to_h: 8 * DAY, step_min: 5, doses: [heroinTwiceDaily(4)] };
    const withDoseAt = (from: Scenario, at: number, mg = 25): Scenario => ({
      ...from,
      doses: [...from.doses, { drug: 'heroin', route: 'iv', mg, at_h: at }],
    });
    const before = simulate(base);
    for (const [at, from] of [
      [8, 6],
      [100.2, 96],
      [6 + 5 / 60, 0], // the step ending at the dose may start five minutes before it: past 6 h
      [6 + 6 / 60, 6],
      [5, 0],
    ] as const) {
      const after = simulate(withDoseAt(base, at), before);
      expect(resumedAt(after), `a dose at ${at} h`).toBe(from);
      same(after, simulate(withDoseAt(base, at)));
    }
    // A resumed run keeps the checkpoints it shared: a later edit further back resumes from them.
    const first = simulate(withDoseAt(base, 150), before);
    const second = withDoseAt(withDoseAt(base, 150), 40.5, 10);
    const again = simulate(second, first);
    expect(resumedAt(again)).toBe(36);
    same(again, simulate(second));
    // And the checkpoints it made after resuming are six hours apart from there (150, ..., 168).
    const third = withDoseAt(withDoseAt(base, 150), 170.5, 10);
    const later = simulate(third, first);
    expect(resumedAt(later)).toBe(168);
    same(later, simulate(third));
    // Among them the one it resumed from (144 h).
    const fourth = withDoseAt(withDoseAt(base, 150), 149, 10);
    const near = simulate(fourth, first);
    expect(resumedAt(near)).toBe(144);
    same(near, simulate(fourth));
  });

  it('other drugs (other model parts), even as many, start over, and are exact', () => {
    const heroin = heroinTwiceDaily(3);
    const base: Scenario = {
      to_h: 4 * DAY,
      step_min: 30,
      doses: [heroin, { drug: 'fentanyl', route: 'iv', mg: 0.1, at_h: 80 }],
    };
    const other: Scenario = {
      ...base,
      doses: [heroin, { drug: 'naltrexone', route: 'oral', mg: 50, at_h: 80 }],
    };
    const after = simulate(other, simulate(base));
    expect(changedFrom(after)).toBe(0);
    same(after, simulate(other));
  });

  it('a dose changed to another drug of the scenario, same route and amount, is recomputed', () => {
    const dose = (drug: 'heroin' | 'morphine', at_h: number): DoseEvent => ({
      drug,
      route: 'iv',
      mg: 10,
      at_h,
    });
    const base: Scenario = {
      to_h: 4 * DAY,
      step_min: 30,
      doses: [dose('heroin', 0), dose('morphine', 10), dose('heroin', 50)],
    };
    const edited: Scenario = {
      ...base,
      doses: [dose('heroin', 0), dose('morphine', 10), dose('morphine', 50)],
    };
    const after = simulate(edited, simulate(base));
    expect(resumedAt(after)).toBe(48);
    same(after, simulate(edited));
  });

  it('a different window, output step, output start or weight starts over, and is exact', () => {
    const base: Scenario = { to_h: 4 * DAY, step_min: 30, doses: [heroinTwiceDaily(3)] };
    const before = simulate(base);
    for (const other of [
      { ...base, from_h: -1 },
      { ...base, to_h: 5 * DAY },
      { ...base, step_min: 15 },
      { ...base, output_from_h: 24 },
      { ...base, patient: { weight_kg: 90 } },
    ]) {
      const after = simulate(other, before);
      expect(changedFrom(after), JSON.stringify(other)).toBe(0);
      same(after, simulate(other));
    }
  });

  it('a first drink starts over (the timeline gains its blood alcohol), and is exact', () => {
    const base: Scenario = { to_h: 4 * DAY, step_min: 30, doses: [heroinTwiceDaily(3)] };
    const edited: Scenario = {
      ...base,
      doses: [...base.doses, { drug: 'alcohol', route: 'oral', mg: 28000, at_h: 50 }],
    };
    const after = simulate(edited, simulate(base));
    expect(changedFrom(after)).toBe(0);
    same(after, simulate(edited));
    // A second drink, now with alcohol in both runs, resumes.
    const twice: Scenario = {
      ...edited,
      doses: [...edited.doses, { drug: 'alcohol', route: 'oral', mg: 14000, at_h: 80 }],
    };
    const resumed = simulate(twice, after);
    expect(resumedAt(resumed)).toBe(78);
    same(resumed, simulate(twice));
  });
});
