// "Show me the curve": the patient's own curve, from the dates entered. The block's strength (the
// share of an ordinary dose it stops, from block-curve.ts) on the calendar from the last injection (or
// the last tablet), with the day the block may start to fade, the day the next shot is due and a
// "today" line, in plain words. Drawn with D3 once and updated; the engine's points are worked out in
// small pieces between frames (a few milliseconds each), so the page never stalls.
import { axisBottom } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { area, line } from 'd3-shape';
import { el } from '../core/dom';
import { locale, strings } from '../strings/index';
import { curveWork, type BlockPoint, type CurveKind, type CurveWork } from './block-curve';
import {
  INJECTION_INTERVAL_DAYS,
  INJECTION_WEAKENS_DAY,
  TABLET_FADE_DAYS,
  dayNumber,
  fromDayNumber,
  type IsoDate,
} from './dates';

/** Where the curve starts on the calendar, and today. */
export interface CurveDates {
  kind: CurveKind;
  /** The last injection or the last tablet. */
  origin: IsoDate;
  today: IsoDate;
}

const M = { top: 38, right: 18, bottom: 30, left: 72 };
/** Below this width (a phone) the axis name goes and the dates are two weeks apart. */
const NARROW = 440;
const HEIGHT = 240;
/** A piece of work between frames, ms: the engine's runs are 2-20 ms each. */
const SLICE_MS = 10;

/** The days a curve covers and its marked days (after the origin). */
const SPAN: Record<CurveKind, { from: number; to: number; tick: number; narrowTick: number }> = {
  injection: { from: 0, to: 42, tick: 7, narrowTick: 14 },
  tablet: { from: -2, to: 5, tick: 1, narrowTick: 2 },
};

const shortDate = (iso: IsoDate) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

interface Marker {
  day: number;
  label: string;
  cls: string;
}

function markers(kind: CurveKind): Marker[] {
  const c = strings.lessons.counsellor.curve;
  return kind === 'injection'
    ? [
        { day: 0, label: c.shot, cls: 'given' },
        { day: INJECTION_WEAKENS_DAY, label: c.fades, cls: 'fades' },
        { day: INJECTION_INTERVAL_DAYS, label: c.due, cls: 'due' },
      ]
    : [
        { day: 0, label: c.lastTablet, cls: 'given' },
        { day: TABLET_FADE_DAYS.from, label: c.fades, cls: 'fades' },
        { day: TABLET_FADE_DAYS.to, label: c.gone, cls: 'due' },
      ];
}

export interface CurveView {
  element: HTMLElement;
  /** Shows the curve for these dates (or asks for a date, given none). */
  show(dates: CurveDates | null): void;
}

