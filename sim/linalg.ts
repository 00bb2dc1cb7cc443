// Small dense linear algebra for the compartment models: matrix exponential by
// scaling and squaring with a degree-13 Padé approximant (Higham 2005), which is
// exact to rounding for the well-conditioned rate matrices of linear PK.

/** A square matrix stored row-major in a Float64Array of length n*n. */
export interface Matrix {
  readonly n: number;
  readonly a: Float64Array;
}

export function matrix(n: number, fill?: (i: number, j: number) => number): Matrix {
  const a = new Float64Array(n * n);
  if (fill) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[i * n + j] = fill(i, j);
  return { n, a };
}

export function identity(n: number): Matrix {
  return matrix(n, (i, j) => (i === j ? 1 : 0));
}

export function multiply(x: Matrix, y: Matrix): Matrix {
  const n = x.n;
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      const xik = x.a[i * n + k]!;
      if (xik === 0) continue;
      for (let j = 0; j < n; j++) out[i * n + j]! += xik * y.a[k * n + j]!;
    }
  }
  return { n, a: out };
}

function combine(terms: ReadonlyArray<readonly [number, Matrix]>, n: number): Matrix {
  const out = new Float64Array(n * n);
  for (const [c, m] of terms) {
    if (c === 0) continue;
    for (let i = 0; i < n * n; i++) out[i]! += c * m.a[i]!;
  }
  return { n, a: out };
}

/** Solves P X = Q for X by Gaussian elimination with partial pivoting. */
export function solve(p: Matrix, q: Matrix): Matrix {
  const n = p.n;
  const a = Float64Array.from(p.a);
  const b = Float64Array.from(q.a);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(a[r * n + col]!) > Math.abs(a[pivot * n + col]!)) pivot = r;
    if (pivot !== col) {
      for (let j = 0; j < n; j++) {
        [a[col * n + j], a[pivot * n + j]] = [a[pivot * n + j]!, a[col * n + j]!];
        [b[col * n + j], b[pivot * n + j]] = [b[pivot * n + j]!, b[col * n + j]!];
      }
    }
    const d = a[col * n + col]!;
    for (let r = col + 1; r < n; r++) {
      const f = a[r * n + col]! / d;
      if (f === 0) continue;
      for (let j = col; j < n; j++) a[r * n + j]! -= f * a[col * n + j]!;
      for (let j = 0; j < n; j++) b[r * n + j]! -= f * b[col * n + j]!;
    }
  }
  for (let col = n - 1; col >= 0; col--) {
    const d = a[col * n + col]!;
    for (let j = 0; j < n; j++) b[col * n + j]! /= d;
    for (let r = 0; r < col; r++) {
      const f = a[r * n + col]!;
      if (f === 0) continue;
      for (let j = 0; j < n; j++) b[r * n + j]! -= f * b[col * n + j]!;
    }
  }
  return { n, a: b };
}

const PADE13 = [
  64764752532480000, 32382376266240000, 7771770303897600, 1187353796428800, 129060195264000, 10559470521600,
  670442572800, 33522128640, 1323241920, 40840800, 960960, 16380, 182, 1,
];
const THETA13 = 5.371920351148152;

function norm1(m: Matrix): number {
  let best = 0;
  for (let j = 0; j < m.n; j++) {
    let s = 0;
    for (let i = 0; i < m.n; i++) s += Math.abs(m.a[i * m.n + j]!);
    best = Math.max(best, s);
  }
  return best;
}

/** exp(A * t) for a square matrix A and a scalar t. */
export function expm(aIn: Matrix, t: number): Matrix {
  const n = aIn.n;
  const scaled = combine([[t, aIn]], n);
  const s = Math.max(0, Math.ceil(Math.log2(norm1(scaled) / THETA13)));
  const a = combine([[1 / 2 ** s, scaled]], n);
  const i = identity(n);
  const a2 = multiply(a, a);
  const a4 = multiply(a2, a2);
  const a6 = multiply(a4, a2);
  const b = PADE13;
  const uInner = combine(
    [
      [b[13]!, a6],
      [b[11]!, a4],
      [b[9]!, a2],
    ],
    n,
  );
  const u = multiply(
    a,
    combine(
      [
        [1, multiply(a6, uInner)],
        [b[7]!, a6],
        [b[5]!, a4],
        [b[3]!, a2],
        [b[1]!, i],
      ],
      n,
    ),
  );
  const vInner = combine(
    [
      [b[12]!, a6],
      [b[10]!, a4],
      [b[8]!, a2],
    ],
    n,
  );
  const v = combine(
    [
      [1, multiply(a6, vInner)],
      [b[6]!, a6],
      [b[4]!, a4],
      [b[2]!, a2],
      [b[0]!, i],
    ],
    n,
  );
  let r = solve(
    combine(
      [
        [1, v],
        [-1, u],
      ],
      n,
    ),
    combine(
      [
        [1, v],
        [1, u],
      ],
      n,
    ),
  );
  for (let k = 0; k < s; k++) r = multiply(r, r);
  return r;
}

/** y = M x (allocation-free into `out`). */
export function apply(m: Matrix, x: Float64Array, out: Float64Array): void {
  const n = m.n;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += m.a[i * n + j]! * x[j]!;
    out[i] = s;
  }
}
