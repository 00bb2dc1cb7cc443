// A ghost curve: what a lesson compares the answer with (the same scenario without naltrexone, or
// without naloxone), drawn as a dashed line over the chart it belongs to, with its name in the chart's
// heading. Drawn whole on each redraw of its chart (only when the data or the window change).
import type { Timeline } from '../../sim/index';
import type { ExportKeyEntry } from '../core/exports';
import type { ChartFrame, ChartView } from './chart-frame';
import { minMaxIndices } from './downsample';
import { linearMap, project, type LinearMap } from './path';

export type GhostSeries = 'euphoria' | 'respiratory_depression';

export interface Ghost {
  timeline: Timeline;
  series: GhostSeries;
  label: string;
}

export interface GhostLine {
  set(ghost: Ghost | null): void;
  draw(view: ChartView, y: LinearMap): void;
  /** The ghost's entry in a downloaded chart's key (none without a ghost). */
  key(): ExportKeyEntry[];
}

/** The key: a short dashed line (a dashed border: no SVG in the heading, which holds only words and
 *  buttons) and the ghost's name, in the chart's heading. */
function ghostKey(head: HTMLElement): { el: HTMLElement; text: Text } {
  const el = head.appendChild(document.createElement('span'));
  el.className = 'tl-ghost-key';
  const mark = el.appendChild(document.createElement('span'));
  mark.className = 'tl-ghost-mark';
  mark.setAttribute('aria-hidden', 'true');
  const text = el.appendChild(document.createTextNode(''));
  el.hidden = true;
  return { el, text };
}

export function ghostLine(frame: ChartFrame, series: GhostSeries): GhostLine {
  const path = frame.plot.append('path').attr('class', 'tl-ghost');
  const key = ghostKey(frame.head);
  let ghost: Ghost | null = null;
  return {
    set(g) {
      ghost = g && g.series === series ? g : null;
      key.el.hidden = !ghost;
      key.text.data = ghost ? ghost.label : '';
      if (!ghost) path.attr('d', null);
    },
    key() {
      const stroke = getComputedStyle(path.node()!).stroke;
      return ghost ? [{ label: ghost.label, stroke, dash: '7 5' }] : [];
    },
    draw(view, y) {
      if (!ghost) return;
      const t = ghost.timeline.t_h;
      const v = ghost.timeline[series];
      const [x0, x1] = frame.x.range() as [number, number];
      const index = minMaxIndices(t, v, view.h0, view.h1, x1 - x0);
      const p = project(index, t, v, linearMap(frame.x.domain(), frame.x.range()), y);
      let d = '';
      for (let k = 0; k < p.x.length; k++)
        d += `${k ? 'L' : 'M'}${p.x[k]!.toFixed(1)},${Math.max(0, Math.min(frame.inner, p.y[k]!)).toFixed(1)}`;
      path.attr('d', d || null);
    },
  };
}
