// Where the scene's atlas puts each picture: the cell sizes the views place sprites by, and the one
// row the cells share. Kept apart from the drawing so the arithmetic can be tested without a canvas.

/** A glyph's cell, tight around the shape: transparent margins still cost fill on every frame. */
export const GLYPH = 26;
export const RECEPTOR_W = 40;
export const RECEPTOR_H = 84;
/** Height of the pocket's centre in the receptor texture. */
export const POCKET_Y = 6;
export const GLOW = 96;

/** Where each cell starts along the atlas's one row, in logical units. */
export interface AtlasLayout {
  ringX: number;
  lockX: number;
  receptorX: number;
  glowX: number;
}

/** The cells sit side by side: the glyphs, then the ring, the lock, the receptor and the glow. */
export function atlasLayout(ligands: number): AtlasLayout {
  const ringX = ligands * GLYPH;
  const lockX = ringX + GLYPH;
  const receptorX = lockX + GLYPH;
  const glowX = receptorX + RECEPTOR_W;
  return { ringX, lockX, receptorX, glowX };
}
