// The view window: which stretch of model time the charts show. One window for every chart, held
// here and nowhere else. Zoom and pan are pure functions of the window and the timeline's bounds, so
// wheel, pinch, buttons and keys all move it the same way.

export interface ViewWindow {
  /** First hour shown. */
  h0: number;
  /** Last hour shown. */
  h1: number;
}

export interface Bounds {
  min: number;
  max: number;
}

/** Narrowest window: 20 model minutes, enough to see a heroin rush rise and fall. */
export const MIN_SPAN_H = 1 / 3;

/** Keeps a window inside the bounds and no narrower than MIN_SPAN_H, preserving its span if it can. */
export function clampWindow(w: ViewWindow, b: Bounds): ViewWindow {
  const full = b.max - b.min;
  const span = Math.min(full, Math.max(Math.min(MIN_SPAN_H, full), w.h1 - w.h0));
  let h0 = Math.max(b.min, Math.min(w.h0, b.max - span));
  if (!Number.isFinite(h0)) h0 = b.min;
  return { h0, h1: h0 + span };
}

/** Zoom by `factor` (> 1 zooms in) keeping the hour `anchorH` where it is on screen. */
export function zoomWindow(w: ViewWindow, factor: number, anchorH: number, b: Bounds): ViewWindow {
  const span = (w.h1 - w.h0) / factor;
  const f = w.h1 > w.h0 ? (anchorH - w.h0) / (w.h1 - w.h0) : 0.5;
  const h0 = anchorH - f * span;
  return clampWindow({ h0, h1: h0 + span }, b);
}

/** Pan by a fraction of the window's span (negative: earlier). */
export function panWindow(w: ViewWindow, fraction: number, b: Bounds): ViewWindow {
  const d = (w.h1 - w.h0) * fraction;
  return clampWindow({ h0: w.h0 + d, h1: w.h1 + d }, b);
}

/**
 * Keeps `h` in view while playing by turning a page: once `h` passes the window's edge, the window
 * jumps so `h` sits `margin` of the span in from the side it is heading away from. One redraw per
 * page, rather than a scroll (and a redraw of every chart) in every frame.
 */
export function follow(w: ViewWindow, h: number, b: Bounds, margin = 0.05): ViewWindow {
  const span = w.h1 - w.h0;
  if (h >= w.h0 && h <= w.h1) return w;
  const h0 = h > w.h1 ? h - span * margin : h - span * (1 - margin);
  return clampWindow({ h0, h1: h0 + span }, b);
}

export const sameWindow = (a: ViewWindow, b: ViewWindow) => a.h0 === b.h0 && a.h1 === b.h1;

/** A tiny observable for the window, shared by the charts, the track and the controls. */
export interface ViewState {
  get(): ViewWindow;
  bounds(): Bounds;
  set(w: ViewWindow): void;
  setBounds(b: Bounds, keep: boolean): void;
  subscribe(fn: (w: ViewWindow) => void): () => void;
}

export function createViewState(b: Bounds): ViewState {
  let bounds = b;
  let win: ViewWindow = { h0: b.min, h1: b.max };
  const subs = new Set<(w: ViewWindow) => void>();
  const set = (w: ViewWindow) => {
    const next = clampWindow(w, bounds);
    if (sameWindow(next, win)) return;
    win = next;
    for (const fn of subs) fn(win);
  };
  return {
    get: () => win,
    bounds: () => bounds,
    set,
    setBounds(nb, keep) {
      const changed = nb.min !== bounds.min || nb.max !== bounds.max;
      bounds = nb;
      // A new scenario with a new span starts fully zoomed out; a dose edit keeps the user's zoom.
      set(keep && !changed ? win : { h0: nb.min, h1: nb.max });
    },
    subscribe(fn) {
      subs.add(fn);
      return () => subs.delete(fn);
    },
  };
}
