// The receptors on the receiving membrane: per site the receptor (tinted by its state), the ligand
// in its pocket, a padlock while a blocker holds it, and the glow inside the cell when it signals;
// plus the molecules that bounce off a blocked receptor or float away after letting go. With
// emphasis (the lecture hall) a receptor also flashes when it turns a molecule away. The site
// machines' actions call these methods; `update` moves the animations. Everything is a particle of
// the one atlas, drawn by the scene's single ParticleContainer: the particle shader samples one
// texture, where the sprite batcher's branches over sixteen (software WebGL pays for that on every
// pixel), and it is one draw call. The flying molecules are in flyers.ts.
import type { Particle } from 'pixi.js';
import { SCENE_COLOURS as C } from '../theme';
import { GLOW, POCKET_Y, RECEPTOR_W, type Atlas } from './atlas';
import type { SceneLayout } from './layout';
import { launch, makeFlyers, stepFlyer, type Flyer } from './flyers';
import { AWAY, ease, particle } from './particle';
import { BIND_S } from './sampler';

export type SiteLook = 'free' | 'lit' | 'dim' | 'dark';

const TINT: Record<SiteLook, number> = {
  free: C.receptorFree,
  lit: C.receptorLit,
  dim: C.receptorDim,
  dark: C.receptorDark,
};
const GLOW_ALPHA: Record<SiteLook, number> = { free: 0, lit: 0.9, dim: 0.35, dark: 0 };
/** How long a receptor flashes when it turns a molecule away (emphasis only), s. */
export const FLASH_S = 0.35;

interface Site {
  receptor: Particle;
  glyph: Particle;
  glow: Particle;
  lock: Particle;
  /** Seconds of flash left (a molecule was just turned away). */
  flash: number;
  /** Docking (animated) or resting in the pocket; `shown` says whether a molecule is there. */
  docking: boolean;
  shown: boolean;
  t: number;
  /** Sideways offset the molecule comes from, so not all paths are vertical. */
  dx: number;
  look: SiteLook;
}

export interface ReceptorView {
  /** Particles drawn under the drifting molecules (glows, receptors, bound ligands) and over them
   *  (flying molecules and rings), in drawing order. */
  under: Particle[];
  over: Particle[];
  layout(L: SceneLayout): void;
  startBinding(site: number, ligand: number): void;
  show(site: number, ligand: number, look: SiteLook): void;
  lightOff(site: number): void;
  startUnbinding(site: number): void;
  clear(site: number): void;
  bounce(site: number, ligand: number): void;
  update(dtS: number, still: boolean): void;
  /** Emphasis for a lecture hall: receptors flash when they turn a molecule away. */
  setEmphasis(on: boolean): void;
  /** Particles on the canvas now. */
  drawn(): number;
}

function makeSites(atlas: Atlas, siteCount: number): Site[] {
  return Array.from({ length: siteCount }, (_, i) => ({
    receptor: particle(atlas.receptor, 0, TINT.free),
    glyph: particle(atlas.glyphs[0]!),
    glow: particle(atlas.glow, 0.5, C.glow),
    lock: particle(atlas.lock, 0.5, C.lock),
    flash: 0,
    docking: false,
    shown: false,
    t: 0,
    dx: ((i * 37) % 11) - 5,
    look: 'free',
  }));
}

/** A site's molecule: in its pocket, on its way in (docking), or away. */
function placeGlyph(L: SceneLayout | null, s: Site, i: number, still: boolean): void {
  if (!L || !s.shown) {
    s.glyph.x = s.glyph.y = AWAY;
    return;
  }
  const { x, y } = L.sites[i]!;
  const k = s.docking && !still ? ease(Math.min(1, s.t / BIND_S)) : 1;
  s.glyph.x = x + s.dx * 6 * (1 - k);
  s.glyph.y = y - 70 * (1 - k);
  // Docking under reduced motion: no travel, a half-strength molecule in the pocket.
  s.glyph.alpha = s.docking ? (still ? 0.6 : Math.min(1, 0.3 + k)) : 1;
}

/** Sizes and places every receptor, glow and molecule for a layout; returns the glyphs' scale. */
function layoutAll(next: SceneLayout, sites: Site[], flyers: Flyer[]): number {
  const spacing = next.sites.length > 1 ? next.sites[1]!.x - next.sites[0]!.x : RECEPTOR_W;
  const rScale = Math.min(1.1, (spacing * 0.92) / RECEPTOR_W);
  const glyphScale = next.glyph / 24;
  sites.forEach((s, i) => {
    const { x, y } = next.sites[i]!;
    s.receptor.x = x;
    s.receptor.y = y - POCKET_Y * rScale;
    s.receptor.scaleX = s.receptor.scaleY = rScale;
    s.glyph.scaleX = s.glyph.scaleY = glyphScale;
    s.glow.scaleX = (spacing * 1.1) / GLOW;
    s.glow.scaleY = (spacing * 1.5) / GLOW;
    s.glow.x = x;
    s.glow.y = next.glowY;
    // The padlock sits on the receptor's body, under the pocket, as wide as most of the receptor.
    s.lock.scaleX = s.lock.scaleY = Math.min(1.6, (spacing * 0.62) / 26) * 1.15;
    s.lock.y = y + 30 * rScale;
    placeLock(s, x);
    placeGlyph(next, s, i, true);
  });
  for (const f of flyers) {
    f.glyph.scaleX = f.glyph.scaleY = glyphScale;
    // The ring keeps one size: a particle's size is a static attribute (see index.ts).
    f.ring.scaleX = f.ring.scaleY = 1.4 * glyphScale;
  }
  return glyphScale;
}

