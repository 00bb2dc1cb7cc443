// The benchmark's baseline: the same Pixi application and canvas drawing nothing but N drifting
// particles, so `npm run bench` can compare the scene's frame times with a bare Pixi page of the
// same particle count, measured in the same page and run (scripts/bench-scene.ts).
import { Particle, ParticleContainer, Rectangle } from 'pixi.js';
import { mulberry32 } from '../../sim/index';
import type { Atlas } from './atlas';

export interface BareField {
  container: ParticleContainer;
  update(dtS: number): void;
}

export function createBareField(atlas: Atlas, count: number, width: number, height: number): BareField {
  const random = mulberry32(1);
  const particles = Array.from(
    { length: count },
    (_, i) =>
      new Particle({
        texture: atlas.glyphs[i % atlas.glyphs.length]!,
        x: random() * width,
        y: random() * height,
        anchorX: 0.5,
        anchorY: 0.5,
      }),
  );
  const vx = Float32Array.from(particles, () => (random() - 0.5) * 80);
  const vy = Float32Array.from(particles, () => (random() - 0.5) * 80);
  const container = new ParticleContainer({
    texture: atlas.glyphs[0]!,
    particles,
    boundsArea: new Rectangle(0, 0, width, height),
    dynamicProperties: { position: true },
  });
  container.update(); // send the static attributes (sizes): a container built with particles does not
  return {
    container,
    update(dt) {
      particles.forEach((p, i) => {
        p.x += vx[i]! * dt;
        p.y += vy[i]! * dt;
        if (p.x < 0 || p.x > width) vx[i] = -vx[i]!;
        if (p.y < 0 || p.y > height) vy[i] = -vy[i]!;
      });
    },
  };
}
