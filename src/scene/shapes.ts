// The geometry of each ligand's shape, shared by the canvas atlas (what Pixi draws) and the HTML
// legend (inline SVG), so the key always matches the picture. Shapes, not only colours, tell the
// ligands apart, in greyscale and for every colour vision.
import { SCENE_COLOURS, css, type Shape } from '../theme';

/** Outline of a shape of radius r centred on 0,0 as polygon points, or null for a circle. */
export function shapePoints(shape: Shape, r: number): Array<[number, number]> | null {
  const ring = (n: number, radius: (i: number) => number, turn = -Math.PI / 2) =>
    Array.from({ length: n }, (_, i): [number, number] => {
      const a = turn + (i * 2 * Math.PI) / n;
      return [radius(i) * Math.cos(a), radius(i) * Math.sin(a)];
    });
  switch (shape) {
    case 'circle':
      return null;
    case 'triangle':
      return ring(3, () => r * 1.15, -Math.PI / 2);
    case 'square':
      return ring(4, () => r * 1.2, -Math.PI / 4);
    case 'diamond':
      return ring(4, (i) => (i % 2 ? r * 0.85 : r * 1.2));
    case 'pentagon':
      return ring(5, () => r * 1.05);
    case 'hexagon':
      return ring(6, () => r * 1.05, 0);
    case 'star':
      return ring(10, (i) => (i % 2 ? r * 0.5 : r * 1.2));
    case 'cross': {
      const a = r * 0.38;
      const b = r * 1.05;
      return [
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
      ];
    }
  }
}

/** Traces the shape as a path on a 2D canvas context. */
export function traceShape(
  ctx: CanvasRenderingContext2D,
  shape: Shape,
  x: number,
  y: number,
  r: number,
): void {
  const points = shapePoints(shape, r);
  ctx.beginPath();
  if (!points) {
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    return;
  }
  points.forEach(([px, py], i) => (i ? ctx.lineTo(x + px, y + py) : ctx.moveTo(x + px, y + py)));
  ctx.closePath();
}

const SVG = 'http://www.w3.org/2000/svg';

/** A small inline SVG of the shape, for the legend (attributes only: the page's CSP forbids inline
 *  style attributes). */
export function shapeSvg(shape: Shape, fill: string, size = 22): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '-12 -12 24 24');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  const points = shapePoints(shape, 8.5);
  const el = document.createElementNS(SVG, points ? 'polygon' : 'circle');
  if (points) el.setAttribute('points', points.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join(' '));
  else el.setAttribute('r', '8.5');
  el.setAttribute('fill', fill);
  el.setAttribute('stroke', css(SCENE_COLOURS.outline));
  el.setAttribute('stroke-width', '1.5');
  svg.append(el);
  return svg;
}
