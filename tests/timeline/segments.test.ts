// @vitest-environment jsdom
// Series drawn in pieces: cut at whole-pixel boundaries on the line itself, gaps left as gaps, and a
// change late in the series rewriting only the pieces it touches.
import { select } from 'd3-selection';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  SEGMENT_PX,
  cutPolyline,
  dashOffsets,
  keyedSeries,
  segmentedPath,
} from '../../src/timeline/segments';

const W = SEGMENT_PX;
const f = (a: readonly number[]) => Float64Array.from(a);

describe('cutPolyline', () => {
  test('cuts where the line crosses each boundary, ending one piece and starting the next there', () => {
    const pieces = cutPolyline([0, 2 * W], [0, 20], 2);
    expect(pieces).toEqual([
      { x: [0, W], y: [0, 10] },
      { x: [W, 2 * W], y: [10, 20] },
    ]);
  });

  test('a long straight stretch gives each piece it crosses its part of the line', () => {
    const pieces = cutPolyline([10, 3 * W + 10], [0, 3 * W], 4);
    expect(pieces.map((p) => p.x)).toEqual([
      [10, W],
      [W, 2 * W],
      [2 * W, 3 * W],
      [3 * W, 3 * W + 10],
    ]);
    for (const p of pieces) p.x.forEach((x, i) => expect(p.y[i]).toBeCloseTo(x - 10, 9));
  });

  test('a gap (NaN) is not bridged across a boundary', () => {
    const pieces = cutPolyline([10, W + 10, W + 20], [NaN, 5, 6], 2);
    expect(pieces[0]).toEqual({ x: [10], y: [NaN] });
    expect(pieces[1]).toEqual({ x: [W + 10, W + 20], y: [5, 6] });
  });

  test('points beyond the plot go to the first and last pieces', () => {
    const pieces = cutPolyline([-5, 10, 2 * W + 5], [1, 1, 1], 2);
    expect(pieces[0]!.x).toEqual([-5, 10, W]);
    expect(pieces[1]!.x).toEqual([W, 2 * W + 5]);
  });

  test('joined, the pieces are the polyline: every point kept, every cut on the line', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 0.5, max: 90, noNaN: true }),
            fc.double({ min: -50, max: 50, noNaN: true }),
          ),
          {
            minLength: 1,
            maxLength: 60,
          },
        ),
        (steps) => {
          let x = -10;
          const xs: number[] = [];
          const ys: number[] = [];
          for (const [dx, y] of steps) {
            xs.push((x += dx));
            ys.push(y);
          }
          const pieces = cutPolyline(xs, ys, Math.max(1, Math.ceil((x + 10) / W)));
          const joined: [number, number][] = [];
          for (const p of pieces)
            p.x.forEach((px, i) => {
              const last = joined.at(-1);
              if (!last || last[0] !== px || last[1] !== p.y[i]) joined.push([px, p.y[i]!]);
            });
          // Every original point, in order; every other point is a cut at a boundary on the line.
          let k = 0;
          for (const [px, py] of joined) {
            if (k < xs.length && px === xs[k] && py === ys[k]) {
              k++;
              continue;
            }
            expect(px % W).toBe(0);
            const y = ys[k - 1]! + ((ys[k]! - ys[k - 1]!) * (px - xs[k - 1]!)) / (xs[k]! - xs[k - 1]!);
            expect(py).toBeCloseTo(y, 9);
          }
          expect(k).toBe(xs.length);
        },
      ),
    );
  });
});

describe('dashOffsets', () => {
  test('each piece starts its dashes where the line has got to, and a gap starts them afresh', () => {
    // A 3-4-5 slope: 5 px of line per 4 px across.
    const pieces = cutPolyline([0, 2 * W], [0, 1.5 * W], 2);
    expect(dashOffsets(pieces)).toEqual([0, 1.25 * W]);
    const gapped = cutPolyline([0, 10, W + 10, W + 20], [0, 0, NaN, 0], 2);
    expect(dashOffsets(gapped)).toEqual([0, 0]);
  });

  test('a dashed series writes each piece its offset', () => {
    const parent = select(
      document.body.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg')),
    ).append('g');
    const series = segmentedPath(parent, 'dashed', '6 4');
    series.draw(f([0, 2 * W]), f([0, 0]), 2 * W);
    expect(series.g.getAttribute('stroke-dasharray')).toBe('6 4');
    expect([...series.g.children].map((p) => p.getAttribute('stroke-dashoffset'))).toEqual(['0.0', `${W}.0`]);
  });
});

