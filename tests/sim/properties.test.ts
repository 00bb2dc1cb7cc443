// Invariants over random schedules (fast-check): occupancies are fractions that sum to 1, every series
// is finite and in range, and the engine is a pure function of its scenario.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../runs';
import {
  DRUGS,
  SUPPORTED_ROUTES,
  simulate,
  type DoseEvent,
  type Scenario,
  type Timeline,
} from '../../sim/index';

const doseArb: fc.Arbitrary<DoseEvent> = fc
  .record({
    drug: fc.constantFrom(...DRUGS),
    routeIndex: fc.nat(),
    // 0.001 mg to 10 g, spread over orders of magnitude
    log10mg: fc.double({ min: -3, max: 4, noNaN: true }),
    at_h: fc.double({ min: -200, max: 600, noNaN: true }),
    repeat: fc.option(
      fc.record({ every_h: fc.double({ min: 0.5, max: 96, noNaN: true }), count: fc.nat(40) }),
    ),
  })
  .map(({ drug, routeIndex, log10mg, at_h, repeat }) => {
    const routes = SUPPORTED_ROUTES[drug];
    const d: DoseEvent = { drug, route: routes[routeIndex % routes.length]!, mg: 10 ** log10mg, at_h };
    if (repeat) {
      d.every_h = repeat.every_h;
      d.until_h = at_h + repeat.every_h * repeat.count;
    }
    return d;
  });

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    from_h: fc.double({ min: -240, max: 0, noNaN: true }),
    span: fc.oneof(
      fc.double({ min: 0.5, max: 72, noNaN: true }),
      fc.double({ min: 72, max: 1200, noNaN: true }),
    ),
    step_min: fc.constantFrom(5, 10, 30, 60, 17.5),
    doses: fc.array(doseArb, { maxLength: 6 }),
  })
  .map(({ from_h, span, step_min, doses }) => ({ from_h, to_h: from_h + span, step_min, doses }));

function allSeries(t: Timeline): Array<[string, Float64Array]> {
  const out: Array<[string, Float64Array]> = [['t_h', t.t_h]];
  for (const group of ['plasma_ng_ml', 'occupancy', 'occupancy_by_class'] as const)
    for (const [k, v] of Object.entries(t[group])) out.push([`${group}.${k}`, v]);
  for (const k of ['signal', 'tolerance', 'euphoria', 'withdrawal_cows', 'respiratory_depression'] as const)
    out.push([k, t[k]]);
  return out;
}

function checkInvariants(t: Timeline): void {
  const n = t.t_h.length;
  for (const [name, s] of allSeries(t)) {
    expect(s.length, name).toBe(n);
    for (const v of s) if (!Number.isFinite(v)) throw new Error(`${name} has a non-finite value ${v}`);
  }
  const occ = Object.values(t.occupancy);
  const cls = Object.values(t.occupancy_by_class);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (const s of occ) {
      if (s[i]! < 0 || s[i]! > 1) throw new Error(`occupancy ${s[i]} outside [0, 1]`);
      sum += s[i]!;
    }
    if (Math.abs(sum - 1) > 1e-9) throw new Error(`occupancies sum to ${sum}`);
    let sumClass = 0;
    for (const s of cls) sumClass += s[i]!;
    if (Math.abs(sumClass - 1) > 1e-9) throw new Error(`classes sum to ${sumClass}`);
    const e = t.euphoria[i]!;
    const c = t.withdrawal_cows[i]!;
    const r = t.respiratory_depression[i]!;
    if (e < 0 || e > 100 || c < 0 || c > 48 || r < 0 || r > 1)
      throw new Error(`out of range: ${e} ${c} ${r}`);
    if (t.signal[i]! < 0 || t.signal[i]! > 1) throw new Error(`signal ${t.signal[i]}`);
  }
  for (const ev of t.events) expect(Number.isFinite(ev.t_h)).toBe(true);
}

describe('engine invariants', () => {
  it('for 1000 random schedules: fractions in [0,1] summing to 1, finite series within their scales', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => checkInvariants(simulate(s))),
      { numRuns: runs(1000), seed: 20261127 },
    );
  });

  it('the same scenario gives the same bits', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const a = allSeries(simulate(s));
        const b = allSeries(simulate(structuredClone(s)));
        expect(a.map(([k]) => k)).toEqual(b.map(([k]) => k));
        a.forEach(([name, x], i) => {
          const y = b[i]![1];
          for (let j = 0; j < x.length; j++)
            if (!Object.is(x[j], y[j])) throw new Error(`${name}[${j}] differs`);
        });
        expect(JSON.stringify(simulate(s).events)).toEqual(JSON.stringify(simulate(s).events));
      }),
      { numRuns: runs(50), seed: 7 },
    );
  });
});
