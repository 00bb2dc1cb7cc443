// The scene's atlas keeps every picture in one row of cells: the views cut textures out of it by
// these positions, so two cells must never overlap and the row must hold every ligand's glyph.
import { describe, expect, test } from 'vitest';
import { GLOW, GLYPH, RECEPTOR_W, atlasLayout } from '../../src/scene/atlas-layout';
import { SCENE_LIGANDS } from '../../src/scene/pacing';

describe('atlasLayout', () => {
  test('the ring, lock, receptor and glow follow the glyphs, each right after the one before', () => {
    const n = SCENE_LIGANDS.length;
    const L = atlasLayout(n);
    expect(L.ringX).toBe(n * GLYPH);
    expect(L.lockX).toBe(L.ringX + GLYPH);
    expect(L.receptorX).toBe(L.lockX + GLYPH);
    expect(L.glowX).toBe(L.receptorX + RECEPTOR_W);
  });
  test('with no ligands the ring starts the row; the row is the cells end to end', () => {
    const L = atlasLayout(0);
    expect(L.ringX).toBe(0);
    expect(L.glowX + GLOW).toBe(2 * GLYPH + RECEPTOR_W + GLOW);
  });
});
