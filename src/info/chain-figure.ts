// The picture that opens "The model and its sources": the chain dose -> blood -> receptors -> signal ->
// feeling, with adaptation feeding back, drawn as an SVG, and the same steps written out below it as an
// ordered list (the list is what a screen reader reads; the picture is hidden from it).
import { el } from '../core/dom';
import { infoStrings } from '../strings/info';

const NS = 'http://www.w3.org/2000/svg';
const BOX_W = 132;
const BOX_H = 54;
const GAP = 30;
const TOP = 14;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, cls = '') {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (cls) node.setAttribute('class', cls);
  return node;
}

function picture(names: readonly string[], feedsBack: string): SVGSVGElement {
  const width = names.length * BOX_W + (names.length - 1) * GAP + 8;
  const s = svg(
    'svg',
    { viewBox: `0 0 ${width} 132`, 'aria-hidden': 'true', focusable: 'false' },
    'chain-svg',
  );
  const defs = svg('defs', {});
  const marker = svg('marker', {
    id: 'chain-arrow',
    viewBox: '0 0 10 10',
    refX: 9,
    refY: 5,
    markerWidth: 7,
    markerHeight: 7,
    orient: 'auto-start-reverse',
  });
  marker.append(svg('path', { d: 'M0 0 L10 5 L0 10 Z' }, 'chain-arrowhead'));
  defs.append(marker);
  s.append(defs);
  const x = (i: number) => 4 + i * (BOX_W + GAP);
  names.forEach((name, i) => {
    const last = i === names.length - 1;
    s.append(
      svg(
        'rect',
        { x: x(i), y: TOP, width: BOX_W, height: BOX_H, rx: 10 },
        last ? 'chain-box adapt' : 'chain-box',
      ),
    );
    const label = svg(
      'text',
      { x: x(i) + BOX_W / 2, y: TOP + BOX_H / 2 + 6, 'text-anchor': 'middle' },
      'chain-label',
    );
    label.textContent = name;
    s.append(label);
    if (!last)
      s.append(
        svg(
          'line',
          {
            x1: x(i) + BOX_W + 2,
            y1: TOP + BOX_H / 2,
            x2: x(i + 1) - 3,
            y2: TOP + BOX_H / 2,
            'marker-end': 'url(#chain-arrow)',
          },
          'chain-arrow',
        ),
      );
  });
  // Adaptation feeds back into the feeling (euphoria, withdrawal and breathing are read against it).
  const from = x(names.length - 1) + BOX_W / 2;
  const to = x(names.length - 2) + BOX_W / 2;
  const bottom = TOP + BOX_H;
  s.append(
    svg(
      'path',
      {
        d: `M${from} ${bottom + 2} C ${from} ${bottom + 50}, ${to} ${bottom + 50}, ${to} ${bottom + 4}`,
        'marker-end': 'url(#chain-arrow)',
      },
      'chain-arrow loop',
    ),
  );
  const note = svg('text', { x: (from + to) / 2, y: bottom + 54, 'text-anchor': 'middle' }, 'chain-note');
  note.textContent = feedsBack;
  s.append(note);
  return s;
}

export function chainFigure(): HTMLElement {
  const m = infoStrings.model;
  const figure = el('figure', 'model-chain');
  figure.append(
    picture(
      m.chain.map((c) => c.name),
      m.feedsBack,
    ),
  );
  const ol = el('ol', 'chain-steps');
  for (const step of m.chain) {
    const li = el('li');
    li.append(el('strong', '', step.name), ` ${step.text}`);
    ol.append(li);
  }
  figure.append(el('figcaption', 'visually-hidden', m.chainLabel), ol);
  return figure;
}
