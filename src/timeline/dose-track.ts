// The dose and event track above the charts, on the shared time axis. Every administration is a small
// mark in its ligand's shape; each dose in the scenario has one handle (a real button) on its first
// administration that can be dragged, or moved with the arrow keys, and removed with Delete. Events
// (precipitated withdrawal, overdose risk, blockade overcome) are buttons that take the cursor there.
import { select, type Selection } from 'd3-selection';
import { expandDoses, type Administration, type Scenario, type Timeline } from '../../sim/index';
import { eventFacts } from '../strings/events';
import { format, strings } from '../strings/index';
import { CHART_STYLE, LIGAND_STYLE } from '../theme';
import { MARGIN, type ChartView } from './chart-frame';
import { setRoom } from '../core/page-room';
import { setStyle } from '../core/set-text';
import { shapePath } from '../core/shapes';
import { swatch } from './legend';
import { tickStep } from '../core/time-format';
import { doseWords } from './words';

const S = strings.timeline;
const styleOf = (drug: string) => LIGAND_STYLE[drug as keyof typeof LIGAND_STYLE] ?? LIGAND_STYLE.free;

export interface TrackCallbacks {
  /** Drag a dose to a time; moves may be coalesced to one per frame. */
  moveDose(index: number, atH: number): void;
  /** Move a dose by a number of hours at once (a key press: from the current scenario, not the drawn one). */
  nudgeDose(index: number, byH: number): void;
  removeDose(index: number): void;
  seek(h: number): void;
  /** The track needs laying out again (the text size changed). */
  relayout(): void;
}

export interface DoseTrack {
  el: HTMLElement;
  update(s: Scenario, tl: Timeline, view: ChartView): void;
}

/**
 * Lanes for marks that must not overlap (each a real button, and 24 px targets need their space):
 * marks are taken left to right, each into the first lane whose last mark ends before it starts.
 * `spans` are [left, right] in px; returns each mark's lane, in the input order.
 */
export function assignLanes(spans: readonly (readonly [number, number])[], gap = 2): number[] {
  const order = spans.map((s, i) => ({ s, i })).sort((a, b) => a.s[0] - b.s[0]);
  const ends: number[] = [];
  const lanes = new Array<number>(spans.length);
  for (const { s, i } of order) {
    let lane = ends.findIndex((end) => end + gap <= s[0]);
    if (lane < 0) lane = ends.push(0) - 1;
    ends[lane] = s[1];
    lanes[i] = lane;
  }
  return lanes;
}

/** Snap for dragged doses: about eight pixels' worth of a whole number of minutes, hours or days. */
export const snapStep = (view: ChartView) =>
  tickStep(view.h1 - view.h0, Math.max(1, (view.width - MARGIN.left - MARGIN.right) / 8));

/** The track's scale: hours to px and back inside the plot, as last drawn. */
interface TrackScale {
  view: ChartView | undefined;
  width(): number;
  xOf(h: number): number;
  hOf(px: number): number;
  inView(h: number): boolean;
}

function trackScale(): TrackScale {
  const scale: TrackScale = {
    view: undefined,
    width: () => (scale.view ? scale.view.width - MARGIN.left - MARGIN.right : 1),
    xOf: (h) => (scale.view ? ((h - scale.view.h0) / (scale.view.h1 - scale.view.h0)) * scale.width() : 0),
    hOf: (px) => (scale.view ? scale.view.h0 + (px / scale.width()) * (scale.view.h1 - scale.view.h0) : 0),
    inView: (h) => !!scale.view && h >= scale.view.h0 && h <= scale.view.h1,
  };
  return scale;
}

/** One dose's handle: drag it (snapped), move it with the arrow keys, remove it with Delete. */
function doseHandle(
  i: number,
  handles: HTMLElement,
  scale: TrackScale,
  cb: TrackCallbacks,
  removed: (index: number) => void,
): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'tl-dose-handle';
  b.dataset.index = String(i);
  let drag: { id: number; x0: number; moved: boolean } | undefined;
  b.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    b.setPointerCapture(e.pointerId);
    drag = { id: e.pointerId, x0: e.clientX, moved: false };
  });
  b.addEventListener('pointermove', (e) => {
    if (!drag || e.pointerId !== drag.id || !scale.view) return;
    e.stopPropagation();
    if (!drag.moved && Math.abs(e.clientX - drag.x0) < 3) return;
    drag.moved = true;
    const px = e.clientX - handles.getBoundingClientRect().left;
    const snap = snapStep(scale.view);
    cb.moveDose(Number(b.dataset.index), Math.round(scale.hOf(px) / snap) * snap);
  });
  const end = (e: PointerEvent) => {
    if (drag && e.pointerId === drag.id) drag = undefined;
  };
  b.addEventListener('pointerup', end);
  b.addEventListener('pointercancel', end);
  b.addEventListener('keydown', (e) => {
    const idx = Number(b.dataset.index);
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      const step = e.shiftKey ? 24 : 1;
      cb.nudgeDose(idx, e.key === 'ArrowRight' ? step : -step);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      removed(idx);
      cb.removeDose(idx);
    } else return;
    e.preventDefault();
    e.stopPropagation();
  });
  return b;
}

