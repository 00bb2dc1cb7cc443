// The linked timeline: four charts, the dose and event track, the readout and the play bar, all on
// one view window and one cursor (store.timeH). Store changes only mark what is stale; the one frame
// loop redraws it (redraw.ts), so a burst of pointer moves costs one redraw per frame and the
// charts, the track and the receptor scene always show the same moment in the same frame.
import './timeline.css';
import { changedFrom } from '../../sim/index';
import type { FrameLoop } from '../core/frame-loop';
import { timeBounds, type Playback } from '../core/playback';
import type { Store } from '../core/store';
import { formatMoment } from './words';
import { strings } from '../strings/index';
import { attachTimelineKeys, createTimelineActions, type TimelineAct } from './actions';
import { createBreathingChart } from './breathing-chart';
import { createChartSwitch } from './chart-switch';
import { MARGIN, type Chart } from './chart-frame';
import { createCursorOverlay } from './cursor-overlay';
import { buildTimelineDom } from './dom';
import { createDoseTrack, type DoseTrack } from './dose-track';
import { attachExports } from './export-buttons';
import { createFeelChart } from './feel-chart';
import type { Ghost } from './ghost';
import { createOccupancyChart } from './occupancy-chart';
import { createPlasmaChart } from './plasma-chart';
import { createPlaybar } from './playbar';
import { attachPointer } from './pointer';
import { createReadoutPanel } from './readout-panel';
import { createRedraw, type Redraw } from './redraw';
import { createViewState, panWindow, zoomWindow, type ViewState } from './view-window';

const S = strings.timeline;

export interface TimelineHandle {
  view: ViewState;
  /** Draws whatever is stale now (the frame loop calls it every frame). */
  render(): void;
  /** Lecture mode shows one chart at a time (how it feels first), with the switcher. */
  setLecture(on: boolean): void;
  /** A lesson step's framing: the hours to show, and a comparison drawn as a ghost curve. */
  frame(f: TimelineFrame): void;
}

export interface TimelineFrame {
  /** Hours to show; 'all' the whole timeline; 'keep' the user's window. */
  window: { h0: number; h1: number } | 'all' | 'keep';
  ghost: Ghost | null;
}

export interface TimelineHosts {
  charts: HTMLElement;
  playbar: HTMLElement;
}

/** Dose edits from the track (drag, nudge, delete): the composition root applies them to the store. */
export interface TimelineDoseEdits {
  /** Moves dose `index` to start at `atH`; false when the edit was refused. */
  moveDose(index: number, atH: number): boolean;
  removeDose(index: number): boolean;
}

const byId = (id: string) => document.getElementById(id);

/**
 * The dose track's edits. Dragging a dose can fire faster than the engine recomputes: the latest
 * move is kept and applied once per frame (`applyMove`, called by the redraw).
 */
function dragDoses(store: Store, edits: TimelineDoseEdits, announce: (text: string) => void) {
  let pending: { index: number; atH: number } | null = null;
  const applyMove = () => {
    if (!pending) return;
    const { index, atH } = pending;
    pending = null;
    edits.moveDose(index, atH);
  };
  return {
    applyMove,
    moveDose: (index: number, atH: number) => void (pending = { index, atH }),
    nudgeDose(index: number, byH: number) {
      applyMove();
      const d = store.get().scenario.doses[index];
      if (!d) return;
      pending = { index, atH: d.at_h + byH };
      applyMove();
      announce(S.track.moved.replace('{time}', formatMoment(store.get().scenario.doses[index]!.at_h)));
    },
    removeDose(index: number) {
      edits.removeDose(index);
      announce(S.track.removed);
    },
  };
}

/** Press-and-drag, hover, wheel and pinch on the charts. */
function pointerOn(stack: HTMLElement, store: Store, playback: Playback, view: ViewState, redraw: Redraw) {
  attachPointer(stack, {
    hourAt(clientX, target) {
      const svg = target.closest('svg') ?? stack.querySelector('svg.tl-svg');
      if (!svg) return null;
      const px = clientX - svg.getBoundingClientRect().left - MARGIN.left;
      const w = view.get();
      const pw = redraw.plotWidth();
      return w.h0 + (Math.min(pw, Math.max(0, px)) / pw) * (w.h1 - w.h0);
    },
    seekStart: () => playback.send({ type: 'SEEK_START' }),
    seek: (h) => store.setTime(h),
    seekEnd: () => playback.send({ type: 'SEEK_END' }),
    hover: (h) => redraw.hover(h),
    zoom: (factor, anchor) => view.set(zoomWindow(view.get(), factor, anchor, view.bounds())),
    pan: (fraction) => view.set(panWindow(view.get(), fraction, view.bounds())),
  });
}

