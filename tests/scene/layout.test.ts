// The scene's layout and pacing: one pure function places everything for any host size, and the
// on-screen dwell keeps the order of the real residence times while squeezing days into seconds.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { LECTURE_BOOST, MIN_MOLECULE_PX, layoutScene } from '../../src/scene/layout';
import {
  MAX_MOLECULES,
  SCENE_LIGANDS,
  capCounts,
  cleftCount,
  dwellS,
  residenceH,
} from '../../src/scene/pacing';

describe('layoutScene', () => {
  test('fills any host exactly, with the parts in order from top to bottom', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 4000 }), fc.integer({ min: 200, max: 3000 }), (w, h) => {
        const L = layoutScene(w, h, 24);
        expect(L.width * L.scale).toBeCloseTo(w, 6);
        expect(L.height * L.scale).toBeCloseTo(h, 6);
        expect(L.terminalBottom).toBeLessThan(L.cleft.y);
        expect(L.cleft.y + L.cleft.h).toBeLessThan(L.membraneTop);
        expect(L.membraneTop).toBeLessThan(L.glowY);
        expect(L.glowY).toBeLessThan(L.height);
        expect(L.sites).toHaveLength(24);
        for (const s of L.sites) expect(s.x).toBeGreaterThan(0);
        expect(L.sites.at(-1)!.x).toBeLessThan(L.width);
      }),
    );
  });

  test('at 1280x720 the scene panel draws glyphs at least 16 CSS pixels wide', () => {
    const L = layoutScene(720, 405, 24);
    expect(L.glyph * L.scale).toBeGreaterThanOrEqual(16);
  });

  test('a drifting molecule is never drawn under 14 CSS pixels, on a phone (it was a 5 px dot) or a laptop', () => {
    fc.assert(
      fc.property(fc.integer({ min: 280, max: 2400 }), fc.integer({ min: 200, max: 1400 }), (w, h) => {
        const L = layoutScene(w, h, 24);
        // The shape fills about 0.8 of its cell, and the cell is at most 60 logical units.
        expect(L.molecule * 0.8 * L.scale).toBeGreaterThanOrEqual(
          Math.min(MIN_MOLECULE_PX, 48 * L.scale) - 1e-9,
        );
      }),
    );
    const phone = layoutScene(370, 411, 24);
    expect(phone.molecule * 0.8 * phone.scale).toBeGreaterThanOrEqual(MIN_MOLECULE_PX);
  });

  test("the lecture hall's molecules are half as large again, its glyphs larger too", () => {
    const laptop = layoutScene(960, 300, 24);
    const hall = layoutScene(960, 300, 24, { boost: LECTURE_BOOST });
    expect(LECTURE_BOOST).toBe(1.5);
    expect(hall.molecule).toBeCloseTo(laptop.molecule * 1.5, 6);
    expect(hall.glyph).toBeGreaterThan(laptop.glyph);
    expect(hall.molecule * 0.8 * hall.scale).toBeGreaterThanOrEqual(20);
  });
});

describe('pacing', () => {
  test('dwell on screen follows real residence: naltrexone far longer than heroin, all within 1-20 s', () => {
    const dwell = Object.fromEntries(SCENE_LIGANDS.map((l) => [l.name, l.dwellS]));
    expect(dwell.naltrexone! / dwell.heroin!).toBeGreaterThan(5);
    expect(dwell.buprenorphine!).toBeGreaterThan(dwell.fentanyl!);
    for (const d of Object.values(dwell)) expect(d >= 1 && d <= 20).toBe(true);
    expect(residenceH('naltrexone')).toBeGreaterThan(24); // holds for days, rebinding included
    expect(dwellS(1e6)).toBe(20);
  });

  test('cleft counts grow with concentration, log-scaled, and stay capped', () => {
    expect(cleftCount(0)).toBe(0);
    expect(cleftCount(0.1)).toBeLessThan(cleftCount(1));
    expect(cleftCount(1e6)).toBe(40);
    const counts = new Int32Array(12).fill(40);
    capCounts(counts);
    expect(counts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(MAX_MOLECULES);
  });
});
