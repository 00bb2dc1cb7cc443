// The body map's picture: a plain outline of a person (front view) with the four places where the
// receptors sit drawn as shapes that can be clicked. It is one image to assistive technology (its
// words are in the title and description); the keyboard path is the list of places beside it.
import { strings } from '../strings/index';
import { panelStrings } from '../strings/panels';

export const PLACES = ['brain', 'brainstem', 'spinal', 'gut'] as const;
export type Place = (typeof PLACES)[number];

const NS = 'http://www.w3.org/2000/svg';

function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** The shapes of each place (view box 360 x 310), the point a leader line starts from and the label's height. */
const SHAPES: Record<Place, { paths: string[]; from: [number, number]; labelY: number }> = {
  brain: {
    paths: ['M78 58 C74 30 98 20 112 22 C134 18 150 36 144 58 C140 70 124 74 110 72 C96 76 82 72 78 58 Z'],
    from: [140, 44],
    labelY: 30,
  },
  brainstem: { paths: ['M104 70 h12 v26 q-6 6 -12 0 Z'], from: [116, 84], labelY: 84 },
  spinal: { paths: ['M106 100 h8 v190 q-4 6 -8 0 Z'], from: [114, 276], labelY: 286 },
  gut: {
    paths: [
      'M118 150 C146 142 156 168 140 182 C128 192 112 186 114 172 C116 162 110 156 118 150 Z',
      'M82 206 C82 194 138 192 140 206 C142 218 86 214 86 226 C86 238 140 232 138 246 C136 260 86 256 84 244',
    ],
    from: [146, 168],
    labelY: 168,
  },
};

/** The outline of a person: head, neck, shoulders, arms and body down to the hips. */
const OUTLINE =
  'M110 14 C138 14 154 34 152 60 C150 80 138 92 124 96 L124 108 C150 112 176 118 186 134 L198 250 ' +
  'C200 262 188 264 184 252 L172 156 L168 300 L52 300 L48 156 L36 252 C32 264 20 262 22 250 L34 134 ' +
  'C44 118 70 112 96 108 L96 96 C82 92 70 80 68 60 C66 34 82 14 110 14 Z';

export interface Figure {
  svg: SVGSVGElement;
  select(place: Place): void;
}

export function createFigure(onPick: (place: Place) => void): Figure {
  const w = panelStrings.bodyMap;
  // 385 wide: room on the right for the longest place name in every language ("Estómago e intestino").
  const svg = svgEl('svg', { viewBox: '0 0 385 310', class: 'bm-figure', role: 'img' });
  const title = svgEl('title', {});
  title.textContent = strings.app.panels.bodyMap;
  const desc = svgEl('desc', {});
  desc.textContent = w.figureLabel;
  svg.append(title, desc, svgEl('path', { d: OUTLINE, class: 'bm-outline' }));
  const groups = new Map<Place, SVGGElement>();
  for (const place of PLACES) {
    const g = svgEl('g', { class: `bm-place bm-${place}`, 'data-place': place });
    // The gut's second shape is the small intestine: a thick tube, not a filled area.
    SHAPES[place].paths.forEach((d, i) => g.append(svgEl('path', { d, class: i ? 'bm-tube' : 'bm-shape' })));
    const [fx, fy] = SHAPES[place].from;
    const y = SHAPES[place].labelY;
    g.append(svgEl('path', { d: `M${fx} ${fy} L204 ${y}`, class: 'bm-leader' }));
    const label = svgEl('text', { x: 208, y, dy: '0.35em', class: 'bm-label' });
    label.textContent = w.places[place].name;
    g.append(label);
    g.addEventListener('click', () => onPick(place));
    groups.set(place, g);
    svg.append(g);
  }
  return {
    svg,
    select(place) {
      for (const [p, g] of groups) g.classList.toggle('selected', p === place);
    },
  };
}
