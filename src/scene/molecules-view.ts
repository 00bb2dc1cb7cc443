// The molecules drifting in the cleft: a fixed pool of particles (drawn by the scene's one
// ParticleContainer), handed
// to ligands as their counts change (endorphin enters from the nerve ending, drugs from the blood
// at the sides) and faded out when no longer needed. A gentle seeded random walk moves them;
// under reduced motion they stay put and only appear or disappear.
import { Particle, Rectangle } from 'pixi.js';
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

export function createMoleculesView(atlas: Atlas, seed: number): MoleculesView {
  let random: Random = mulberry32(seed);
  const n = MAX_MOLECULES;
  const ligand = new Int16Array(n).fill(-1);
  /** +1 fading in or alive, -1 fading out. */
  const dir = new Int8Array(n);
  const vx = new Float32Array(n);
  const vy = new Float32Array(n);
  const have = new Int32Array(atlas.glyphs.length);
  let box = new Rectangle(0, 0, 1, 1);
  let top = 0;
  let scale = 1;
  const particles = Array.from(
    { length: n },
    () => new Particle({ texture: atlas.glyphs[0]!, x: -100, y: -100, anchorX: 0.5, anchorY: 0.5, alpha: 0 }),
  );

  const spawn = (i: number, l: number, still: boolean) => {
    const p = particles[i]!;
    ligand[i] = l;
    dir[i] = 1;
    have[l]!++;
    p.texture = atlas.glyphs[l]!;
    p.alpha = still ? 1 : 0;
    p.x = box.x + random() * box.width;
    // Endorphin leaves the nerve ending; drugs arrive from the blood anywhere in the cleft.
    p.y = l === ENDORPHIN_INDEX && !still ? top + 4 : box.y + random() * box.height;
    const a = random() * 2 * Math.PI;
    vx[i] = Math.cos(a) * SPEED;
    vy[i] = Math.sin(a) * SPEED + (l === ENDORPHIN_INDEX ? SPEED : 0);
  };

  return {
    particles,
    layout(L) {
      box = new Rectangle(L.cleft.x + 10, L.cleft.y + 10, L.cleft.w - 20, L.cleft.h - 20);
      top = L.cleft.y;
      scale = L.molecule / 26;
      for (const p of particles) {
        p.scaleX = p.scaleY = scale;
        if (p.alpha > 0) {
          p.x = Math.min(box.right, Math.max(box.x, p.x));
          p.y = Math.min(box.bottom, Math.max(top, p.y));
        }
      }
    },
    update(dt, counts, still) {
      // Match the pool to the counts: retire surplus molecules first, then spawn missing ones.
      for (let i = 0; i < n; i++) {
        const l = ligand[i]!;
        if (l >= 0 && dir[i] === 1 && have[l]! > counts[l]!) {
          dir[i] = -1;
          have[l]!--;
        }
      }
      for (let l = 0, i = 0; l < counts.length; l++) {
        while (have[l]! < counts[l]!) {
          while (i < n && ligand[i]! >= 0) i++;
          if (i >= n) break;
          spawn(i, l, still);
        }
      }
      const fade = still ? 1 : dt / FADE_S;
      for (let i = 0; i < n; i++) {
        if (ligand[i]! < 0) continue;
        const p = particles[i]!;
        p.alpha = Math.min(1, Math.max(0, p.alpha + dir[i]! * fade));
        if (dir[i] === -1 && p.alpha <= 0) {
          ligand[i] = -1;
          p.x = p.y = -100;
          continue;
        }
        if (still) continue;
        // A random walk with drag: each molecule wanders but keeps a steady speed on average.
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
