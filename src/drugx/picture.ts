// A hundred receptors at the chosen time: each square is held by Drug X (marked X), by the
// experiment's background drug (N for naltrexone, H for heroin and its products), by endorphin (E), or
// free. Letters as well as colours, so no one needs colour to read it. Drug X has a colour of its own,
// not the palette colour of the drug it is, which would give it away.
import { LIGAND_STYLE } from '../theme';

const NS = 'http://www.w3.org/2000/svg';
const SIZE = 22;
const GAP = 3;
export type Holder = 'drugX' | 'background' | 'endorphin' | 'free';

/** Splits 100 receptors by shares (largest remainders, so the counts add up to 100). */
export function hundred(shares: Record<Holder, number>): Record<Holder, number> {
  const keys = Object.keys(shares) as Holder[];
  const raw = keys.map((k) => Math.max(0, shares[k]) * 100);
  const floor = raw.map(Math.floor);
  let left = 100 - floor.reduce((a, b) => a + b, 0);
  const order = keys.map((_, i) => i).sort((a, b) => raw[b]! - floor[b]! - (raw[a]! - floor[a]!));
  for (const i of order) {
    if (left === 0) break;
    if (raw[i]! > floor[i]!) {
      floor[i] = floor[i]! + 1;
      left--;
    }
  }
  return Object.fromEntries(keys.map((k, i) => [k, floor[i]!])) as Record<Holder, number>;
}

export function createPicture(): {
  svg: SVGSVGElement;
  show(counts: Record<Holder, number>, background: { letter: string; colour: string }): void;
} {
  const svg = document.createElementNS(NS, 'svg');
  const side = 10 * (SIZE + GAP);
  svg.setAttribute('viewBox', `0 0 ${side} ${side}`);
  svg.setAttribute('class', 'dx-picture');
  svg.setAttribute('aria-hidden', 'true');
  const cells: { rect: SVGRectElement; text: SVGTextElement }[] = [];
  for (let i = 0; i < 100; i++) {
    const x = (i % 10) * (SIZE + GAP);
    const y = Math.floor(i / 10) * (SIZE + GAP);
    const rect = document.createElementNS(NS, 'rect');
    for (const [k, v] of Object.entries({ x, y, width: SIZE, height: SIZE, rx: 4 }))
      rect.setAttribute(k, String(v));
    const text = document.createElementNS(NS, 'text');
    text.setAttribute('x', String(x + SIZE / 2));
    text.setAttribute('y', String(y + SIZE / 2));
    text.setAttribute('dy', '0.35em');
    text.setAttribute('text-anchor', 'middle');
    svg.append(rect, text);
    cells.push({ rect, text });
  }
  const style = { endorphin: LIGAND_STYLE.endorphin.css };
  return {
    svg,
    show(counts, background) {
      const order: Holder[] = ['drugX', 'background', 'endorphin', 'free'];
      let i = 0;
      for (const holder of order)
        for (let n = 0; n < counts[holder]; n++, i++) {
          const c = cells[i]!;
          c.rect.setAttribute('class', `dx-cell dx-cell--${holder}`);
          if (holder === 'endorphin') c.rect.style.fill = style.endorphin;
          else if (holder === 'background') c.rect.style.fill = background.colour;
          else c.rect.style.removeProperty('fill');
          c.text.setAttribute('class', `dx-letter dx-letter--${holder}`);
          c.text.textContent =
            holder === 'drugX'
              ? 'X'
              : holder === 'background'
                ? background.letter
                : holder === 'endorphin'
                  ? 'E'
                  : '';
        }
    },
  };
}