type MarkSvg = Selection<SVGSVGElement, unknown, null, undefined>;

/** Every administration as a small mark in its ligand's shape; only new marks are drawn, unless the axis moved. */
function drawMarks(marks: MarkSvg, s: Scenario, scale: TrackScale, axisMoved: boolean): void {
  const v = scale.view!;
  const place = (sel: Selection<SVGPathElement, Administration, SVGSVGElement, unknown>) =>
    sel.attr('transform', (a) => `translate(${scale.xOf(a.t_h)},12)`);
  const joined = marks
    .selectAll<SVGPathElement, Administration>('path')
    .data(expandDoses(s.doses, v.h0, v.h1), (a) => `${a.t_h} ${a.drug}`)
    .join((enter) =>
      enter
        .append('path')
        .attr('d', (a) => shapePath(styleOf(a.drug).shape, 5))
        .attr('fill-rule', 'evenodd')
        .attr('fill', (a) => styleOf(a.drug).css)
        .attr('stroke', CHART_STYLE.outline)
        .attr('stroke-width', 0.75)
        .call(place),
    );
  if (axisMoved) place(joined);
}

/** One handle per dose, reused by index so a handle keeps keyboard focus across edits; doses close in
 *  time take separate lanes rather than cover each other. */
function placeHandles(
  el: HTMLElement,
  handles: HTMLElement,
  s: Scenario,
  scale: TrackScale,
  handleSize: number,
  make: (i: number) => HTMLButtonElement,
): void {
  while (handles.children.length > s.doses.length) handles.lastElementChild!.remove();
  while (handles.children.length < s.doses.length) handles.appendChild(make(handles.children.length));
  const shownDoses = s.doses
    .map((d, i) => ({ i, x: scale.xOf(d.at_h) }))
    .filter((e) => scale.inView(s.doses[e.i]!.at_h));
  const doseLanes = assignLanes(shownDoses.map((e) => [e.x - handleSize / 2, e.x + handleSize / 2] as const));
  const laneOf = new Map(shownDoses.map((e, k) => [e.i, doseLanes[k]!]));
  const lanes = String(Math.max(1, ...doseLanes.map((l) => l + 1)));
  setStyle(el, '--tl-lanes', lanes);
  // The page's layout gives the picture what the track leaves (styles/layout.css), so it knows too.
  setRoom('--tl-track-lanes', lanes);
  s.doses.forEach((d, i) => {
    const b = handles.children[i] as HTMLButtonElement;
    b.hidden = !scale.inView(d.at_h);
    setStyle(b, 'left', `${scale.xOf(d.at_h)}px`);
    setStyle(b, 'top', `calc(${laneOf.get(i) ?? 0} * var(--tl-lane))`);
    const words = doseWords(d);
    const text = `${words}. ${S.track.doseHint}`;
    if (b.getAttribute('aria-label') !== text) {
      b.setAttribute('aria-label', text);
      b.title = words;
      b.replaceChildren(swatch(styleOf(d.drug).shape, styleOf(d.drug).css));
    }
  });
}

/** After a removal by keyboard, focus the next handle (the keyboard must not fall to the page). */
function refocusAfterRemoval(el: HTMLElement, handles: HTMLElement, removed: number): void {
  const visible = [...handles.children].filter((h) => !(h as HTMLElement).hidden) as HTMLElement[];
  const next = visible.find((h) => Number(h.dataset.index) >= removed) ?? visible.at(-1);
  (next ?? (el.closest('[tabindex]') as HTMLElement | null))?.focus();
}

