// What the receptor view's particles share: where a hidden one waits, how one is made, and the
// easing of their moves.
import { Particle, type Texture } from 'pixi.js';

/** Where hidden particles wait: off the canvas, so they cost no pixels. */
export const AWAY = -1000;

/** Eases a move out: fast at first, slowing to a stop (0 -> 0, 1 -> 1). */
export const ease = (x: number) => 1 - (1 - x) * (1 - x);

/** A particle of the atlas, parked away until placed. */
export const particle = (texture: Texture, anchorY = 0.5, tint = 0xffffff) =>
  new Particle({ texture, x: AWAY, y: AWAY, anchorX: 0.5, anchorY, tint, alpha: 1 });
