// The linked timeline: four charts, the dose and event track, the readout and the play bar, all on
// one view window and one cursor (store.timeH). Store changes only mark what is stale; the one frame
// loop redraws it, so a burst of pointer moves costs one redraw per frame and the charts, the track
// and the receptor scene always show the same moment in the same frame.
import './timeline.css';
import type { FrameLoop } from '../core/frame-loop';
import type { Store } from '../core/store';
import { changedFrom } from '../../sim/index';
import { strings } from '../strings/index';
import { CHART_STYLE } from '../theme';
import { createBreathingChart } from './breathing-chart';
import { MARGIN, type Chart, type ChartView } from './chart-frame';
import { createCursorOverlay } from './cursor-overlay';
import { createDoseTrack } from './dose-track';
import { attachExports } from './export-buttons';
import { createFeelChart } from './feel-chart';
import { keyAction, takesKey, type KeyAction } from './keys';
import { createOccupancyChart } from './occupancy-chart';
import { createPlasmaChart } from './plasma-chart';
import { createPlaybar } from './playbar';
import { timeBounds, type Playback } from '../core/playback';
import { attachPointer } from './pointer';
import { readoutAt } from './readout';
import { createReadoutPanel } from './readout-panel';
import { formatMoment, timeTicks } from '../core/time-format';
import { createViewState, follow, panWindow, zoomWindow, type ViewState } from './view-window';

const S = strings.timeline;
const READOUT_PLAYING_MS = 120;

