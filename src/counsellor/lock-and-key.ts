// The lock-and-key picture for the counsellor: three panels, each a receptor (the lock) in a cell
// membrane with a key in it. The body's own key turns gently, an opioid key turns hard, naltrexone
// fits without turning and turns opioid keys away. Shapes and colours match the scene's legend.
import { shapePath } from '../core/shapes';
import { LIGAND_STYLE } from '../theme';
import { el } from '../core/dom';
import { strings } from '../strings/index';

const NS = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  cls = '',
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (cls) node.setAttribute('class', cls);
  return node;
}

/** A key's head in the ligand's shape (the scene's and the charts'), centred on (x, y). */
function keyShape(kind: 'endorphin' | 'heroin' | 'naltrexone', x: number, y: number, r = 14) {
  const { css: fill, shape } = LIGAND_STYLE[kind];
  const d = shapePath(shape, r * 0.9);
  return svg('path', { d, fill, 'fill-rule': 'evenodd', transform: `translate(${x},${y})` }, 'key');
}

function panel(kind: 'endorphin' | 'opioid' | 'naltrexone'): SVGSVGElement {
  const s = svg('svg', { viewBox: '0 0 160 120', 'aria-hidden': 'true', focusable: 'false' }, 'lock-svg');
  s.append(svg('rect', { x: 0, y: 78, width: 160, height: 42 }, 'membrane'));
  // The lock: a receptor cup sitting in the membrane; it glows when switched on.
  const glow = kind === 'opioid' ? 'lock on-strong' : kind === 'endorphin' ? 'lock on-soft' : 'lock off';
  s.append(svg('path', { d: 'M50 110 V70 Q50 56 64 56 H70 V74 H90 V56 H96 Q110 56 110 70 V110 Z' }, glow));
  if (kind === 'endorphin') s.append(keyShape('endorphin', 80, 62, 10));
  if (kind === 'opioid') {
    s.append(keyShape('heroin', 80, 62, 11));
    for (const [x, y] of [
      [24, 24],
      [58, 16],
      [104, 20],
      [138, 30],
    ])
      s.append(keyShape('heroin', x!, y!, 9));
  }
  if (kind === 'naltrexone') {
    s.append(keyShape('naltrexone', 80, 62, 10));
    s.append(keyShape('heroin', 122, 22, 10));
    s.append(svg('path', { d: 'M112 34 Q98 48 92 40 M112 34 L104 32 M112 34 L110 42' }, 'bounce'));
  }
  return s;
}

export function renderLockAndKey(host: HTMLElement): void {
  const c = strings.lessons.counsellor;
  const figure = el('figure', 'lock-and-key');
  const row = el('div', 'lock-row');
  for (const kind of ['endorphin', 'opioid', 'naltrexone'] as const) {
    const cell = el('div', `lock-panel lock-${kind}`);
    cell.append(panel(kind), el('p', 'lock-caption', c.lockCaptions[kind]));
    row.append(cell);
  }
  const caption = el('figcaption', 'lock-title', c.lockTitle);
  figure.append(caption, el('p', 'lock-intro', c.lockIntro), row);
  host.append(figure);
}
