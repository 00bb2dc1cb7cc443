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

/**
 * Sample indices to draw for `v` over the window [h0, h1] split into `columns` pixel columns: per
 * column its minimum and maximum, plus one sample beyond each edge so the line runs off the chart
 * rather than stopping short. When the window holds fewer samples than columns, every sample.
 */
export function minMaxIndices(
  t: ArrayLike<number>,
  v: ArrayLike<number>,
  h0: number,
  h1: number,
  columns: number,
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
  let col = -Infinity;
  let iMin = -1;
  let iMax = -1;
  const flush = () => {
    if (iMin < 0) return;
    if (iMin === iMax) out.push(iMin);
    else if (iMin < iMax) out.push(iMin, iMax);
    else out.push(iMax, iMin);
  };
  for (let i = first; i <= last; i++) {
    // Samples outside the window land in columns -1 and `cols`, which keeps the edge samples.
    const c = Math.floor((t[i]! - h0) * perH);
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
