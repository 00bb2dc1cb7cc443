// The patient's curve as an svg: made once, its layers in drawing order (the fade zone, the levels'
// grid and names, the calendar, the block's area and line, the marked days, today), then redrawn from
// a CurveLayout (curve-layout.ts) each time the points, the dates or the width change.
import { axisBottom } from 'd3-axis';
import { select, type Selection } from 'd3-selection';
import { strings } from '../strings/index';
import type { CurveLayout, PlacedMarker } from './curve-layout';

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Makes the svg's layers in `box`; returns the function that draws a layout on them. */
export function createCurveChart(box: HTMLElement) {
  const c = strings.lessons.counsellor.curve;
  const svg = select(box).append('svg').attr('class', 'curve-svg').attr('role', 'img');
  const plot = svg.append('g');
  const fade = plot.append('rect').attr('class', 'curve-fade-zone');
  const grid = plot.append('g').attr('class', 'curve-grid');
  const yAxis = plot.append('g').attr('class', 'curve-y');
  const yName = plot
    .append('text')
    .attr('class', 'curve-axis-name')
    .attr('text-anchor', 'middle')
    .text(c.axis);
  const xAxis = plot.append('g').attr('class', 'curve-x');
  const fill = plot.append('path').attr('class', 'curve-area');
  const edge = plot.append('path').attr('class', 'curve-line');
  const marks = plot.append('g').attr('class', 'curve-marks');
  const today = plot.append('g').attr('class', 'curve-today');
  today.append('line');
  today.append('text').text(c.today);

  const draw = (l: CurveLayout) => {
    plot.attr('transform', `translate(${l.left},${l.top})`);
    yName.attr('display', l.narrow ? 'none' : null);
    svg.attr('width', l.width).attr('height', l.height).attr('viewBox', `0 0 ${l.width} ${l.height}`);
    drawCalendar(xAxis, l);
    yName.attr('transform', `translate(${-l.left + 14},${l.plotHeight / 2}) rotate(-90)`);
    drawLevels(yAxis, grid, l);
    fade.attr('x', l.fadeZone.x).attr('width', l.fadeZone.width).attr('y', 0).attr('height', l.plotHeight);
    drawMarkers(marks, l);
    fill.attr('d', l.areaPath);
    edge.attr('d', l.linePath);
    drawToday(today, l);
    svg.attr('aria-label', l.summary);
  };
  return {
    draw,
    /** Hides the chart while there is no date to draw it from. */
    shown(on: boolean) {
      svg.attr('display', on ? null : 'none');
    },
  };
}

/** The dates under the plot, in the browser's own way of writing them. */
function drawCalendar(xAxis: G, l: CurveLayout) {
  xAxis
    .attr('transform', `translate(0,${l.plotHeight})`)
    .call(
      axisBottom(l.x)
        .tickValues(l.ticks.map((t) => t.day))
        .tickFormat((_, i) => l.ticks[i]!.label),
    )
    .attr('font-size', null)
    .attr('font-family', null);
}

/** Full, half and none: named at the left and ruled across the plot. */
function drawLevels(yAxis: G, grid: G, l: CurveLayout) {
  yAxis
    .selectAll('text')
    .data(l.levels)
    .join('text')
    .attr('x', -8)
    .attr('y', (v) => v.y)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .text((v) => v.label);
  grid
    .selectAll('line')
    .data(l.levels)
    .join('line')
    .attr('x1', 0)
    .attr('x2', l.plotWidth)
    .attr('y1', (v) => v.y)
    .attr('y2', (v) => v.y);
}

/** The given, fade and due days: a line down the plot each, with its label above. */
function drawMarkers(marks: G, l: CurveLayout) {
  const mark = marks
    .selectAll<SVGGElement, PlacedMarker>('g')
    .data(l.markers)
    .join((e) => {
      const g = e.append('g');
      g.append('line');
      g.append('text');
      return g;
    })
    .attr('class', (m) => `curve-mark curve-mark--${m.cls}`);
  mark
    .select('line')
    .attr('x1', (m) => m.x)
    .attr('x2', (m) => m.x)
    .attr('y1', -4)
    .attr('y2', l.plotHeight);
  mark
    .select('text')
    .attr('x', (m) => m.labelX)
    .attr('y', (m) => m.labelY)
    .attr('text-anchor', (m) => m.anchor)
    .text((m) => m.label);
}

/** Today's line, low down labelled inside the plot; hidden when today is off the curve's days. */
function drawToday(today: G, l: CurveLayout) {
  today.attr('visibility', l.today.visible ? null : 'hidden').attr('transform', `translate(${l.today.x},0)`);
  today.select('line').attr('y1', 0).attr('y2', l.plotHeight);
  today
    .select('text')
    .attr('x', l.today.labelX)
    .attr('y', l.plotHeight - 8)
    .attr('text-anchor', l.today.anchor);
}
