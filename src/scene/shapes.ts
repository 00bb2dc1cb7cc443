// Each ligand's shape as a small inline SVG for the scene's key, drawn from the same geometry as the
// canvas atlas (src/core/shapes.ts), so the key always matches the picture. Shapes, not only colours,
// tell the ligands apart, in greyscale and for every colour vision.
import { shapePath } from '../core/shapes';
import { SCENE_COLOURS, css, type Shape } from '../theme';

const SVG = 'http://www.w3.org/2000/svg';

/** A small inline SVG of the shape, for the legend (attributes only: the page's CSP forbids inline
 *  style attributes). */
export function shapeSvg(shape: Shape, fill: string, size = 22): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '-12 -12 24 24');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  svg.dataset.shape = shape;
  const el = document.createElementNS(SVG, 'path');
  el.setAttribute('d', shapePath(shape, 8.5));
  el.setAttribute('fill-rule', 'evenodd');
  el.setAttribute('fill', fill);
  el.setAttribute('stroke', css(SCENE_COLOURS.outline));
  el.setAttribute('stroke-width', '1.5');
  svg.append(el);
  return svg;
}
