// The project's one seeded random source (lint bans Math.random): mulberry32, a small, fast 32-bit
// generator whose whole state is one integer, so the same seed replays the same sequence anywhere.

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** mulberry32 (Tommy Ettinger, public domain): passes PractRand to 2^32 outputs, plenty for a view. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in [0, n). */
export function randomInt(random: Random, n: number): number {
  return Math.floor(random() * n);
}
