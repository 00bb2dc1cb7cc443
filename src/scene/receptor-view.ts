// The receptors on the receiving membrane: per site the receptor (tinted by its state), the ligand
// in its pocket, and the glow inside the cell when it signals; plus the molecules that bounce off a
// blocked receptor. The site machines' actions call these methods; `update` moves the animations.
import { Container, Sprite, type Texture } from 'pixi.js';
import { SCENE_COLOURS as C } from '../theme';
import { POCKET_Y, RECEPTOR_W, type Atlas } from './atlas';
import type { SceneLayout } from './layout';
import { BIND_S, UNBIND_S } from './sampler';

export type SiteLook = 'free' | 'lit' | 'dim' | 'dark';

const TINT: Record<SiteLook, number> = {
  free: C.receptorFree,
  lit: C.receptorLit,
  dim: C.receptorDim,
  dark: C.receptorDark,
};
const GLOW_ALPHA: Record<SiteLook, number> = { free: 0, lit: 0.9, dim: 0.35, dark: 0 };
export const BOUNCE_S = 0.8;
const MAX_FLYERS = 32;

interface Site {
  receptor: Sprite;
  glyph: Sprite;
  glow: Sprite;
  /** 'in' docking, 'rest' in the pocket or hidden. */
  motion: 'in' | 'rest';
  t: number;
  /** Sideways offset the molecule comes from or leaves to, so not all paths are vertical. */
  dx: number;
  look: SiteLook;
}

/** A molecule on its own: bounced off a blocked receptor, or floating away after letting go
 *  (the site is free at once, so a newcomer can dock while the old one leaves). */
interface Flyer {
  kind: 'bounce' | 'leave';
  glyph: Sprite;
  ring: Sprite;
  site: number;
  t: number;
}

export interface ReceptorView {
  container: Container;
  layout(L: SceneLayout): void;
  startBinding(site: number, ligand: number): void;
  show(site: number, ligand: number, look: SiteLook): void;
  lightOff(site: number): void;
  startUnbinding(site: number): void;
  clear(site: number): void;
  bounce(site: number, ligand: number): void;
  update(dtS: number, still: boolean): void;
}

const ease = (x: number) => 1 - (1 - x) * (1 - x);

