// The wheel on a chart: turned up it zooms in, sideways or with Shift it pans, and a notch counts
// the same whether the browser reports pixels, lines or pages.
import { describe, expect, test } from 'vitest';
import { wheelMove } from '../../src/timeline/pointer';

const wheel = (deltaX: number, deltaY: number, deltaMode = 0, shiftKey = false) =>
  wheelMove({ deltaX, deltaY, deltaMode, shiftKey });

describe('wheelMove', () => {
  test('turning the wheel up zooms in, down zooms out, a 100 px notch by about 1.4', () => {
    const up = wheel(0, -100);
    expect('zoom' in up && up.zoom).toBeCloseTo(Math.exp(1 / 3), 12);
    const down = wheel(0, 100);
    expect('zoom' in down && down.zoom).toBeCloseTo(Math.exp(-1 / 3), 12);
  });
  test('a mostly sideways turn pans by its pixels; Shift turns the wheel into a pan', () => {
    expect(wheel(40, 10)).toEqual({ panPx: 40 });
    expect(wheel(0, -30, 0, true)).toEqual({ panPx: -30 });
  });
  test('lines count 33 px and pages 300 px', () => {
    expect(wheel(2, 0, 1)).toEqual({ panPx: 66 });
    expect(wheel(1, 0, 2)).toEqual({ panPx: 300 });
    const line = wheel(0, 3, 1);
    expect('zoom' in line && line.zoom).toBeCloseTo(Math.exp(-99 / 300), 12);
  });
  test('no movement asks for no zoom at all', () => {
    expect(wheel(0, 0)).toEqual({ zoom: 1 });
  });
});
