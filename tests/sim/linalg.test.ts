// The matrix exponential behind every PK step: known answers, repeated eigenvalues (the Erlang
// release chains of the monthly injection), and the semigroup property used by the stepper.
import { describe, expect, it } from 'vitest';
import { expm, matrix, multiply } from '../../sim/linalg';

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
});
