// The timeline's redraw, once per frame: store and view changes only mark what is stale, and this
// draws it: the charts and the dose track when the data or the window changed (only from the first
// changed sample), the cursor and the readout when the time or the hover moved, and the play bar.
// A chart the layout hides (another tab on a projector or phone, or the counsellor's page), or one
// scrolled well out of view, is not drawn; it keeps what it is owed and draws it when it shows again
// (a new dose then redraws only the charts on screen). Each chart takes the height of its box, as
// the layout sizes it.
import type { Timeline } from '../../sim/index';
import type { Playback } from '../core/playback';
import { timeBounds } from '../core/playback';
import type { Store } from '../core/store';
import { timeTicks } from '../core/time-format';
import { MARGIN, type Chart, type ChartView } from './chart-frame';
import type { createCursorOverlay } from './cursor-overlay';
import type { DoseTrack } from './dose-track';
import type { createPlaybar } from './playbar';
import { readoutAt } from './readout';
import type { createReadoutPanel } from './readout-panel';
import { follow, type ViewState } from './view-window';

/** While playing, the text readout changes at most about eight times a second. */
const READOUT_PLAYING_MS = 120;
/**
 * While playing, the play bar's time (its words and the slider's thumb) moves at most ten times a
 * second: each move is a layout and a repaint, and at 60 frames a second those cost the scene dropped
 * frames; the cursor line on the charts (a composited layer) still moves every frame.
 */
const BAR_PLAYING_MS = 100;

export interface RedrawParts {
  store: Store;
  playback: Playback;
  view: ViewState;
  root: HTMLElement;
  stack: HTMLElement;
  charts: readonly Chart[];
  track: DoseTrack;
  overlay: ReturnType<typeof createCursorOverlay>;
  readout: ReturnType<typeof createReadoutPanel>;
  bar: () => ReturnType<typeof createPlaybar>;
  /** Applies a dose drag that arrived since the last frame. */
  applyMove(): void;
}

export interface Redraw {
  render(): void;
  /** The data or the window changed; `from` is the first changed sample, if known. */
  markData(from?: number): void;
  markCursor(): void;
  hover(h: number | null): void;
  /** Plot width at the last redraw, px. */
  plotWidth(): number;
  /** Whether the stack's width differs from the last redraw's. */
  resized(): boolean;
}

/**
 * Whether a chart is out of sight: hidden by the layout (display: none somewhere above it: another
 * tab on a projector or phone, or the counsellor's page), or scrolled out of view with a margin of a
 * quarter of the screen, so it is drawn before it comes into sight. A chart counts as in sight until
 * the observer has said otherwise; `shown` is called when one comes into sight.
 */
function watchSight(charts: readonly Chart[], shown: () => void): (c: Chart) => boolean {
  const away = new Set<Element>();
  const watch = new IntersectionObserver(
    (entries) => {
      for (const e of entries)
        if (e.isIntersecting) away.delete(e.target);
        else away.add(e.target);
      if (entries.some((e) => e.isIntersecting)) shown();
    },
    { rootMargin: '25% 0px' },
  );
  for (const c of charts) watch.observe(c.frame.figure);
  return (c) => away.has(c.frame.figure) || !c.frame.figure.checkVisibility();
}

/** The play bar's update, with its time lagging the clock by at most BAR_PLAYING_MS while playing
 *  (exact once it stops). */
function barTicker(store: Store, playback: Playback, bar: RedrawParts['bar']): () => void {
  let barTimeH = NaN;
  let lastBarMs = 0;
  return () => {
    const snap = playback.actor.getSnapshot();
    const b = timeBounds(store);
    const now = performance.now();
    if (!playback.playing || now - lastBarMs >= BAR_PLAYING_MS) {
      barTimeH = store.get().timeH;
      lastBarMs = now;
    }
    bar().update({
      mode: snap.value as 'paused',
      speedIndex: snap.context.speedIndex,
      timeH: barTimeH,
      ...b,
    });
  };
}

/**
 * Draws each chart in sight from the first sample it is owed (`view.from`, or earlier if it missed a
 * redraw), at the height of its box; a chart out of sight is skipped and keeps what it is owed.
 * Every chart's sight and height are read before any chart draws: read between the drawings, each
 * would make the browser lay the page out again (a new dose cost four such layouts).
 */
export function drawCharts(
  charts: readonly Chart[],
  timeline: Timeline,
  view: ChartView,
  owed: Map<Chart, number>,
  outOfSight: (c: Chart) => boolean,
): void {
  const seen = charts.map((c) => (outOfSight(c) ? -1 : c.frame.box.clientHeight));
  charts.forEach((c, i) => {
    const from = Math.min(view.from, owed.get(c) ?? Infinity);
    if (seen[i]! < 0) {
      owed.set(c, from);
      return;
    }
    owed.delete(c);
    const resized = c.frame.resize(seen[i] || c.frame.height);
    c.update(timeline, { ...view, from: resized ? 0 : from });
  });
}

