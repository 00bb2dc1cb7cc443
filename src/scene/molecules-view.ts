// The molecules drifting in the cleft: a fixed pool of particles (drawn by the scene's one
// ParticleContainer), handed
// to ligands as their counts change (endorphin enters from the nerve ending, drugs from the blood
// at the sides) and faded out when no longer needed. A gentle seeded random walk moves them;
// under reduced motion they stay put and only appear or disappear.
import { Particle, Rectangle, type Texture } from 'pixi.js';
import { mulberry32, type Random } from '../../sim/index';
import type { Atlas } from './atlas';
import type { SceneLayout } from './layout';
import { ENDORPHIN_INDEX, MAX_MOLECULES } from './pacing';

const SPEED = 42; // logical units per second, a calm drift
const FADE_S = 0.5;

export interface MoleculesView {
  particles: Particle[];
  layout(L: SceneLayout): void;
  /** Moves the pool toward `counts` (per scene ligand) and advances the drift. */
  update(dtS: number, counts: Int32Array, still: boolean): void;
  /** Active molecules' positions, x0, y0, x1, y1, ... (for tests). */
  positions(): number[];
  /** Active molecules per ligand (for tests and the benchmark). */
  active(): number;
  reseed(seed: number): void;
}

/** The pool's per-molecule state, in typed arrays (the drift runs every frame for hundreds). */
interface Pool {
  particles: Particle[];
  /** Scene ligand index, or -1 for a free slot. */
  ligand: Int16Array;
  /** +1 fading in or alive, -1 fading out. */
  dir: Int8Array;
  vx: Float32Array;
  vy: Float32Array;
  /** Live molecules per ligand. */
  have: Int32Array;
}

/** Where molecules may go: the cleft's inner box, and its top edge (the nerve ending). */
interface Cleft {
  box: Rectangle;
  top: number;
}

/** Marks surplus molecules to fade out, so the pool no longer holds more of a ligand than `counts`. */
function retireSurplus(pool: Pool, counts: Int32Array): void {
  const { ligand, dir, have } = pool;
  for (let i = 0; i < ligand.length; i++) {
    const l = ligand[i]!;
    if (l >= 0 && dir[i] === 1 && have[l]! > counts[l]!) {
      dir[i] = -1;
      have[l]!--;
    }
  }
}

/** Fades one molecule in or out (freeing its slot once gone); says whether it is still there. */
function fadeOne(pool: Pool, i: number, fade: number): boolean {
  const p = pool.particles[i]!;
  p.alpha = Math.min(1, Math.max(0, p.alpha + pool.dir[i]! * fade));
  if (pool.dir[i] === -1 && p.alpha <= 0) {
    pool.ligand[i] = -1;
    p.x = p.y = -100;
    return false;
  }
  return true;
}

/** One step of a molecule's random walk with drag: it wanders but keeps a steady speed on average. */
function driftOne(pool: Pool, i: number, dt: number, cleft: Cleft, random: Random): void {
  const { vx, vy } = pool;
  const p = pool.particles[i]!;
  const { box, top } = cleft;
  vx[i] = vx[i]! * 0.98 + (random() - 0.5) * SPEED * 0.5;
  vy[i] = vy[i]! * 0.98 + (random() - 0.5) * SPEED * 0.5;
  let x = p.x + vx[i]! * dt;
  let y = p.y + vy[i]! * dt;
  // Bounce off the cleft's walls (only when heading out, so a new endorphin can enter).
  if ((x < box.x && vx[i]! < 0) || (x > box.right && vx[i]! > 0)) vx[i] = -vx[i]!;
  if ((y < box.y && vy[i]! < 0) || (y > box.bottom && vy[i]! > 0)) vy[i] = -vy[i]!;
  x = Math.min(box.right, Math.max(box.x, x));
  y = Math.min(box.bottom, Math.max(top, y));
  p.x = x;
  p.y = y;
}

/** Every molecule the view can show, parked off the stage. */
function createPool(atlas: Atlas): Pool {
  const n = MAX_MOLECULES;
  return {
    particles: Array.from(
      { length: n },
      () =>
        new Particle({ texture: atlas.glyphs[0]!, x: -100, y: -100, anchorX: 0.5, anchorY: 0.5, alpha: 0 }),
    ),
    ligand: new Int16Array(n).fill(-1),
    dir: new Int8Array(n),
    vx: new Float32Array(n),
    vy: new Float32Array(n),
    have: new Int32Array(atlas.glyphs.length),
  };
}

/** Molecule i becomes one of ligand l, somewhere in the cleft, drifting in a random direction. */
function spawnOne(
  pool: Pool,
  i: number,
  l: number,
  still: boolean,
  cleft: Cleft,
  texture: Texture,
  random: Random,
) {
  const p = pool.particles[i]!;
  const { box, top } = cleft;
  pool.ligand[i] = l;
  pool.dir[i] = 1;
  pool.have[l]!++;
  p.texture = texture;
  p.alpha = still ? 1 : 0;
  p.x = box.x + random() * box.width;
  // Endorphin leaves the nerve ending; drugs arrive from the blood anywhere in the cleft.
  p.y = l === ENDORPHIN_INDEX && !still ? top + 4 : box.y + random() * box.height;
  const a = random() * 2 * Math.PI;
  pool.vx[i] = Math.cos(a) * SPEED;
  pool.vy[i] = Math.sin(a) * SPEED + (l === ENDORPHIN_INDEX ? SPEED : 0);
}

/** The cleft for a new layout; molecules take its size and those shown stay inside it. */
function fitTo(pool: Pool, cleft: Cleft, L: SceneLayout): void {
  const box = (cleft.box = new Rectangle(L.cleft.x + 10, L.cleft.y + 10, L.cleft.w - 20, L.cleft.h - 20));
  cleft.top = L.cleft.y;
  const scale = L.molecule / 26;
  for (const p of pool.particles) {
    p.scaleX = p.scaleY = scale;
    if (p.alpha > 0) {
      p.x = Math.min(box.right, Math.max(box.x, p.x));
      p.y = Math.min(box.bottom, Math.max(cleft.top, p.y));
    }
  }
}

export function createMoleculesView(atlas: Atlas, seed: number): MoleculesView {
  let random: Random = mulberry32(seed);
  const n = MAX_MOLECULES;
  const pool = createPool(atlas);
  const { particles, ligand, have } = pool;
  const cleft: Cleft = { box: new Rectangle(0, 0, 1, 1), top: 0 };

  return {
    particles,
    layout: (L) => fitTo(pool, cleft, L),
    update(dt, counts, still) {
      // Match the pool to the counts: retire surplus molecules first, then spawn missing ones.
      retireSurplus(pool, counts);
      for (let l = 0, i = 0; l < counts.length; l++) {
        while (have[l]! < counts[l]!) {
          while (i < n && ligand[i]! >= 0) i++;
          if (i >= n) break;
          spawnOne(pool, i, l, still, cleft, atlas.glyphs[l]!, random);
        }
      }
      const fade = still ? 1 : dt / FADE_S;
      for (let i = 0; i < n; i++)
        if (ligand[i]! >= 0 && fadeOne(pool, i, fade) && !still) driftOne(pool, i, dt, cleft, random);
    },
    positions() {
      const out: number[] = [];
      for (let i = 0; i < n; i++) if (ligand[i]! >= 0) out.push(particles[i]!.x, particles[i]!.y);
      return out;
    },
    active() {
      let c = 0;
      for (let i = 0; i < n; i++) if (ligand[i]! >= 0) c++;
      return c;
    },
    reseed(s) {
      random = mulberry32(s);
    },
  };
}
