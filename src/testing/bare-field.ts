// The benchmark's baseline: the same Pixi application and canvas drawing nothing but N drifting
// particles, so `npm run bench` can compare the scene's frame times with a bare Pixi page of the
// same particle count, measured in the same page and run (scripts/bench-scene.ts). Loaded only when
// the benchmark asks for it (a chunk of its own, fetched by scene-hooks.ts), never by the app.
import { Particle, ParticleContainer, Rectangle, type Texture } from 'pixi.js';
import { mulberry32 } from '../../sim/index';

export interface BareField {
  container: ParticleContainer;
  update(dtS: number): void;
}

export function createBareField(
  glyphs: readonly Texture[],
  count: number,
  width: number,
  height: number,
): BareField {
  const random = mulberry32(1);
  const particles = Array.from(
    { length: count },
    (_, i) =>
      new Particle({
        texture: glyphs[i % glyphs.length]!,
        x: random() * width,
        y: random() * height,
        anchorX: 0.5,
        anchorY: 0.5,
      }),
  );
  const vx = Float32Array.from(particles, () => (random() - 0.5) * 80);
  const vy = Float32Array.from(particles, () => (random() - 0.5) * 80);
  const container = new ParticleContainer({
    texture: glyphs[0]!,
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
