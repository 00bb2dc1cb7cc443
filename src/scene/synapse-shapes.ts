// The geometry of the synapse backdrop, as SVG path text and circles in layout units: the nerve
// ending's outline, its vesicles of endorphin and the receiving cell's lipid membrane. Pure (the
// vesicles use their own fixed seed, not the scene's random source), so a redraw puts them back.
import { mulberry32 } from '../../sim/index';

/** The presynaptic terminal: a rounded bulb across the top, its lower edge (at `bottom`) facing the cleft. */
export const terminalPath = (w: number, bottom: number): string =>
  `M-10,-10 H${w + 10} V${bottom - 36} Q${w + 10},${bottom} ${w - 36},${bottom} H36 Q-10,${bottom} -10,${bottom - 36} Z`;

export interface Vesicles {
  circles: { x: number; y: number; r: number }[];
  /** The endorphin inside them, four small dots a vesicle, as one path. */
  dots: string;
}

/** About one vesicle per 70 units across; every third docked at the terminal's lower edge. */
export function vesicles(w: number, bottom: number): Vesicles {
  const random = mulberry32(7);
  const count = Math.round(w / 70);
  const circles: Vesicles['circles'] = [];
  const dots: string[] = [];
  for (let i = 0; i < count; i++) {
    const x = ((i + 0.5) * w) / count + (random() - 0.5) * 30;
    const docked = i % 3 === 1;
    const r = 13 + random() * 5;
    const y = docked ? bottom - r - 4 : 14 + random() * Math.max(0, bottom - 50 - r);
    circles.push({ x, y, r });
    for (let k = 0; k < 4; k++) {
      const [dx, dy] = [x + (random() - 0.5) * r, y + (random() - 0.5) * r];
      dots.push(`M${dx - 2.6},${dy} a2.6,2.6 0 1,0 5.2,0 a2.6,2.6 0 1,0 -5.2,0`);
    }
  }
  return { circles, dots: dots.join('') };
}

/** The membrane: a lipid every 8 units, a head on each face (`top`, `bottom`) and a tail between. */
export function membranePaths(w: number, top: number, bottom: number): { tails: string; heads: string } {
  const tails: string[] = [];
  const heads: string[] = [];
  for (let x = 2; x < w; x += 8) {
    tails.push(`M${x},${top}V${bottom}`);
    for (const y of [top, bottom]) heads.push(`M${x - 3.4},${y} a3.4,3.4 0 1,0 6.8,0 a3.4,3.4 0 1,0 -6.8,0`);
  }
  return { tails: tails.join(''), heads: heads.join('') };
}
