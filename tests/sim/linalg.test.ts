// The matrix exponential behind every PK step: known answers, repeated eigenvalues (the Erlang
// release chains of the monthly injection), and the semigroup property used by the stepper.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apply, expm, identity, matrix, multiply, solve } from '../../sim/linalg';

describe('expm', () => {
  it('is exp of the diagonal for a diagonal matrix', () => {
    const e = expm(
      matrix(2, (i, j) => (i === j ? [-1, -3][i]! : 0)),
      0.7,
    );
    expect(e.a[0]).toBeCloseTo(Math.exp(-0.7), 14);
    expect(e.a[3]).toBeCloseTo(Math.exp(-2.1), 14);
  });

  it('handles a chain with a repeated rate (Erlang): x2(t) = k t e^{-kt}', () => {
    const k = 0.25;
    const m = matrix(2, (i, j) => (i === j ? -k : i === 1 && j === 0 ? k : 0));
    const t = 9;
    const e = expm(m, t);
    expect(e.a[2]).toBeCloseTo(k * t * Math.exp(-k * t), 13);
  });

  it('steps compose: exp(A s) exp(A t) = exp(A (s + t))', () => {
    const a = matrix(
      3,
      (i, j) =>
        [
          [-2, 0.5, 0],
          [1.5, -0.7, 0.1],
          [0, 0.2, -0.1],
        ][i]![j]!,
    );
    const ab = multiply(expm(a, 0.3), expm(a, 1.1));
    const c = expm(a, 1.4);
    ab.a.forEach((v, i) => expect(v).toBeCloseTo(c.a[i]!, 12));
  });

  it('is exp of each entry for a stiff diagonal, where it scales and squares (rates 1e-3 to 700 per hour)', () => {
    const rates = [-700, -120, -9, -1, -1e-3];
    const n = rates.length;
    for (const t of [1 / 60, 1, 5 / 60, 24]) {
      const e = expm(
        matrix(n, (i, j) => (i === j ? rates[i]! : 0)),
        t,
      );
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) {
          const want = i === j ? Math.exp(rates[i]! * t) : 0;
          const got = e.a[i * n + j]!;
          if (want === 0 || want < 1e-300) expect(Math.abs(got)).toBeLessThan(1e-300);
          else expect(Math.abs(got - want) / want, `rate ${rates[i]}, t ${t}`).toBeLessThan(1e-11);
        }
    }
  });

  it('of a zero matrix, and at t = 0, is the identity', () => {
    const a = matrix(3, (i, j) => i - 2 * j);
    expect(Array.from(expm(a, 0).a)).toEqual(Array.from(identity(3).a));
    expect(Array.from(expm(matrix(2), 3).a)).toEqual([1, 0, 0, 1]);
  });

  it('a two-compartment exchange keeps its total and matches the closed form (rates k12 = 3, k21 = 1)', () => {
    // x1' = -3 x1 + x2, x2' = 3 x1 - x2: the total stays, x1 relaxes to 1/4 at rate 4.
    const a = matrix(
      2,
      (i, j) =>
        [
          [-3, 1],
          [3, -1],
        ][i]![j]!,
    );
    for (const t of [0.01, 0.7, 3, 50]) {
      const e = expm(a, t);
      const x1 = 0.25 + 0.75 * Math.exp(-4 * t);
      expect(e.a[0]).toBeCloseTo(x1, 13);
      expect(e.a[2]).toBeCloseTo(1 - x1, 13);
      expect(e.a[0]! + e.a[2]!).toBeCloseTo(1, 13);
    }
  });
});

describe('the helpers', () => {
  it('multiply and apply give the textbook products', () => {
    const x = matrix(
      2,
      (i, j) =>
        [
          [1, 2],
          [3, 4],
        ][i]![j]!,
    );
    const y = matrix(
      2,
      (i, j) =>
        [
          [0, 1],
          [5, -2],
        ][i]![j]!,
    );
    expect(Array.from(multiply(x, y).a)).toEqual([10, -3, 20, -5]);
    const out = new Float64Array(2);
    apply(x, Float64Array.from([2, -3]), out);
    expect(Array.from(out)).toEqual([-4, -6]);
  });

  it('solve answers a dense system whose rows come in any order (a row swap in every column)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 16, maxLength: 16 }),
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 16, maxLength: 16 }),
        fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }),
        (noise, x, order) => {
          // Diagonally dominant, then its rows shuffled: well conditioned, but pivots off the diagonal.
          const dominant = (i: number, j: number) => (i === j ? 8 : 0) + noise[i * 4 + j]!;
          const p = matrix(4, (i, j) => dominant(order[i]!, j));
          const want = matrix(4, (i, j) => x[i * 4 + j]!);
          const got = solve(p, multiply(p, want));
          got.a.forEach((v, i) => expect(v).toBeCloseTo(want.a[i]!, 9));
        },
      ),
      { seed: 5, numRuns: 200 },
    );
  });

  it('solve needs a row swap when a pivot is zero or small, and gets the exact answer', () => {
    // P X = Q with P's first pivot 0: without partial pivoting this divides by zero.
    const p = matrix(
      3,
      (i, j) =>
        [
          [0, 2, 1],
          [1, 1, 0],
          [2, 0, 3],
        ][i]![j]!,
    );
    const want = matrix(
      3,
      (i, j) =>
        [
          [1, 0, 2],
          [0, 1, -1],
          [3, 1, 0],
        ][i]![j]!,
    );
    const q = multiply(p, want);
    solve(p, q).a.forEach((v, i) => expect(v).toBeCloseTo(want.a[i]!, 12));
    // A tiny pivot: the larger row must be chosen, or the answer loses its digits.
    const small = matrix(
      2,
      (i, j) =>
        [
          [1e-18, 1],
          [1, 1],
        ][i]![j]!,
    );
    const r = solve(
      small,
      matrix(
        2,
        (i, j) =>
          [
            [1, 0],
            [2, 0],
          ][i]![j]!,
      ),
    );
    expect(r.a[0]).toBeCloseTo(1, 12);
    expect(r.a[2]).toBeCloseTo(1, 12);
  });
});