export function createReceptorView(atlas: Atlas, siteCount: number): ReceptorView {
  const glows = new Container();
  const receptors = new Container();
  const glyphs = new Container();
  const flying = new Container();
  const container = new Container({ children: [glows, receptors, glyphs, flying] });
  let L: SceneLayout | null = null;
  let glyphScale = 1;

  const sites: Site[] = Array.from({ length: siteCount }, (_, i) => {
    const site: Site = {
      receptor: new Sprite({ texture: atlas.receptor, anchor: { x: 0.5, y: 0 }, tint: TINT.free }),
      glyph: new Sprite({ texture: atlas.glyphs[0]!, anchor: 0.5, visible: false }),
      glow: new Sprite({ texture: atlas.glow, anchor: 0.5, alpha: 0, tint: C.glow }),
      motion: 'rest',
      t: 0,
      dx: ((i * 37) % 11) - 5,
      look: 'free',
    };
    receptors.addChild(site.receptor);
    glyphs.addChild(site.glyph);
    glows.addChild(site.glow);
    return site;
  });
  const flyers: Flyer[] = Array.from({ length: MAX_FLYERS }, () => {
    const b: Flyer = {
      kind: 'bounce',
      glyph: new Sprite({ texture: atlas.glyphs[0]!, anchor: 0.5, visible: false }),
      ring: new Sprite({ texture: atlas.ring, anchor: 0.5, visible: false, tint: C.blocked }),
      site: -1,
      t: 0,
    };
    flying.addChild(b.ring, b.glyph);
    return b;
  });

  const fly = (kind: Flyer['kind'], site: number, texture: Texture) => {
    const b = flyers.find((x) => x.site < 0);
    if (!b) return; // a busy moment: the count still goes up, the picture skips one
    b.kind = kind;
    b.site = site;
    b.t = 0;
    b.glyph.texture = texture;
    b.glyph.visible = true;
    b.ring.visible = kind === 'bounce';
    b.ring.alpha = 0;
  };

  const place = (s: Site, i: number, still: boolean) => {
    if (!L) return;
    const { x, y } = L.sites[i]!;
    if (s.motion === 'rest' || still) {
      s.glyph.position.set(x, y);
      return;
    }
    const k = ease(Math.min(1, s.t / BIND_S));
    s.glyph.position.set(x + s.dx * 6 * (1 - k), y - 70 * (1 - k));
    s.glyph.alpha = Math.min(1, 0.3 + k);
  };

  return {
    container,
    layout(next) {
      L = next;
      const spacing = next.sites.length > 1 ? next.sites[1]!.x - next.sites[0]!.x : RECEPTOR_W;
      const rScale = Math.min(1.1, (spacing * 0.92) / RECEPTOR_W);
      glyphScale = next.glyph / 24;
      sites.forEach((s, i) => {
        const { x, y } = next.sites[i]!;
        s.receptor.position.set(x, y - POCKET_Y * rScale);
        s.receptor.scale.set(rScale);
        s.glyph.scale.set(glyphScale);
        s.glow.position.set(x, next.glowY);
        s.glow.scale.set((spacing * 1.8) / 96, (spacing * 2.4) / 96);
        place(s, i, true);
      });
      for (const b of flyers) b.glyph.scale.set(glyphScale);
    },
    startBinding(i, ligand) {
      const s = sites[i]!;
      s.glyph.texture = atlas.glyphs[ligand]!;
      s.glyph.visible = true;
      s.motion = 'in';
      s.t = 0;
    },
    show(i, ligand, look) {
      const s = sites[i]!;
      s.glyph.texture = atlas.glyphs[ligand]!;
      s.glyph.visible = true;
      s.glyph.alpha = 1;
      s.motion = 'rest';
      s.look = look;
      s.receptor.tint = TINT[look];
      place(s, i, true);
    },
    lightOff(i) {
      const s = sites[i]!;
      s.look = 'free';
      s.receptor.tint = TINT.free;
    },
    startUnbinding(i) {
      const s = sites[i]!;
      if (s.glyph.visible) fly('leave', i, s.glyph.texture);
      s.glyph.visible = false;
      s.motion = 'rest';
    },
    clear(i) {
      const s = sites[i]!;
      s.glyph.visible = false;
      s.motion = 'rest';
      s.look = 'free';
      s.receptor.tint = TINT.free;
    },
    bounce(i, ligand) {
      fly('bounce', i, atlas.glyphs[ligand]!);
    },
    update(dt, still) {
      sites.forEach((s, i) => {
        s.t += dt;
        if (s.motion === 'in') {
          if (s.t >= BIND_S) s.motion = 'rest';
          if (still)
            s.glyph.alpha = 0.6; // docking, shown without travel
          else place(s, i, false);
        }
        const target = GLOW_ALPHA[s.look];
        const step = still ? 1 : dt * 4;
        s.glow.alpha += Math.max(-step, Math.min(step, target - s.glow.alpha));
      });
      for (const b of flyers) {
        if (b.site < 0 || !L) continue;
        b.t += dt;
        const { x, y } = L.sites[b.site]!;
        const k = b.t / (b.kind === 'bounce' ? BOUNCE_S : UNBIND_S);
        if (k >= 1) {
          b.site = -1;
          b.glyph.visible = b.ring.visible = false;
          continue;
        }
        if (b.kind === 'leave') {
          // Lifts out of the pocket and fades; under reduced motion it just fades in place.
          const up = still ? 0 : ease(k);
          b.glyph.position.set(x + 10 * up, y - 60 * up);
          b.glyph.alpha = 1 - k;
          continue;
        }
        if (still) {
          // No travel: the molecule waits above the blocked pocket while the ring shows.
          b.glyph.position.set(x, y - 34 * glyphScale);
          b.glyph.alpha = 1;
          b.ring.position.set(x, y);
          b.ring.scale.set(1.3 * glyphScale);
          b.ring.alpha = 1;
          continue;
        }
        // Down to the pocket in the first third, then back up and away, fading.
        const down = Math.min(1, k / 0.33);
        const up = Math.max(0, (k - 0.33) / 0.67);
        b.glyph.position.set(x + 18 * up, y - 80 + 56 * down * down - 70 * ease(up));
        b.glyph.alpha = Math.min(1, down * 2) * (1 - up);
        b.ring.position.set(x, y);
        b.ring.scale.set(glyphScale * (0.9 + 0.9 * up));
        b.ring.alpha = down < 1 ? 0 : 1 - up;
      }
    },
  };
}