/** The padlock shows while the site is held dark (by a blocker). */
function placeLock(s: Site, x: number): void {
  s.lock.x = s.look === 'dark' ? x : AWAY;
}

/** One frame of a site: the docking molecule moves, the glow eases toward its look, a flash fades. */
function stepSite(L: SceneLayout | null, s: Site, i: number, dt: number, still: boolean): void {
  s.t += dt;
  if (s.flash > 0) {
    s.flash -= dt;
    s.receptor.tint = s.flash > 0 ? C.blocked : TINT[s.look];
  }
  if (s.docking) {
    placeGlyph(L, s, i, still);
    if (s.t >= BIND_S) s.docking = false;
  }
  const target = GLOW_ALPHA[s.look];
  const step = still ? 1 : dt * 4;
  s.glow.alpha += Math.max(-step, Math.min(step, target - s.glow.alpha));
  if (s.glow.alpha < 0.01) s.glow.x = AWAY;
  else if (L) s.glow.x = L.sites[i]!.x;
}

/** The particles of every item, layer by layer (each layer drawn over the one before). */
function layers<T, K extends keyof T>(items: readonly T[], keys: readonly K[]): T[K][] {
  return keys.flatMap((k) => items.map((item) => item[k]));
}

/** How many particles are on the stage now (parked ones are off it, at AWAY). */
function countDrawn(sites: readonly Site[], flyers: readonly Flyer[]): number {
  const on = (p: Particle) => (p.x > AWAY ? 1 : 0);
  let n = 0;
  for (const s of sites) n += on(s.receptor) + on(s.glyph) + on(s.glow) + on(s.lock);
  for (const f of flyers) n += on(f.glyph) + on(f.ring);
  return n;
}

/** The lecture hall's flash of a receptor that turns a molecule away: one per bounce and not again
 *  until it is over (never a strobe), and none under reduced motion (the ring alone says it). */
function flashes(sites: readonly Site[]) {
  let emphasis = false;
  return {
    bounced(s: Site) {
      if (!emphasis || s.flash > 0) return;
      s.flash = FLASH_S;
      s.receptor.tint = C.blocked;
    },
    setEmphasis(on: boolean) {
      emphasis = on;
      if (on) return;
      for (const s of sites) {
        s.flash = 0;
        s.receptor.tint = TINT[s.look];
      }
    },
    still() {
      for (const s of sites) if (s.flash > 0) s.flash = Math.min(s.flash, 1e-9);
    },
  };
}

export function createReceptorView(atlas: Atlas, siteCount: number): ReceptorView {
  const sites = makeSites(atlas, siteCount);
  const flyers = makeFlyers(atlas);
  let L: SceneLayout | null = null;
  let glyphScale = 1;
  const flash = flashes(sites);
  const setLook = (s: Site, look: SiteLook) => {
    s.look = look;
    s.flash = 0;
    s.receptor.tint = TINT[look];
    placeLock(s, L?.sites[sites.indexOf(s)]?.x ?? AWAY);
  };
  const hide = (i: number, look?: SiteLook) => {
    const s = sites[i]!;
    s.shown = s.docking = false;
    if (look) setLook(s, look);
    placeGlyph(L, s, i, true);
  };

  return {
    under: layers(sites, ['glow', 'receptor', 'lock', 'glyph']),
    over: layers(flyers, ['glyph', 'ring']),
    layout(next) {
      L = next;
      glyphScale = layoutAll(next, sites, flyers);
    },
    startBinding(i, ligand) {
      const s = sites[i]!;
      s.glyph.texture = atlas.glyphs[ligand]!;
      s.shown = s.docking = true;
      s.t = 0;
    },
    show(i, ligand, look) {
      const s = sites[i]!;
      s.glyph.texture = atlas.glyphs[ligand]!;
      s.shown = true;
      s.docking = false;
      setLook(s, look);
      placeGlyph(L, s, i, true);
    },
    lightOff: (i) => setLook(sites[i]!, 'free'),
    startUnbinding(i) {
      const s = sites[i]!;
      if (s.shown) launch(flyers, 'leave', i, s.glyph.texture);
      hide(i);
    },
    clear: (i) => hide(i, 'free'),
    bounce(i, ligand) {
      launch(flyers, 'bounce', i, atlas.glyphs[ligand]!);
      flash.bounced(sites[i]!);
    },
    setEmphasis: flash.setEmphasis,
    drawn: () => countDrawn(sites, flyers),
    update(dt, still) {
      if (still) flash.still();
      sites.forEach((s, i) => stepSite(L, s, i, dt, still));
      if (L) for (const f of flyers) if (f.site >= 0) stepFlyer(L, f, dt, still, glyphScale);
    },
  };
}