export function createCurveView(): CurveView {
  const c = strings.lessons.counsellor.curve;
  const figure = el('figure', 'patient-curve');
  figure.id = 'patient-curve';
  const heading = el('h3', 'curve-title', c.heading);
  heading.id = 'patient-curve-title';
  figure.setAttribute('aria-labelledby', heading.id);
  const status = el('p', 'curve-status');
  status.setAttribute('aria-live', 'polite');
  const box = el('div', 'curve-box');
  const caption = el('figcaption', 'curve-caption');
  figure.append(heading, box, caption, status);

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

  const works: Partial<Record<CurveKind, CurveWork>> = {};
  let current: CurveDates | null = null;
  let pending: ReturnType<typeof setTimeout> | undefined;

  const draw = () => {
    const d = current;
    if (!d) return;
    const work = works[d.kind]!;
    const span = SPAN[d.kind];
    const width = Math.max(260, box.clientWidth || 600);
    const narrow = width < NARROW;
    const left = narrow ? 44 : M.left;
    const top = narrow ? M.top + 16 : M.top;
    plot.attr('transform', `translate(${left},${top})`);
    yName.attr('display', narrow ? 'none' : null);
    const w = width - left - M.right;
    const h = HEIGHT - M.top - M.bottom;
    const height = HEIGHT + (narrow ? 16 : 0);
    svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
    const x = scaleLinear().domain([span.from, span.to]).range([0, w]);
    const y = scaleLinear().domain([0, 1]).range([h, 0]);
    const origin = dayNumber(d.origin)!;
    const ticks: number[] = [];
    for (let t = span.from; t <= span.to; t += narrow ? span.narrowTick : span.tick) ticks.push(t);
    xAxis
      .attr('transform', `translate(0,${h})`)
      .call(
        axisBottom(x)
          .tickValues(ticks)
          .tickFormat((t) => shortDate(fromDayNumber(origin + Number(t)))),
      )
      .attr('font-size', null)
      .attr('font-family', null);
    const levels = [
      { v: 1, label: c.full },
      { v: 0.5, label: c.half },
      { v: 0, label: c.none },
    ];
    yName.attr('transform', `translate(${-left + 14},${h / 2}) rotate(-90)`);
    yAxis
      .selectAll('text')
      .data(levels)
      .join('text')
      .attr('x', -8)
      .attr('y', (l) => y(l.v))
      .attr('dy', '0.35em')
      .attr('text-anchor', 'end')
      .text((l) => l.label);
    grid
      .selectAll('line')
      .data(levels)
      .join('line')
      .attr('x1', 0)
      .attr('x2', w)
      .attr('y1', (l) => y(l.v))
      .attr('y2', (l) => y(l.v));
    const [m0, m1, m2] = markers(d.kind);
    fade
      .attr('x', x(m1!.day))
      .attr('width', Math.max(0, x(span.to) - x(m1!.day)))
      .attr('y', 0)
      .attr('height', h);
    const mark = marks
      .selectAll<SVGGElement, Marker>('g')
      .data([m0!, m1!, m2!])
      .join((e) => {
        const g = e.append('g');
        g.append('line');
        g.append('text');
        return g;
      })
      .attr('class', (m) => `curve-mark curve-mark--${m.cls}`);
    mark
      .select('line')
      .attr('x1', (m) => x(m.day))
      .attr('x2', (m) => x(m.day))
      .attr('y1', -4)
      .attr('y2', h);
    // Labels above the plot: the given day's and the due day's to the right of their lines on the
    // lower row, the fade's to the left of its line on the row above, so none runs into another.
    // (On a phone the due day's label hangs left of its line, to stay on the screen, on a row of its own.)
    const dueLeft = x(m2!.day) > w - 110;
    const rows = narrow ? [-6, -22, -38] : [-6, -22, -6];
    mark
      .select('text')
      .attr('x', (m, i) => x(m.day) + (i === 1 || (i === 2 && dueLeft) ? -4 : 4))
      .attr('y', (_, i) => rows[i]!)
      .attr('text-anchor', (_, i) => (i === 1 || (i === 2 && dueLeft) ? 'end' : 'start'))
      .text((m) => m.label);
    const pts: BlockPoint[] = work.points.filter((p) => p.day <= span.to);
    const xy = (p: BlockPoint) => [x(p.day), y(p.strength)] as [number, number];
    fill.attr(
      'd',
      area<BlockPoint>(
        (p) => x(p.day),
        h,
        (p) => y(p.strength),
      )(pts) ?? '',
    );
    edge.attr(
      'd',
      line<BlockPoint>(
        (p) => xy(p)[0],
        (p) => xy(p)[1],
      )(pts) ?? '',
    );
    const t = dayNumber(d.today)! - origin;
    const inView = t >= span.from && t <= span.to;
    today
      .attr('visibility', inView ? null : 'hidden')
      .attr('transform', `translate(${x(Math.min(span.to, Math.max(span.from, t)))},0)`);
    today.select('line').attr('y1', 0).attr('y2', h);
    // Inside the plot, low down and to the right of the line (or left, near the end).
    const nearEnd = x(t) > w - 60;
    today
      .select('text')
      .attr('x', nearEnd ? -6 : 6)
      .attr('y', h - 8)
      .attr('text-anchor', nearEnd ? 'end' : 'start');
    svg.attr(
      'aria-label',
      c.summary(
        d.kind,
        shortDate(d.origin),
        shortDate(fromDayNumber(origin + m1!.day)),
        shortDate(fromDayNumber(origin + m2!.day)),
      ),
    );
    caption.textContent = d.kind === 'injection' ? c.explainInjection : c.explainTablet;
    status.textContent = !work.done ? c.working : t > span.to ? c.later : '';
    figure.dataset.points = String(work.points.length);
    figure.dataset.kind = d.kind;
    figure.dataset.done = String(work.done);
  };

  /** Works out a few more points, draws, and comes back after the browser has had its turn. */
  const step = () => {
    pending = undefined;
    const d = current;
    if (!d) return;
    const work = (works[d.kind] ??= curveWork(d.kind));
    const began = performance.now();
    while (!work.done && performance.now() - began < SLICE_MS) work.next();
    draw();
    if (!work.done) pending = setTimeout(step, 0);
  };

  new ResizeObserver(() => current && draw()).observe(box);
  return {
    element: figure,
    show(dates) {
      current = dates;
      figure.classList.toggle('curve-empty', !dates);
      svg.attr('display', dates ? null : 'none');
      if (!dates) {
        caption.textContent = c.empty;
        status.textContent = '';
        return;
      }
      if (pending === undefined) step();
    },
  };
}