describe('segmentedPath', () => {
  const svg = () =>
    select(document.body.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'))).append(
      'g',
    );

  /** Counts the `d` rewrites of each piece from now on. */
  const spy = (g: SVGGElement) => {
    const writes = [...g.children].map(() => 0);
    [...g.children].forEach((p, i) => {
      const set = p.setAttribute.bind(p);
      p.setAttribute = (name: string, value: string) => {
        if (name === 'd') writes[i]!++;
        set(name, value);
      };
    });
    return writes;
  };

  test('a change late in the series rewrites only the pieces from there on', () => {
    const series = segmentedPath(svg(), 'line');
    // Eight points per piece, five pieces.
    const xs = Array.from({ length: 41 }, (_, i) => (i * W) / 8);
    const ys = xs.map((x) => x / 10);
    series.draw(f(xs), f(ys), 5 * W);
    expect(series.g.children).toHaveLength(5);
    const writes = spy(series.g);
    series.draw(f(xs), f(ys), 5 * W);
    expect(writes).toEqual([0, 0, 0, 0, 0]);
    const later = ys.map((y, i) => (i >= 30 ? y + 5 : y)); // from point 30, in the fourth piece, on
    series.draw(f(xs), f(later), 5 * W);
    expect(writes).toEqual([0, 0, 0, 1, 1]);
  });

  test('an area closes each piece down to its base; a new base redraws every piece', () => {
    const series = segmentedPath(svg(), 'area');
    series.draw(f([0, 2 * W]), f([10, 10]), 2 * W, 50);
    expect([...series.g.children].map((p) => p.getAttribute('d'))).toEqual([
      `M0,50L0,10L${W},10L${W},50Z`,
      `M${W},50L${W},10L${2 * W},10L${2 * W},50Z`,
    ]);
    const writes = spy(series.g);
    series.draw(f([0, 2 * W]), f([10, 10]), 2 * W, 60);
    expect(writes).toEqual([1, 1]);
  });

  test('pieces holding only unchanged points are skipped: not cut, not compared', () => {
    const series = segmentedPath(svg(), 'line');
    const xs = Array.from({ length: 41 }, (_, i) => (i * W) / 8);
    series.draw(f(xs), f(xs.map(() => 1)), 5 * W);
    const writes = spy(series.g);
    // Told the first 20 points (the last in the third piece) are unchanged, it redraws pieces 3-5
    // only, even though (to prove the point) the early values given now differ.
    series.draw(f(xs), f(xs.map(() => 2)), 5 * W, undefined, 20);
    expect(writes).toEqual([0, 0, 1, 1, 1]);
  });

  test('drawn piece by piece after an edit, the pieces are those of a fresh drawing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 2, maxLength: 200 }),
        fc.integer({ min: 0, max: 199 }),
        fc.double({ min: -9, max: 9, noNaN: true }),
        fc.boolean(),
        (ys, at, shift, dashed) => {
          const xs = ys.map((_, i) => i * 3.7 - 5);
          const width = ys.length * 3.7;
          const edited = ys.map((y, i) => (i >= at ? y + shift : y));
          const base = dashed ? undefined : 60;
          const live = segmentedPath(svg(), 'a', dashed ? '6 4' : undefined);
          live.draw(f(xs), f(ys), width, base);
          live.draw(f(xs), f(edited), width, base, Math.min(at, ys.length));
          const fresh = segmentedPath(svg(), 'b', dashed ? '6 4' : undefined);
          fresh.draw(f(xs), f(edited), width, base);
          const attrs = (g: SVGGElement) =>
            [...g.children].map((p) => [p.getAttribute('d'), p.getAttribute('stroke-dashoffset')]);
          expect(attrs(live.g)).toEqual(attrs(fresh.g));
        },
      ),
      { numRuns: 200 },
    );
  });

  test('a wider plot gets more pieces', () => {
    const series = segmentedPath(svg(), 'line');
    series.draw(f([0, 1.5 * W]), f([0, 0]), 1.5 * W);
    expect(series.g.children).toHaveLength(2);
    series.draw(f([0, 4.5 * W]), f([0, 0]), 4.5 * W);
    expect(series.g.children).toHaveLength(5);
  });
});

describe('keyedSeries', () => {
  test('makes series as names appear, removes them as they go, and keeps the given order', () => {
    const parent = select(
      document.body.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg')),
    ).append('g');
    const series = keyedSeries(parent, (k) => [segmentedPath(parent, `s-${k}`)]);
    series(['a', 'b']);
    series(['b', 'c']);
    expect([...parent.node()!.children].map((g) => g.getAttribute('class'))).toEqual(['s-b', 's-c']);
    series(['c', 'b']);
    expect([...parent.node()!.children].map((g) => g.getAttribute('class'))).toEqual(['s-c', 's-b']);
  });
});
