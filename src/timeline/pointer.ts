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

export function attachPointer(el: HTMLElement, cb: PointerCallbacks): void {
  const touches = new Map<number, { x: number; target: Element }>();
  let dragging: number | null = null;
  let pinch: { d: number } | null = null;

  el.addEventListener('pointerdown', (e) => {
    if (!onPlot(e.target) || e.button !== 0) return;
    const target = e.target as Element;
    touches.set(e.pointerId, { x: e.clientX, target });
    if (touches.size === 2) {
      // A second finger turns the drag into a pinch.
      if (dragging !== null) cb.seekEnd();
      dragging = null;
      holdScroll(false);
      const [a, b] = [...touches.values()];
      pinch = { d: Math.abs(a!.x - b!.x) };
      return;
    }
    const h = cb.hourAt(e.clientX, target);
    if (h === null) return;
    e.preventDefault();
    el.setPointerCapture(e.pointerId);
    dragging = e.pointerId;
    holdScroll(true);
    // While dragging, the readout follows the cursor itself, not a stale hover.
    cb.hover(null);
    cb.seekStart();
    cb.seek(h);
  });

  el.addEventListener('pointermove', (e) => {
    const t = touches.get(e.pointerId);
    if (t) t.x = e.clientX;
    if (pinch && touches.size === 2) {
      const [a, b] = [...touches.values()];
      const d = Math.abs(a!.x - b!.x);
      const mid = cb.hourAt((a!.x + b!.x) / 2, a!.target);
      if (pinch.d > 10 && d > 10 && mid !== null) cb.zoom(d / pinch.d, mid);
      pinch.d = d;
      return;
    }
    if (dragging === e.pointerId) {
      const h = cb.hourAt(e.clientX, (e.target as Element) ?? el);
      if (h !== null) cb.seek(h);
      return;
    }
    cb.hover(onPlot(e.target) ? cb.hourAt(e.clientX, e.target as Element) : null);
  });

  const end = (e: PointerEvent) => {
    touches.delete(e.pointerId);
    if (touches.size < 2) pinch = null;
    if (dragging === e.pointerId) {
      dragging = null;
      holdScroll(false);
      cb.seekEnd();
    }
  };
  el.addEventListener('pointerup', end);
  el.addEventListener('pointercancel', end);
  el.addEventListener('pointerleave', () => cb.hover(null));

  el.addEventListener(
    'wheel',
    (e) => {
      if (!onPlot(e.target)) return;
      const dx = e.shiftKey ? e.deltaY : e.deltaX;
      const dy = e.shiftKey ? 0 : e.deltaY;
      const scale = e.deltaMode === 1 ? 33 : e.deltaMode === 2 ? 300 : 1;
      if (Math.abs(dx) > Math.abs(dy)) {
        const plot = (e.target as Element).closest('svg')!.getBoundingClientRect().width;
        cb.pan((dx * scale) / Math.max(1, plot - MARGIN.left - MARGIN.right));
      } else {
        const h = cb.hourAt(e.clientX, e.target as Element);
        if (h === null) return;
        cb.zoom(Math.exp((-dy * scale) / WHEEL_PX_PER_E), h);
      }
      e.preventDefault();
    },
    { passive: false },
  );
}
