// The geometry of the marks that tell the ligands apart, one place for all: the scene's texture atlas
// (canvas), its key, the charts' legends and the dose track (SVG) draw from here, so a ligand has the
// same shape everywhere. A shape is a list of closed outlines around 0,0 for a radius r; outlines after
// the first are holes (filled even-odd), so a ring or a frame stays a different shape from a disc or a
// square in greyscale too. Which ligand has which shape and colour is the theme's (src/theme.ts).

export type ShapeName =
  | 'circle'
  | 'ring'
  | 'triangle'
  | 'triangleDown'
  | 'square'
  | 'frame'
  | 'diamond'
  | 'pentagon'
  | 'hexagon'
  | 'star'
  | 'cross'
  | 'bowtie'
  | 'bar';

type Point = [number, number];

/** `n` points on a circle of radius `radius(i)`, the first at angle `turn` (straight up by default). */
const around = (n: number, radius: (i: number) => number, turn = -Math.PI / 2): Point[] =>
  Array.from({ length: n }, (_, i) => {
    const a = turn + (i * 2 * Math.PI) / n;
    return [radius(i) * Math.cos(a), radius(i) * Math.sin(a)];
  });

/** The outlines of a shape of radius r centred on 0,0; the first is the outside, the rest holes. */
export function shapeOutlines(shape: ShapeName, r: number): Point[][] {
  switch (shape) {
    case 'circle':
      return [around(32, () => r)];
    case 'ring':
      return [around(32, () => r * 1.05), around(32, () => r * 0.5)];
    case 'triangle':
      return [around(3, () => r * 1.2)];
    case 'triangleDown':
      return [around(3, () => r * 1.2, Math.PI / 2)];
    case 'square':
      return [around(4, () => r * 1.2, -Math.PI / 4)];
    case 'frame':
      return [around(4, () => r * 1.2, -Math.PI / 4), around(4, () => r * 0.6, -Math.PI / 4)];
    case 'diamond':
      return [around(4, (i) => (i % 2 ? r * 0.85 : r * 1.2))];
    case 'pentagon':
      return [around(5, () => r * 1.05)];
    case 'hexagon':
      return [around(6, () => r * 1.05, 0)];
    case 'star':
      return [around(10, (i) => (i % 2 ? r * 0.5 : r * 1.2))];
    case 'cross': {
      const a = r * 0.38;
      const b = r * 1.05;
      return [
        [
          [-a, -b],
          [a, -b],
          [a, -a],
          [b, -a],
          [b, a],
          [a, a],
          [a, b],
          [-a, b],
          [-a, a],
          [-b, a],
          [-b, -a],
          [-a, -a],
        ],
      ];
    }
    case 'bar':
      // A flat bar: an empty slot (the free receptors' mark, round like no ligand's).
      return [
        [
          [-r * 1.15, -r * 0.4],
          [r * 1.15, -r * 0.4],
          [r * 1.15, r * 0.4],
          [-r * 1.15, r * 0.4],
        ],
      ];
    case 'bowtie': {
      const b = r * 1.1;
      const w = r * 0.25;
      return [
        [
          [-b, -b],
          [0, -w],
          [b, -b],
          [b, b],
          [0, w],
          [-b, b],
        ],
      ];
    }
  }
}

const memo = new Map<string, string>();

/** SVG path data of the shape centred on 0,0 (fill it with fill-rule="evenodd"); memoised, since
 *  the dose track draws many. */
export function shapePath(shape: ShapeName, r: number): string {
  const key = `${shape}${r}`;
  let d = memo.get(key);
  if (d === undefined) {
    d = shapeOutlines(shape, r)
      .map((o) => `M${o.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join('L')}Z`)
      .join('');
    memo.set(key, d);
  }
  return d;
}

/** Traces the shape at (x, y) as the current path of a 2D canvas (fill it with 'evenodd'). */
export function traceShape(
  ctx: CanvasRenderingContext2D,
  shape: ShapeName,
  x: number,
  y: number,
  r: number,
): void {
  ctx.beginPath();
  for (const outline of shapeOutlines(shape, r)) {
    outline.forEach(([px, py], i) => (i ? ctx.lineTo(x + px, y + py) : ctx.moveTo(x + px, y + py)));
    ctx.closePath();
  }
}