/** The play bar: its buttons act like the keys; its slider scrubs through the playback machine. */
function playbarOn(host: HTMLElement, store: Store, playback: Playback, act: TimelineAct) {
  return createPlaybar(host, {
    act,
    seekStart: () => playback.send({ type: 'SEEK_START' }),
    seek: (h) => store.setTime(h),
    seekEnd: () => playback.send({ type: 'SEEK_END' }),
  });
}

/** What marks the redraw stale: a new timeline, a moved cursor, the window, playback, a resize. */
function watchChanges(
  store: Store,
  playback: Playback,
  view: ViewState,
  parts: { stack: HTMLElement; charts: readonly Chart[] },
  redraw: Redraw,
) {
  const bounds = () => {
    const b = timeBounds(store);
    return { min: b.start, max: b.end };
  };
  store.subscribe((state, changed) => {
    if (changed.has('timeline')) {
      view.setBounds(bounds(), true);
      // Asked now: the engine only knows until the next edit resumes from this timeline.
      redraw.markData(changedFrom(state.timeline));
    }
    if (changed.has('timeH')) redraw.markCursor();
  });
  view.subscribe(() => redraw.markData());
  playback.subscribe(() => redraw.markCursor());
  new ResizeObserver(() => redraw.resized() && redraw.markData()).observe(parts.stack);
  // A chart's box changes height with the layout (the stage, a rotated phone, the text size).
  const boxes = new ResizeObserver((entries) => {
    if (entries.some((e) => e.contentRect.height > 0)) redraw.markData();
  });
  for (const c of parts.charts) boxes.observe(c.frame.box);
}

/** Mounts the charts in #charts and the play bar in #playbar. */
export function mountTimeline(
  store: Store,
  loop: FrameLoop,
  playback: Playback,
  edits: TimelineDoseEdits,
  hosts: TimelineHosts = { charts: byId('charts')!, playbar: byId('playbar')! },
): TimelineHandle {
  const dom = buildTimelineDom(hosts.charts);
  const b = timeBounds(store);
  const view = createViewState({ min: b.start, max: b.end });
  const readout = createReadoutPanel(dom.readoutHost, dom.live);
  const act = createTimelineActions(store, playback, view, () => chartSwitch.next());
  const doses = dragDoses(store, edits, readout.announce);
  const track: DoseTrack = createDoseTrack(dom.stack, {
    ...doses,
    seek: (h) => act({ type: 'SEEK_START' }, h),
    relayout: () => redraw.markData(),
  });
  const charts: Chart[] = [
    createFeelChart(dom.stack),
    createOccupancyChart(dom.stack),
    createPlasmaChart(dom.stack),
    createBreathingChart(dom.stack),
  ];
  attachExports(dom.toolbar, charts, store);
  const chartSwitch = createChartSwitch(charts, () => redraw.markData());
  const overlay = createCursorOverlay(dom.stack);
  const bar = playbarOn(hosts.playbar, store, playback, act);
  const redraw = createRedraw({
    ...{ store, playback, view, root: dom.root, stack: dom.stack, charts, track, overlay, readout },
    bar: () => bar,
    applyMove: doses.applyMove,
  });
  pointerOn(dom.stack, store, playback, view, redraw);
  attachTimelineKeys([dom.stack, hosts.playbar], act);
  watchChanges(store, playback, view, { stack: dom.stack, charts }, redraw);
  loop.add(redraw.render);
  redraw.render();
  return {
    view,
    render: redraw.render,
    setLecture(on) {
      dom.root.classList.toggle('tl-tabbed', on);
      redraw.markData();
    },
    frame(f) {
      if (f.window === 'all') view.set({ h0: view.bounds().min, h1: view.bounds().max });
      else if (f.window !== 'keep') view.set(f.window);
      for (const c of charts) c.setGhost?.(f.ghost);
      // Where one chart shows at a time, show the one the comparison is on.
      if (f.ghost) chartSwitch.show(f.ghost.series === 'euphoria' ? 'feel' : 'breathing');
      redraw.markData();
    },
  };
}
