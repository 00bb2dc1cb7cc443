// Chart 3, "Drug levels": plasma concentration of every molecule on a log scale (levels span five
// decades, from a heroin rush to the last of a monthly injection), one line each, each toggleable
// with a real checkbox in the legend.
import { scaleLog, type ScaleLogarithmic } from 'd3-scale';
import type { Timeline } from '../../sim/index';
import { format, strings } from '../strings/index';
import { MARGIN, createFrame, drawYTicks, type Chart, type ChartFrame, type ChartView } from './chart-frame';
import { downsampler } from './downsample';
import { linearMap, project, type Projected } from './path';
import { keyedSeries, segmentedPath } from './segments';
import { createPlasmaLegend, lineOf } from './plasma-legend';
import { PLASMA_FLOOR, maxTracker, plasmaDomain } from './series';

const S = strings.timeline;

/** "0.01", "1", "100", "10k": decade labels short enough for the axis (0,01 where that is the way). */
export const formatDecade = (v: number) =>
  v >= 1000 ? `${format.num(v / 1000)}k` : v >= 1 ? format.num(v) : format.sig(v, 1);

export interface PlasmaChart extends Chart {
  /** Molecules the user has hidden. */
  hidden: Set<string>;
}

/** The log axis: a tick and a grid line at each decade (none when there is no drug to read). */
function drawDecades(
  frame: ChartFrame,
  y: ScaleLogarithmic<number, number>,
  x0: number,
  x1: number,
  empty: boolean,
) {
  const decades = empty
    ? []
    : y.ticks().filter((v) => Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9);
  drawYTicks(
    frame.yAxis,
    decades.map((v) => ({ y: y(v), label: formatDecade(v) })),
  );
  frame.back
    .selectAll('line')
    .data(decades)
    .join('line')
    .attr('class', 'tl-hgrid')
    .attr('x1', x0)
    .attr('x2', x1)
    .attr('y1', (v) => y(v))
    .attr('y2', (v) => y(v));
}

/** Per molecule, what is kept between redraws: its downsampling, its peak, its points. */
interface LineMemo {
  pick: ReturnType<typeof downsampler>;
  max: ReturnType<typeof maxTracker>;
  drawn?: Projected;
}

function lineMemos() {
  const memos = new Map<string, LineMemo>();
  return {
    of(k: string): LineMemo {
      let m = memos.get(k);
      if (!m) memos.set(k, (m = { pick: downsampler(), max: maxTracker() }));
      return m;
    },
    /** A hidden line is not kept up to date: it starts afresh when shown again. */
    keepOnly(shown: readonly string[]) {
      for (const k of memos.keys()) if (!shown.includes(k)) memos.delete(k);
    },
  };
}

/** Where a sample lands on the plot: x by time; y on the log scale by hand (y = a * log10(v) + b). */
interface LevelProjection {
  mx: ReturnType<typeof linearMap>;
  yOf: (c: number) => number;
  width: number;
}

/** The projection of the plot as laid out now, shared by every line of a redraw. Below the floor a
 *  drug counts as gone: NaN breaks its line there rather than draw a flat floor. */
function levelProjection(frame: ChartFrame, y: ScaleLogarithmic<number, number>): LevelProjection {
  const [x0, x1] = frame.x.range() as [number, number];
  const my = linearMap(y.domain().map(Math.log10), y.range());
  return {
    mx: linearMap(frame.x.domain(), frame.x.range()),
    yOf: (c) => (c >= PLASMA_FLOOR ? my.a * Math.log10(c) + my.b : NaN),
    width: x1 - x0,
  };
}

/** One molecule's line, from the first sample changed (`view.from`): downsampled to the plot's
 *  width, projected, the unchanged start kept. */
function drawLevel(
  line: ReturnType<typeof segmentedPath>,
  memo: LineMemo,
  t: Float64Array,
  v: Float64Array,
  view: ChartView,
  at: LevelProjection,
  scale: string,
): void {
  const picked = memo.pick(t, v, view.h0, view.h1, at.width, view.from, scale);
  const keep = memo.drawn && { from: memo.drawn, unchanged: picked.unchanged };
  const p = (memo.drawn = project(picked.index, t, v, at.mx, at.yOf, keep));
  line.draw(p.x, p.y, at.width, undefined, picked.unchanged);
}

