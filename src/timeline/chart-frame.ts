// The scaffold every chart shares: a figure with a heading row, an SVG whose x scale maps model hours
// to pixels for the one view window, time gridlines and axis, and event markers. Charts add their own
// y scale and series; the frame is created once and re-laid-out on update. The SVG sits in a box
// whose height the page's layout decides (a fixed height in rem on a laptop, the rest of the stage on
// a projector): the redraw reads the box and `resize` moves everything that depends on the height.
// (The cursor is an overlay on all the charts at once: cursor-overlay.ts.)
import { axisBottom } from 'd3-axis';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import type { Timeline, TimelineEvent } from '../../sim/index';
import { formatTick } from './words';
import type { ExportKeyEntry } from '../core/exports';
import type { Ghost } from './ghost';

export type GSel = Selection<SVGGElement, unknown, null, undefined>;
export type SvgSel = Selection<SVGSVGElement, unknown, null, undefined>;

/** Plot margins in px; the same for every chart (and the dose track) so their time axes line up. */
export const MARGIN = { top: 10, right: 20, bottom: 28, left: 76 } as const;

/** What every chart needs to know about the shared time axis. */
export interface ChartView {
  h0: number;
  h1: number;
  /** Width of the whole SVG, px. */
  width: number;
  ticks: number[];
  step: number;
  events: readonly TimelineEvent[];
  /**
   * First sample of the timeline changed since the charts last drew it (the engine resumed there);
   * Infinity when the data are unchanged, 0 when all may have. Charts redraw only from there on.
   */
  from: number;
}

/** A chart: created once on a host, then updated with the timeline and the shared view. */
export interface Chart {
  frame: ChartFrame;
  update(tl: Timeline, view: ChartView): void;
  /** Draws a lesson's comparison as a ghost curve, if it belongs on this chart (null: none). */
  setGhost?(ghost: Ghost | null): void;
  /** The chart's key as drawn now, for a downloaded copy. */
  exportKey(): ExportKeyEntry[];
}

export interface ChartFrame {
  figure: HTMLElement;
  /** Heading row: title, then whatever the chart adds (legend, toggles, export buttons). */
  head: HTMLElement;
  /** The box the SVG fills: its height is the layout's (CSS) choice. */
  box: HTMLElement;
  svg: SvgSel;
  /** Data layer, clipped to the plot area. */
  plot: GSel;
  /** Behind the data: bands and gridlines. */
  back: GSel;
  yAxis: GSel;
  x: ScaleLinear<number, number>;
  /** SVG height, px. */
  readonly height: number;
  /** Plot height, px. */
  readonly inner: number;
  layout(view: ChartView): void;
  /** Sets the SVG's height (px); says whether it changed. Everything laid out on the plot height
   *  moves with it, the chart's own parts through `onResize`. */
  resize(height: number): boolean;
  /** Registers what the chart lays out on the plot height; it is called at once and on each resize. */
  onResize(place: (inner: number) => void): void;
}

/** The smallest plot a chart keeps, px: below this the axis labels would run into each other. */
export const MIN_CHART_HEIGHT = 96;

let clipSeq = 0;

/** A label on a chart's y axis: where (px from the plot's top) and what it says. */
export interface YTick {
  y: number;
  label: string;
}

/**
 * The labels a short axis keeps: `ticks` in order of importance, each kept only when it is at least
 * `gap` px from every label kept before it (a chart squeezed onto a projector's stage keeps its ends
 * and drops the ones between rather than print them over each other).
 */
export function spacedTicks(ticks: readonly YTick[], gap: number): YTick[] {
  const kept: YTick[] = [];
  for (const t of ticks) if (kept.every((k) => Math.abs(k.y - t.y) >= gap)) kept.push(t);
  return kept;
}

/** Room one y label needs, px: about a line of the charts' text at a lecture hall's size. */
export const Y_LABEL_GAP = 19;

/** The y-axis labels of every chart, drawn one way: right-aligned beside the plot, centred on y.
 *  Give them most important first: where the plot is short, the later ones make room. */
export function drawYTicks(axis: GSel, ticks: readonly YTick[]): void {
  axis
    .selectAll('text.tl-tick')
    .data(spacedTicks(ticks, Y_LABEL_GAP))
    .join('text')
    .attr('class', 'tl-tick')
    .attr('x', -8)
    .attr('y', (d) => d.y)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .text((d) => d.label);
}

/** The figure, its heading row and title, and the box the SVG fills. */
function figureFor(host: HTMLElement, id: string, title: string) {
  const figure = host.appendChild(document.createElement('figure'));
  figure.className = `tl-chart tl-chart--${id}`;
  figure.dataset.chart = id;
  const head = figure.appendChild(document.createElement('figcaption'));
  head.className = 'tl-chart-head';
  const h3 = head.appendChild(document.createElement('h3'));
  h3.className = 'tl-chart-title';
  h3.textContent = title;
  const box = figure.appendChild(document.createElement('div'));
  box.className = 'tl-plot-box';
  return { figure, head, box };
}

