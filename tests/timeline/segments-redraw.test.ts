// @vitest-environment jsdom
// The incremental redraw of a series drawn in pieces (src/timeline/segments.ts), held against what a
// fresh page draws: after an edit, a resize there and back, a gap filled, a series grown within its
// last piece, a new base, and for series that start mid-plot or run past either edge of the plot (the
// charts pass the points just outside the view, so the line runs on to the edge). A redraw with
// nothing new writes nothing, and names given again in the same order move nothing.
import { select } from 'd3-selection';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { areaPath, linePath } from '../../src/timeline/path';
import {
  SEGMENT_PX,
  cutPolyline,
  dashOffsets,
  keyedSeries,
  segmentedPath,
} from '../../src/timeline/segments';

const W = SEGMENT_PX;
const f = (a: readonly number[]) => Float64Array.from(a);
const svg = () =>
  select(document.body.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'))).append(
    'g',
  );
const attrs = (g: SVGGElement) =>
  [...g.children].map((p) => [p.getAttribute('d'), p.getAttribute('stroke-dashoffset')]);
/** What a fresh page draws for the same series. */
const fresh = (x: number[], y: number[], width: number, base?: number, dash?: string) => {
  const s = segmentedPath(svg(), 'fresh', dash);
  s.draw(f(x), f(y), width, base);
  return attrs(s.g);
};

test('a point exactly on a boundary ends one piece and starts the next, once each', () => {
  expect(cutPolyline([0, W, 1.5 * W], [0, 10, 20], 2)).toEqual([
    { x: [0, W], y: [0, 10] },
    { x: [W, 1.5 * W], y: [10, 20] },
  ]);
});

describe('redrawn in place, a series is drawn as a fresh page draws it', () => {
  test('when it grows within its last piece', () => {
    const s = segmentedPath(svg(), 'line');
    s.draw(f([0, 10, 20]), f([1, 2, 3]), W);
    s.draw(f([0, 10, 20, 30]), f([1, 2, 3, 4]), W);
    expect(attrs(s.g)).toEqual(fresh([0, 10, 20, 30], [1, 2, 3, 4], W));
  });

  test('when a gap is filled; a gap drawn again unchanged is not rewritten', () => {
    const s = segmentedPath(svg(), 'line');
    s.draw(f([0, 10, 20, 30]), f([1, NaN, 2, 3]), W);
    const writes: string[] = [];
    const path = s.g.children[0]!;
    const set = path.setAttribute.bind(path);
    path.setAttribute = (name: string, value: string) => {
      writes.push(name);
      set(name, value);
    };
    s.draw(f([0, 10, 20, 30]), f([1, NaN, 2, 3]), W);
    expect(writes).toEqual([]);
    s.draw(f([0, 10, 20, 30]), f([1, 1.5, 2, 3]), W);
    expect(attrs(s.g)).toEqual(fresh([0, 10, 20, 30], [1, 1.5, 2, 3], W));
  });

  test('when the plot narrows and widens again', () => {
    const xs = (width: number) => Array.from({ length: 13 }, (_, i) => (i * width) / 12);
    const ys = xs(1).map((v) => 40 * Math.sin(9 * v));
    const s = segmentedPath(svg(), 'line', '6 4');
    s.draw(f(xs(3 * W)), f(ys), 3 * W);
    s.draw(f(xs(2 * W)), f(ys), 2 * W);
    expect(attrs(s.g)).toEqual(fresh(xs(2 * W), ys, 2 * W, undefined, '6 4'));
    s.draw(f(xs(3 * W)), f(ys), 3 * W);
    expect(attrs(s.g)).toEqual(fresh(xs(3 * W), ys, 3 * W, undefined, '6 4'));
  });

  test('when an area gets a new base, even if its points are said to be unchanged', () => {
    const x = [0, W / 2, 1.5 * W, 2 * W];
    const y = [10, 20, 30, 10];
    const s = segmentedPath(svg(), 'area');
    s.draw(f(x), f(y), 2 * W, 50);
    s.draw(f(x), f(y), 2 * W, 60, x.length);
    expect(attrs(s.g)).toEqual(fresh(x, y, 2 * W, 60));
  });

  test('after any edit, wherever the series starts and however far it runs past the plot', () => {
    const point = fc.oneof(
      { weight: 12, arbitrary: fc.double({ min: -50, max: 50, noNaN: true }) },
      { weight: 1, arbitrary: fc.constant(NaN) },
    );
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 240 })
          .chain((n) =>
            fc.tuple(
              fc.array(point, { minLength: n, maxLength: n }),
              fc.integer({ min: 0, max: n }),
              fc.double({ min: -9, max: 9, noNaN: true }),
              fc.double({ min: -2 * W, max: 1.5 * W, noNaN: true }),
              fc.double({ min: 0.3, max: 1.2, noNaN: true }),
              fc.constantFrom('line', 'dashed', 'area'),
            ),
          ),
        ([ys, at, shift, start, share, kind]) => {
          const xs = ys.map((_, i) => start + i * 3.7);
          // The plot covers `share` of the span from 0 to the last point: points beyond its edge.
          const width = Math.max(1, share * (xs.at(-1)! + 3.7));
          const edited = ys.map((y, i) => (i >= at ? y + shift : y));
          const base = kind === 'area' ? 60 : undefined;
          const dash = kind === 'dashed' ? '6 4' : undefined;
          const live = segmentedPath(svg(), 'live', dash);
          live.draw(f(xs), f(ys), width, base);
          live.draw(f(xs), f(edited), width, base, at);
          const page = fresh(xs, edited, width, base, dash);
          expect(attrs(live.g)).toEqual(page);
          // And the fresh page draws the series cut whole, each piece on its own.
          const pieces = cutPolyline(xs, edited, Math.max(1, Math.ceil(width / W)));
          const offsets = dashOffsets(pieces);
          expect(page).toEqual(
            pieces.map((p, i) => [
              base === undefined
                ? linePath(p.x, p.y, (k) => !Number.isNaN(p.y[k]!))
                : areaPath(p.x, p.y, base),
              dash ? offsets[i]!.toFixed(1) : null,
            ]),
          );
        },
      ),
      { seed: 11, numRuns: 300 },
    );
  });
});

test('a dashed series redrawn with nothing new writes nothing to the page', () => {
  const xs = Array.from({ length: 41 }, (_, i) => (i * W) / 8);
  const ys = xs.map((x) => 30 * Math.sin(x / 20));
  const s = segmentedPath(svg(), 'dashed', '6 4');
  s.draw(f(xs), f(ys), 5 * W);
  const writes: string[] = [];
  for (const p of s.g.children) {
    const set = p.setAttribute.bind(p);
    p.setAttribute = (name: string, value: string) => {
      writes.push(name);
      set(name, value);
    };
  }
  s.draw(f(xs), f(ys), 5 * W);
  s.draw(f(xs), f(ys), 5 * W, undefined, 20);
  expect(writes).toEqual([]);
});

test('named series given again in the same order are not moved', () => {
  const parent = svg();
  const series = keyedSeries(parent, (k) => [segmentedPath(parent, `s-${k}`)]);
  series(['a', 'b']);
  const observer = new MutationObserver(() => {});
  observer.observe(parent.node()!, { childList: true });
  series(['a', 'b']);
  expect(observer.takeRecords()).toEqual([]);
  series(['b', 'a']);
  expect(observer.takeRecords().length).toBeGreaterThan(0);
  observer.disconnect();
});