/** Events (precipitated withdrawal, overdose risk, ...) as flags that take the cursor there. */
function drawFlags(
  el: HTMLElement,
  flags: HTMLElement,
  events: Timeline['events'],
  scale: TrackScale,
  seek: (h: number) => void,
): void {
  const flagEls = events.map((e) => {
    const f = document.createElement('button');
    f.type = 'button';
    // Past the middle, the label hangs to the left of its line so it stays on the chart.
    const left = scale.xOf(e.t_h) > scale.width() / 2 ? ' tl-flag--left' : '';
    f.className = `tl-flag tl-flag--${e.kind}${left}`;
    f.style.left = `${scale.xOf(e.t_h)}px`;
    f.textContent = S.events[e.kind] ?? e.kind;
    f.title = S.eventText(eventFacts(e), format.num);
    f.addEventListener('click', () => seek(e.t_h));
    return f;
  });
  flags.replaceChildren(...flagEls);
  // Events close together stack in lanes too (measured, as their labels differ; only when there
  // are two or more, since measuring forces a layout).
  const measured = () => {
    const base = flags.getBoundingClientRect().left;
    return flagEls.map((f) => {
      const r = f.getBoundingClientRect();
      return [r.left - base, r.right - base] as const;
    });
  };
  const flagLanes = flagEls.length > 1 ? assignLanes(measured(), 4) : flagEls.map(() => 0);
  flagEls.forEach((f, k) => (f.style.top = `calc(${flagLanes[k]!} * var(--tl-flag-lane))`));
  const flagRows = String(Math.max(1, ...flagLanes.map((l) => l + 1)));
  setStyle(el, '--tl-flag-lanes', flagRows);
  setRoom('--tl-track-flag-lanes', flagRows);
}

/** The track's elements: a label, the marks (SVG), the handles and the flags, plus a size probe. */
function trackElements(host: HTMLElement) {
  const el = host.appendChild(document.createElement('div'));
  el.className = 'tl-track';
  el.setAttribute('role', 'group');
  el.setAttribute('aria-label', S.track.label);
  const label = el.appendChild(document.createElement('span'));
  label.className = 'tl-track-label';
  label.textContent = S.track.label;
  const marks: MarkSvg = select(el).append('svg').attr('class', 'tl-track-marks').attr('aria-hidden', 'true');
  const handles = el.appendChild(document.createElement('div'));
  handles.className = 'tl-track-handles';
  const flags = el.appendChild(document.createElement('div'));
  flags.className = 'tl-track-flags';
  const probe = el.appendChild(document.createElement('span'));
  probe.className = 'tl-handle-probe';
  probe.setAttribute('aria-hidden', 'true');
  return { el, marks, handles, flags, probe };
}

export function createDoseTrack(host: HTMLElement, cb: TrackCallbacks): DoseTrack {
  const { el, marks, handles, flags, probe } = trackElements(host);
  const scale = trackScale();
  // The handle's width (1.75rem, so it follows the text size) is watched, not read: reading computed
  // style or measuring in the middle of a frame forces a style or layout pass there.
  let handleSize = 28;
  new ResizeObserver(([entry]) => {
    const w = entry?.contentRect.width;
    if (w && w !== handleSize) {
      handleSize = w;
      cb.relayout();
    }
  }).observe(probe);
  /** What the marks and the flags were last drawn for. */
  const drawn = { axis: '', flags: '' };
  let refocus: number | null = null;
  const make = (i: number) => doseHandle(i, handles, scale, cb, (idx) => (refocus = idx));

  return {
    el,
    update(s, tl, v) {
      scale.view = v;
      const width = scale.width();
      // Marks and flags are redrawn only where they or the axis changed: a new dose adds its marks and
      // leaves the others be, and rebuilding the flags means measuring them (a layout).
      const axisKey = `${v.h0},${v.h1},${width},${handleSize}`;
      const axisMoved = axisKey !== drawn.axis;
      drawn.axis = axisKey;
      if (axisMoved) {
        el.style.setProperty('--tl-plot-left', `${MARGIN.left}px`);
        el.style.setProperty('--tl-plot-width', `${width}px`);
        marks.attr('width', width).attr('height', 24).attr('viewBox', `0 0 ${width} 24`);
      }
      drawMarks(marks, s, scale, axisMoved);
      placeHandles(el, handles, s, scale, handleSize, make);
      if (refocus !== null) refocusAfterRemoval(el, handles, refocus);
      refocus = null;
      const shown = tl.events.filter((e) => scale.inView(e.t_h));
      const flagsKey = `${axisKey}|${shown.map((e) => `${e.t_h} ${e.kind} ${e.text}`).join('|')}`;
      if (flagsKey === drawn.flags) return;
      drawn.flags = flagsKey;
      drawFlags(el, flags, shown, scale, cb.seek);
    },
  };
}
