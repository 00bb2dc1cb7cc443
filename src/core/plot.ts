// A small line chart for the panels that open in dialogs (the dose-shift explorer, Drug X): created
// once, then updated with data. A fixed view box scales with its box, so no layout is measured. Lines,
// bands and markers take CSS classes, and the stylesheets colour them from the theme; the words
// (title, description, axis labels) come from the caller. One image to assistive technology: callers
// say in words what it shows, beside it.
import './plot.css';
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear, scaleLog } from 'd3-scale';
import { select, type Selection } from 'd3-selection';

export interface PlotSeries {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  className: string;
}

export interface PlotOptions {
  title: string;
  description: string;
  xLabel: string;
  yLabel: string;
  log?: boolean;
  width?: number;
  height?: number;
  className?: string;
  xFormat?: (x: number) => string;
  yFormat?: (y: number) => string;
  xTicks?: number;
  /** Show the title above the chart too (when the axis label alone would not say what it is). */
  caption?: boolean;
}

export interface PlotData {
  xDomain: [number, number];
  yDomain: [number, number];
  series: PlotSeries[];
  /** Horizontal bands (from y0 to y1) and lines (y0 only), with a label at the right. */
  bands?: { y0: number; y1?: number; className: string; label?: string }[];
  /** Vertical marks with a label at the top. */
  marks?: { x: number; className: string; label?: string }[];
  /** Points drawn as dots. */
  points?: { x: number; y: number; className: string }[];
}

export interface Plot {
  figure: HTMLElement;
  svg: SVGSVGElement;
  update(data: PlotData): void;
  /** A vertical cursor line at x, or none. */
  cursor(x: number | undefined): void;
}

const M = { top: 14, right: 16, bottom: 44, left: 58 };
type G = Selection<SVGGElement, unknown, null, undefined>;

type Scale = (v: number) => number;

/** The SVG, named and described, its layers, the cursor line and the two axis labels. */
function plotLayers(figure: HTMLElement, o: PlotOptions, W: number, H: number) {
  const iw = W - M.left - M.right;
  const ih = H - M.top - M.bottom;
  const svg = select(figure).append('svg').attr('viewBox', `0 0 ${W} ${H}`).attr('role', 'img');
  svg.attr('class', 'plot-svg');
  svg.append('title').text(o.title);
  svg.append('desc').text(o.description);
  const g = svg.append('g').attr('transform', `translate(${M.left},${M.top})`);
  const layers = {
    svg,
    back: g.append('g'),
    xAxis: g.append('g').attr('class', 'plot-axis').attr('transform', `translate(0,${ih})`),
    yAxis: g.append('g').attr('class', 'plot-axis'),
    lines: g.append('g'),
    dots: g.append('g'),
    cursorLine: g.append('line').attr('class', 'plot-cursor').attr('y1', 0).attr('y2', ih),
  };
  g.append('text')
    .attr('class', 'plot-label')
    .attr('x', iw / 2)
    .attr('y', ih + 36)
    .attr('text-anchor', 'middle')
    .text(o.xLabel);
  g.append('text')
    .attr('class', 'plot-label')
    .attr('transform', `translate(${-44},${ih / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text(o.yLabel);
  layers.cursorLine.attr('visibility', 'hidden');
  return layers;
}

/** Each series as one path, its values held inside the y domain. */
function drawSeries(lines: G, series: PlotSeries[], x: Scale, y: Scale, yDomain: [number, number]) {
  const clampY = (v: number) => y(Math.min(yDomain[1], Math.max(yDomain[0], v)));
  lines
    .selectAll('path')
    .data(series)
    .join('path')
    .attr('class', (s) => `plot-line ${s.className}`)
    .attr('d', (s) => {
      let out = '';
      for (let i = 0; i < s.x.length; i++)
        out += `${i ? 'L' : 'M'}${x(s.x[i]!).toFixed(1)},${clampY(s.y[i]!).toFixed(1)}`;
      return out;
    });
}

/** Behind the lines: bands, horizontal lines and vertical marks, each with its label. */
function drawBackdrop(back: G, d: PlotData, x: Scale, y: Scale, iw: number, ih: number) {
  const bands = d.bands ?? [];
  back
    .selectAll('rect')
    .data(bands.filter((b) => b.y1 !== undefined))
    .join('rect')
    .attr('class', (b) => b.className)
    .attr('x', 0)
    .attr('width', iw)
    .attr('y', (b) => y(b.y1!))
    .attr('height', (b) => y(b.y0) - y(b.y1!));
  back
    .selectAll('line')
    .data([...bands.map((b) => ({ ...b, v: true })), ...(d.marks ?? []).map((m) => ({ ...m, v: false }))])
    .join('line')
    .attr('class', (b) => b.className)
    .attr('x1', (b) => ('x' in b ? x(b.x) : 0))
    .attr('x2', (b) => ('x' in b ? x(b.x) : iw))
    .attr('y1', (b) => ('y0' in b ? y(b.y0) : 0))
    .attr('y2', (b) => ('y0' in b ? y(b.y0) : ih));
  back
    .selectAll('text')
    .data([...bands, ...(d.marks ?? [])].filter((b) => b.label))
    .join('text')
    .attr('class', (b) => `plot-note ${b.className}`)
    // Marks: beside the line, at the top. Bands: inside, top left. Lines: under, at the right.
    .attr('x', (b) => ('x' in b ? x(b.x) + 4 : b.y1 !== undefined ? 4 : iw - 4))
    .attr('y', (b) => ('y0' in b ? y(b.y1 ?? b.y0) + 13 : 10))
    .attr('text-anchor', (b) => ('x' in b || b.y1 !== undefined ? 'start' : 'end'))
    .text((b) => b.label!);
}

export function createPlot(host: HTMLElement, o: PlotOptions): Plot {
  const W = o.width ?? 560;
  const H = o.height ?? 250;
  const iw = W - M.left - M.right;
  const ih = H - M.top - M.bottom;
  const figure = host.appendChild(document.createElement('figure'));
  figure.className = `plot ${o.className ?? ''}`.trim();
  if (o.caption) {
    const caption = figure.appendChild(document.createElement('figcaption'));
    caption.className = 'plot-caption';
    caption.textContent = o.title;
  }
  const { svg, back, xAxis, yAxis, lines, dots, cursorLine } = plotLayers(figure, o, W, H);
  const x = o.log ? scaleLog().range([0, iw]) : scaleLinear().range([0, iw]);
  const y = scaleLinear().range([ih, 0]);

  return {
    figure,
    svg: svg.node()!,
    update(d) {
      x.domain(d.xDomain);
      y.domain(d.yDomain);
      const xa = axisBottom(x).ticks(o.xTicks ?? 6);
      if (o.xFormat) xa.tickFormat((v) => o.xFormat!(Number(v)));
      xAxis.call(xa);
      const ya = axisLeft(y).ticks(5);
      if (o.yFormat) ya.tickFormat((v) => o.yFormat!(Number(v)));
      yAxis.call(ya);
      drawSeries(lines, d.series, x, y, d.yDomain);
      drawBackdrop(back, d, x, y, iw, ih);
      dots
        .selectAll('circle')
        .data(d.points ?? [])
        .join('circle')
        .attr('class', (p) => `plot-dot ${p.className}`)
        .attr('r', 4)
        .attr('cx', (p) => x(p.x))
        .attr('cy', (p) => y(p.y));
    },
    cursor(at) {
      cursorLine.attr('visibility', at === undefined ? 'hidden' : 'visible');
      if (at !== undefined) cursorLine.attr('x1', x(at)).attr('x2', x(at));
    },
  };
}
