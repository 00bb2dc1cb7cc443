// What the patient's curve shows, worked out without a page: from the dates entered, the points the
// engine has given so far and the width there is, where every part of the chart goes and what it
// says (the calendar under the curve, the block's levels, the given, fade and due days, today, and
// the words read out). curve-chart.ts only puts this on the page, so it can be tested in Node.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { locale, strings } from '../strings/index';
import type { BlockPoint, CurveKind } from './block-curve';
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

/** The days a curve covers and its marked days (after the origin). */
const SPAN: Record<CurveKind, { from: number; to: number; tick: number; narrowTick: number }> = {
  injection: { from: 0, to: 42, tick: 7, narrowTick: 14 },
  tablet: { from: -2, to: 5, tick: 1, narrowTick: 2 },
};

const shortDate = (iso: IsoDate) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** One of the three marked days: the dose given, the day the block may start to fade, the day due. */
export interface Marker {
  day: number;
  label: string;
  cls: string;
}

function markers(kind: CurveKind): [Marker, Marker, Marker] {
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

/** A marked day placed on the chart: its line at `x`, its label at (`labelX`, `labelY`). */
export interface PlacedMarker extends Marker {
  x: number;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
}

/** Everything the chart draws, in pixels of the svg (the plot's own frame inside `left`, `top`). */
export interface CurveLayout {
  narrow: boolean;
  /** The svg's size. */
  width: number;
  height: number;
  /** The plot's corner in the svg, and its size. */
  left: number;
  top: number;
  plotWidth: number;
  plotHeight: number;
  /** Days after the origin across the plot. */
  x: ScaleLinear<number, number>;
  /** The calendar under the curve: a day after the origin, and its date. */
  ticks: { day: number; label: string }[];
  /** Full, half and no block, each at its height. */
  levels: { y: number; label: string }[];
  /** The shaded zone from the fade day to the end of the curve. */
  fadeZone: { x: number; width: number };
  markers: PlacedMarker[];
  /** The block as a filled area and as its top line (svg path data). */
  areaPath: string;
  linePath: string;
  today: { visible: boolean; x: number; labelX: number; anchor: 'start' | 'end' };
  /** The chart said in words, the explanation under it and its progress. */
  summary: string;
  caption: string;
  status: string;
}

/** The plot's frame for the width there is: on a phone less room for the axis, a row more for labels. */
function frame(boxWidth: number) {
  const width = Math.max(260, boxWidth || 600);
  const narrow = width < NARROW;
  const left = narrow ? 44 : M.left;
  const top = narrow ? M.top + 16 : M.top;
  const height = HEIGHT + (narrow ? 16 : 0);
  return {
    width,
    height,
    narrow,
    left,
    top,
    plotWidth: width - left - M.right,
    plotHeight: HEIGHT - M.top - M.bottom,
  };
}

/**
 * Labels above the plot: the given day's and the due day's to the right of their lines on the lower
 * row, the fade's to the left of its line on the row above, so none runs into another. (On a phone
 * the due day's label hangs left of its line, to stay on the screen, on a row of its own.)
 */
function placeMarkers(kind: CurveKind, x: (day: number) => number, plotWidth: number, narrow: boolean) {
  const all = markers(kind);
  const dueLeft = x(all[2].day) > plotWidth - 110;
  const rows = narrow ? [-6, -22, -38] : [-6, -22, -6];
  return all.map((m, i): PlacedMarker => {
    const left = i === 1 || (i === 2 && dueLeft);
    return {
      ...m,
      x: x(m.day),
      labelX: x(m.day) + (left ? -4 : 4),
      labelY: rows[i]!,
      anchor: left ? 'end' : 'start',
    };
  });
}

/** Where today stands: its line held at the plot's edge (hidden) when outside the curve's days, its
 *  label inside the plot, to the right of the line (or left, near the end). */
function placeToday(
  t: number,
  span: { from: number; to: number },
  x: (day: number) => number,
  plotWidth: number,
) {
  const nearEnd = x(t) > plotWidth - 60;
  return {
    visible: t >= span.from && t <= span.to,
    x: x(Math.min(span.to, Math.max(span.from, t))),
    labelX: nearEnd ? -6 : 6,
    anchor: nearEnd ? ('end' as const) : ('start' as const),
  };
}

/** The chart for `dates` at `boxWidth`, from the engine's `points` so far (`done` once all are in). */
export function curveLayout(
  dates: CurveDates,
  points: readonly BlockPoint[],
  done: boolean,
  boxWidth: number,
): CurveLayout {
  const c = strings.lessons.counsellor.curve;
  const span = SPAN[dates.kind];
  const f = frame(boxWidth);
  const x = scaleLinear().domain([span.from, span.to]).range([0, f.plotWidth]);
  const y = scaleLinear().domain([0, 1]).range([f.plotHeight, 0]);
  const origin = dayNumber(dates.origin)!;
  const onCalendar = (day: number) => shortDate(fromDayNumber(origin + day));
  const ticks: { day: number; label: string }[] = [];
  for (let t = span.from; t <= span.to; t += f.narrow ? span.narrowTick : span.tick)
    ticks.push({ day: t, label: onCalendar(t) });
  const placed = placeMarkers(dates.kind, x, f.plotWidth, f.narrow);
  const [, fades, due] = placed as [PlacedMarker, PlacedMarker, PlacedMarker];
  const shown = points.filter((p) => p.day <= span.to);
  const t = dayNumber(dates.today)! - origin;
  return {
    ...f,
    x,
    ticks,
    levels: [
      { y: y(1), label: c.full },
      { y: y(0.5), label: c.half },
      { y: y(0), label: c.none },
    ],
    fadeZone: { x: fades.x, width: Math.max(0, x(span.to) - fades.x) },
    markers: placed,
    areaPath:
      area<BlockPoint>(
        (p) => x(p.day),
        f.plotHeight,
        (p) => y(p.strength),
      )(shown) ?? '',
    linePath:
      line<BlockPoint>(
        (p) => x(p.day),
        (p) => y(p.strength),
      )(shown) ?? '',
    today: placeToday(t, span, x, f.plotWidth),
    summary: c.summary(dates.kind, shortDate(dates.origin), onCalendar(fades.day), onCalendar(due.day)),
    caption: dates.kind === 'injection' ? c.explainInjection : c.explainTablet,
    status: !done ? c.working : t > span.to ? c.later : '',
  };
}
