// Pointer input on the charts: press and drag anywhere on a plot to scrub (the playback machine is
// told a seek started and ended), hover to read values, wheel to zoom around the pointer (sideways or
// with Shift to pan), and pinch with two fingers to zoom. While a drag lasts the page does not scroll
// to follow text that changes above the charts (the browser's scroll anchoring did, and carried the
// receptor picture out of view as the scene's sentence grew and shrank).
import { MARGIN } from './chart-frame';

export interface PointerCallbacks {
  /** The hour under a client x, or null outside the plots. */
  hourAt(clientX: number, target: Element): number | null;
  seekStart(): void;
  seek(h: number): void;
  seekEnd(): void;
  hover(h: number | null): void;
  zoom(factor: number, anchorH: number): void;
  /** Pan by a share of the window. */
  pan(fraction: number): void;
}

/** Wheel delta (pixels) that zooms by a factor of e; a notch of 100 px zooms by about 1.4. */
const WHEEL_PX_PER_E = 300;

/** Whether the element is part of a chart's plot (not its heading, legend or buttons). */
const onPlot = (t: EventTarget | null) => t instanceof Element && !!t.closest('svg.tl-svg');

/** Holds the page's scroll still during a drag: no scroll anchoring until the drag ends. */
function holdScroll(on: boolean): void {
  for (const root of [document.documentElement, document.body]) root.style.overflowAnchor = on ? 'none' : '';
}

/**
 * What a wheel turn asks for, in pixels: sideways (or Shift) pans by `panPx`, otherwise it zooms by
 * `zoom` (over 1 zooms in). Line and page modes are scaled to pixels first.
 */
export function wheelMove(e: {
  deltaX: number;
  deltaY: number;
  deltaMode: number;
  shiftKey: boolean;
}): { panPx: number } | { zoom: number } {
  const dx = e.shiftKey ? e.deltaY : e.deltaX;
  const dy = e.shiftKey ? 0 : e.deltaY;
  const scale = e.deltaMode === 1 ? 33 : e.deltaMode === 2 ? 300 : 1;
  if (Math.abs(dx) > Math.abs(dy)) return { panPx: dx * scale };
  return { zoom: Math.exp((-dy * scale) / WHEEL_PX_PER_E) };
}

/** The pointers down on the plots, the one scrubbing (if any) and a pinch's last finger spread. */
interface Gesture {
  touches: Map<number, { x: number; target: Element }>;
  dragging: number | null;
  pinch: { d: number } | null;
}

function press(el: HTMLElement, cb: PointerCallbacks, g: Gesture, e: PointerEvent): void {
  if (!onPlot(e.target) || e.button !== 0) return;
  const target = e.target as Element;
  g.touches.set(e.pointerId, { x: e.clientX, target });
  if (g.touches.size === 2) {
    // A second finger turns the drag into a pinch.
    if (g.dragging !== null) cb.seekEnd();
    g.dragging = null;
    holdScroll(false);
    const [a, b] = [...g.touches.values()];
    g.pinch = { d: Math.abs(a!.x - b!.x) };
    return;
  }
  const h = cb.hourAt(e.clientX, target);
  if (h === null) return;
  e.preventDefault();
  el.setPointerCapture(e.pointerId);
  g.dragging = e.pointerId;
  holdScroll(true);
  // While dragging, the readout follows the cursor itself, not a stale hover.
  cb.hover(null);
  cb.seekStart();
  cb.seek(h);
}

function move(el: HTMLElement, cb: PointerCallbacks, g: Gesture, e: PointerEvent): void {
  const t = g.touches.get(e.pointerId);
  if (t) t.x = e.clientX;
  if (g.pinch && g.touches.size === 2) {
    const [a, b] = [...g.touches.values()];
    const d = Math.abs(a!.x - b!.x);
    const mid = cb.hourAt((a!.x + b!.x) / 2, a!.target);
    if (g.pinch.d > 10 && d > 10 && mid !== null) cb.zoom(d / g.pinch.d, mid);
    g.pinch.d = d;
    return;
  }
  if (g.dragging === e.pointerId) {
    const h = cb.hourAt(e.clientX, (e.target as Element) ?? el);
    if (h !== null) cb.seek(h);
    return;
  }
  cb.hover(onPlot(e.target) ? cb.hourAt(e.clientX, e.target as Element) : null);
}

function release(cb: PointerCallbacks, g: Gesture, e: PointerEvent): void {
  g.touches.delete(e.pointerId);
  if (g.touches.size < 2) g.pinch = null;
  if (g.dragging === e.pointerId) {
    g.dragging = null;
    holdScroll(false);
    cb.seekEnd();
  }
}

function turnWheel(cb: PointerCallbacks, e: WheelEvent): void {
  if (!onPlot(e.target)) return;
  const m = wheelMove(e);
  if ('panPx' in m) {
    const plot = (e.target as Element).closest('svg')!.getBoundingClientRect().width;
    cb.pan(m.panPx / Math.max(1, plot - MARGIN.left - MARGIN.right));
  } else {
    const h = cb.hourAt(e.clientX, e.target as Element);
    if (h === null) return;
    cb.zoom(m.zoom, h);
  }
  e.preventDefault();
}

export function attachPointer(el: HTMLElement, cb: PointerCallbacks): void {
  const g: Gesture = { touches: new Map(), dragging: null, pinch: null };
  const end = (e: PointerEvent) => release(cb, g, e);
  el.addEventListener('pointerdown', (e) => press(el, cb, g, e));
  el.addEventListener('pointermove', (e) => move(el, cb, g, e));
  el.addEventListener('pointerup', end);
  el.addEventListener('pointercancel', end);
  el.addEventListener('pointerleave', () => cb.hover(null));
  el.addEventListener('wheel', (e) => turnWheel(cb, e), { passive: false });
}
