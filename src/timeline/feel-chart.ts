// Chart 1, "How it feels": euphoria rises above the person's own baseline, withdrawal hangs below it
// on the COWS scale, over the labelled COWS bands. One baseline line splits the two scales so the eye
// reads "up feels good, down feels bad" without reading numbers.
import { scaleLinear } from 'd3-scale';
import { COWS_BANDS } from '../../sim/index';
import { strings } from '../strings/index';
import { CHART_STYLE } from '../theme';
import { createFrame, drawYTicks, spanChanged, type Chart, type ChartFrame } from './chart-frame';
import { downsampler } from './downsample';
import { ghostLine } from './ghost';
import { linearMap, project } from './path';
import { segmentedPath } from './segments';
import { cowsBands } from '../core/cows';

const S = strings.timeline.feel;

/** The y layout: euphoria 0-100 above the baseline, COWS 0-48 (COWS_BANDS.max) below it, the split at `split` of the height. */
export function feelScales(inner: number, split = 0.5) {
  const base = inner * split;
  return {
    base,
    up: scaleLinear().domain([0, 100]).range([base, 0]),
    down: scaleLinear().domain([0, COWS_BANDS.max]).range([base, inner]),
  };
}

/** Each series is a filled area (the feeling's size) and a line on its edge (its exact course). */
function feelSeries(frame: ChartFrame, cls: string, colour: string) {
  const fill = segmentedPath(frame.plot, `${cls}-area`);
  fill.g.setAttribute('fill', colour);
  fill.g.setAttribute('fill-opacity', String(CHART_STYLE.areaOpacity));
  const edge = segmentedPath(frame.plot, cls);
  edge.g.setAttribute('fill', 'none');
  edge.g.setAttribute('stroke', colour);
  edge.g.setAttribute('stroke-width', '2.5');
  return { fill, edge };
}

/**
 * What stands behind the curves: the labelled COWS bands, the baseline with its name, and the y axis
 * (euphoria ticks above, COWS band edges below). `layout` glues the two scales at the baseline on the
 * plot's height and returns them; `stretch` spans the plot's width.
 */
function feelBackdrop(frame: ChartFrame) {
  const bands = frame.back.append('g').attr('class', 'tl-bands');
  const bandData = cowsBands();
  const bandRects = bands
    .selectAll('rect')
    .data(bandData)
    .join('rect')
    .attr('class', (b) => `tl-band tl-band--${b.key}`)
    .attr('x', 0);
  const bandLabels = bands
    .selectAll('text')
    .data(bandData.filter((b) => b.key !== 'none'))
    .join('text')
    .attr('class', 'tl-band-label')
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .text((b) => S.bands[b.key]);
  const baseline = frame.plot.append('line').attr('class', 'tl-baseline');
  // At the right end, where the COWS band labels are: the left is where a first dose rises.
  const baseLabel = frame.back
    .append('text')
    .attr('class', 'tl-baseline-label')
    .attr('text-anchor', 'end')
    .text(S.baseline);
  const axisNames = frame.yAxis
    .selectAll('text.tl-axis-name')
    .data([S.euphoria, 'COWS'])
    .join('text')
    .attr('class', 'tl-axis-name')
    // Each name runs away from the baseline (euphoria up, COWS down), so on a short plot they never meet.
    .attr('text-anchor', (_, i) => (i === 0 ? 'start' : 'end'))
    .text((d) => d);

  const changed = spanChanged();
  return {
    layout(inner: number) {
      const scales = feelScales(inner);
      const { up, down, base } = scales;
      bandRects.attr('y', (b) => down(b.from)).attr('height', (b) => down(b.to) - down(b.from));
      bandLabels
        .attr('y', (b) => (down(b.from) + down(b.to)) / 2)
        // A band too thin for its name (a short plot on the stage) goes unnamed rather than overprinted.
        .attr('visibility', (b) => (down(b.to) - down(b.from) < 13 ? 'hidden' : null));
      baseline.attr('y1', base).attr('y2', base);
      baseLabel.attr('y', base - 6);
      const { moderate, moderatelySevere, severe, max } = COWS_BANDS;
      // Most important first: the baseline and the ends, then the band edges a short plot can drop.
      drawYTicks(frame.yAxis, [
        { y: base, label: '0' },
        { y: up(100), label: '100' },
        { y: down(max), label: String(max) },
        { y: up(50), label: '50' },
        ...[moderatelySevere, moderate, severe].map((v) => ({ y: down(v), label: String(v) })),
      ]);
      const at = [base - 6, base + 6];
      axisNames.attr('transform', (_, i) => `translate(-60,${at[i]}) rotate(-90)`);
      return scales;
    },
    stretch(x0: number, x1: number) {
      if (!changed(x0, x1)) return;
      bandRects.attr('width', x1 - x0);
      bandLabels.attr('x', x1 - 8);
      baseline.attr('x1', x0).attr('x2', x1);
      baseLabel.attr('x', x1 - 8);
    },
  };
}

export function createFeelChart(host: HTMLElement): Chart {
  const frame = createFrame(host, { id: 'feel', title: S.title, description: S.description, height: 230 });
  let { up, down, base } = feelScales(frame.inner);
  const pickUp = downsampler();
  const pickDown = downsampler();
  const upPath = feelSeries(frame, 'tl-euphoria', CHART_STYLE.euphoria);
  const downPath = feelSeries(frame, 'tl-withdrawal', CHART_STYLE.withdrawal);
  // After the curves: the baseline is drawn over them.
  const backdrop = feelBackdrop(frame);
  frame.onResize((inner) => ({ up, down, base } = backdrop.layout(inner)));
  const ghost = ghostLine(frame, 'euphoria');
  const band = (path: { edge: { g: SVGGElement } }) => ({
    fill: getComputedStyle(path.edge.g).stroke,
    opacity: CHART_STYLE.areaOpacity,
  });

  return {
    frame,
    setGhost: ghost.set,
    exportKey: () => [
      { label: S.euphoria, band: band(upPath) },
      { label: S.withdrawal, band: band(downPath) },
      ...ghost.key(),
    ],
    update(tl, view) {
      frame.layout(view);
      const [x0, x1] = frame.x.range() as [number, number];
      backdrop.stretch(x0, x1);
      const cols = x1 - x0;
      const t = tl.t_h;
      const mx = linearMap(frame.x.domain(), frame.x.range());
      const e = pickUp(t, tl.euphoria, view.h0, view.h1, cols, view.from);
      const eu = project(e.index, t, tl.euphoria, mx, linearMap(up.domain(), up.range()));
      const cows = tl.withdrawal_cows;
      const w = pickDown(t, cows, view.h0, view.h1, cols, view.from);
      const wd = project(w.index, t, cows, mx, linearMap(down.domain(), down.range()));
      // The COWS scale ends at its maximum (48): keep the line on the chart.
      for (let k = 0; k < wd.y.length; k++) wd.y[k] = Math.min(wd.y[k]!, frame.inner);
      upPath.fill.draw(eu.x, eu.y, cols, base, e.unchanged);
      upPath.edge.draw(eu.x, eu.y, cols, undefined, e.unchanged);
      downPath.fill.draw(wd.x, wd.y, cols, base, w.unchanged);
      downPath.edge.draw(wd.x, wd.y, cols, undefined, w.unchanged);
      ghost.draw(view, linearMap(up.domain(), up.range()));
    },
  };
}
