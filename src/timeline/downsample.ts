// Per-pixel downsampling. A 90-day timeline at a 5-minute step has ~26k samples per series, far more
// than the chart has pixel columns; drawing them all costs frames. For each column we keep the samples
// holding that column's minimum and maximum (in time order), so every peak and trough still shows
// exactly, and a path has at most two points per pixel.

/** Index of the first sample at or after `h` (t sorted ascending). */
export function lowerBound(t: ArrayLike<number>, h: number): number {
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid]! < h) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A previous result for the same samples, window and columns, and the first sample changed since. */
export interface Reuse {
  index: readonly number[];
  from: number;
}

/**
 * Sample indices to draw for `v` over the window [h0, h1] split into `columns` pixel columns: per
 * column its minimum and maximum, plus one sample beyond each edge so the line runs off the chart
 * rather than stopping short. When the window holds fewer samples than columns, every sample.
 * With `reuse`, the columns before the one holding sample `reuse.from` are taken from the previous
 * result as they were (their samples have not changed), and only the rest is scanned again.
 */
export function minMaxIndices(
  t: ArrayLike<number>,
  v: ArrayLike<number>,
  h0: number,
  h1: number,
  columns: number,
  reuse?: Reuse,
): number[] {
  const n = t.length;
  if (n === 0 || !(h1 > h0)) return [];
  const first = Math.max(0, lowerBound(t, h0) - 1);
  const last = Math.min(n - 1, lowerBound(t, h1));
  const cols = Math.max(1, Math.floor(columns));
  const out: number[] = [];
  if (last - first + 1 <= 2 * cols) {
    for (let i = first; i <= last; i++) out.push(i);
    return out;
  }
  const perH = cols / (h1 - h0);
  // Samples outside the window land in columns -1 and `cols`, which keeps the edge samples.
  const colOf = (i: number) => Math.floor((t[i]! - h0) * perH);
  let start = first;
  if (reuse && reuse.from > first) {
    // Keep whole columns only: the column holding `from` is scanned again from its first sample.
    const c0 = colOf(Math.min(reuse.from, last));
    for (const i of reuse.index) {
      if (colOf(i) >= c0) break;
      out.push(i);
    }
    start = out.length ? out[out.length - 1]! + 1 : first;
    while (start <= last && colOf(start) < c0) start++;
  }
  let col = -Infinity;
  let iMin = -1;
  let iMax = -1;
  const flush = () => {
    if (iMin < 0) return;
    if (iMin === iMax) out.push(iMin);
    else if (iMin < iMax) out.push(iMin, iMax);
    else out.push(iMax, iMin);
  };
  for (let i = start; i <= last; i++) {
    const c = colOf(i);
    if (c !== col) {
      flush();
      col = c;
      iMin = iMax = i;
    } else {
      if (v[i]! < v[iMin]!) iMin = i;
      if (v[i]! > v[iMax]!) iMax = i;
    }
  }
  flush();
  return out;
}

export interface Downsampled {
  index: number[];
  /** How many leading indices are as last time and name unchanged samples: their points stand. */
  unchanged: number;
}

/**
 * One series' downsampling, kept between redraws: after an edit whose first changed sample is
 * `from`, only the columns from there on are scanned again. Anything else that moves the points
 * (the window, the width, the series' length, the chart's own `scale`) starts afresh.
 */
export function downsampler(): (
  t: ArrayLike<number>,
  v: ArrayLike<number>,
  h0: number,
  h1: number,
  columns: number,
  from: number,
  scale?: string,
) => Downsampled {
  let key = '';
  let index: number[] = [];
  return (t, v, h0, h1, columns, from, scale = '') => {
    const k = `${h0} ${h1} ${columns} ${t.length} ${scale}`;
    const same = k === key && from > 0;
    key = k;
    const old = index;
    index = minMaxIndices(t, v, h0, h1, columns, same ? { index: old, from } : undefined);
    let unchanged = 0;
    if (same)
      while (
        unchanged < index.length &&
        unchanged < old.length &&
        index[unchanged] === old[unchanged] &&
        index[unchanged]! < from
      )
        unchanged++;
    return { index, unchanged };
  };
}
