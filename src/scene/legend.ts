// The key to the picture, as a real HTML list beside the canvas: a shape and name for each
// molecule in the current scenario, then what the receptor's looks mean. Rebuilt when the
// scenario changes, since the molecules present change with it.
import { LIGANDS, type LigandName, type Timeline } from '../../sim/index';
import { LIGAND_STYLE, SCENE_COLOURS, css } from '../theme';
import { strings } from '../strings/index';
import { SCENE_LIGANDS } from './pacing';
import { shapeSvg } from './shapes';

const SVG = 'http://www.w3.org/2000/svg';
const hex = (c: number) => `#${c.toString(16).padStart(6, '0')}`;

const anyAbove = (values: ArrayLike<number> | undefined, floor: number) => {
  if (!values) return false;
  for (let i = 0; i < values.length; i++) if (values[i]! > floor) return true;
  return false;
};

/** Ligands that appear at some point of the timeline; endorphin always does. */
export function ligandsIn(timeline: Timeline): LigandName[] {
  return SCENE_LIGANDS.map((l) => l.name).filter(
    (name) =>
      name === 'endorphin' ||
      anyAbove(timeline.occupancy[name], 1e-3) ||
      anyAbove(timeline.plasma_ng_ml[name], 1e-3),
  );
}

/** A small padlock over a swatch: the mark a blocked receptor carries in the picture. */
function padlock(svg: SVGSVGElement): void {
  const shackle = document.createElementNS(SVG, 'path');
  shackle.setAttribute('d', 'M-3.2,1 V-1.5 A3.2,3.2 0 0 1 3.2,-1.5 V1');
  shackle.setAttribute('fill', 'none');
  shackle.setAttribute('stroke', hex(SCENE_COLOURS.lock));
  shackle.setAttribute('stroke-width', '1.6');
  const body = document.createElementNS(SVG, 'rect');
  for (const [k, v] of Object.entries({ x: -5, y: 0.5, width: 10, height: 7.5, rx: 1.5 }))
    body.setAttribute(k, String(v));
  body.setAttribute('fill', hex(SCENE_COLOURS.lock));
  svg.append(shackle, body);
}

function swatch(fill: string, ring = false, lock = false): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '-12 -12 24 24');
  svg.setAttribute('width', '22');
  svg.setAttribute('height', '22');
  svg.setAttribute('aria-hidden', 'true');
  const shape = document.createElementNS(SVG, ring ? 'circle' : 'rect');
  if (ring) {
    shape.setAttribute('r', '8');
    shape.setAttribute('fill', 'none');
    shape.setAttribute('stroke', fill);
    shape.setAttribute('stroke-width', '3');
  } else {
    for (const [k, v] of Object.entries({ x: -7, y: -10, width: 14, height: 20, rx: 4 }))
      shape.setAttribute(k, String(v));
    shape.setAttribute('fill', fill);
    shape.setAttribute('stroke', css(SCENE_COLOURS.outline));
    shape.setAttribute('stroke-width', '1.5');
  }
  svg.append(shape);
  if (lock) padlock(svg);
  return svg;
}

export interface Legend {
  element: HTMLUListElement;
  /** Shows the ligands present (from ligandsIn) and the receptor looks they can cause. */
  update(ligands: readonly LigandName[]): void;
}

/** In lecture mode the key stands beside the picture and scrolls when the stage is short: while it
 *  does, it is a tab stop (named by its label), so keyboard users can scroll it too (WCAG 2.1.1, axe's
 *  scrollable-region-focusable); when everything shows, it is not, and costs no extra Tab. */
function keyboardScrollable(list: HTMLElement): void {
  if (typeof ResizeObserver === 'undefined') return;
  const check = () => {
    const scrolls = list.scrollHeight > list.clientHeight + 1 || list.scrollWidth > list.clientWidth + 1;
    if (scrolls) list.tabIndex = 0;
    else list.removeAttribute('tabindex');
  };
  const watch = new ResizeObserver(check);
  watch.observe(list);
  new MutationObserver(check).observe(list, { childList: true });
}

export function createLegend(): Legend {
  const list = document.createElement('ul');
  list.className = 'scene-legend';
  list.setAttribute('aria-label', strings.scene.legendLabel);
  keyboardScrollable(list);
  const item = (icon: SVGSVGElement, text: string) => {
    const li = document.createElement('li');
    li.append(icon, document.createTextNode(text));
    return li;
  };
  const states = strings.scene.states;
  // Only the looks this scenario can show: dim needs a partial agonist, dark an antagonist.
  const stateItems = (partial: boolean, antagonist: boolean) => [
    item(swatch(hex(SCENE_COLOURS.receptorLit)), states.lit),
    ...(partial ? [item(swatch(hex(SCENE_COLOURS.receptorDim)), states.dim)] : []),
    ...(antagonist
      ? [
          item(swatch(hex(SCENE_COLOURS.receptorDark), false, true), states.dark),
          item(swatch(hex(SCENE_COLOURS.blocked), true), states.bounce),
        ]
      : []),
  ];
  let shown = '';
  return {
    element: list,
    update(present) {
      // A dose of a drug already there changes nothing here: keep the list (and the layout) as it is.
      if (present.join() === shown) return;
      shown = present.join();
      // Molecules drawn alike (heroin and its 6-MAM) share one entry.
      const groups = new Map<string, LigandName[]>();
      for (const name of present) {
        const key = `${LIGAND_STYLE[name].css}/${LIGAND_STYLE[name].shape}`;
        groups.set(key, [...(groups.get(key) ?? []), name]);
      }
      const ligands = [...groups.values()].map((names) =>
        item(
          shapeSvg(LIGAND_STYLE[names[0]!].shape, LIGAND_STYLE[names[0]!].css),
          names.map((name) => strings.scene.ligands[name]).join(', '),
        ),
      );
      const has = (cls: string) => [...groups.values()].flat().some((n) => LIGANDS[n].class === cls);
      list.replaceChildren(...ligands, ...stateItems(has('partial_agonist'), has('antagonist')));
    },
  };
}
