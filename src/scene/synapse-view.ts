// The still parts of the synapse: the presynaptic nerve ending with its endorphin vesicles and the
// receiving cell with its lipid membrane, drawn once per layout as an SVG backdrop under a
// transparent canvas. Software WebGL (headless Chromium, machines without a GPU) pays for every
// pixel it fills each frame; a backdrop that never changes costs the canvas nothing this way.
import { LIGAND_STYLE, SCENE_COLOURS as C } from '../theme';
import type { SceneLayout } from './layout';
import { membranePaths, terminalPath, vesicles } from './synapse-shapes';

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

/** The nerve ending and its vesicles of endorphin. */
function terminalParts(L: SceneLayout): SVGElement[] {
  const b = L.terminalBottom;
  const { circles, dots } = vesicles(L.width, b);
  return [
    node('path', {
      d: terminalPath(L.width, b),
      fill: hex(C.terminal),
      stroke: hex(C.terminalEdge),
      'stroke-width': 5,
    }),
    ...circles.map(({ x, y, r }) =>
      node('circle', {
        cx: x,
        cy: y,
        r,
        fill: hex(C.vesicle),
        stroke: hex(C.terminalEdge),
        'stroke-width': 2,
      }),
    ),
    node('path', { d: dots, fill: LIGAND_STYLE.endorphin.css }),
  ];
}

/** The receiving cell and its membrane: two rows of lipid heads with their tails between. */
function cellParts(L: SceneLayout): SVGElement[] {
  const w = L.width;
  const { tails, heads } = membranePaths(w, L.membraneTop + 3.5, L.membraneBottom - 3.5);
  return [
    node('rect', { y: L.membraneTop, width: w, height: L.height - L.membraneTop, fill: hex(C.cell) }),
    node('path', { d: tails, stroke: hex(C.membrane), 'stroke-opacity': 0.45, 'stroke-width': 1.2 }),
    node('path', { d: heads, fill: hex(C.membrane), 'fill-opacity': 0.9 }),
  ];
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
      svg.replaceChildren(
        node('rect', { width: L.width, height: L.height, fill: hex(C.cleft) }),
        ...terminalParts(L),
        ...cellParts(L),
      );
    },
  };
}
