// Chart 4, "Breathing lost": the share of the normal drive to breathe that opioids take away, with
// the danger zone (half or more lost, the engine's overdose threshold) marked so it cannot be missed.
// The axis says what is plotted (the drive lost), so a rising line cannot be read as better breathing.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { EVENT_THRESHOLDS } from '../../sim/index';
import { format, strings } from '../strings/index';
import { createFrame, drawYTicks, spanChanged, type Chart, type ChartFrame } from './chart-frame';
import { downsampler } from './downsample';
import { ghostLine } from './ghost';
import { linearMap, project } from './path';
import { segmentedPath } from './segments';

const S = strings.timeline.breathing;

/** The scale ends at breathing stopped: pixel rows above the plot's top are kept on it (in place). */
export function keepOnChart(ys: Float64Array): Float64Array {
  for (let k = 0; k < ys.length; k++) ys[k] = Math.max(ys[k]!, 0);
  return ys;
}

/** The danger zone: a band from the overdose threshold to all drive lost, its edge and its label. */
function createDangerZone(frame: ChartFrame) {
  const zone = frame.back.append('rect').attr('class', 'tl-danger').attr('x', 0);
  const edge = frame.back.append('line').attr('class', 'tl-danger-edge');
  const label = frame.back
    .append('text')
    .attr('class', 'tl-danger-label')
    .attr('dy', '1em')
    .attr('text-anchor', 'end')
    .text(S.danger);
  const changed = spanChanged();
  return {
    zone,
    /** Heights, from the y scale (on resize). */
    place(y: ScaleLinear<number, number>, danger: number) {
      zone.attr('y', y(1)).attr('height', y(danger) - y(1));
      edge.attr('y1', y(danger)).attr('y2', y(danger));
      label.attr('y', y(1) + 4);
    },
    /** Widths, across the plot (on each update). */
    stretch(x0: number, x1: number) {
      if (!changed(x0, x1)) return;
      zone.attr('width', x1 - x0);
      edge.attr('x1', x0).attr('x2', x1);
      label.attr('x', x1 - 8);
    },
  };
}

/** The y axis, named for the drive lost, with ticks at none, the danger threshold and all. */
function attachDriveAxis(
  frame: ChartFrame,
  y: ScaleLinear<number, number>,
  danger: number,
  zone: ReturnType<typeof createDangerZone>,
): void {
  const axisName = frame.yAxis
    .append('text')
    .attr('class', 'tl-axis-name')
    .attr('text-anchor', 'middle')
    .text(S.axis);
  frame.onResize((inner) => {
    y.range([inner, 0]);
    zone.place(y, danger);
    axisName.attr('transform', `translate(-60,${inner / 2}) rotate(-90)`);
    drawYTicks(
      frame.yAxis,
      [0, danger, 1].map((v) => ({ y: y(v), label: format.pct(v) })),
    );
  });
}

export function createBreathingChart(host: HTMLElement): Chart {
  const frame = createFrame(host, {
    id: 'breathing',
    title: S.title,
    description: S.description,
    height: 150,
  });
  const y = scaleLinear().domain([0, 1]);
  const danger = EVENT_THRESHOLDS.overdoseBreathing.value;
  const zone = createDangerZone(frame);
  attachDriveAxis(frame, y, danger, zone);
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
      { label: S.danger, band: { fill: getComputedStyle(zone.zone.node()!).fill, opacity: 0.25 } },
      ...ghost.key(),
    ],
    update(tl, view) {
      frame.layout(view);
      const [x0, x1] = frame.x.range() as [number, number];
      zone.stretch(x0, x1);
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
      keepOnChart(p.y);
      fill.draw(p.x, p.y, x1 - x0, frame.inner, picked.unchanged);
      edge.draw(p.x, p.y, x1 - x0, undefined, picked.unchanged);
      ghost.draw(view, linearMap(y.domain(), y.range()));
    },
  };
}
