// Legend swatches: each ligand's colour and shape (and line dash), the same marks the receptor scene
// uses, so a reader who cannot tell two colours apart still tells the ligands apart.
import { CHART_STYLE, type Shape } from '../theme';

const NS = 'http://www.w3.org/2000/svg';

/** A regular polygon of `n` corners and radius r around 0,0, the first corner straight up. */
function polygon(n: number, r: number, inner = r): string {
  const pts: string[] = [];
  const corners = inner === r ? n : 2 * n;
  for (let k = 0; k < corners; k++) {
    const a = -Math.PI / 2 + (k * 2 * Math.PI) / corners;
    const rad = k % 2 === 1 && inner !== r ? inner : r;
    pts.push(`${(rad * Math.cos(a)).toFixed(2)},${(rad * Math.sin(a)).toFixed(2)}`);
  }
  return `M${pts.join('L')}Z`;
}

const shapes = new Map<string, string>();

/** SVG path data of a ligand's shape, centred on 0,0 with radius r (memoised: the track draws many). */
export function shapePath(shape: Shape, r: number): string {
  const key = `${shape}${r}`;
  let d = shapes.get(key);
  if (d === undefined) shapes.set(key, (d = computeShape(shape, r)));
  return d;
}

function computeShape(shape: Shape, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`;
    case 'triangle':
      return polygon(3, r * 1.15);
    case 'square':
      return `M${-r * 0.85},${-r * 0.85}H${r * 0.85}V${r * 0.85}H${-r * 0.85}Z`;
    case 'diamond':
      return polygon(4, r * 1.1);
    case 'pentagon':
      return polygon(5, r);
    case 'hexagon':
      return polygon(6, r);
    case 'star':
      return polygon(5, r * 1.2, r * 0.5);
    case 'cross': {
      const a = r * 0.35;
      return `M${-a},${-r}H${a}V${-a}H${r}V${a}H${a}V${r}H${-a}V${a}H${-r}V${-a}H${-a}Z`;
    }
  }
}

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
  p.setAttribute('transform', 'translate(9,9)');
  p.setAttribute('fill', fill);
  p.setAttribute('stroke', CHART_STYLE.outline);
  p.setAttribute('stroke-width', '1');
  return svg;
}
