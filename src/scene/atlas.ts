// One texture atlas for everything the scene moves: a glyph per ligand, the receptor, its glow and
// the turned-away ring. Drawn with the 2D canvas API rather than rendered by the GPU, so a lost
// WebGL context can re-upload it from the canvas (render textures would come back blank), and one
// shared source lets the ParticleContainer and the sprites batch into a few draw calls.
import { CanvasSource, Rectangle, Texture } from 'pixi.js';
import { SCENE_LIGANDS } from './pacing';
import { GLOW, GLYPH, RECEPTOR_H, RECEPTOR_W, atlasLayout } from './atlas-layout';
import { drawGlow, drawGlyphs, drawLock, drawReceptor, drawRing } from './atlas-draw';

export { GLOW, GLYPH, POCKET_Y, RECEPTOR_H, RECEPTOR_W } from './atlas-layout';

/** Atlas pixels per logical unit: crisp up to a scene scale of about 1.5 on a 2x screen. */
const PX = 3;

export interface Atlas {
  /** Glyph per scene ligand (indexed like SCENE_LIGANDS). */
  glyphs: Texture[];
  ring: Texture;
  /** A padlock, drawn on a receptor held by a blocker. */
  lock: Texture;
  receptor: Texture;
  glow: Texture;
  source: CanvasSource;
}

export function createAtlas(): Atlas {
  const { ringX, lockX, receptorX, glowX } = atlasLayout(SCENE_LIGANDS.length);
  const canvas = document.createElement('canvas');
  canvas.width = (glowX + GLOW) * PX;
  canvas.height = GLOW * PX;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(PX, PX);
  ctx.lineJoin = 'round';

  drawGlyphs(ctx);
  drawRing(ctx, ringX);
  drawLock(ctx, lockX);
  drawReceptor(ctx, receptorX);
  drawGlow(ctx, glowX);

  const source = new CanvasSource({ resource: canvas, resolution: PX, autoGenerateMipmaps: true });
  const frame = (x: number, y: number, fw: number, fh: number) =>
    new Texture({ source, frame: new Rectangle(x, y, fw, fh) });
  return {
    glyphs: SCENE_LIGANDS.map((_, i) => frame(i * GLYPH, 0, GLYPH, GLYPH)),
    ring: frame(ringX, 0, GLYPH, GLYPH),
    lock: frame(lockX, 0, GLYPH, GLYPH),
    receptor: frame(receptorX, 0, RECEPTOR_W, RECEPTOR_H),
    glow: frame(glowX, 0, GLOW, GLOW),
    source,
  };
}
