// The dose and event track above the charts, on the shared time axis. Every administration is a small
// mark in its ligand's shape; each dose in the scenario has one handle (a real button) on its first
// administration that can be dragged, or moved with the arrow keys, and removed with Delete. Events
// (precipitated withdrawal, overdose risk, blockade overcome) are buttons that take the cursor there.
import { select, type Selection } from 'd3-selection';
import { expandDoses, type Administration, type Scenario, type Timeline } from '../../sim/index';
import { doseWording } from '../core/dose-words';
import { strings } from '../strings/index';
import { CHART_STYLE, LIGAND_STYLE } from '../theme';
import { MARGIN, type ChartView } from './chart-frame';
import { shapePath, swatch } from './legend';
import { tickStep } from '../core/time-format';

const S = strings.timeline;
const { doseWords } = doseWording(S.dose);
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

export function createDoseTrack(host: HTMLElement, cb: TrackCallbacks): DoseTrack {
  const el = host.appendChild(document.createElement('div'));
  el.className = 'tl-track';
  el.setAttribute('role', 'group');
  el.setAttribute('aria-label', S.track.label);
  const label = el.appendChild(document.createElement('span'));
  label.className = 'tl-track-label';
  label.textContent = S.track.label;
  const marks = select(el).append('svg').attr('class', 'tl-track-marks').attr('aria-hidden', 'true');
  const handles = el.appendChild(document.createElement('div'));
  handles.className = 'tl-track-handles';
  const flags = el.appendChild(document.createElement('div'));
  flags.className = 'tl-track-flags';

  let view: ChartView | undefined;
  // The handle's width (1.75rem, so it follows the text size) is watched, not read: reading computed
  // style or measuring in the middle of a frame forces a style or layout pass there.
  const probe = el.appendChild(document.createElement('span'));
  probe.className = 'tl-handle-probe';
  probe.setAttribute('aria-hidden', 'true');
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
  /** After a removal by keyboard, the handle to focus next (the keyboard must not fall to the page). */
  let refocus: number | null = null;
  const w = () => (view ? view.width - MARGIN.left - MARGIN.right : 1);
  const xOf = (h: number) => (view ? ((h - view.h0) / (view.h1 - view.h0)) * w() : 0);
  const hOf = (px: number) => (view ? view.h0 + (px / w()) * (view.h1 - view.h0) : 0);
  const inView = (h: number) => !!view && h >= view.h0 && h <= view.h1;

  const handle = (i: number): HTMLButtonElement => {
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
      if (!drag || e.pointerId !== drag.id || !view) return;
      e.stopPropagation();
      if (!drag.moved && Math.abs(e.clientX - drag.x0) < 3) return;
      drag.moved = true;
      const px = e.clientX - handles.getBoundingClientRect().left;
      const snap = snapStep(view);
      cb.moveDose(Number(b.dataset.index), Math.round(hOf(px) / snap) * snap);
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
        refocus = idx;
        cb.removeDose(idx);
      } else return;
      e.preventDefault();
      e.stopPropagation();
    });
    return b;
  };

  return {
    el,
    update(s, tl, v) {
      view = v;
      const width = v.width - MARGIN.left - MARGIN.right;
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
      const place = (sel: Selection<SVGPathElement, Administration, SVGSVGElement, unknown>) =>
        sel.attr('transform', (a) => `translate(${xOf(a.t_h)},12)`);
      const joined = marks
        .selectAll<SVGPathElement, Administration>('path')
        .data(expandDoses(s.doses, v.h0, v.h1), (a) => `${a.t_h} ${a.drug}`)
        .join((enter) =>
          enter
            .append('path')
            .attr('d', (a) => shapePath(styleOf(a.drug).shape, 5))
            .attr('fill', (a) => styleOf(a.drug).css)
            .attr('stroke', CHART_STYLE.outline)
            .attr('stroke-width', 0.75)
            .call(place),
        );
      if (axisMoved) place(joined);

      // One handle per dose, reused by index so a handle keeps keyboard focus across edits.
      while (handles.children.length > s.doses.length) handles.lastElementChild!.remove();
      while (handles.children.length < s.doses.length) handles.appendChild(handle(handles.children.length));
      // Doses close in time take separate lanes rather than cover each other.
      const shownDoses = s.doses
        .map((d, i) => ({ i, x: xOf(d.at_h) }))
        .filter((e) => inView(s.doses[e.i]!.at_h));
      const doseLanes = assignLanes(
        shownDoses.map((e) => [e.x - handleSize / 2, e.x + handleSize / 2] as const),
      );
      const laneOf = new Map(shownDoses.map((e, k) => [e.i, doseLanes[k]!]));
      const lanes = Math.max(1, ...doseLanes.map((l) => l + 1));
      el.style.setProperty('--tl-lanes', String(lanes));
      s.doses.forEach((d, i) => {
        const b = handles.children[i] as HTMLButtonElement;
        b.hidden = !inView(d.at_h);
        b.style.left = `${xOf(d.at_h)}px`;
        b.style.top = `calc(${laneOf.get(i) ?? 0} * var(--tl-lane))`;
        const words = doseWords(d);
        const text = `${words}. ${S.track.doseHint}`;
        if (b.getAttribute('aria-label') !== text) {
          b.setAttribute('aria-label', text);
          b.title = words;
          b.replaceChildren(swatch(styleOf(d.drug).shape, styleOf(d.drug).css));
        }
      });

      if (refocus !== null) {
        const visible = [...handles.children].filter((h) => !(h as HTMLElement).hidden) as HTMLElement[];
        const next = visible.find((h) => Number(h.dataset.index) >= refocus!) ?? visible.at(-1);
        (next ?? (el.closest('[tabindex]') as HTMLElement | null))?.focus();
        refocus = null;
      }

      const shown = tl.events.filter((e) => inView(e.t_h));
      const flagsKey = `${axisKey}|${shown.map((e) => `${e.t_h} ${e.kind} ${e.text}`).join('|')}`;
      if (flagsKey === drawn.flags) return;
      drawn.flags = flagsKey;
      const flagEls = shown.map((e) => {
        const f = document.createElement('button');
        f.type = 'button';
        // Past the middle, the label hangs to the left of its line so it stays on the chart.
        f.className = `tl-flag tl-flag--${e.kind}${xOf(e.t_h) > width / 2 ? ' tl-flag--left' : ''}`;
        f.style.left = `${xOf(e.t_h)}px`;
        f.textContent = S.events[e.kind] ?? e.kind;
        f.title = e.text;
        f.addEventListener('click', () => cb.seek(e.t_h));
        return f;
      });
      flags.replaceChildren(...flagEls);
      // Events close together stack in lanes too (measured, as their labels differ; only when there
      // are two or more, since measuring forces a layout).
      const base = flagEls.length > 1 ? flags.getBoundingClientRect().left : 0;
      const flagLanes =
        flagEls.length > 1
          ? assignLanes(
              flagEls.map((f) => {
                const r = f.getBoundingClientRect();
                return [r.left - base, r.right - base] as const;
              }),
              4,
            )
          : flagEls.map(() => 0);
      flagEls.forEach((f, k) => (f.style.top = `calc(${flagLanes[k]!} * var(--tl-flag-lane))`));
      el.style.setProperty('--tl-flag-lanes', String(Math.max(1, ...flagLanes.map((l) => l + 1))));
    },
  };
}
