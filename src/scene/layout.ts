// Where everything sits: one pure function from the host's size to a logical frame and the
// positions in it. The frame is at least MIN_W x MIN_H logical units (portrait hosts get a
// narrower, taller one) and grows with the host's aspect ratio instead of letterboxing; every view
// draws in these units and the world container scales them to CSS pixels.

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SceneLayout {
  /** CSS pixels per logical unit. */
  scale: number;
  /** The logical frame filling the host. */
  width: number;
  height: number;
  /** Bottom edge of the presynaptic terminal. */
  terminalBottom: number;
  /** Where molecules drift. */
  cleft: Rect;
  membraneTop: number;
  membraneBottom: number;
  /** Centre of each receptor's pocket, where a bound ligand sits. */
  sites: Array<{ x: number; y: number }>;
  /** Centre of each receptor's glow inside the cell. */
  glowY: number;
  /** Logical size of a ligand glyph. */
  glyph: number;
}

const LANDSCAPE = { w: 1000, h: 540 };
const PORTRAIT = { w: 620, h: 640 };

export function layoutScene(hostW: number, hostH: number, siteCount: number): SceneLayout {
  const portrait = hostW < hostH * 1.05;
  const min = portrait ? PORTRAIT : LANDSCAPE;
  const w = Math.max(1, hostW);
  const h = Math.max(1, hostH);
  const scale = Math.min(w / min.w, h / min.h);
  const width = w / scale;
  const height = h / scale;
  // Vertical bands as shares of the height: terminal, cleft, membrane, cell. A tall frame gives
  // its extra height to the cleft, where the molecules are.
  const terminalBottom = Math.round(height * (portrait ? 0.15 : 0.19));
  const membraneTop = Math.round(height * (portrait ? 0.76 : 0.68));
  const membraneBottom = membraneTop + 22;
  const margin = 28;
  const spacing = (width - 2 * margin) / siteCount;
  const sites = Array.from({ length: siteCount }, (_, i) => ({
    x: margin + spacing * (i + 0.5),
    y: membraneTop - 24,
  }));
  return {
    scale,
    width,
    height,
    terminalBottom,
    cleft: { x: 8, y: terminalBottom + 10, w: width - 16, h: membraneTop - terminalBottom - 60 },
    membraneTop,
    membraneBottom,
    sites,
    glowY: membraneBottom + 62,
    glyph: Math.min(30, spacing * 0.8),
  };
}
