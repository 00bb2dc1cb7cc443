// Chart 4, "Breathing lost": the share of the normal drive to breathe that opioids take away, with
// the danger zone (half or more lost, the engine's overdose threshold) marked so it cannot be missed.
// The axis says what is plotted (the drive lost), so a rising line cannot be read as better breathing.
import { scaleLinear } from 'd3-scale';
import { EVENT_THRESHOLDS } from '../../sim/index';
import { format, strings } from '../strings/index';
import { createFrame, drawYTicks, type Chart } from './chart-frame';
import { downsampler } from './downsample';
import { ghostLine } from './ghost';
import { linearMap, project } from './path';
import { segmentedPath } from './segments';

const S = strings.timeline.breathing;

export function createBreathingChart(host: HTMLElement): Chart {
  const frame = createFrame(host, {
    id: 'breathing',
    title: S.title,
    description: S.description,
    height: 150,
  });
  const y = scaleLinear().domain([0, 1]);
  const danger = EVENT_THRESHOLDS.overdoseBreathing.value;
  const zone = frame.back.append('rect').attr('class', 'tl-danger').attr('x', 0);
  const zoneEdge = frame.back.append('line').attr('class', 'tl-danger-edge');
  const zoneLabel = frame.back
    .append('text')
    .attr('class', 'tl-danger-label')
    .attr('dy', '1em')
    .attr('text-anchor', 'end')
    .text(S.danger);
  const axisName = frame.yAxis
    .append('text')
    .attr('class', 'tl-axis-name')
    .attr('text-anchor', 'middle')
    .text(S.axis);
  frame.onResize((inner) => {
    y.range([inner, 0]);
    zone.attr('y', y(1)).attr('height', y(danger) - y(1));
    zoneEdge.attr('y1', y(danger)).attr('y2', y(danger));
    zoneLabel.attr('y', y(1) + 4);
    axisName.attr('transform', `translate(-60,${inner / 2}) rotate(-90)`);
    drawYTicks(
      frame.yAxis,
      [0, danger, 1].map((v) => ({ y: y(v), label: format.pct(v) })),
    );
  });
  const pick = downsampler();
  const fill = segmentedPath(frame.plot, 'tl-breathing-area');
  const edge = segmentedPath(frame.plot, 'tl-breathing');
  edge.g.setAttribute('fill', 'none');

  const ghost = ghostLine(frame, 'respiratory_depression');

  return {
    frame,
    setGhost: ghost.set,
    exportKey: () => [
      { label: S.axis, stroke: getComputedStyle(edge.g).stroke },
      { label: S.danger, band: { fill: getComputedStyle(zone.node()!).fill, opacity: 0.25 } },
      ...ghost.key(),
    ],
    update(tl, view) {
      frame.layout(view);
      const [x0, x1] = frame.x.range() as [number, number];
      zone.attr('width', x1 - x0);
      zoneEdge.attr('x1', x0).attr('x2', x1);
      zoneLabel.attr('x', x1 - 8);
      const t = tl.t_h;
      const v = tl.respiratory_depression;
      const picked = pick(t, v, view.h0, view.h1, x1 - x0, view.from);
      const p = project(
        picked.index,
        t,
        v,
        linearMap(frame.x.domain(), frame.x.range()),
        linearMap(y.domain(), y.range()),
      );
      // The scale ends at breathing stopped: keep the line on the chart.
      for (let k = 0; k < p.y.length; k++) p.y[k] = Math.max(p.y[k]!, 0);
      fill.draw(p.x, p.y, x1 - x0, frame.inner, picked.unchanged);
      edge.draw(p.x, p.y, x1 - x0, undefined, picked.unchanged);
      ghost.draw(view, linearMap(y.domain(), y.range()));
    },
  };
}