export interface TimelineHandle {
  view: ViewState;
  /** Draws whatever is stale now (the frame loop calls it every frame). */
  render(): void;
  /** Lecture mode keeps one chart (how it feels) and the play bar. */
  setLecture(on: boolean): void;
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

/** Mounts the charts in #charts and the play bar in #playbar. */
export function mountTimeline(
  store: Store,
  loop: FrameLoop,
  playback: Playback,
  edits: TimelineDoseEdits,
  hosts: TimelineHosts = { charts: byId('charts')!, playbar: byId('playbar')! },
): TimelineHandle {
  const { charts, playbar } = hosts;
  const root = charts.appendChild(document.createElement('div'));
  root.className = 'tl-root';
  // The charts' own colours, from the one palette, for each theme (timeline.css picks one).
  const colours = {
    '--tl-euphoria-standard': CHART_STYLE.euphoria,
    '--tl-withdrawal-standard': CHART_STYLE.withdrawal,
    '--tl-euphoria-projector': CHART_STYLE.projector.euphoria,
    '--tl-withdrawal-projector': CHART_STYLE.projector.withdrawal,
  };
  for (const [k, v] of Object.entries(colours)) root.style.setProperty(k, v);
  const toolbar = root.appendChild(document.createElement('div'));
  toolbar.className = 'tl-toolbar';
  const body = root.appendChild(document.createElement('div'));
  body.className = 'tl-body';
  const stack = body.appendChild(document.createElement('div'));
  stack.className = 'tl-stack';
  stack.tabIndex = 0;
  stack.setAttribute('role', 'group');
  stack.setAttribute('aria-label', S.region);
  const readoutHost = body.appendChild(document.createElement('aside'));
  readoutHost.setAttribute('aria-label', S.readout.title);
  const live = root.appendChild(document.createElement('div'));
  live.className = 'visually-hidden';
  live.setAttribute('aria-live', 'polite');

  const bounds = () => {
    const b = timeBounds(store);
    return { min: b.start, max: b.end };
  };
  const view = createViewState(bounds());
  const readout = createReadoutPanel(readoutHost, live);

  // Dragging a dose can fire faster than the engine recomputes: keep the latest move, apply per frame.
  let pendingMove: { index: number; atH: number } | null = null;
  const track = createDoseTrack(stack, {
    moveDose: (index, atH) => (pendingMove = { index, atH }),
    nudgeDose: (index, byH) => {
      applyMove();
      const d = store.get().scenario.doses[index];
      if (!d) return;
      pendingMove = { index, atH: d.at_h + byH };
      applyMove();
      const moved = store.get().scenario.doses[index]!;
      readout.announce(S.track.moved.replace('{time}', formatMoment(moved.at_h)));
    },
    removeDose: (index) => {
      edits.removeDose(index);
      readout.announce(S.track.removed);
    },
    seek: (h) => act({ type: 'SEEK_START' }, h),
    relayout: () => (dirtyData = true),
  });
  const chartList: Chart[] = [
    createFeelChart(stack),
    createOccupancyChart(stack),
    createPlasmaChart(stack),
    createBreathingChart(stack),
  ];
  attachExports(toolbar, chartList, store);
  const overlay = createCursorOverlay(stack);

  let dirtyData = true;
  /** First sample changed since the last redraw, over every edit in between (see ChartView.from). */
  let changedSince = 0;
  let dirtyCursor = true;
  let hoverH: number | null = null;
  let dirtyHover = false;
  let width = 0;
  let chartView: ChartView | undefined;

  const measure = () => Math.max(240, Math.floor(stack.clientWidth || charts.clientWidth || 960));
  const plotWidth = () => Math.max(1, width - MARGIN.left - MARGIN.right);

  function applyMove() {
    if (!pendingMove) return;
    const { index, atH } = pendingMove;
    pendingMove = null;
    edits.moveDose(index, atH);
  }

  let lastReadoutMs = 0;
  let readoutStale = false;
  const render = () => {
    applyMove();
    const state = store.get();
    if (playback.playing) view.set(follow(view.get(), state.timeH, view.bounds()));
    if (dirtyData) {
      const t0 = performance.now();
      dirtyData = false;
      dirtyCursor = true;
      width = measure();
      const w = view.get();
      const { ticks, step } = timeTicks(w.h0, w.h1, Math.max(2, Math.floor(plotWidth() / 120)));
      chartView = {
        h0: w.h0,
        h1: w.h1,
        width,
        ticks,
        step,
        events: state.timeline.events,
        from: changedSince,
      };
      changedSince = Infinity;
      for (const c of chartList) c.update(state.timeline, chartView);
      track.update(state.scenario, state.timeline, chartView);
      overlay.layout(w.h0, w.h1, plotWidth());
      // The last redraw's cost, for the benchmark (an attribute, so nothing accumulates), and the
      // hours shown, for tests of zoom and pan.
      root.dataset.redrawMs = (performance.now() - t0).toFixed(2);
      root.dataset.window = `${w.h0.toFixed(3)} ${w.h1.toFixed(3)}`;
    }
    if (dirtyCursor || dirtyHover || readoutStale) {
      if (dirtyCursor) overlay.setCursor(state.timeH);
      if (dirtyHover) overlay.setHover(hoverH);
      // While playing, the text readout changes at most about eight times a second: faster is
      // unreadable, and rewriting it every frame costs layout the animation needs. A skipped
      // update stays owed (readoutStale) so the readout is exact once playback stops.
      const now = performance.now();
      if (!playback.playing || dirtyHover || now - lastReadoutMs > READOUT_PLAYING_MS) {
        lastReadoutMs = now;
        const r = readoutAt(state.timeline, hoverH ?? state.timeH);
        readout.show(r, hoverH !== null);
        if ((dirtyCursor || readoutStale) && !playback.playing) readout.announce(r.sentence);
        readoutStale = false;
      } else readoutStale = true;
      dirtyCursor = dirtyHover = false;
    }
    const snap = playback.actor.getSnapshot();
    const b = timeBounds(store);
    bar.update({
      mode: snap.value as 'paused',
      speedIndex: snap.context.speedIndex,
      timeH: state.timeH,
      start: b.start,
      end: b.end,
    });
  };

  const act = (a: KeyAction, seekTo?: number) => {
    const w = view.get();
    const t = store.get().timeH;
    if (a.type === 'ZOOM') {
      const anchor = t >= w.h0 && t <= w.h1 ? t : (w.h0 + w.h1) / 2;
      view.set(zoomWindow(w, a.factor, anchor, view.bounds()));
    } else if (a.type === 'PAN') view.set(panWindow(w, a.fraction, view.bounds()));
    else if (a.type === 'FIT') view.set({ h0: view.bounds().min, h1: view.bounds().max });
    else if (a.type === 'RESET') {
      playback.send(a);
      view.set({ h0: view.bounds().min, h1: view.bounds().max });
    } else if (a.type === 'SEEK_START' && seekTo !== undefined) {
      // A jump (an event flag): a seek that starts and ends at once.
      playback.send(a);
      store.setTime(seekTo);
      playback.send({ type: 'SEEK_END' });
    } else playback.send(a);
  };

  const bar = createPlaybar(playbar, {
    act,
    seekStart: () => playback.send({ type: 'SEEK_START' }),
    seek: (h) => store.setTime(h),
    seekEnd: () => playback.send({ type: 'SEEK_END' }),
  });

  attachPointer(stack, {
    hourAt(clientX, target) {
      const svg = target.closest('svg') ?? stack.querySelector('svg.tl-svg');
      if (!svg) return null;
      const px = clientX - svg.getBoundingClientRect().left - MARGIN.left;
      const w = view.get();
      return w.h0 + (Math.min(plotWidth(), Math.max(0, px)) / plotWidth()) * (w.h1 - w.h0);
    },
    seekStart: () => playback.send({ type: 'SEEK_START' }),
    seek: (h) => store.setTime(h),
    seekEnd: () => playback.send({ type: 'SEEK_END' }),
    hover(h) {
      if (h === hoverH) return;
      hoverH = h;
      dirtyHover = true;
    },
    zoom: (factor, anchor) => view.set(zoomWindow(view.get(), factor, anchor, view.bounds())),
    pan: (fraction) => view.set(panWindow(view.get(), fraction, view.bounds())),
  });

  // The keys work on the charts, on the play bar, and on the page when nothing else has focus.
  document.addEventListener('keydown', (e) => {
    const t = e.target as Node | null;
    const mine =
      !t || t === document.body || t === document.documentElement || (t as Element).id === 'main'
        ? true
        : stack.contains(t) || playbar.contains(t);
    if (!mine || e.defaultPrevented || !takesKey(e.target, e.key)) return;
    const a = keyAction(e);
    if (!a) return;
    e.preventDefault();
    act(a);
  });

  store.subscribe((state, changed) => {
    if (changed.has('timeline')) {
      view.setBounds(bounds(), true);
      dirtyData = true;
      // Asked now: the engine only knows until the next edit resumes from this timeline.
      changedSince = Math.min(changedSince, changedFrom(state.timeline));
    }
    if (changed.has('timeH')) dirtyCursor = true;
  });
  view.subscribe(() => (dirtyData = true));
  playback.subscribe(() => (dirtyCursor = true));
  new ResizeObserver(() => {
    if (measure() !== width) dirtyData = true;
  }).observe(stack);

  loop.add(render);
  render();
  return { view, render, setLecture: (on) => void root.classList.toggle('tl-lecture', on) };
}
