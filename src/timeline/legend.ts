// Legend swatches: each ligand's colour and shape (and line dash), the same marks the receptor scene
// uses, so a reader who cannot tell two colours apart still tells the ligands apart.
import { shapePath } from '../core/shapes';
import { CHART_STYLE, type Shape } from '../theme';

const NS = 'http://www.w3.org/2000/svg';

/** A small inline SVG: the shape filled with the colour, optionally a dashed line sample after it. */
export function swatch(shape: Shape, fill: string, line?: { stroke: string; dash: string }): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg');
  const w = line ? 40 : 18;
  svg.setAttribute('width', String(w));
  svg.setAttribute('height', '18');
  svg.setAttribute('viewBox', `0 0 ${w} 18`);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'tl-swatch');
  if (line) {
    const l = svg.appendChild(document.createElementNS(NS, 'line'));
    l.setAttribute('x1', '14');
    l.setAttribute('x2', String(w));
    l.setAttribute('y1', '9');
    l.setAttribute('y2', '9');
    l.setAttribute('stroke', line.stroke);
    l.setAttribute('stroke-width', '3');
    if (line.dash) l.setAttribute('stroke-dasharray', line.dash);
  }
  const p = svg.appendChild(document.createElementNS(NS, 'path'));
  p.setAttribute('d', shapePath(shape, 6.5));
  p.setAttribute('fill-rule', 'evenodd');
  svg.dataset.shape = shape;
  p.setAttribute('transform', 'translate(9,9)');
  p.setAttribute('fill', fill);
  p.setAttribute('stroke', CHART_STYLE.outline);
  p.setAttribute('stroke-width', '1');
  return svg;
}
