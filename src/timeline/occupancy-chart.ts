// Chart 2, "Receptors": the share of mu receptors each molecule holds, stacked, with free receptors
// on top in grey. Endorphin sits at the bottom as the baseline everything else displaces.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { ExportKeyEntry } from '../core/exports';
import { format, strings } from '../strings/index';
import { LIGAND_STYLE } from '../theme';
import { createFrame, drawYTicks, spanChanged, type Chart, type ChartFrame } from './chart-frame';
import { shapePath } from '../core/shapes';
import { swatch } from './legend';
import { linearMap, type LinearMap } from './path';
import { keyedSeries, segmentedPath, type SegmentedPath } from './segments';
import { downsampler } from './downsample';
import { freeShare, stackOccupancy, type Layer } from './series';

const S = strings.timeline;
const styleOf = (k: string) => LIGAND_STYLE[k as keyof typeof LIGAND_STYLE] ?? LIGAND_STYLE.free;

/** The export's key from the legend's keys (bottom layer first, as stacked): the top layer first. */
export function stackKey(legendKeys: string): ExportKeyEntry[] {
  return legendKeys
    .split(',')
    .filter(Boolean)
    .reverse()
    .map((k) => ({
      label: S.names[k] ?? k,
      shape: shapePath(styleOf(k).shape, 6),
      fill: styleOf(k).css,
    }));
}

/** The legend's items, the top layer first, so it reads in the order the eye meets the stack. */
function legendItems(layers: readonly Layer[]): HTMLLIElement[] {
  return layers
    .slice()
    .reverse()
    .map((l) => {
      const li = document.createElement('li');
      li.append(swatch(styleOf(l.key).shape, styleOf(l.key).css), S.names[l.key] ?? l.key);
      return li;
    });
}

/** The y axis (0-100 % of receptors) and the grid line at half, placed again on each resize. */
function attachShareAxis(frame: ChartFrame, y: ScaleLinear<number, number>): void {
  const half = frame.back.selectAll('line').data([0.5]).join('line').attr('class', 'tl-hgrid');
  frame.onResize((inner) => {
    y.range([inner, 0]);
    drawYTicks(
      frame.yAxis,
      [0, 0.5, 1].map((v) => ({ y: y(v), label: format.pct(v) })),
    );
    half.attr('y1', (v) => y(v)).attr('y2', (v) => y(v));
  });
}

// Painter's order: each layer is filled from the axis up to its top, the highest first, so
// neighbouring layers never leave a seam between them; a thin edge in the surface colour runs
// along each top.
function paintLayers(
  painted: readonly Layer[],
  paths: Map<string, SegmentedPath[]>,
  xs: Float64Array,
  my: LinearMap,
  width: number,
  inner: number,
  unchanged: number,
): void {
  for (const l of painted) {
    const ys = new Float64Array(l.upper.length);
    for (let k = 0; k < ys.length; k++) ys[k] = my.a * l.upper[k]! + my.b;
    const [fill, edge] = paths.get(l.key)!;
    fill!.draw(xs, ys, width, inner, unchanged);
    edge!.draw(xs, ys, width, undefined, unchanged);
  }
}

export function createOccupancyChart(host: HTMLElement): Chart {
  const frame = createFrame(host, {
    id: 'occupancy',
    title: S.occupancy.title,
    description: S.occupancy.description,
    height: 170,
  });
  const y = scaleLinear().domain([0, 1]);
  const legend = frame.head.appendChild(document.createElement('ul'));
  legend.className = 'tl-legend';
  let legendKeys = '';
  const pick = downsampler();
  const series = keyedSeries(frame.plot, (k) => {
    const fill = segmentedPath(frame.plot, `tl-layer tl-layer--${k}`);
    fill.g.setAttribute('fill', styleOf(k).css);
    return [fill, segmentedPath(frame.plot, 'tl-layer-edge')];
  });
  attachShareAxis(frame, y);
  const spanned = spanChanged();

  return {
    frame,
    exportKey: () => stackKey(legendKeys),
    update(tl, view) {
      frame.layout(view);
      const [x0, x1] = frame.x.range() as [number, number];
      if (spanned(x0, x1)) frame.back.selectAll('line.tl-hgrid').attr('x1', x0).attr('x2', x1);
      // Half as many columns as pixels: stacked layers are wide areas, not thin lines.
      const cols = (x1 - x0) / 2;
      const picked = pick(tl.t_h, freeShare(tl), view.h0, view.h1, cols, view.from);
      const layers = stackOccupancy(tl, view.h0, view.h1, cols, picked.index);
      const t = tl.t_h;
      const mx = linearMap(frame.x.domain(), frame.x.range());
      const my = linearMap(y.domain(), y.range());
      const index = picked.index;
      const xs = new Float64Array(index.length);
      for (let k = 0; k < index.length; k++) xs[k] = mx.a * t[index[k]!]! + mx.b;
      const painted = layers.slice().reverse();
      const paths = series(painted.map((l) => l.key));
      paintLayers(painted, paths, xs, my, x1 - x0, frame.inner, picked.unchanged);
      const keys = layers.map((l) => l.key).join();
      if (keys !== legendKeys) {
        legendKeys = keys;
        legend.replaceChildren(...legendItems(layers));
      }
    },
  };
}
