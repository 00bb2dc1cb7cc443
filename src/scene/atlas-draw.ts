// The pictures in the scene's atlas, one function per cell, drawn with the 2D canvas API in logical
// units (the caller scales to atlas pixels). Light inks where a tint will give the colour later.
import { ATLAS_INK, LIGAND_STYLE, SCENE_COLOURS } from '../theme';
import { SCENE_LIGANDS } from './pacing';
import { traceShape } from '../core/shapes';
import { GLOW, GLYPH, RECEPTOR_H, RECEPTOR_W } from './atlas-layout';

const hex = (c: number) => `#${c.toString(16).padStart(6, '0')}`;

export function drawGlyphs(ctx: CanvasRenderingContext2D): void {
  SCENE_LIGANDS.forEach((ligand, i) => {
    const style = LIGAND_STYLE[ligand.name];
    traceShape(ctx, style.shape, i * GLYPH + GLYPH / 2, GLYPH / 2, 9.6);
    ctx.fillStyle = style.css;
    ctx.fill('evenodd');
    // A dark rim keeps light glyphs apart from the lit receptor and the pale membrane behind them.
    ctx.lineWidth = 2.2;
    ctx.strokeStyle = hex(SCENE_COLOURS.outline);
    ctx.stroke();
  });
}

export function drawRing(ctx: CanvasRenderingContext2D, ringX: number): void {
  ctx.beginPath();
  ctx.arc(ringX + GLYPH / 2, GLYPH / 2, 11, 0, 2 * Math.PI);
  ctx.lineWidth = 3;
  ctx.strokeStyle = ATLAS_INK.white;
  ctx.stroke();
}

// The padlock: a shackle over a body with a keyhole, white (tinted) with a dark edge, so it reads
// as "locked" on the dark receptor from the back of a room.
export function drawLock(ctx: CanvasRenderingContext2D, lockX: number): void {
  const lx = lockX + GLYPH / 2;
  ctx.beginPath();
  ctx.arc(lx, 10, 5.2, Math.PI, 0);
  ctx.lineWidth = 3.2;
  ctx.strokeStyle = ATLAS_INK.edge;
  ctx.stroke();
  ctx.lineWidth = 2.2;
  ctx.strokeStyle = ATLAS_INK.white;
  ctx.stroke();
  ctx.beginPath();
  ctx.roundRect(lx - 8, 10, 16, 13, 2.5);
  ctx.fillStyle = ATLAS_INK.white;
  ctx.fill();
  ctx.lineWidth = 1.2;
  ctx.strokeStyle = ATLAS_INK.edge;
  ctx.stroke();
  ctx.beginPath();
  ctx.arc(lx, 15.2, 1.9, 0, 2 * Math.PI);
  ctx.rect(lx - 0.9, 15.2, 1.8, 4.5);
  ctx.fillStyle = ATLAS_INK.edge;
  ctx.fill();
}

// The receptor: a protein spanning the membrane, a cup-shaped pocket opening to the cleft on top
// and a tail inside the cell. Drawn in light greys so a tint gives its state (free, lit, dim,
// dark) while the shading stays.
export function drawReceptor(ctx: CanvasRenderingContext2D, receptorX: number): void {
  const cx = receptorX + RECEPTOR_W / 2;
  const half = RECEPTOR_W / 2 - 2;
  ctx.beginPath();
  ctx.moveTo(cx - half, 12);
  ctx.quadraticCurveTo(cx - half, 3, cx - half + 8, 3);
  ctx.lineTo(cx - 12, 3);
  ctx.arc(cx, 3, 12, Math.PI, 0, true); // the pocket
  ctx.lineTo(cx + half - 8, 3);
  ctx.quadraticCurveTo(cx + half, 3, cx + half, 12);
  ctx.lineTo(cx + half - 4, 58);
  ctx.quadraticCurveTo(cx + 6, 62, cx + 6, RECEPTOR_H - 6); // the tail inside the cell
  ctx.quadraticCurveTo(cx, RECEPTOR_H - 1, cx - 6, RECEPTOR_H - 6);
  ctx.quadraticCurveTo(cx - 6, 62, cx - half + 4, 58);
  ctx.closePath();
  const shade = ctx.createLinearGradient(cx - half, 0, cx + half, 0);
  shade.addColorStop(0, ATLAS_INK.white);
  shade.addColorStop(1, ATLAS_INK.shade);
  ctx.fillStyle = shade;
  ctx.fill();
  ctx.lineWidth = 1.6;
  ctx.strokeStyle = ATLAS_INK.edge;
  ctx.stroke();
}

export function drawGlow(ctx: CanvasRenderingContext2D, glowX: number): void {
  const glow = ctx.createRadialGradient(glowX + GLOW / 2, GLOW / 2, 0, glowX + GLOW / 2, GLOW / 2, GLOW / 2);
  glow.addColorStop(0, ATLAS_INK.glow[0]);
  glow.addColorStop(0.35, ATLAS_INK.glow[1]);
  glow.addColorStop(1, ATLAS_INK.glow[2]);
  ctx.fillStyle = glow;
  ctx.fillRect(glowX, 0, GLOW, GLOW);
}
