// The one view window: zoom keeps the anchor in place, pan keeps the span, nothing leaves the
// timeline, and following the cursor moves the window only as much as needed.
import { describe, expect, test } from 'vitest';
import {
  MIN_SPAN_H,
  clampWindow,
  createViewState,
  follow,
  panWindow,
  zoomWindow,
} from '../../src/timeline/view-window';

const B = { min: 0, max: 100 };

describe('view window', () => {
  test('zooming in by 2 around an hour keeps that hour at the same place on screen', () => {
    const w = zoomWindow({ h0: 0, h1: 100 }, 2, 25, B);
    expect(w).toEqual({ h0: 12.5, h1: 62.5 });
    expect((25 - w.h0) / (w.h1 - w.h0)).toBeCloseTo(0.25);
  });

  test('zooming out never goes past the whole timeline', () => {
    expect(zoomWindow({ h0: 40, h1: 60 }, 0.01, 50, B)).toEqual({ h0: 0, h1: 100 });
  });

  test('zooming in stops at the narrowest span', () => {
    const w = zoomWindow({ h0: 40, h1: 60 }, 1e6, 50, B);
    expect(w.h1 - w.h0).toBeCloseTo(MIN_SPAN_H);
  });

  test('panning keeps the span and stops at the ends', () => {
    expect(panWindow({ h0: 10, h1: 30 }, 0.5, B)).toEqual({ h0: 20, h1: 40 });
    expect(panWindow({ h0: 10, h1: 30 }, -5, B)).toEqual({ h0: 0, h1: 20 });
    expect(panWindow({ h0: 70, h1: 90 }, 5, B)).toEqual({ h0: 80, h1: 100 });
  });

  test('clamping a window shifts it inside the bounds', () => {
    expect(clampWindow({ h0: -10, h1: 10 }, B)).toEqual({ h0: 0, h1: 20 });
  });

  test('following the cursor turns a page only when the cursor leaves the window', () => {
    const w = { h0: 20, h1: 40 };
    expect(follow(w, 39.9, B)).toBe(w);
    expect(follow(w, 41, B)).toEqual({ h0: 40, h1: 60 });
    expect(follow({ h0: 60, h1: 80 }, 50, B)).toEqual({ h0: 31, h1: 51 });
    expect(follow(w, 10, B)).toEqual({ h0: 0, h1: 20 });
    expect(follow({ h0: 80, h1: 100 }, 100.5, B)).toEqual({ h0: 80, h1: 100 });
  });

  test('a dose edit keeps the zoom; a new span of time shows it all', () => {
    const v = createViewState(B);
    const seen: number[] = [];
    v.subscribe((w) => seen.push(w.h0));
    v.set({ h0: 10, h1: 20 });
    v.setBounds(B, true);
    expect(v.get()).toEqual({ h0: 10, h1: 20 });
    v.setBounds({ min: -24, max: 48 }, true);
    expect(v.get()).toEqual({ h0: -24, h1: 48 });
    expect(seen).toEqual([10, -24]);
  });
});
