// SVG path data for long series, built directly. The charts draw up to two points per pixel column
// for a dozen series on every redraw; building those strings here, from a linear map precomputed once
// per redraw, costs a fraction of going through a d3 scale and d3-shape per point, and keeps a new
// dose inside one frame. Coordinates are rounded to a tenth of a pixel.

/** A linear map from data to pixels: px = a * v + b. */
export interface LinearMap {
  a: number;
  b: number;
}

/** The map of a d3 linear scale (or any [d0, d1] -> [r0, r1]). */
export function linearMap(domain: readonly number[], range: readonly number[]): LinearMap {
  const [d0, d1] = [domain[0]!, domain[domain.length - 1]!];
  const [r0, r1] = [range[0]!, range[range.length - 1]!];
  const a = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return { a, b: r0 - a * d0 };
}

/** Coordinates as drawn: to a tenth of a pixel. */
export const toTenth = (v: number) => Math.round(v * 10) / 10;

/** Points drawn last time, of which the first `unchanged` stand (same samples, same scales). */
export interface Projected {
  x: Float64Array;
  y: Float64Array;
}

/**
 * Pixel coordinates of the samples `index` of series v over times t: x through `mx`, y through `my`
 * (or `yOf` for a non-linear scale such as the log scale). With `keep`, its first `unchanged` points
 * are copied rather than computed again.
 */
export function project(
  index: readonly number[],
  t: ArrayLike<number>,
  v: ArrayLike<number>,
  mx: LinearMap,
  my: LinearMap | ((value: number) => number),
  keep?: { from: Projected; unchanged: number },
): Projected {
  const n = index.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const k0 = keep ? Math.min(keep.unchanged, n, keep.from.x.length) : 0;
  if (k0 > 0) {
    x.set(keep!.from.x.subarray(0, k0));
    y.set(keep!.from.y.subarray(0, k0));
  }
  const f = typeof my === 'function' ? my : null;
  const { a, b } = typeof my === 'function' ? { a: 0, b: 0 } : my;
  for (let k = k0; k < n; k++) {
    const i = index[k]!;
    x[k] = mx.a * t[i]! + mx.b;
    y[k] = f ? f(v[i]!) : a * v[i]! + b;
  }
  return { x, y };
}

/** A polyline; points where `defined` is false break it into separate runs. */
export function linePath(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  defined?: (k: number) => boolean,
): string {
  let d = '';
  let pen = false;
  for (let k = 0; k < x.length; k++) {
    if (defined && !defined(k)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${toTenth(x[k]!)},${toTenth(y[k]!)}`;
    pen = true;
  }
  return d;
}

/** The area between a polyline and the horizontal line y = base. */
export function areaPath(x: ArrayLike<number>, y: ArrayLike<number>, base: number): string {
  const n = x.length;
  if (n === 0) return '';
  return `M${toTenth(x[0]!)},${toTenth(base)}L${linePath(x, y).slice(1)}L${toTenth(x[n - 1]!)},${toTenth(base)}Z`;
}
