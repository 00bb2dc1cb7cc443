// The still parts of the synapse: the presynaptic nerve ending with its endorphin vesicles and the
// receiving cell with its lipid membrane, drawn once per layout as an SVG backdrop under a
// transparent canvas. Software WebGL (headless Chromium, machines without a GPU) pays for every
// pixel it fills each frame; a backdrop that never changes costs the canvas nothing this way.
import { mulberry32 } from '../../sim/index';
import { LIGAND_STYLE, SCENE_COLOURS as C } from '../theme';
import type { SceneLayout } from './layout';

const SVG = 'http://www.w3.org/2000/svg';
const hex = (c: number) => `#${c.toString(16).padStart(6, '0')}`;

export interface SynapseView {
  element: SVGSVGElement;
  draw(layout: SceneLayout): void;
}

function node(tag: string, attrs: Record<string, string | number>): SVGElement {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

export function createSynapseView(): SynapseView {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'scene-backdrop');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('preserveAspectRatio', 'none');
  return {
    element: svg,
    draw(L) {
      svg.setAttribute('viewBox', `0 0 ${L.width} ${L.height}`);
      const parts: SVGElement[] = [node('rect', { width: L.width, height: L.height, fill: hex(C.cleft) })];

      // Presynaptic terminal: a rounded bulb across the top, its lower edge facing the cleft.
      const b = L.terminalBottom;
      const w = L.width;
      parts.push(
        node('path', {
          d: `M-10,-10 H${w + 10} V${b - 36} Q${w + 10},${b} ${w - 36},${b} H36 Q-10,${b} -10,${b - 36} Z`,
          fill: hex(C.terminal),
          stroke: hex(C.terminalEdge),
          'stroke-width': 5,
        }),
      );
      // Vesicles of endorphin; the same seed keeps them in place across redraws.
      const random = mulberry32(7);
      const count = Math.round(w / 70);
      const dots: string[] = [];
      for (let i = 0; i < count; i++) {
        const x = ((i + 0.5) * w) / count + (random() - 0.5) * 30;
        const docked = i % 3 === 1;
        const r = 13 + random() * 5;
        const y = docked ? b - r - 4 : 14 + random() * Math.max(0, b - 50 - r);
        parts.push(
          node('circle', {
            cx: x,
            cy: y,
            r,
            fill: hex(C.vesicle),
            stroke: hex(C.terminalEdge),
            'stroke-width': 2,
          }),
        );
        for (let k = 0; k < 4; k++) {
          const [dx, dy] = [x + (random() - 0.5) * r, y + (random() - 0.5) * r];
          dots.push(`M${dx - 2.6},${dy} a2.6,2.6 0 1,0 5.2,0 a2.6,2.6 0 1,0 -5.2,0`);
        }
      }
      parts.push(node('path', { d: dots.join(''), fill: LIGAND_STYLE.endorphin.css }));

      // The receiving cell and its membrane: two rows of lipid heads with their tails between.
      parts.push(
        node('rect', { y: L.membraneTop, width: w, height: L.height - L.membraneTop, fill: hex(C.cell) }),
      );
      const top = L.membraneTop + 3.5;
      const bottom = L.membraneBottom - 3.5;
      const tails: string[] = [];
      const heads: string[] = [];
      for (let x = 2; x < w; x += 8) {
        tails.push(`M${x},${top}V${bottom}`);
        for (const y of [top, bottom])
          heads.push(`M${x - 3.4},${y} a3.4,3.4 0 1,0 6.8,0 a3.4,3.4 0 1,0 -6.8,0`);
      }
      parts.push(
        node('path', {
          d: tails.join(''),
          stroke: hex(C.membrane),
          'stroke-opacity': 0.45,
          'stroke-width': 1.2,
        }),
        node('path', { d: heads.join(''), fill: hex(C.membrane), 'fill-opacity': 0.9 }),
      );
      svg.replaceChildren(...parts);
    },
  };
}