/** The SVG, named and described for screen readers, and its layers from back to front. */
function svgLayers(
  box: HTMLElement,
  opts: { id: string; title: string; description: string },
  height: number,
) {
  const inner = height - MARGIN.top - MARGIN.bottom;
  const clipId = `tl-clip-${opts.id}-${++clipSeq}`;
  const svg = select(box).append('svg').attr('class', 'tl-svg').attr('height', height).attr('role', 'img');
  svg.append('title').text(opts.title);
  svg.append('desc').text(opts.description);
  const clipRect = svg
    .append('defs')
    .append('clipPath')
    .attr('id', clipId)
    .append('rect')
    .attr('y', 0)
    .attr('height', inner);
  const frame = svg.append('g').attr('transform', `translate(${MARGIN.left},${MARGIN.top})`);
  return {
    svg,
    clipRect,
    back: frame.append('g').attr('class', 'tl-back'),
    grid: frame.append('g').attr('class', 'tl-grid'),
    plot: frame.append('g').attr('class', 'tl-plot').attr('clip-path', `url(#${clipId})`),
    events: frame.append('g').attr('class', 'tl-events').attr('clip-path', `url(#${clipId})`),
    yAxis: frame.append('g').attr('class', 'tl-y-axis'),
    xAxis: frame.append('g').attr('class', 'tl-x-axis').attr('transform', `translate(0,${inner})`),
  };
}

/** The time axis of one view window: gridlines, tick labels and the event markers, `inner` px tall. */
function drawTime(
  layers: Pick<ReturnType<typeof svgLayers>, 'grid' | 'xAxis' | 'events'>,
  x: ScaleLinear<number, number>,
  view: ChartView,
  inner: number,
) {
  const { grid, xAxis, events } = layers;
  const w = x.range()[1]!;
  grid
    .selectAll('line')
    .data(view.ticks)
    .join('line')
    .attr('x1', (h) => x(h))
    .attr('x2', (h) => x(h))
    .attr('y1', 0)
    .attr('y2', inner);
  xAxis
    .call(
      axisBottom(x)
        .tickValues(view.ticks)
        .tickSize(4)
        .tickFormat((h, i) => formatTick(+h, view.step, i === 0)),
    )
    .attr('font-size', null)
    .attr('font-family', null);
  // A label on the right edge would hang past the plot (cut off on the stage): it ends there instead.
  xAxis
    .selectAll<SVGTextElement, number>('.tick text')
    .attr('text-anchor', (h) => (x(h) > w - 24 ? 'end' : null));
  events
    .selectAll('line')
    .data(view.events)
    .join('line')
    .attr('class', (e) => `tl-event tl-event--${e.kind}`)
    .attr('x1', (e) => x(e.t_h))
    .attr('x2', (e) => x(e.t_h))
    .attr('y1', 0)
    .attr('y2', inner);
}

export function createFrame(
  host: HTMLElement,
  opts: { id: string; title: string; description: string; height: number },
): ChartFrame {
  const { figure, head, box } = figureFor(host, opts.id, opts.title);
  let height = opts.height;
  let inner = height - MARGIN.top - MARGIN.bottom;
  const layers = svgLayers(box, opts, height);
  const { svg, clipRect, xAxis } = layers;
  const x = scaleLinear();
  let lastKey = '';
  const placers: Array<(inner: number) => void> = [];

  return {
    figure,
    head,
    box,
    svg,
    plot: layers.plot,
    back: layers.back,
    yAxis: layers.yAxis,
    x,
    get height() {
      return height;
    },
    get inner() {
      return inner;
    },
    resize(next) {
      const h = Math.max(MIN_CHART_HEIGHT, Math.round(next));
      if (h === height) return false;
      height = h;
      inner = h - MARGIN.top - MARGIN.bottom;
      svg.attr('height', h);
      clipRect.attr('height', inner);
      xAxis.attr('transform', `translate(0,${inner})`);
      lastKey = ''; // gridlines and events span the plot's height: lay them out again
      for (const place of placers) place(inner);
      return true;
    },
    onResize(place) {
      placers.push(place);
      place(inner);
    },
    layout(view) {
      // A dose edit keeps the window: then only the events can have changed.
      const key = `${view.h0},${view.h1},${view.width},${view.events.map((e) => e.t_h + e.kind).join()}`;
      if (key === lastKey) return;
      lastKey = key;
      const w = Math.max(1, view.width - MARGIN.left - MARGIN.right);
      svg.attr('width', view.width).attr('viewBox', `0 0 ${view.width} ${height}`);
      clipRect.attr('width', w);
      x.domain([view.h0, view.h1]).range([0, w]);
      drawTime(layers, x, view, inner);
    },
  };
}

/** Whether the plot's span [x0, x1] differs from the last call's. What is stretched across the plot
 *  is written again only then: an attribute written with the same value still makes the browser
 *  restyle and re-lay out the element, at every redraw. */
export function spanChanged(): (x0: number, x1: number) => boolean {
  let last = '';
  return (x0, x1) => {
    const span = `${x0} ${x1}`;
    if (span === last) return false;
    last = span;
    return true;
  };
}
