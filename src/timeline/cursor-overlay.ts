// The cursor and the hover line: one HTML line each, laid over the whole stack of charts and the dose
// track, and moved with a CSS transform on its own compositor layer. Scrubbing then repaints no chart
// at all (moving a line inside an SVG would re-raster the SVG and its long paths every step).
import { MARGIN } from './chart-frame';

export interface CursorOverlay {
  /** The view: first and last hour shown across the plot width (px). */
  layout(h0: number, h1: number, plotWidth: number): void;
  setCursor(h: number): void;
  setHover(h: number | null): void;
}

/** Pixel offset of hour h from the plot's left edge, or null outside the window. */
export function cursorOffset(h: number, h0: number, h1: number, plotWidth: number): number | null {
  if (!(h1 > h0) || h < h0 || h > h1) return null;
  return ((h - h0) / (h1 - h0)) * plotWidth;
}

export function createCursorOverlay(host: HTMLElement): CursorOverlay {
  const line = (cls: string) => {
    const el = host.appendChild(document.createElement('div'));
    el.className = `tl-line ${cls}`;
    el.setAttribute('aria-hidden', 'true');
    el.style.left = `${MARGIN.left}px`;
    el.hidden = true;
    return el;
  };
  const hover = line('tl-hover-line');
  const cursor = line('tl-cursor-line');
  let view = { h0: 0, h1: 1, w: 1 };
  let cursorH = 0;
  let hoverH: number | null = null;
  const place = (el: HTMLElement, h: number | null) => {
    const x = h === null ? null : cursorOffset(h, view.h0, view.h1, view.w);
    el.hidden = x === null;
    if (x !== null) el.style.transform = `translateX(${x.toFixed(1)}px)`;
  };
  return {
    layout(h0, h1, w) {
      view = { h0, h1, w };
      place(cursor, cursorH);
      place(hover, hoverH);
    },
    setCursor(h) {
      cursorH = h;
      place(cursor, h);
    },
    setHover(h) {
      hoverH = h;
      place(hover, h);
    },
  };
}