/**
 * The log axis with its unit, and the message of a chart with no drug: redrawn only when the range
 * of levels, the plot's size or whether there is any drug changes.
 */
function plasmaAxis(frame: ChartFrame, y: ScaleLogarithmic<number, number>) {
  const empty = frame.svg.append('text').attr('class', 'tl-empty').attr('text-anchor', 'middle');
  const unit = frame.yAxis.append('text').attr('class', 'tl-axis-name').attr('text-anchor', 'middle');
  unit.text(S.plasma.unit);
  let drawn = '';
  frame.onResize((inner) => {
    y.range([inner, 0]);
    unit.attr('transform', `translate(-60,${inner / 2}) rotate(-90)`);
    drawn = '';
  });
  return (x0: number, x1: number, molecules: number, scale: string) => {
    if (`${scale} ${x0} ${x1} ${molecules}` === drawn) return;
    drawn = `${scale} ${x0} ${x1} ${molecules}`;
    // With no drug in the blood there is nothing to read off a scale: no ticks under the message.
    drawDecades(frame, y, x0, x1, !molecules);
    unit.attr('visibility', molecules ? null : 'hidden');
    // Centred on the plot, not the whole figure, so it clears the axis.
    empty
      .attr('x', MARGIN.left + (x1 - x0) / 2)
      .attr('y', MARGIN.top + frame.inner / 2)
      .attr('dy', '0.35em')
      .text(molecules ? '' : S.plasma.none);
  };
}

/** One line per molecule, in its colour and dash, made when the molecule first appears. */
const plasmaLines = (frame: ChartFrame) =>
  keyedSeries(frame.plot, (k) => {
    const line = segmentedPath(frame.plot, `tl-plasma tl-plasma--${k}`, lineOf(k).dash || undefined);
    line.g.setAttribute('fill', 'none');
    line.g.setAttribute('stroke', lineOf(k).stroke);
    line.g.setAttribute('stroke-width', '2.5');
    return [line];
  });

export function createPlasmaChart(host: HTMLElement): PlasmaChart {
  const frame = createFrame(host, {
    id: 'plasma',
    title: S.plasma.title,
    description: S.plasma.description,
    height: 190,
  });
  const y = scaleLog().clamp(true);
  const hidden = new Set<string>();
  let last: { tl: Timeline; view: ChartView } | undefined;
  const legend = createPlasmaLegend(frame.head, hidden, () => last && draw(last.tl, last.view));
  const drawAxis = plasmaAxis(frame, y);
  const lines = plasmaLines(frame);
  const memos = lineMemos();

  const draw = (tl: Timeline, view: ChartView) => {
    frame.layout(view);
    const [x0, x1] = frame.x.range() as [number, number];
    const keys = Object.keys(tl.plasma_ng_ml);
    const shown = keys.filter((k) => !hidden.has(k));
    y.domain(plasmaDomain(tl.plasma_ng_ml, shown, (k, v) => memos.of(k).max(v, view.from)));
    const scale = `${y.domain().join()} ${frame.inner}`;
    drawAxis(x0, x1, keys.length, scale);
    const at = levelProjection(frame, y);
    for (const [k, [line]] of lines(shown))
      drawLevel(line!, memos.of(k), tl.t_h, tl.plasma_ng_ml[k]!, view, at, scale);
    memos.keepOnly(shown);
    legend.show(keys);
  };

  return {
    frame,
    hidden,
    exportKey: () =>
      legend
        .keys()
        .filter((k) => !hidden.has(k))
        .map((k) => ({
          label: S.names[k] ?? k,
          stroke: lineOf(k).stroke,
          dash: lineOf(k).dash || undefined,
        })),
    update(tl, view) {
      last = { tl, view };
      draw(tl, view);
    },
  };
}