/**
 * The text readout at the cursor (or the hover): rewritten every frame it changes while paused, at
 * most every READOUT_PLAYING_MS while playing (rewriting it every frame costs layout the animation
 * needs). A skipped rewrite stays owed (`stale`) so the readout is exact once playback stops; a
 * paused cursor move, or the first rewrite after playback, is announced.
 */
function readoutTicker(store: Store, playback: Playback, panel: RedrawParts['readout']) {
  let lastMs = 0;
  let stale = false;
  return {
    stale: () => stale,
    draw(hoverH: number | null, hoverMoved: boolean, cursorMoved: boolean): void {
      const now = performance.now();
      if (playback.playing && !hoverMoved && now - lastMs <= READOUT_PLAYING_MS) {
        stale = true;
        return;
      }
      lastMs = now;
      const state = store.get();
      const r = readoutAt(state.timeline, hoverH ?? state.timeH);
      panel.show(r, hoverH !== null);
      if ((cursorMoved || stale) && !playback.playing) panel.announce(r.sentence);
      stale = false;
    },
  };
}

/**
 * The data's redraw: every chart in sight from the first changed sample, then the dose track and the
 * cursor's layer, at the stack's width. `shown` is called when a chart that missed redraws comes
 * back into sight.
 */
function dataDrawer(p: RedrawParts, shown: () => void) {
  const { store, view, root, stack } = p;
  let width = 0;
  /** Per chart not drawn while hidden: the first sample changed since it was last drawn. */
  const owed = new Map<Chart, number>();
  const outOfSight = watchSight(p.charts, () => owed.size > 0 && shown());
  const measure = () =>
    Math.max(240, Math.floor(stack.clientWidth || root.parentElement?.clientWidth || 960));
  const plotWidth = () => Math.max(1, width - MARGIN.left - MARGIN.right);
  return {
    plotWidth,
    resized: () => measure() !== width,
    draw(from: number) {
      const t0 = performance.now();
      const state = store.get();
      width = measure();
      const w = view.get();
      const { ticks, step } = timeTicks(w.h0, w.h1, Math.max(2, Math.floor(plotWidth() / 120)));
      const chartView: ChartView = { ...w, width, ticks, step, events: state.timeline.events, from };
      drawCharts(p.charts, state.timeline, chartView, owed, outOfSight);
      p.track.update(state.scenario, state.timeline, chartView);
      p.overlay.layout(w.h0, w.h1, plotWidth());
      // The last redraw's cost, for the benchmark (an attribute, so nothing accumulates), and the
      // hours shown, for tests of zoom and pan.
      root.dataset.redrawMs = (performance.now() - t0).toFixed(2);
      root.dataset.window = `${w.h0.toFixed(3)} ${w.h1.toFixed(3)}`;
    },
  };
}

export function createRedraw(p: RedrawParts): Redraw {
  const { store, playback, view } = p;
  let dirtyData = true;
  /** First sample changed since the last redraw, over every edit in between (see ChartView.from). */
  let changedSince = 0;
  let dirtyCursor = true;
  let hoverH: number | null = null;
  let dirtyHover = false;
  const data = dataDrawer(p, () => (dirtyData = true));
  const drawData = () => {
    dirtyData = false;
    dirtyCursor = true;
    const from = changedSince;
    // Reset first: an edit marked while drawing is kept for the next frame.
    changedSince = Infinity;
    data.draw(from);
  };

  const readout = readoutTicker(store, playback, p.readout);
  const drawCursor = () => {
    if (dirtyCursor) p.overlay.setCursor(store.get().timeH);
    if (dirtyHover) p.overlay.setHover(hoverH);
    readout.draw(hoverH, dirtyHover, dirtyCursor);
    dirtyCursor = dirtyHover = false;
  };

  const drawBar = barTicker(store, playback, p.bar);

  return {
    render() {
      p.applyMove();
      if (playback.playing) view.set(follow(view.get(), store.get().timeH, view.bounds()));
      if (dirtyData) drawData();
      if (dirtyCursor || dirtyHover || readout.stale()) drawCursor();
      drawBar();
    },
    markData(from) {
      dirtyData = true;
      if (from !== undefined) changedSince = Math.min(changedSince, from);
    },
    markCursor: () => void (dirtyCursor = true),
    hover(h) {
      if (h === hoverH) return;
      hoverH = h;
      dirtyHover = true;
    },
    plotWidth: data.plotWidth,
    resized: data.resized,
  };
}
