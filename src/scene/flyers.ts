// The molecules on their own in the receptor view: one bounced off a blocked receptor (with the
// ring that marks the refusal), or one floating away after letting go (the site is free at once,
// so a newcomer can dock while the old one leaves). A fixed pool, reused.
import type { Particle, Texture } from 'pixi.js';
import { SCENE_COLOURS as C } from '../theme';
import type { Atlas } from './atlas';
import type { SceneLayout } from './layout';
import { AWAY, ease, particle } from './particle';
import { UNBIND_S } from './sampler';

const BOUNCE_S = 0.8;
const MAX_FLYERS = 32;

/** A molecule on its own: bounced off a blocked receptor, or floating away after letting go
 *  (the site is free at once, so a newcomer can dock while the old one leaves). */
export interface Flyer {
  kind: 'bounce' | 'leave';
  glyph: Particle;
  ring: Particle;
  site: number;
  t: number;
}

/** The pool, every flyer idle and parked away. */
export function makeFlyers(atlas: Atlas): Flyer[] {
  return Array.from({ length: MAX_FLYERS }, () => ({
    kind: 'bounce',
    glyph: particle(atlas.glyphs[0]!),
    ring: particle(atlas.ring, 0.5, C.blocked),
    site: -1,
    t: 0,
  }));
}

/** A flyer done with its move: idle again, parked away. */
const land = (f: Flyer) => {
  f.site = -1;
  f.glyph.x = f.glyph.y = f.ring.x = f.ring.y = AWAY;
};

/** One frame of a flying molecule: one leaving its pocket, or one turned away from a blocked one. */
export function stepFlyer(L: SceneLayout, f: Flyer, dt: number, still: boolean, glyphScale: number): void {
  f.t += dt;
  const { x, y } = L.sites[f.site]!;
  const k = f.t / (f.kind === 'bounce' ? BOUNCE_S : UNBIND_S);
  if (k >= 1) return land(f);
  if (f.kind === 'leave') {
    // Lifts out of the pocket and fades; under reduced motion it just fades in place.
    const up = still ? 0 : ease(k);
    f.glyph.x = x + 10 * up;
    f.glyph.y = y - 60 * up;
    f.glyph.alpha = 1 - k;
    return;
  }
  f.ring.x = x;
  f.ring.y = y;
  if (still) {
    // No travel: the molecule waits above the blocked pocket while the ring shows.
    f.glyph.x = x;
    f.glyph.y = y - 34 * glyphScale;
    f.glyph.alpha = f.ring.alpha = 1;
    return;
  }
  // Down to the pocket in the first third, then back up and away, fading.
  const down = Math.min(1, k / 0.33);
  const up = Math.max(0, (k - 0.33) / 0.67);
  f.glyph.x = x + 18 * up;
  f.glyph.y = y - 80 + 56 * down * down - 70 * ease(up);
  f.glyph.alpha = Math.min(1, down * 2) * (1 - up);
  f.ring.alpha = down < 1 ? 0 : 1 - up;
  if (down < 1) f.ring.x = AWAY;
}

export /** Sends a molecule off from a site on the first idle flyer (none idle at a busy moment: the count
 *  still goes up, the picture skips one). */
function launch(flyers: readonly Flyer[], kind: Flyer['kind'], site: number, texture: Texture): void {
  const f = flyers.find((x) => x.site < 0);
  if (!f) return;
  Object.assign(f, { kind, site, t: 0 });
  f.glyph.texture = texture;
}
