// A long series drawn as a row of path pieces, each covering a fixed band of the plot's width, so an
// edit late in the timeline (a dose given at the cursor, a dose dragged) rewrites and repaints only
// the pieces it touches: the engine resumes from the change, and so do the charts. Pieces are cut
// at whole-pixel boundaries, at the exact point where the polyline crosses them, so they meet
// without a gap or a kink and the drawing is the same as one path's.
import type { Selection } from 'd3-selection';
import { lowerBound } from './downsample';
import { areaPath, linePath, toTenth } from './path';

/** Width of one piece, px. */
export const SEGMENT_PX = 128;

export interface Piece {
  x: number[];
  y: number[];
}

/**
 * Cuts a polyline (x ascending; NaN y for a gap) into `count` pieces at x = k * SEGMENT_PX. Where the
 * line crosses a boundary between two drawn points, the crossing point ends one piece and starts the
 * next. Points left of 0 go to the first piece and right of the last boundary to the last.
 */
export function cutPolyline(x: ArrayLike<number>, y: ArrayLike<number>, count: number): Piece[] {
  const pieces: Piece[] = Array.from({ length: count }, () => ({ x: [], y: [] }));
  const pieceOf = (px: number) => Math.min(count - 1, Math.max(0, Math.floor(px / SEGMENT_PX)));
  let prev = -1;
  for (let k = 0; k < x.length; k++) {
    const s = pieceOf(x[k]!);
    if (k > 0 && s > prev) {
      const x0 = x[k - 1]!;
      const y0 = y[k - 1]!;
      const x1 = x[k]!;
      const y1 = y[k]!;
      const joined = !Number.isNaN(y0) && !Number.isNaN(y1) && x1 > x0;
      for (let b = prev + 1; b <= s && joined; b++) {
        const bx = b * SEGMENT_PX;
        const by = y0 + ((y1 - y0) * (bx - x0)) / (x1 - x0);
        pieces[b - 1]!.x.push(bx);
        pieces[b - 1]!.y.push(by);
        if (bx < x1) {
          pieces[b]!.x.push(bx);
          pieces[b]!.y.push(by);
        }
      }
    }
    pieces[s]!.x.push(x[k]!);
    pieces[s]!.y.push(y[k]!);
    prev = s;
  }
  return pieces;
}

/**
 * Where each piece starts along its line, px, measured on the coordinates as drawn: a dashed line's
 * pieces start their pattern there, so the dashes run on across the cuts. A gap starts it afresh.
 * `startRun`: where the first piece starts (when the pieces before it are not measured again).
 */
export function dashOffsets(pieces: readonly Piece[], startRun = 0): number[] {
  const out: number[] = [];
  let run = startRun;
  let lx = NaN;
  let ly = NaN;
  for (const p of pieces) {
    let start: number | undefined;
    for (let i = 0; i < p.x.length; i++) {
      const y = p.y[i]!;
      if (Number.isNaN(y)) {
        run = 0;
        lx = NaN;
        continue;
      }
      const x = toTenth(p.x[i]!);
      if (!Number.isNaN(lx)) run += Math.hypot(x - lx, toTenth(y) - ly);
      lx = x;
      ly = toTenth(y);
      start ??= run;
    }
    out.push(start ?? 0);
  }
  return out;
}

const same = (a: readonly number[], b: readonly number[]) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++)
    if (a[i] !== b[i] && !(Number.isNaN(a[i]) && Number.isNaN(b[i]))) return false;
  return true;
};

type GroupSel = Selection<SVGGElement, unknown, null, undefined>;

export interface SegmentedPath {
  g: SVGGElement;
  /**
   * Draws the polyline (or, given a base, the area between it and y = base). `unchanged`: how many
   * leading points are known to be as last drawn (same data, same scales); the pieces that hold
   * only those are neither cut nor compared again.
   */
  draw(x: Float64Array, y: Float64Array, plotWidth: number, base?: number, unchanged?: number): void;
}

interface DrawnPiece extends Piece {
  base: number | undefined;
  /** Where the dash pattern starts, px (0 for a solid line). */
  offset: number;
}

/**
 * A series as a group of pieces in `parent`: the group carries the class and the paint (fill, stroke,
 * dashes), which its pieces inherit. Each draw rewrites only the pieces whose points changed (and,
 * for a dashed line, the dash offsets that moved).
 */
export function segmentedPath(parent: GroupSel, className: string, dash?: string): SegmentedPath {
  const g = parent.node()!.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'g'));
  g.setAttribute('class', className);
  if (dash) g.setAttribute('stroke-dasharray', dash);
  let drawn: DrawnPiece[] = [];
  return {
    g,
    draw(x, y, plotWidth, base, unchanged = 0) {
      const count = Math.max(1, Math.ceil(plotWidth / SEGMENT_PX));
      while (g.childElementCount > count) g.lastElementChild!.remove();
      while (g.childElementCount < count)
        g.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'path'));
      if (drawn.length !== count) drawn = [];
      // Pieces wholly left of the last unchanged point hold only unchanged points and cuts between
      // them: skip them. The first piece redrawn is cut from the point before it.
      const s0 =
        drawn.length && unchanged > 0 && drawn[0]!.base === base
          ? Math.min(count - 1, Math.max(0, Math.floor(x[unchanged - 1]! / SEGMENT_PX)))
          : 0;
      const k0 = s0 > 0 ? Math.max(0, lowerBound(x, s0 * SEGMENT_PX) - 1) : 0;
      const pieces = cutPolyline(x.subarray(k0), y.subarray(k0), count);
      const offsets = dash ? dashOffsets(pieces.slice(s0), drawn[s0]?.offset ?? 0) : [];
      for (let s = s0; s < count; s++) {
        const p = pieces[s]!;
        const old = drawn[s];
        const offset = s === s0 ? (old?.offset ?? 0) : (offsets[s - s0] ?? 0);
        const path = g.children[s]!;
        if (dash && offset.toFixed(1) !== old?.offset.toFixed(1))
          path.setAttribute('stroke-dashoffset', offset.toFixed(1));
        if (old && old.base === base && same(old.x, p.x) && same(old.y, p.y)) {
          old.offset = offset;
          continue;
        }
        drawn[s] = { ...p, base, offset };
        const d =
          base === undefined ? linePath(p.x, p.y, (k) => !Number.isNaN(p.y[k]!)) : areaPath(p.x, p.y, base);
        path.setAttribute('d', d);
      }
    },
  };
}

/**
 * Series by name (one molecule's line, one layer's fill and edge), kept in the order given: made when
 * a name appears, removed when it goes, moved only when the order changes.
 */
export function keyedSeries(
  parent: GroupSel,
  make: (key: string) => SegmentedPath[],
): (keys: readonly string[]) => Map<string, SegmentedPath[]> {
  const byKey = new Map<string, SegmentedPath[]>();
  let order = '';
  return (keys) => {
    for (const [k, paths] of byKey)
      if (!keys.includes(k)) {
        for (const p of paths) p.g.remove();
        byKey.delete(k);
      }
    for (const k of keys) if (!byKey.has(k)) byKey.set(k, make(k));
    if (keys.join() !== order) {
      order = keys.join();
      for (const k of keys) for (const p of byKey.get(k)!) parent.node()!.appendChild(p.g);
    }
    return byKey;
  };
}
